/** yaml-parser.ts for the browser build: the YAML parser bundled (a page reads a pack the user chose). */
import * as yaml from 'yaml';
import type * as NodeParser from './yaml-parser';

export const loadYaml: typeof NodeParser.loadYaml = () => yaml;
