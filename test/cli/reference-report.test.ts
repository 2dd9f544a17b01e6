import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fullwidthReport, mutatedReport, webCopyReport } from '../helpers/paths';
import { runCli, runJson, type JsonMessage } from '../helpers/run-cli';

const at = (m: JsonMessage) => `${m.ruleId}@${m.line}:${m.column}`;

describe('CLI on the reference report (汕尾市人民政府2020年法治政府建设年度报告)', () => {
  describe('full-width draft (shanwei-2020.fullwidth.txt)', () => {
    const { run, results } = runJson([fullwidthReport]);
    const messages = results[0].messages;

    it('reports the one real error, 二是 with no 一是 (line 51), and no other error', () => {
      const errors = messages.filter((m) => m.level === 'error');
      assert.deepEqual(
        errors.map((m) => `${m.ruleId}@${m.line}`),
        ['enumeration-sequence@51'],
      );
      assert.equal(run.status, 1, 'exit 1: the report has an error');
    });

    it('reports `78 件` at line 27 column 245 and the hyphen year ranges on lines 7 and 45', () => {
      assert.ok(messages.some((m) => at(m) === 'number-unit-space@27:245' && m.level === 'warning'));
      const ranges = messages.filter((m) => m.ruleId === 'year-range-dash').map((m) => m.line);
      assert.deepEqual(ranges, [7, 45]);
    });

    it('flags the doubled verb 办理 on line 35 as info', () => {
      assert.ok(messages.some((m) => m.ruleId === 'repeated-word' && m.line === 35 && m.level === 'info'));
    });

    it('gives no punctuation-width finding: the draft uses full-width marks', () => {
      assert.deepEqual(messages.filter((m) => m.ruleId === 'fullwidth-punctuation' || m.ruleId === 'heading-marker-form').map(at), []);
    });
  });

  describe('web copy (shanwei-2020.txt)', () => {
    const { results } = runJson([webCopyReport]);
    const messages = results[0].messages;

    it('detects the published copy once, on the title line', () => {
      const summary = messages.filter((m) => m.ruleId === 'published-copy');
      assert.deepEqual(
        summary.map((m) => m.line),
        [6],
      );
    });

    it('gives no punctuation-width warning or error, only info', () => {
      const width = messages.filter((m) => ['fullwidth-punctuation', 'heading-marker-form', 'year-range-dash'].includes(m.ruleId));
      assert.ok(width.length > 100, 'the ASCII marks are still listed, as info');
      assert.deepEqual(width.filter((m) => m.level !== 'info').map(at), []);
    });

    it('reports nothing in the page furniture (lines 1–5, 7–10, 79–93)', () => {
      const furniture = (l: number) => l <= 5 || (l >= 7 && l <= 10) || l >= 79;
      assert.deepEqual(messages.filter((m) => furniture(m.line)).map(at), []);
    });

    it('keeps the real error (二是 with no 一是, line 60) and adds no other error', () => {
      assert.deepEqual(
        messages.filter((m) => m.level === 'error').map((m) => `${m.ruleId}@${m.line}`),
        ['enumeration-sequence@60'],
      );
    });
  });

  describe('mutated copy (shanwei-2020.mutated.txt)', () => {
    const { results } = runJson([mutatedReport]);
    const messages = results[0].messages;

    it('reports the 发文字号 brackets 汕府[2021]9号 at 12:5 as an error', () => {
      const m = messages.find((x) => x.ruleId === 'doc-number-format');
      assert.ok(m, 'doc-number-format finding');
      assert.equal(`${m.line}:${m.column}`, '12:5');
      assert.equal(m.level, 'error');
    });

    it('reports the missing 三、 at the 四、 heading (line 46) and the repeated (三) on line 54', () => {
      const lines = messages.filter((m) => m.ruleId === 'heading-hierarchy').map((m) => m.line);
      assert.deepEqual(lines, [46, 54]);
    });
  });

  describe('--fix', () => {
    function copyOfReference(): string {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-fix-'));
      const file = path.join(dir, 'report.txt');
      fs.copyFileSync(fullwidthReport, file);
      fs.chmodSync(file, 0o644); // ../shared is read-only, and --fix refuses read-only files
      return file;
    }

    it('changes only what certain fixes cover, and a second run changes nothing', () => {
      const file = copyOfReference();
      const before = fs.readFileSync(file, 'utf8');
      const planned = runJson([file]).results[0].messages.filter((m) => m.fix);
      assert.deepEqual(planned.map(at), ['number-unit-space@27:245'], 'the only certain fix in the draft');
      const first = runCli(['--fix', file]);
      assert.equal(first.status, 1, 'the remaining error (二是) keeps exit 1');
      const after = fs.readFileSync(file, 'utf8');
      assert.equal(after, before.replace('78 件', '78件'));
      runCli(['--fix', file]);
      assert.equal(fs.readFileSync(file, 'utf8'), after, 'second --fix changes nothing');
    });

    it('--fix-dry-run leaves the file alone and returns the fixed text', () => {
      const file = copyOfReference();
      const before = fs.readFileSync(file, 'utf8');
      const { results } = runJson(['--fix-dry-run', file]);
      assert.equal(fs.readFileSync(file, 'utf8'), before);
      assert.equal(results[0].output, before.replace('78 件', '78件'));
    });

    it('keeps the BOM and CRLF line endings of the file it fixes', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-bom-'));
      const file = path.join(dir, 'report.txt');
      const text = '\ufeff青山县人民政府2025年法治政府建设年度报告\r\n\r\n  2025年,我县审查文件78 件。\r\n';
      fs.writeFileSync(file, text, 'utf8');
      runCli(['--fix', '--source', 'draft', file]);
      assert.equal(fs.readFileSync(file, 'utf8'), '\ufeff青山县人民政府2025年法治政府建设年度报告\r\n\r\n  2025年，我县审查文件78件。\r\n');
    });

    it('does not apply published-copy fixes to a web copy', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-web-'));
      const file = path.join(dir, 'web.txt');
      fs.copyFileSync(webCopyReport, file);
      fs.chmodSync(file, 0o644); // ../shared is read-only, and --fix refuses read-only files
      const before = fs.readFileSync(file, 'utf8');
      runCli(['--fix', file]);
      const after = fs.readFileSync(file, 'utf8');
      assert.equal((after.match(/,/g) ?? []).length, (before.match(/,/g) ?? []).length, 'ASCII commas stay');
    });
  });
});
