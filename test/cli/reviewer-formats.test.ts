import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github';
import { fullwidthReport, repoRoot } from '../helpers/paths';
import { runCli, runJson } from '../helpers/run-cli';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fzlint-formats-'));
}

function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8'));
  // draft-04: `id` names the schema; ajv 8 reads `$id` and its default meta-schema
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }); // the schema has a pattern that is invalid with the u flag;
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

/** UTF-16 offset of a 1-based line/column, with \n, \r\n and \r as line ends. */
function offsetOf(text: string, line: number, column: number): number {
  let l = 1;
  let i = 0;
  while (l < line) {
    const c = text[i++];
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) l++;
    if (i > text.length) throw new Error(`line ${line} beyond the text`);
  }
  return i + column - 1;
}

const ASTRAL = [
  '𠮷城市人民政府2020年法治政府建设年度报告',
  '',
  '一、主要举措',
  '',
  '𠮷𠮷区办理行政复议案件 78 件,同比增长𠮷。依法推进2016-2020年规划。',
  '𠮷“测试”𠮷𠮷,完成。',
  '',
].join('\r\n');

describe('CLI formats for reviewers and CI (sarif, github, junit, --output-file)', () => {
  const validate = sarifValidator();

  it('the bundled schema rejects a malformed log (the validator is not vacuous)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
  });

  it('sarif on the reference report validates against the SARIF 2.1.0 schema and carries rules, levels, regions and fixes', () => {
    const r = runCli(['--format', 'sarif', fullwidthReport]);
    assert.equal(r.status, 1);
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const rules = run.tool.driver.rules!;
    assert.ok(rules.length > 5);
    for (const rule of rules) {
      assert.match(rule.helpUri!, /docs\/rules\/[a-z0-9-]+\.md$/);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration!.level!));
      assert.ok(rule.shortDescription!.text);
      assert.ok((rule.properties as Record<string, string>)['description.en']);
    }
    const results = run.results!;
    const errors = results.filter((x) => x.level === 'error').map((x) => `${x.ruleId}@${x.locations![0].physicalLocation!.region!.startLine}`);
    assert.deepEqual(errors, ['enumeration-sequence@51']);
    assert.ok(
      results.some((x) => x.level === 'note'),
      'info findings are notes',
    );
    for (const x of results) assert.equal(rules[x.ruleIndex!].id, x.ruleId);
    const json = runJson([fullwidthReport]).results[0].messages;
    assert.equal(results.length, json.length);
    assert.deepEqual(
      results.map((x) => {
        const g = x.locations![0].physicalLocation!.region!;
        return `${x.ruleId}@${g.startLine}:${g.startColumn}-${g.endLine}:${g.endColumn}`;
      }),
      json.map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`),
    );
    const fixed = results.filter((x) => x.fixes);
    assert.ok(fixed.length > 0, 'certain fixes are in the log');
    const text = fs.readFileSync(fullwidthReport, 'utf8');
    for (const x of fixed) {
      for (const rep of x.fixes![0].artifactChanges[0].replacements) {
        const d = rep.deletedRegion;
        assert.equal(offsetOf(text, d.startLine!, d.startColumn!), d.charOffset);
      }
    }
  });

  it('sarif regions round-trip through CJK and astral characters (𠮷, UTF-16 columns, CRLF)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'astral.txt');
    fs.writeFileSync(file, ASTRAL);
    const r = runCli(['--format', 'sarif', file], { cwd: dir });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const results = log.runs[0].results!;
    assert.equal(log.runs[0].artifacts![0].location!.uri, 'astral.txt');
    const spans = results.map((x) => {
      const g = x.locations![0].physicalLocation!.region!;
      const start = offsetOf(ASTRAL, g.startLine!, g.startColumn!);
      const end = offsetOf(ASTRAL, g.endLine!, g.endColumn!);
      assert.equal(start, g.charOffset, `${x.ruleId}: startLine/startColumn and charOffset agree`);
      assert.equal(end - start, g.charLength, `${x.ruleId}: end and charLength agree`);
      return `${x.ruleId}:${ASTRAL.slice(start, end)}`;
    });
    assert.ok(spans.includes('number-unit-space:78 件'), spans.join('\n'));
    assert.ok(
      spans.some((x) => x.startsWith('year-range-dash:2016-2020')),
      spans.join('\n'),
    );
    assert.ok(spans.filter((s) => s === 'fullwidth-punctuation:,').length === 2, spans.join('\n'));
    // a fix applied by its charOffset gives the same text as fzlint's own fix
    const comma = results.find((x) => x.ruleId === 'fullwidth-punctuation' && x.fixes)!;
    const rep = comma.fixes![0].artifactChanges[0].replacements[0];
    const fixedText =
      ASTRAL.slice(0, rep.deletedRegion.charOffset!) + rep.insertedContent!.text + ASTRAL.slice(rep.deletedRegion.charOffset! + rep.deletedRegion.charLength!);
    assert.match(fixedText, /𠮷𠮷区办理行政复议案件 78 件，同比/);
  });

  it('sarif with no findings is still a valid log', () => {
    const r = runCli(['--format', 'sarif', '--stdin', '--stdin-filename', 'x.txt'], { input: '无内容\n' });
    const log = JSON.parse(r.stdout) as Sarif.Log;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  });

  it('github prints one workflow command per finding with escaped properties and message', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a,b:c.txt');
    fs.writeFileSync(file, ASTRAL);
    const r = runCli(['--format', 'github', file], { cwd: dir });
    const lines = r.stdout.trim().split('\n');
    const json = runJson([file], { cwd: dir }).results[0].messages;
    assert.equal(lines.length, json.length);
    lines.forEach((line, i) => {
      const m = json[i];
      const cmd = m.level === 'error' ? 'error' : m.level === 'warning' ? 'warning' : 'notice';
      assert.ok(
        line.startsWith(`::${cmd} file=a%2Cb%3Ac.txt,line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${m.ruleId}::`),
        line,
      );
    });
    assert.equal(escapeData('50%\r\nx'), '50%25%0D%0Ax');
    assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  });

  it('junit has one test case per file; files with errors or warnings fail', () => {
    const dir = tempDir();
    const clean = path.join(dir, 'clean.txt');
    fs.writeFileSync(clean, '内容\n');
    const r = runCli(['--format', 'junit', fullwidthReport, clean], { cwd: dir });
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    assert.equal((r.stdout.match(/<testcase /g) ?? []).length, 2);
    assert.match(r.stdout, /<testsuites name="fzlint" tests="2" failures="1"/);
    assert.match(r.stdout, /<failure message="1 个错误，\d+ 个警告" type="error">/);
    assert.match(r.stdout, /<testcase classname="fzlint" name="clean\.txt" file="clean\.txt" time="0"><\/testcase>/);
    assert.match(r.stdout, /shanwei-2020\.fullwidth\.txt:51:\d+ 错误 /);
    assert.doesNotMatch(r.stdout.replace(/<[?/]?[a-z]+[^>]*>/g, ''), /[<>]/);
  });

  it('--output-file writes the report to a file (creating folders) and nothing to stdout', () => {
    const dir = tempDir();
    const out = path.join(dir, 'reports', 'fzlint.sarif');
    const r = runCli(['--format', 'sarif', '--output-file', out, fullwidthReport]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.ok(validate(JSON.parse(fs.readFileSync(out, 'utf8'))));
    assert.deepEqual(fs.readdirSync(path.dirname(out)), ['fzlint.sarif'], 'no temporary files left');
  });
});
