import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A temporary folder tree from `{ 'a/b.yaml': 'text' }`; removed by the returned cleanup. */
export function tempTree(files: Record<string, string>): { root: string; file: (p: string) => string; cleanup: () => void } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-config-')));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text, 'utf8');
  }
  return { root, file: (p) => path.join(root, p), cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}
