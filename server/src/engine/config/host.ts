import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { readRegularFileIfExists } from '../io/safe-file';

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

export const nodeHost: ConfigHost = {
  readFile(file) {
    return readRegularFileIfExists(file, MAX_CONFIG_FILE_BYTES)?.bytes.toString('utf8');
  },
  realPath(p) {
    try {
      return fs.realpathSync(p);
    } catch {
      return p;
    }
  },
  isDirectory(dir) {
    try {
      return fs.statSync(dir).isDirectory();
    } catch {
      return false;
    }
  },
  packageDir(name, fromDir) {
    try {
      const req = createRequire(path.join(fromDir, '__fzlint__.js'));
      return path.dirname(req.resolve(`${name}/package.json`, { paths: [fromDir] }));
    } catch {
      // A package whose "exports" hides package.json: look in node_modules folders ourselves.
      let dir = fromDir;
      for (;;) {
        const candidate = path.join(dir, 'node_modules', ...name.split('/'));
        try {
          if (fs.statSync(path.join(candidate, 'package.json')).isFile()) return candidate;
        } catch {
          // keep looking
        }
        const parent = path.dirname(dir);
        if (parent === dir) return undefined;
        dir = parent;
      }
    }
  },
};
