/**
 * What the config resolver reads files through (resolve.ts), with no Node import: host.ts is the
 * file system's, a browser bundle brings its own (the web worker server: lsp/web-configs.ts).
 */

/** Config, pack and ignore files larger than this are refused before reading (parse.ts checks again). */
export const MAX_CONFIG_FILE_BYTES = 8 * 1024 * 1024;

/** File access for config resolution (replaceable in tests). */
export interface ConfigHost {
  /**
   * The file's text, or undefined when it does not exist or is a directory. Throws FileAccessError
   * (io/safe-file.ts) for a file that exists but must not be read: a FIFO, device or socket, one
   * too large, one without read permission.
   */
  readFile(file: string): string | undefined;
  isDirectory(dir: string): boolean;
  /**
   * The root folder of an installed npm package, looked up from `fromDir` as Node does. The package
   * is never executed: only its files are read.
   */
  packageDir(name: string, fromDir: string): string | undefined;
  /** The path with symbolic links resolved (the path itself when it cannot be resolved). */
  realPath?(p: string): string;
}
