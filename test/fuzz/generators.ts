/**
 * fast-check generators for fuzzing the engine: CJK-heavy report-like text built from pieces a real
 * 法治政府建设年度报告 has (headings, figures, rates, dates, 文号, 《titles》, 一是/二是, the five
 * steps), every punctuation form, astral characters, lone surrogates, control characters, NBSP/BOM,
 * mixed line ends, very long lines and Markdown; and random edits of the reference report.
 */
import * as fs from 'node:fs';
import fc from 'fast-check';
import { fullwidthReport, webCopyReport } from '../helpers/paths';

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

// ---------------------------------------------------------------------------------------------
// Characters

const CN_DIGITS = ['〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两'];

const WORDS = [
  '法治政府',
  '依法行政',
  '行政执法',
  '重大行政决策',
  '规范性文件',
  '合法性审查',
  '公众参与',
  '专家论证',
  '风险评估',
  '集体讨论决定',
  '行政复议',
  '行政诉讼',
  '行政应诉',
  '法律顾问',
  '公职律师',
  '普法',
  '“八五”普法',
  '“放管服”改革',
  '“双随机、一公开”',
  '行政执法公示制度',
  '执法全过程记录制度',
  '重大执法决定法制审核制度',
  '证明事项告知承诺制',
  '营商环境',
  '政务公开',
  '市委',
  '市政府',
  '县（市、区）',
  '各镇（街道）',
  '司法局',
  '年度报告',
  '法治督察',
  '依法治市',
  '习近平法治思想',
  '党政主要负责人',
  '第一责任人',
  '述法',
  '办理',
  '审查',
  '清理',
  '废止',
  '修改',
  '出台',
  '印发',
  '开展',
  '推进',
  '落实',
  '加强',
  '完善',
  '建立',
  '健全',
  '存在的不足',
  '原因',
  '下一步',
  '工作安排',
  '全年',
  '同比',
  '增长',
  '下降',
  '其中',
  '共',
  '累计',
  '分别',
  '占',
  '达到',
  '的',
  '了',
  '和',
  '与',
  '及',
  '在',
  '对',
  '我市',
  '全市',
  '本部门',
  '行政机关负责人出庭应诉率',
];

const ISSUERS = ['汕府', '汕府办', '粤府', '国发', '国办发', '汕司', '中办发', '汕尾市人民政府', 'X府', ''];

const UNITS = ['件', '个', '项', '人次', '人', '家', '次', '场', '期', '条', '份', '万元', '亿元', '%', '％', '宗', '批'];

const PUNCTUATION = [
  // full-width
  '，',
  '。',
  '、',
  '；',
  '：',
  '？',
  '！',
  '“',
  '”',
  '‘',
  '’',
  '（',
  '）',
  '《',
  '》',
  '〈',
  '〉',
  '【',
  '】',
  '〔',
  '〕',
  '［',
  '］',
  '｛',
  '｝',
  '「',
  '」',
  '『',
  '』',
  '——',
  '—',
  '……',
  '…',
  '·',
  '・',
  '～',
  '－',
  '—―',
  '﹏',
  '．',
  '／',
  '％',
  '＃',
  '＆',
  '＊',
  '＋',
  '＝',
  '＜',
  '＞',
  '｜',
  '＼',
  '＂',
  '＇',
  // ASCII and typographic
  ',',
  '.',
  ';',
  ':',
  '?',
  '!',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '-',
  '--',
  '---',
  '–',
  '―',
  '...',
  '..',
  '~',
  '/',
  '\\',
  '|',
  '`',
  '``',
  '```',
  '*',
  '**',
  '_',
  '#',
  '@',
  '&',
  '%',
  '+',
  '=',
  '^',
  '$',
  '„',
  '‚',
  '«',
  '»',
  '‹',
  '›',
  '⟨',
  '⟩',
  '′',
  '″',
  '‐',
  '‑',
  '‒',
  '⁃',
  '﹣',
  '︰',
  '︱',
  '︲',
  '﹐',
  '﹑',
  '﹒',
];

