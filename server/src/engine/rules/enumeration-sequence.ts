import { parseChineseNumeral, toChineseNumeral } from '../document/chinese-numerals';
import type { ReportDocument } from '../document/report-document';
import { walkSections } from '../document/sections';
import type { Paragraph, Span } from '../document/types';
import type { Rule, RuleContext, Suggestion, TextEdit } from '../rule';
import { NO_OPTIONS } from '../rule';

type Kind = 'shi' | 'di';

interface Item {
  kind: Kind;
  value: number;
  /** The whole item word: `二是` or `第二`. */
  span: Span;
  /** The numeral inside it. */
  numeral: Span;
  paragraph: Paragraph;
  /** Right after an ellipsis, which may stand for the items left out. */
  afterEllipsis: boolean;
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const SHI = new RegExp(`(${NUMERAL})是`, 'g');
/** 第一，第二，… only with a comma after it: never 第一责任人, 第一时间, 第二批. */
const DI = new RegExp(`第(${NUMERAL})(?=[，,])`, 'g');
/** Marks after which a clause starts (ASCII too: web copies carry them; an item may follow an ellipsis ……). */
const CLAUSE_START = new Set(['。', '；', '：', '，', '！', '？', '…', '⋯', ';', ':', ',', '!', '?']);
const BLANK = /[\s\u00a0\u3000]/;
const MAX_NAMED = 5;

function word(kind: Kind, value: number): string {
  return kind === 'shi' ? `${toChineseNumeral(value)}是` : `第${toChineseNumeral(value)}`;
}

/** Where the paragraph's own text begins: after leading blanks and any heading marker. */
function contentStart(prose: string, p: Paragraph): number {
  let i = p.heading?.marker ? p.heading.marker.span.end : p.span.start;
  if (!p.heading?.marker && p.heading?.markdownDepth !== undefined) i = p.heading.titleSpan.start;
  while (i < p.span.end && BLANK.test(prose[i])) i++;
  return i;
}

/** Does an item starting at `at` start a clause? */
function startsClause(prose: string, p: Paragraph, at: number): boolean {
  let i = at - 1;
  while (i >= p.span.start && BLANK.test(prose[i])) i--;
  if (i < contentStart(prose, p)) return true;
  return CLAUSE_START.has(prose[i]);
}

/** Does an ellipsis (……) come right before `at`? It may stand for items left out: 二是……十是. */
function afterEllipsis(prose: string, p: Paragraph, at: number): boolean {
  let i = at - 1;
  while (i >= p.span.start && BLANK.test(prose[i])) i--;
  return i >= p.span.start && (prose[i] === '…' || prose[i] === '⋯');
}

function collect(prose: string, p: Paragraph): Item[] {
  const out: Item[] = [];
  const text = prose.slice(p.span.start, p.span.end);
  for (const [re, kind] of [
    [SHI, 'shi'],
    [DI, 'di'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = p.span.start + m.index;
      const value = parseChineseNumeral(m[1]);
      if (value === undefined || value < 1) continue;
      if (!startsClause(prose, p, start)) continue;
      const numStart = kind === 'shi' ? start : start + 1;
      out.push({
        kind,
        value,
        span: { start, end: start + m[0].length },
        numeral: { start: numStart, end: numStart + m[1].length },
        paragraph: p,
        afterEllipsis: afterEllipsis(prose, p, start),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function renumber(run: Item[], i: number, value: number): Suggestion | undefined {
  const edits: TextEdit[] = [];
  const base = run[i].value;
  for (let j = i; j < run.length; j++) {
    if (j > i && run[j].value - base !== j - i) break;
    const text = toChineseNumeral(value + (j - i));
    if (text !== toChineseNumeral(run[j].value)) edits.push({ start: run[j].numeral.start, end: run[j].numeral.end, text });
  }
  if (edits.length === 0) return undefined;
  const first = word(run[i].kind, value);
  return {
    title:
      edits.length > 1
        ? { 'zh-CN': `改为“${first}”，后续各项依次顺延`, en: `Change to "${first}" and renumber the following items` }
        : { 'zh-CN': `改为“${first}”`, en: `Change to "${first}"` },
    edits,
  };
}

/**
 * Where the missing first item most likely began: the first sentence after a run-in heading's
 * title, or the start of a body paragraph. Only when nothing between there and the second item
 * suggests a lead-in (a colon) and at least one sentence lies in between.
 */
function firstItemStart(prose: string, item: Item): number | undefined {
  const p = item.paragraph;
  let from: number;
  if (p.heading) {
    if (!p.heading.runIn) return undefined;
    from = p.heading.titleSpan.end + 1; // past the 。 that ends the title
    while (from < item.span.start && /[”’」』）)]/.test(prose[from])) from++;
  } else {
    from = contentStart(prose, p);
  }
  while (from < item.span.start && BLANK.test(prose[from])) from++;
  if (from >= item.span.start) return undefined;
  const between = prose.slice(from, item.span.start);
  if (/[:：]/.test(between)) return undefined;
  if (!/[。；;！？!?，,]\s*$/.test(between.replace(/[”’」』）)]+\s*$/, ''))) return undefined;
  return from;
}

function checkRun(prose: string, run: Item[], context: RuleContext): void {
  const first = run[0];
  const kind = first.kind;
  const firstWord = word(kind, 1);
  if (first.value !== 1) {
    const names: string[] = [];
    for (let v = 1; v < first.value && names.length < MAX_NAMED; v++) names.push(word(kind, v));
    const suggestions: Suggestion[] = [];
    if (first.value === 2) {
      const at = firstItemStart(prose, first);
      if (at !== undefined) {
        const excerpt = /^[^，、；。：！？,;:!?]{1,10}/.exec(prose.slice(at, first.span.start))?.[0] ?? '';
        suggestions.push({
          title: {
            'zh-CN': `在“${excerpt}”前补上“${firstWord}”`,
            en: `Insert "${firstWord}" before "${excerpt}"`,
          },
          edits: [{ start: at, end: at, text: kind === 'shi' ? firstWord : `${firstWord}，` }],
        });
      }
    }
    const re = renumber(run, 0, 1);
    if (re) suggestions.push(re);
    context.report({
      span: first.span,
      messageId: 'missingFirst',
      data: {
        item: prose.slice(first.span.start, first.span.end),
        missingZh: names.map((n) => `“${n}”`).join(''),
        missingEn: names.map((n) => `"${n}"`).join(', '),
        first: firstWord,
      },
      suggestions,
    });
  }
  let prev = first.value;
  for (let i = 1; i < run.length; i++) {
    const it = run[i];
    const v = it.value;
    const text = prose.slice(it.span.start, it.span.end);
    if (v === prev + 1) {
      prev = v;
      continue;
    }
    const expected = word(kind, prev + 1);
    const related = [
      {
        span: run[i - 1].span,
        message: { 'zh-CN': `上一项“${prose.slice(run[i - 1].span.start, run[i - 1].span.end)}”`, en: 'the previous item' },
      },
    ];
    if (v > prev + 1 && it.afterEllipsis) {
      // 一是……，二是……，……十是: the ellipsis stands for the items between.
      prev = v;
      continue;
    }
    if (v > prev + 1) {
      const names: string[] = [];
      for (let m = prev + 1; m < v && names.length < MAX_NAMED; m++) names.push(word(kind, m));
      const s = renumber(run, i, prev + 1);
      context.report({
        span: it.span,
        messageId: 'gap',
        data: { item: text, missingZh: names.map((n) => `“${n}”`).join(''), missingEn: names.map((n) => `"${n}"`).join(', '), expected },
        related,
        suggestions: s ? [s] : undefined,
      });
      prev = v;
      continue;
    }
    const continues = run[i + 1]?.value === v + 1;
    const s = continues ? renumber(run, i, prev + 1) : renumber(run.slice(0, i + 1), i, prev + 1);
    context.report({
      span: it.span,
      messageId: 'repeated',
      data: { item: text, expected },
      related,
      suggestions: s ? [s] : undefined,
    });
    prev = continues ? v : prev + 1;
  }
  if (run.length === 1 && first.value === 1) {
    context.report({
      span: first.span,
      messageId: 'onlyFirst',
      severity: 'info',
      data: { item: firstWord, second: word(kind, 2) },
    });
  }
}

export const enumerationSequence: Rule = {
  meta: {
    id: 'enumeration-sequence',
    catalogue: ['ENUM-001'],
    category: 'enumeration',
    severity: 'error',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '“一是、二是……”“第一，第二，……”从一开始，依次递增，不跳号、不重复',
      en: '一是/二是… and 第一，/第二，… start at one and count up without gaps or repeats',
    },
    messages: {
      missingFirst: {
        'zh-CN': '列举从“{item}”开始，缺少{missingZh}：“一是、二是……”式列举应从“{first}”起依次排列（公文写作惯例）。请补上“{first}”，或将各项重新编号。',
        en: 'The enumeration starts at "{item}" and lacks {missingEn}: 一是/二是 lists start at "{first}" and count up (drafting convention). Add "{first}" or renumber the items.',
      },
      gap: {
        'zh-CN': '列举跳号：“{item}”之前缺少{missingZh}，此处应为“{expected}”（公文写作惯例：依次递增，不跳号）。',
        en: 'The enumeration skips {missingEn} before "{item}"; this should be "{expected}" (drafting convention: count up without gaps).',
      },
      repeated: {
        'zh-CN': '列举序号重复：“{item}”前面已经出现，此处应为“{expected}”（公文写作惯例：依次递增，不重复）。',
        en: 'Repeated enumeration number: "{item}" has already been used; this should be "{expected}" (drafting convention: no repeats).',
      },
      onlyFirst: {
        'zh-CN': '本段只有“{item}”，没有“{second}”：只有一项时不必编号，或补全后续各项。',
        en: 'There is a "{item}" but no "{second}": drop the number for a single item, or add the others.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const prose = doc.prose;
    for (const section of walkSections(doc.root)) {
      // One scope: the section's own paragraphs (its heading paragraph and the body up to the next
      // heading). Each kind of enumeration is followed separately.
      const items = section.paragraphs.flatMap((p) => collect(prose, p));
      for (const kind of ['shi', 'di'] as const) {
        for (const run of sequences(prose, items.filter((it) => it.kind === kind))) checkRun(prose, run, context);
      }
    }
  },
};

/**
 * Split the items of one section into sequences. An item 一 starts a new sequence: at the start of a
 * paragraph, the paragraph-level one; inside a paragraph, a run of its own (一是…十是 within one
 * paragraph), so that the paragraph-level sequence around it (七是 … 八是) goes on after it. Each
 * later item joins the sequence it continues, else the one it belongs to by position.
 */
function sequences(prose: string, items: Item[]): Item[][] {
  const runs: Item[][] = [];
  let outer: Item[] | undefined;
  let inner: Item[] | undefined;
  const continues = (run: Item[] | undefined, it: Item) => run !== undefined && run[run.length - 1].value + 1 === it.value;
  for (const it of items) {
    const initial = it.span.start === contentStart(prose, it.paragraph);
    if (it.value === 1) {
      const run = [it];
      runs.push(run);
      if (initial) {
        outer = run;
        inner = undefined;
      } else {
        inner = run;
      }
      continue;
    }
    let target: Item[] | undefined;
    if (continues(inner, it)) target = inner;
    else if (continues(outer, it)) target = outer;
    else if (!initial && inner && inner[inner.length - 1].paragraph === it.paragraph) target = inner;
    else target = outer ?? inner;
    if (!target) {
      target = [];
      runs.push(target);
      outer = target;
    }
    target.push(it);
  }
  return runs;
}
