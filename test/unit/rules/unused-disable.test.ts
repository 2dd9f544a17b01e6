import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { fixAll } from '../../../server/src/engine/fix';
import { builtinRules } from '../../../server/src/engine/rules';
import { straightQuotes } from '../../../server/src/engine/rules/straight-quotes';
import { fullwidthPunctuation } from '../../../server/src/engine/rules/fullwidth-punctuation';
import { unusedDisable } from '../../../server/src/engine/rules/unused-disable';
import { readDirectives } from '../../../server/src/engine/document/directives';
import { splitLines } from '../../../server/src/engine/document/lines';
import { ruleTester } from '../../helpers/rule-tester';

const REFERENCE = path.resolve(__dirname, '../../../../shared/fixtures/reference');
const read = (name: string) => fs.readFileSync(path.join(REFERENCE, name), 'utf8');

// With the rule alone, only comments without ids (every rule) and unknown ids can be unused.
ruleTester(unusedDisable, {
  valid: [
    { text: '继续深化“放管服”改革。', name: 'no comment (reference report, 53)' },
    { text: '// fzlint-disable-next-line straight-quotes\n继续深化“放管服”改革。', name: 'a rule that did not run is never unused' },
    { text: '<!-- fzlint-disable straight-quotes -->\n继续深化“放管服”改革。', language: 'markdown', name: 'Markdown, rule did not run' },
    { text: '<!-- 普通注释 -->\n正文。', language: 'markdown', name: 'an ordinary HTML comment' },
    { text: '正文 // fzlint-disable straight-quotes', name: 'not at the start of the line: not a comment' },
  ],
  invalid: [
    {
      name: 'a comment without ids that suppresses nothing',
      text: '// fzlint-disable-next-line\n继续深化“放管服”改革。\n',
      findings: [{ messageId: 'unused', line: 1, column: 1, severity: 'warning', covers: '// fzlint-disable-next-line' }],
      output: '继续深化“放管服”改革。\n',
    },
    {
      name: 'an unknown rule id (typo)',
      text: '// fzlint-disable-next-line straight-qoutes\n继续深化“放管服”改革。',
      findings: [{ messageId: 'unknownRule', covers: 'straight-qoutes', messageIncludes: 'straight-qoutes' }],
      output: '继续深化“放管服”改革。',
    },
    {
      name: 'Markdown file-level comment without ids, CRLF',
      language: 'markdown',
      text: '<!-- fzlint-disable -->\r\n# 标题\r\n',
      findings: [{ messageId: 'unused', line: 1, column: 1 }],
      output: '# 标题\r\n',
    },
    {
      name: 'an unknown id next to a known one keeps the known one',
      language: 'markdown',
      text: '<!-- fzlint-disable-next-line nosuch, straight-quotes -->\n正文。',
      findings: [{ messageId: 'unknownRule', covers: 'nosuch' }],
      output: '<!-- fzlint-disable-next-line straight-quotes -->\n正文。',
    },
    {
      // fuzz regression: the fixes of the two ids overlapped (property "certain fixes do not overlap")
      name: 'two unknown ids before a known one: both go, the known one stays',
      language: 'markdown',
      text: '<!-- fzlint-disable-next-line nosuch, other, straight-quotes -->\n正文。',
      findings: [{ messageId: 'unknownRule', covers: 'nosuch' }, { messageId: 'unknownRule', covers: 'other' }],
      output: '<!-- fzlint-disable-next-line straight-quotes -->\n正文。',
    },
    {
      name: 'every id unknown: one certain fix removes the comment, never a comment without ids',
      text: '// fzlint-disable-next-line nosuch, other\n正文。',
      findings: [{ messageId: 'unknownRule', covers: 'nosuch' }, { messageId: 'unknownRule', covers: 'other' }],
      output: '正文。',
    },
  ],
});

describe('unused-disable: fixes of one lint (fuzz regressions)', () => {
  it('the certain fixes of several unused ids never overlap', () => {
    for (const text of [
      '// fzlint-disable-next-line a1, a2\n正文。',
      '// fzlint-disable-next-line a1, a2, a3, straight-quotes\n正文。',
      '// fzlint-disable-next-line straight-quotes, a1, a2\n正文。',
      '// fzlint-disable-next-line a1 straight-quotes a2 a3\n正文。',
    ]) {
      const edits = lintText(text, { rules: [unusedDisable] }).findings.flatMap((f) => f.fix?.edits ?? []);
      assert.ok(edits.length > 0, text);
      for (const a of edits) for (const b of edits) if (a !== b) assert.ok(a.end <= b.start || b.end <= a.start, `${text}: ${JSON.stringify([a, b])}`);
    }
  });
});

