/**
 * `npm run release` puts the release artefacts in one folder: the npm package, the VSIX and the
 * offline page, with a SHA256SUMS that checks them; the page is the one `npm run build` made.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/paths';

describe('release artefacts (npm run release)', function () {
  this.timeout(300000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-release-'));
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  let printed = '';

  before(function () {
    printed = execFileSync('npm', ['run', '--silent', 'release', '--', '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 280000 });
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes the npm package, the VSIX and the offline page, and names each with its size', () => {
    const names = [`fzlint-${version}.tgz`, `fzlint-${version}.vsix`, `fzlint-web-${version}.html`];
    assert.deepEqual(fs.readdirSync(out).sort(), [...names, 'SHA256SUMS'].sort());
    for (const name of names) {
      assert.ok(fs.statSync(path.join(out, name)).size > 100_000, `${name} is not empty`);
      assert.match(printed, new RegExp(`${name.replace(/\./g, '\\.')}\\s+\\d+\\.\\d\\d MB`));
    }
    assert.ok(
      fs.readFileSync(path.join(out, `fzlint-web-${version}.html`)).equals(fs.readFileSync(path.join(repoRoot, 'dist', 'web', 'fzlint-web.html'))),
      'the page is the built one',
    );
  });

  it('SHA256SUMS holds the checksum of every artefact, in the form sha256sum -c reads', () => {
    const lines = fs.readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) {
      const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
      assert.ok(m, line);
      assert.equal(
        createHash('sha256')
          .update(fs.readFileSync(path.join(out, m[2])))
          .digest('hex'),
        m[1],
        m[2],
      );
    }
  });
});
