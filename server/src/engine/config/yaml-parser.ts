/**
 * The YAML parser config and pack files are read with: in Node loaded on first use (lazy/modules.ts);
 * the browser build puts yaml-parser.browser.ts in its place (the parser bundled into the page).
 */
export { loadYaml } from '../../lazy/modules';
