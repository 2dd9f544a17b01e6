import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { readRegularFileIfExists } from '../io/safe-file';
import { MAX_CONFIG_FILE_BYTES, type ConfigHost } from './host-types';

export { MAX_CONFIG_FILE_BYTES, type ConfigHost };

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