const SPACES = [' ', '  ', '\t', '\u3000', '\u3000\u3000', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u205f', '\ufeff', '\u200b'];

const LINE_ENDS = ['\n', '\n', '\n', '\r\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c'];

const ASTRAL = ['𠮷', '𠀀', '𪚥', '𡃁', '😀', '👍🏽', '👨‍👩‍👧', '𝟘', '𝐀', '🀄', '\u{10ffff}', '\u{e0001}', '\u{1f1e8}\u{1f1f3}'];

const hanChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const extHan = fc.integer({ min: 0x3400, max: 0x4dbf }).map((c) => String.fromCharCode(c));
const astralChar = fc.oneof(
  pick(...ASTRAL),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
);
export const loneSurrogate = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  pick('\ud842', '\udfb7', '\udfb7\ud842', '\ud83d'),
);
const controlChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  pick(
    '\u007f',
    '\u0080',
    '\u009f',
    '\u200c',
    '\u200d',
    '\u200e',
    '\u200f',
    '\u202a',
    '\u202e',
    '\u2066',
    '\u2069',
    '\ufffd',
    '\ufffe',
    '\uffff',
    '\ufe0f',
    '\u0301',
  ),
);
const asciiChar = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));

// ---------------------------------------------------------------------------------------------
// Report-like pieces

const smallInt = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 100000 }), pick(0, 1, 10, 100, 1000, 12345678901234567000));
const digitStyle = (n: number) =>
  fc.oneof(
    fc.constant(String(n)),
    fc.constant(String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))), // full-width digits
    fc.constant(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')),
    fc.constant(String(n).replace(/[0-9]/g, (d) => CN_DIGITS[Number(d) + 1] ?? '〇')),
  );
const number = smallInt.chain(digitStyle);
const decimal = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`);
const cnNumeral = fc.array(pick(...CN_DIGITS), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const word = pick(...WORDS);
const words = fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: hanChar }, { weight: 1, arbitrary: extHan }), { minLength: 1, maxLength: 8 })
  .map((a) => a.join(''));

const headingMarker = fc.oneof(
  cnNumeral.map((n) => `${n}、`),
  cnNumeral.map((n) => `（${n}）`),
  cnNumeral.map((n) => `(${n})`),
  cnNumeral.map((n) => `${n}.`),
  fc.integer({ min: 0, max: 30 }).map((n) => `${n}.`),
  fc.integer({ min: 0, max: 30 }).map((n) => `${n}．`),
  fc.integer({ min: 0, max: 30 }).map((n) => `${n}、`),
  fc.integer({ min: 0, max: 30 }).map((n) => `（${n}）`),
  fc.integer({ min: 0, max: 30 }).map((n) => `(${n})`),
  fc.integer({ min: 0, max: 30 }).map((n) => `${n})`),
  pick('第一，', '第二，', '首先，', '其次，', '一是', '二是', '三是', '十一是', '第一部分', '第二章', '附件：', '附件1'),
);
const heading = fc.tuple(pick('', '  ', '\u3000\u3000', '\t'), headingMarker, words, pick('', '。', '：', '；')).map((p) => p.join(''));

const figure = fc.oneof(
  fc
    .tuple(number, pick(...UNITS), fc.array(fc.tuple(word, number, pick(...UNITS)), { maxLength: 4 }))
    .map(([total, unit, parts]) => `共${total}${unit}，其中${parts.map(([w, n, u]) => `${w}${n}${u}`).join('，')}`),
  fc.tuple(word, number, pick(...UNITS), number, pick(...UNITS)).map(([w, a, u, b, v]) => `${w}${a}${u}，${w}${b}${v}`),
  fc.tuple(number, pick(...UNITS), number, pick('%', '％', '个百分点', '倍', '成')).map(([a, u, b, p]) => `办理${a}${u}，同比增长${b}${p}`),
  fc.tuple(word, fc.oneof(decimal, number), pick('%', '％', '‰', ' %', '% ')).map(([w, r, p]) => `${w}达${r}${p}`),
  fc.tuple(number, number, pick('-', '—', '～', '~', '至', '到', '–')).map(([a, b, d]) => `${a}${d}${b}件`),
  fc.tuple(cnNumeral, pick('个', '项', '次', '家')).map(([n, u]) => `${n}${u}`),
  fc.tuple(word, pick('百分之'), cnNumeral).map(([w, p, n]) => `${w}${p}${n}`),
);

const year = fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 99999 }));
const date = fc.oneof(
  fc.tuple(year, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}年${m}月`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([m, d]) => `${m}月${d}日`),
  fc.tuple(year, year, pick('-', '—', '－', '–', '～', '至', '—―', '——')).map(([a, b, d]) => `${a}${d}${b}年`),
  fc.tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), pick('-', '/', '.')).map(([y, m, d, s]) => `${y}${s}${m}${s}${d}`),
  pick('二〇二一年一月三十一日', '2021年1月31日', '2021年2月29日', '2020年2月29日', '2021年13月1日', '去年', '今年', '上半年', '“十四五”时期'),
);

