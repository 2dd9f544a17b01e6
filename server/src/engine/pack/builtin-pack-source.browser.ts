/** builtin-pack-source.ts for the browser build: the pack parsed at build time and embedded. */
import type * as NodeSource from './builtin-pack-source';
import pack from 'fzlint-embedded:builtin-pack';
import type { PackFile } from './types';

export const builtinPackPath: typeof NodeSource.builtinPackPath = () => undefined;

export const readBuiltinPack: typeof NodeSource.readBuiltinPack = () => pack as PackFile;
