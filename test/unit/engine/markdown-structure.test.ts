import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../server/src/engine/lint';
import { repoRoot } from '../../helpers/paths';

// Markdown non-prose as the CommonMark parser reads it: what a user sees is which lines get
// findings. A halfwidth comma between Chinese characters is the defect: `fullwidth-punctuation`
// reports it wherever it is prose.
const TITLE = '# 某市人民政府2020年法治政府建设年度报告';
const DEFECT = '推进依法行政,建设法治政府。';

/** Findings of the comma rule as 1-based [line, column] pairs. */
function commaAt(markdown: string): [number, number][] {
  return lintText(markdown, { language: 'markdown' })
    .findings.filter((f) => f.ruleId === 'fullwidth-punctuation')
    .map((f) => [f.line, f.column]);
}

/** Where the comma of DEFECT stands on a line that starts with DEFECT. */
const COMMA_COLUMN = DEFECT.indexOf(',') + 1;

describe('engine/document/markdown-syntax (Markdown structure from mdast)', () => {
  it('the defect is found in prose (the baseline the other cases mask)', () => {
    assert.deepEqual(commaAt(`${TITLE}\n\n${DEFECT}\n`), [[3, COMMA_COLUMN]]);
  });

  it('gives no finding for the text of an HTML block, and still finds the prose after it', () => {
    const text = `${TITLE}\n\n<div class="note">\n${DEFECT}\n</div>\n\n${DEFECT}\n`;
    assert.deepEqual(commaAt(text), [[7, COMMA_COLUMN]]);
  });

  it('masks other HTML blocks (a table, a comment) but keeps Markdown between HTML tags as prose', () => {
    const table = `<table>\n<tr><td>${DEFECT}</td></tr>\n</table>`;
    const comment = `<!--\n${DEFECT}\n-->`;
    // A blank line ends an HTML block: what follows it is Markdown again (CommonMark).
    const text = `${TITLE}\n\n${table}\n\n${comment}\n\n<div>\n\n${DEFECT}\n\n</div>\n`;
    assert.deepEqual(commaAt(text), [[13, COMMA_COLUMN]]);
  });

  it('masks inline HTML tags but not the text between them', () => {
    const text = `${TITLE}\n\n<span title="a,b">${DEFECT}</span>\n`;
    assert.deepEqual(commaAt(text), [[3, '<span title="a,b">'.length + COMMA_COLUMN]]);
  });

  it('masks fenced code, inline code, link and image targets, autolinks, definitions and front matter', () => {
    const text = [
      '---',
      `title: ${DEFECT}`,
      '---',
      TITLE,
      '',
      '```',
      DEFECT,
      '```',
      '',
      `执行\`${DEFECT}\`命令。`,
      '',
      `详见[某市网站](http://www.example.gov.cn/a,b "${DEFECT}")和![图](img/a,b.png)，<https://example.gov.cn/a,b>。`,
      '',
      `[1]: http://www.example.gov.cn/x,y "${DEFECT}"`,
    ].join('\n');
    assert.deepEqual(commaAt(text), []);
  });

  it('keeps the link text as prose', () => {
    const text = `${TITLE}\n\n详见[${DEFECT}](http://www.example.gov.cn/)。\n`;
    assert.deepEqual(commaAt(text), [[3, '详见['.length + COMMA_COLUMN]]);
  });

  it('reports a defect after masked blocks at the same line and column as without them', () => {
    const masked = `---\ntitle: 草稿\n---\n${TITLE}\n\n\`\`\`\n代码,代码\n\`\`\`\n\n<div>\n${DEFECT}\n</div>\n\n\`a,b\`${DEFECT}\n`;
    // The same lines with every masked block replaced by plain lines of other text.
    const plain = `说明\n说明\n说明\n${TITLE}\n\n说明\n说明\n说明\n\n说明\n说明\n说明\n\n说明。${DEFECT}\n`;
    assert.deepEqual(commaAt(masked), [[14, 5 + COMMA_COLUMN]]);
    assert.deepEqual(commaAt(plain).slice(-1), [[14, 3 + COMMA_COLUMN]]);
  });

  it('does not take indented paragraphs for code (reports indent their paragraphs)', () => {
    assert.deepEqual(commaAt(`${TITLE}\n\n    ${DEFECT}\n`), [[3, 4 + COMMA_COLUMN]]);
  });

  it('a plain-text lint does not load the Markdown parser; a Markdown one does (built bundle)', () => {
    const engine = path.join(repoRoot, 'dist', 'engine.cjs');
    assert.ok(fs.existsSync(engine), 'dist/engine.cjs is built (npm test builds first)');
    const script = `
      const engine = require(${JSON.stringify(engine)});
      const loaded = () => Object.keys(require.cache).some((k) => k.endsWith('markdown-syntax.cjs'));
      engine.lintText(${JSON.stringify(`${TITLE}\n\n\`a\`${DEFECT}\n`)}, { language: 'plaintext' });
      const afterText = loaded();
      engine.lintText(${JSON.stringify(`${TITLE}\n\n\`a\`${DEFECT}\n`)}, { language: 'markdown' });
      process.stdout.write(JSON.stringify([afterText, loaded()]));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [false, true]);
  });
});