const docNumber = fc
  .tuple(
    pick(...ISSUERS),
    pick(['〔', '〕'], ['[', ']'], ['（', '）'], ['(', ')'], ['【', '】'], ['［', '］'], ['〔', ''], ['', '〕']),
    year,
    fc.oneof(number, fc.constant('')),
    pick('号', '', '號'),
  )
  .map(([issuer, [open, close], y, n, hao]) => `${issuer}${open}${y}${close}${n}${hao}`);

const title = fc
  .tuple(
    pick(['《', '》'], ['〈', '〉'], ['《', ''], ['', '》'], ['<', '>'], ['《', '〉']),
    words,
    pick('', '条例', '办法', '规定', '实施纲要（2016-2020年）', '（试行）', '（2021—2025年）'),
  )
  .map(([[open, close], w, s]) => `${open}${w}${s}${close}`);

const enumeration = fc
  .array(fc.tuple(pick('一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '二十'), words), { minLength: 1, maxLength: 5 })
  .map((items) => items.map(([n, w]) => `${n}是${w}`).join('；'));

const STEPS = ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论决定'];
const fiveSteps = fc.tuple(fc.shuffledSubarray(STEPS), pick('、', '，', ',', '和', ' ')).map(([s, sep]) => `严格落实${s.join(sep)}等法定程序`);

const reportTitle = fc
  .tuple(
    pick('汕尾市人民政府', '某某县', '市司法局', '', 'XX区'),
    year,
    pick('年法治政府建设年度报告', '年度法治政府建设情况报告', '年法治政府建设工作总结', '年工作报告'),
  )
  .map(([a, y, b]) => `${a}${y}${b}`);
const signature = fc.tuple(pick('汕尾市人民政府', '某某县人民政府', '司法局'), date).map(([a, d]) => `${a}\n${d}`);

const sentence = fc
  .tuple(
    fc.array(fc.oneof(words, figure, date, title, number), { minLength: 1, maxLength: 5 }),
    pick('，', '、', '', ','),
    pick('。', '；', '，', '！', '？', '', '.', '……'),
  )
  .map(([parts, sep, end]) => parts.join(sep) + end);

const markdown = fc.oneof(
  fc.tuple(pick('# ', '## ', '### ', '#### ', '####### ', '#'), words).map((p) => p.join('')),
  fc.tuple(pick('- ', '* ', '+ ', '1. ', '> ', '>> ', '    ', '- [ ] '), words).map((p) => p.join('')),
  words.map((w) => '```\n' + w + '\n```'),
  words.map((w) => '~~~js\n' + w),
  pick('```', '~~~', '---\ntitle: x\n---\n', '---\n', '***', '| 项目 | 数量 |\n|---|---|\n| 案件 | 12 |'),
  words.map((w) => `\`${w}\``),
  fc.tuple(words, pick('http://example.com/a,b', 'https://汕尾.gov.cn/（1）', '', '<x>', 'javascript:alert(1)')).map(([w, u]) => `[${w}](${u})`),
  words.map((w) => `![${w}](a.png)`),
  words.map((w) => `<!-- ${w} -->`),
  pick(
    '<!--',
    '-->',
    '<!-- fzlint-disable-next-line fullwidth-punctuation -->',
    '<!-- fzlint-disable -->',
    '<!-- fzlint-disable no-such-rule -->',
    '// fzlint-disable-next-line',
    '// fzlint-disable fullwidth-punctuation, straight-quotes -- 说明',
    '// fzlint-disable-next-line all',
  ),
  pick(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '&amp;',
    '&#x4e00;',
    '<br/>',
    '\\',
    '\\\\',
    '${x}',
    '{0}',
    '{name}',
    '%s',
    'https://www.shanwei.gov.cn/index.html?a=1&b=（2）',
  ),
  words.map((w) => `**${w}**`),
  words.map((w) => `_${w}_`),
  fc.tuple(words, pick('[^1]', '[^1]: 注释')).map((p) => p.join('')),
);

const punctuation = pick(...PUNCTUATION);
const space = pick(...SPACES);
const lineEnd = pick(...LINE_ENDS);

/** One piece of text. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: words },
  { weight: 8, arbitrary: punctuation },
  { weight: 6, arbitrary: sentence },
  { weight: 5, arbitrary: lineEnd },
  { weight: 4, arbitrary: heading.map((h) => `\n${h}\n`) },
  { weight: 4, arbitrary: figure },
  { weight: 3, arbitrary: date },
  { weight: 3, arbitrary: docNumber },
  { weight: 3, arbitrary: title },
  { weight: 3, arbitrary: enumeration },
  { weight: 2, arbitrary: fiveSteps },
  { weight: 2, arbitrary: reportTitle },
  { weight: 1, arbitrary: signature },
  { weight: 3, arbitrary: space },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: markdown },
  { weight: 2, arbitrary: astralChar },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: controlChar },
  { weight: 2, arbitrary: asciiChar },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A very long line: one piece repeated, no line end inside. */
const longLine = fc
  .tuple(fc.oneof(words, punctuation, figure, astralChar, fc.constant('a'), fc.constant('。')), fc.integer({ min: 200, max: 4000 }))
  .map(([p, n]) => p.replace(/[\r\n\u2028\u2029\u0085]/g, '').repeat(Math.max(1, Math.floor(n / Math.max(1, p.length)))));

/** A document-shaped text: title, 文号, opening, headed sections, signature, mixed with noise. */
const reportShaped = fc
  .tuple(
    reportTitle,
    docNumber,
    lineEnd,
    fc.array(fc.tuple(heading, fc.array(fc.oneof(sentence, enumeration, fiveSteps, figure), { minLength: 0, maxLength: 4 })), { minLength: 1, maxLength: 6 }),
    signature,
    fc.array(piece, { maxLength: 6 }),
  )
  .map(([t, n, nl, sections, sig, noise]) => {
    const body = sections.map(([h, ps]) => `${h}${nl}\u3000\u3000${ps.join('')}`).join(nl);
    const text = [t, n, '', body, sig].join(nl);
    // sprinkle the noise at positions spread over the text
    let out = text;
    noise.forEach((p, i) => {
      const at = Math.floor(((i + 1) * out.length) / (noise.length + 1));
      out = out.slice(0, at) + p + out.slice(at);
    });
    return out;
  });

/** Generated text: mostly short, some long, a few with very long lines. */
export const generatedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.array(piece, { maxLength: 24 }).map((a) => a.join('')) },
  { weight: 4, arbitrary: reportShaped },
  { weight: 2, arbitrary: fc.array(piece, { minLength: 40, maxLength: 240 }).map((a) => a.join('')) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(piece, { maxLength: 6 }), longLine, fc.array(piece, { maxLength: 6 })).map(([a, l, b]) => a.join('') + l + b.join('')),
  },
  { weight: 1, arbitrary: fc.tuple(pick('\ufeff', '\ufeff\ufeff', '\r\n', '\u3000'), fc.array(piece, { maxLength: 12 })).map(([s, a]) => s + a.join('')) },
  {
    weight: 1,
    arbitrary: pick('', '\n', '\r', '\r\n', '\ufeff', '\ud800', '\udc00', '。', '一、', '（一）', '1.', '（1）', '𠮷', '#', '```', '<!--', '\u0000'),
  },
);

