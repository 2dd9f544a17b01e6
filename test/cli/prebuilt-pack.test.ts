/**
 * The built-in pack as JSON next to the bundles (dist/recommended.json, written by `npm run build` so
 * that a cold CLI start skips the YAML parser): it must equal rules/recommended.yaml, and a bundle must
 * use it only while the YAML is the text it was made from. Needs `npm run build`.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { fullwidthReport, repoRoot } from '../helpers/paths';

const prebuilt = path.join(repoRoot, 'dist', 'recommended.json');
const yamlFile = path.join(repoRoot, 'rules', 'recommended.yaml');

describe('prebuilt built-in pack (dist/recommended.json)', function () {
  this.timeout(60000);

  it('is the YAML pack, made from the current rules/recommended.yaml', function () {
    const json = JSON.parse(fs.readFileSync(prebuilt, 'utf8')) as { yaml: string; pack: unknown };
    const yamlText = fs.readFileSync(yamlFile, 'utf8');
    assert.equal(json.yaml, yamlText, 'dist/recommended.json is stale: run npm run build');
    assert.deepEqual(json.pack, parse(yamlText));
  });

  describe('a copy of the engine bundle with a doctored JSON beside it', () => {
    let dir: string;
    /** The findings of the copied bundle (a fresh process, so nothing is cached). */
    const findingsWith = (json: unknown): string[] => {
      fs.writeFileSync(path.join(dir, 'dist', 'recommended.json'), JSON.stringify(json));
      const script = `const e = require(${JSON.stringify(path.join(dir, 'dist', 'engine.cjs'))});
        const t = require('node:fs').readFileSync(${JSON.stringify(fullwidthReport)}, 'utf8');
        process.stdout.write(JSON.stringify(e.lintText(t, { config: { rules: { 'repeated-word': 'off' } } }).findings.map((f) => f.ruleId + ':' + f.line + ':' + f.column)));`;
      return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    };

    before(function () {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-prebuilt-'));
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.copyFileSync(path.join(repoRoot, 'dist', 'engine.cjs'), path.join(dir, 'dist', 'engine.cjs'));
      // The libraries the bundle loads on first use (yaml among them) live beside it in dist/lib/.
      fs.cpSync(path.join(repoRoot, 'dist', 'lib'), path.join(dir, 'dist', 'lib'), { recursive: true });
      fs.cpSync(path.join(repoRoot, 'rules'), path.join(dir, 'rules'), { recursive: true });
    });

    after(function () {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('uses the JSON when it was made from this YAML (fewer findings with the data emptied)', function () {
      const yamlText = fs.readFileSync(yamlFile, 'utf8');
      const pack = parse(yamlText) as { data?: Record<string, unknown> };
      const full = findingsWith({ yaml: yamlText, pack });
      const emptied = findingsWith({ yaml: yamlText, pack: { ...pack, data: {} } });
      assert.ok(full.length > emptied.length, `${full.length} vs ${emptied.length}`);
    });

    it('ignores a JSON made from other YAML text and parses the YAML', function () {
      const yamlText = fs.readFileSync(yamlFile, 'utf8');
      const pack = parse(yamlText) as { data?: Record<string, unknown> };
      const full = findingsWith({ yaml: yamlText, pack });
      const stale = findingsWith({ yaml: `${yamlText}\n# edited`, pack: { ...pack, data: {} } });
      assert.deepEqual(stale, full);
    });
  });
});
