/**
 * host.ts in a browser bundle: no file system, so the default host has no files. The web worker
 * server always gives the resolver a host of its own (engine/project/prefetch.ts).
 */
import { MAX_CONFIG_FILE_BYTES, type ConfigHost } from './host-types';

export { MAX_CONFIG_FILE_BYTES, type ConfigHost };

export const nodeHost: ConfigHost = {
  readFile: () => undefined,
  isDirectory: () => false,
  packageDir: () => undefined,
};