// ---------------------------------------------------------------------------------------------
// Random edits of the reference report

let references: string[] | undefined;
/** The reference report (full-width draft) and its web copy, read once. */
export function referenceTexts(): string[] {
  references ??= [fs.readFileSync(fullwidthReport, 'utf8'), fs.readFileSync(webCopyReport, 'utf8')];
  return references;
}

export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'line-ends'; to: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 400 })),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-ends' as const), to: pick('\r\n', '\r', '\n\n') }) },
);

/** Apply one random edit; positions wrap around the text's length (they may split a surrogate pair on purpose). */
export function applyRandomEdit(text: string, e: Edit): string {
  const n = text.length + 1;
  switch (e.kind) {
    case 'insert': {
      const at = e.at % n;
      return text.slice(0, at) + e.text + text.slice(at);
    }
    case 'delete': {
      const at = e.at % n;
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'replace': {
      const at = e.at % n;
      return text.slice(0, at) + e.text + text.slice(at + e.length);
    }
    case 'duplicate': {
      const at = e.at % n;
      const slice = text.slice(at, at + e.length);
      const to = e.to % n;
      return text.slice(0, to) + slice + text.slice(to);
    }
    case 'line-ends':
      return text.replace(/\r?\n/g, e.to);
  }
}

/**
 * The reference report or its web copy with 1–6 random edits: a quarter of the cases edit the whole
 * report (about 16,000 characters), the rest a window of it of up to 3,000 characters (cheaper to
 * lint, so the bounded run stays inside its time budget).
 */
export const editedReference: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 1 }),
    fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 100, max: 3000 })) }),
    fc.array(edit, { minLength: 1, maxLength: 6 }),
  )
  .map(([which, window, edits]) => {
    const whole = referenceTexts()[which];
    const start = window ? window[0] % whole.length : 0;
    const base = window ? whole.slice(start, start + window[1]) : whole;
    return edits.reduce(applyRandomEdit, base);
  });

