/**
 * TextMate grammar tests (syntaxes/): tokenize report lines with vscode-textmate + vscode-oniguruma,
 * as VS Code does, and check the scopes of the interesting pieces.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from '../helpers/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/**
 * A stand-in for VS Code's Markdown grammar (not shipped in this repository): ATX headings whose
 * text is re-tokenized, fenced code, inline code and HTML comments, each with Markdown's scope names.
 */
const MARKDOWN_STUB = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^(`{3,})', end: '^\\1', name: 'markup.fenced_code.block.markdown' },
    { match: '<!--.*?-->', name: 'comment.block.html' },
    {
      match: '^(#{1,6})[ \\t]+(.*)$',
      name: 'markup.heading.markdown',
      captures: { 1: { name: 'punctuation.definition.heading.markdown' }, 2: { name: 'entity.name.section.markdown', patterns: [{ include: '#inline' }] } },
    },
    { begin: '^(?=\\S|[ \\t\\x{3000}]+\\S)', end: '$', name: 'meta.paragraph.markdown', patterns: [{ include: '#inline' }] },
  ],
  repository: { inline: { patterns: [{ match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' }] } },
};

let registry: vsctm.Registry;

before(async function () {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammars: Record<string, string> = {};
  for (const g of pkg.contributes.grammars as { scopeName: string; path: string }[]) grammars[g.scopeName] = path.join(repoRoot, g.path);
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(MARKDOWN_STUB), 'markdown.json');
      const file = grammars[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) =>
      (pkg.contributes.grammars as { scopeName: string; injectTo?: string[] }[]).filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
});

interface Token {
  text: string;
  scopes: string[];
}

async function tokenize(scopeName: string, text: string): Promise<Token[][]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, scopeName);
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token(s) that exactly make up `piece` on the line, or undefined. */
function scopesOf(line: Token[], piece: string): string[] | undefined {
  const joined = line.map((t) => t.text).join('');
  const at = joined.indexOf(piece);
  if (at < 0) return undefined;
  let pos = 0;
  const covered: Token[] = [];
  for (const t of line) {
    const end = pos + t.text.length;
    if (pos >= at && end <= at + piece.length) covered.push(t);
    else if (pos < at + piece.length && end > at) return undefined; // a token straddles the piece's edge
    pos = end;
  }
  if (covered.map((t) => t.text).join('') !== piece) return undefined;
  const common = covered[0].scopes.filter((s) => covered.every((t) => t.scopes.includes(s)));
  return common;
}

function expectScope(line: Token[], piece: string, scope: string): void {
  const scopes = scopesOf(line, piece);
  assert.ok(scopes, `“${piece}” is tokenized on its own in: ${JSON.stringify(line.map((t) => [t.text, t.scopes.slice(1)]))}`);
  assert.ok(
    scopes.some((s) => s === scope || s.startsWith(`${scope}.`)),
    `“${piece}” has ${scope}; got ${scopes.join(' ')}`,
  );
}

function expectNoScope(line: Token[], piece: string, scopePrefix: string): void {
  const joined = line.map((t) => t.text).join('');
  const at = joined.indexOf(piece);
  assert.ok(at >= 0);
  let pos = 0;
  for (const t of line) {
    const end = pos + t.text.length;
    if (end > at && pos < at + piece.length)
      assert.ok(!t.scopes.some((s) => s.startsWith(scopePrefix)), `“${t.text}” should not have ${scopePrefix}: ${t.scopes.join(' ')}`);
    pos = end;
  }
}

describe('fzreport TextMate grammar (plain-text reports)', function () {
  const REPORT = [
    '汕尾市人民政府2020年法治政府建设年度报告',
    '　　汕府〔2021〕9号',
    '　　一、深入学习习近平法治思想',
    '　　（一）强化组织领导。全年召开会议12次，办结率达98.5%。',
    '　　1.完善制度。落实《广东省法治政府建设实施纲要（2016—2020年）》。',
    '　　（1）加强培训',
    '　　（五）强化行政执法监督。一是推行三项制度，二是推动执法监督，三是深化改革。',
    '　　2021年1月31日',
    '// fzlint-disable-next-line straight-quotes',
    '　　全市共有1,234名执法人员，投入资金3.5亿元。',
  ].join('\n');
  let lines: Token[][];
  before(async function () {
    lines = await tokenize('text.fzreport', REPORT);
  });

  it('the title line', function () {
    expectScope(lines[0], '汕尾市人民政府2020年法治政府建设年度报告', 'markup.heading.title');
  });

  it('发文字号 with its parts', function () {
    expectScope(lines[1], '汕府〔2021〕9号', 'constant.other.document-number');
    expectScope(lines[1], '2021', 'constant.numeric.year');
    expectScope(lines[1], '汕府', 'entity.name.tag.issuer-code');
  });

  it('heading markers by level', function () {
    expectScope(lines[2], '一、', 'markup.heading.1');
    expectScope(lines[2], '一、', 'punctuation.definition.heading.level-1');
    expectScope(lines[2], '深入学习习近平法治思想', 'entity.name.section.level-1');
    expectScope(lines[3], '（一）', 'punctuation.definition.heading.level-2');
    expectScope(lines[3], '强化组织领导', 'markup.heading.2');
    expectNoScope(lines[3], '全年召开会议', 'markup.heading');
    expectScope(lines[4], '1.', 'punctuation.definition.heading.level-3');
    expectScope(lines[5], '（1）', 'punctuation.definition.heading.level-4');
  });

  it('figures, dates and 《titles》', function () {
    expectScope(lines[3], '12', 'constant.numeric.figure');
    expectScope(lines[3], '98.5%', 'constant.numeric.figure');
    expectScope(lines[4], '《广东省法治政府建设实施纲要（2016—2020年）》', 'string.quoted.other.book-title');
    expectScope(lines[7], '2021年1月31日', 'constant.numeric.date');
    expectScope(lines[9], '1,234', 'constant.numeric.figure');
    expectScope(lines[9], '3.5亿', 'constant.numeric.figure');
  });

  it('一是/二是/三是', function () {
    for (const e of ['一是', '二是', '三是']) expectScope(lines[6], e, 'keyword.other.enumeration');
    expectNoScope(lines[6], '推行三项制度', 'keyword.other.enumeration');
  });

  it('fzlint disable comments', function () {
    expectScope(lines[8], '// fzlint-disable-next-line straight-quotes', 'comment.line.double-slash');
    expectScope(lines[8], 'fzlint-disable-next-line', 'keyword.control.directive');
  });

  it('a line that only looks like a number list is not a heading', function () {
    return tokenize('text.fzreport', '　　1.5亿元用于基层。\n2020年，我市……').then(([a, b]) => {
      expectNoScope(a, '1.5', 'markup.heading');
      expectNoScope(b, '2020年', 'markup.heading');
    });
  });
});

describe('fzreport Markdown injection', function () {
  it('adds report scopes on top of Markdown, never inside code or comments', async function () {
    const md = [
      '# 汕尾市人民政府2020年法治政府建设年度报告',
      '',
      '## 一、深入学习',
      '',
      '（一）强化领导。一是落实《条例》，办结78件，汕府〔2021〕9号。',
      '',
      '```',
      '一是《不高亮》 2021年',
      '```',
      '',
      '<!-- fzlint-disable-next-line straight-quotes 《注释》 -->',
      '正文 `《代码》` 正文',
    ].join('\n');
    const lines = await tokenize('text.html.markdown', md);
    expectScope(lines[0], '#', 'punctuation.definition.heading.markdown');
    expectScope(lines[2], '一、', 'punctuation.definition.heading.level-1');
    expectScope(lines[2], '深入学习', 'markup.heading.markdown');
    expectScope(lines[4], '（一）', 'punctuation.definition.heading.level-2');
    expectScope(lines[4], '一是', 'keyword.other.enumeration');
    expectScope(lines[4], '《条例》', 'string.quoted.other.book-title');
    expectScope(lines[4], '78', 'constant.numeric.figure');
    expectScope(lines[4], '汕府〔2021〕9号', 'constant.other.document-number');
    expectScope(lines[4], '（一）', 'meta.paragraph.markdown');
    for (const piece of ['一是', '《不高亮》', '2021年']) expectNoScope(lines[7], piece, 'keyword.other');
    expectNoScope(lines[7], '《不高亮》', 'string.quoted.other.book-title');
    expectNoScope(lines[10], '《注释》', 'string.quoted.other.book-title');
    expectNoScope(lines[11], '《代码》', 'string.quoted.other.book-title');
  });

  it('package.json contributes the fzreport language, both grammars and the injection into Markdown', function () {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'fzreport');
    assert.ok(lang);
    assert.ok(new RegExp(lang.firstLine).test('汕尾市人民政府2020年法治政府建设年度报告'));
    assert.ok(!new RegExp(lang.firstLine).test('# README'));
    for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(repoRoot, g.path)), g.path);
    assert.ok(fs.existsSync(path.join(repoRoot, lang.configuration)));
    assert.deepEqual(
      pkg.contributes.grammars.filter((g: { injectTo?: string[] }) => g.injectTo).map((g: { injectTo: string[] }) => g.injectTo),
      [['text.html.markdown']],
    );
  });
});
