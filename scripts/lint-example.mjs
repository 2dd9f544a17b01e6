// `npm run lint:example`: lint the bundled example report. The example carries defects on purpose
// (to show findings), so exit code 1 (findings) counts as success here; 2 (usage, config or I/O
// error) does not.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'fzlint.cjs'), path.join('examples', 'qingshan-2025.txt'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status === 1 ? 0 : (run.status ?? 2));