// ---------------------------------------------------------------------------------------------
// Lint inputs

export interface LintInput {
  text: string;
  language: 'plaintext' | 'markdown';
  source: 'auto' | 'draft' | 'published-copy';
  locale: 'zh-CN' | 'en';
}

/** A text to lint, how (plain text / Markdown, source mode) and in which locale. Reference edits are about 1 in 8. */
export const lintInput: fc.Arbitrary<LintInput> = fc.record({
  text: fc.oneof({ weight: 7, arbitrary: generatedText }, { weight: 1, arbitrary: editedReference }),
  language: fc.oneof({ weight: 3, arbitrary: fc.constant('plaintext' as const) }, { weight: 1, arbitrary: fc.constant('markdown' as const) }),
  source: fc.oneof({ weight: 4, arbitrary: fc.constant('auto' as const) }, { weight: 1, arbitrary: pick('draft' as const, 'published-copy' as const) }),
  locale: fc.oneof({ weight: 3, arbitrary: fc.constant('zh-CN' as const) }, { weight: 1, arbitrary: fc.constant('en' as const) }),
});

/** File paths the formatters must quote and encode: spaces, CJK, quotes, backslashes, URL syntax, control characters. */
export const filePath: fc.Arbitrary<string> = fc.oneof(
  pick(
    '<text>',
    '<stdin>',
    '/tmp/报告.txt',
    'C:\\报告\\2020 年.md',
    '/a b/"q"\'s\\n.txt',
    '/x/%20#?&.md',
    '/x/\u0000\u001f.txt',
    '/x/𠮷\ud800.md',
    'relative/路径.txt',
  ),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 12 }), pick('.txt', '.md', '')).map(([s, e]) => `/tmp/${s}${e}`),
);