describe('disable comments (engine)', () => {
  const TITLE = '汕尾市人民政府2020年法治政府建设年度报告\n\n';
  const rules = [straightQuotes, fullwidthPunctuation, unusedDisable];
  const lint = (text: string, language: 'plaintext' | 'markdown' = 'plaintext') =>
    lintText(text, { rules, language, config: { source: 'draft' } }).findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);

  it('next-line suppresses the rule on the next line only', () => {
    const text = `${TITLE}// fzlint-disable-next-line straight-quotes\n深化"放管服"改革。\n深化"放管服"改革。\n`;
    assert.deepEqual(lint(text), ['5:3 straight-quotes', '5:7 straight-quotes']);
  });

  it('file-level suppresses the rule everywhere, other rules still report', () => {
    const text = `${TITLE}深化"放管服"改革,推进。\n// fzlint-disable straight-quotes -- 引用原文\n`;
    assert.deepEqual(lint(text), ['3:10 fullwidth-punctuation']);
  });

  it('Markdown comments, several ids separated by commas or spaces', () => {
    const text = `# ${TITLE}<!-- fzlint-disable-next-line straight-quotes, fullwidth-punctuation -->\n深化"放管服"改革,推进。\n`;
    assert.deepEqual(lint(text, 'markdown'), []);
  });

  it('reports an id that suppressed nothing, and the whole comment when nothing was used', () => {
    const partly = `${TITLE}// fzlint-disable-next-line straight-quotes fullwidth-punctuation\n深化"放管服"改革。\n`;
    assert.deepEqual(lint(partly), ['3:45 unused-disable']);
    const fixed = fixAll(partly, (t) => lintText(t, { rules, config: { source: 'draft' } }).findings).output;
    assert.equal(fixed, `${TITLE}// fzlint-disable-next-line straight-quotes\n深化"放管服"改革。\n`);
    const none = `${TITLE}// fzlint-disable-next-line straight-quotes\n深化“放管服”改革。\n`;
    assert.deepEqual(lint(none), ['3:1 unused-disable']);
  });

  it('the comment line is not prose: no rule reports inside it', () => {
    const text = `${TITLE}// fzlint-disable-next-line straight-quotes -- 说明,"原文"\n深化"放管服"改革。\n`;
    assert.deepEqual(lint(text), []);
  });

  it('the built-in rule set honours comments (the CLI and the server use lintText)', () => {
    assert.ok(builtinRules.includes(unusedDisable));
    const text = `${TITLE}// fzlint-disable-next-line straight-quotes\n深化"放管服"改革。\n`;
    const findings = lintText(text, { config: { source: 'draft' } }).findings;
    assert.deepEqual(findings.filter((f) => f.ruleId === 'straight-quotes' || f.ruleId === 'unused-disable'), []);
  });

  it('unused-disable can be turned off', () => {
    const text = `${TITLE}// fzlint-disable-next-line\n正文。\n`;
    assert.deepEqual(lintText(text, { rules, config: { source: 'draft', rules: { 'unused-disable': 'off' } } }).findings, []);
  });

  it('reads directive kinds and targets', () => {
    const text = 'a\n<!-- fzlint-disable-next-line x -->\nb\n<!--\nfzlint-disable y z -- why\n-->';
    const ds = readDirectives(text, splitLines(text), 'markdown');
    assert.deepEqual(
      ds.map((d) => [d.kind, d.targetLine, d.ids.map((i) => i.id)]),
      [
        ['next-line', 2, ['x']],
        ['file', undefined, ['y', 'z']],
      ],
    );
  });

  it('the reference report has no disable comment and gets no unused-disable finding', () => {
    for (const name of ['shanwei-2020.fullwidth.txt', 'shanwei-2020.txt', 'shanwei-2020.mutated.txt']) {
      assert.deepEqual(lintText(read(name), { rules: [unusedDisable] }).findings, [], name);
    }
  });
});
