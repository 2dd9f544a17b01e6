import { toChineseNumeral } from '../document/chinese-numerals';
import { canonicalMarker } from '../document/headings';
import type { ReportDocument } from '../document/report-document';
import { countBefore } from '../document/sorted';
import { walkSections } from '../document/sections';
import type { Heading, HeadingMarker, MarkerLevel, Section } from '../document/types';
import type { Related, Rule, RuleContext, Suggestion, TextEdit } from '../rule';

type Numbered = Heading & { marker: HeadingMarker };

const LEVEL_NAMES: Record<MarkerLevel, { zh: string; en: string }> = {
  1: { zh: '第一层', en: 'level 1' },
  2: { zh: '第二层', en: 'level 2' },
  3: { zh: '第三层', en: 'level 3' },
  4: { zh: '第四层', en: 'level 4' },
};

/** At most this many missing markers are named in one message. */
const MAX_NAMED = 5;

/**
 * Where the numbered body ends: the 附件 note, the 署名 or the 成文日期. Numbered lines after it (an
 * attachment list such as “附件：1.…” / “2.…”) are not part of the heading tree.
 */
function bodyEnd(doc: ReportDocument): number {
  for (const p of doc.paragraphs) {
    if (p.kind === 'signature' || p.kind === 'date') return p.span.start;
    if (/^[\s\u00a0\u3000]*附\s*件[\s\u00a0\u3000]*([:：]|\d|$)/.test(p.text)) return p.span.start;
  }
  return Infinity;
}

function missingList(from: number, to: number, level: MarkerLevel): { zh: string; en: string } {
  const names: string[] = [];
  for (let v = from; v < to && names.length < MAX_NAMED; v++) names.push(canonicalMarker(level, v));
  const more = to - from > MAX_NAMED;
  return {
    zh: names.map((n) => `“${n}”`).join('') + (more ? '等' : ''),
    en: names.map((n) => `"${n}"`).join(', ') + (more ? ', …' : ''),
  };
}

/**
 * Renumber `run[i]` to `value`, and the headings after it that continue its numbering (each one
 * more than the one before) to the following values.
 */
function renumber(run: Numbered[], i: number, value: number, level: MarkerLevel): Suggestion | undefined {
  const edits: TextEdit[] = [];
  const base = run[i].marker.ordinal;
  for (let j = i; j < run.length; j++) {
    if (j > i && run[j].marker.ordinal - base !== j - i) break;
    const text = canonicalMarker(level, value + (j - i));
    if (text !== run[j].marker.text) edits.push({ start: run[j].marker.span.start, end: run[j].marker.span.end, text });
  }
  if (edits.length === 0) return undefined;
  const first = canonicalMarker(level, value);
  return {
    title:
      edits.length > 1
        ? { 'zh-CN': `改为“${first}”，后续序号依次顺延`, en: `Change to "${first}" and renumber the following headings` }
        : { 'zh-CN': `改为“${first}”`, en: `Change to "${first}"` },
    edits,
  };
}

function previous(h: Numbered): Related {
  return {
    span: h.marker.span,
    message: { 'zh-CN': `上一个同级标题“${h.marker.text}”`, en: `the previous heading at this level, "${h.marker.text}"` },
  };
}

/**
 * Does the list begin inside the paragraph before `h`, after a colon (“主要做法：1.……” then a line
 * “2.……”)? Then `h` is not the first item.
 */
function continuesInline(doc: ReportDocument, h: Numbered): boolean {
  const v = h.marker.ordinal - 1;
  if (v < 1) return false;
  // Paragraphs are in text order: a binary search (a scan per heading was quadratic in long texts).
  const ps = doc.paragraphs;
  const lo = countBefore(ps.length, (i) => ps[i].span.start < h.paragraphSpan.start);
  const index = lo < ps.length && ps[lo].span.start === h.paragraphSpan.start ? lo : -1;
  const before = doc.paragraphs[index - 1];
  if (!before) return false;
  const n = h.marker.level <= 2 ? toChineseNumeral(v) : String(v);
  const marker = h.marker.level === 1 || h.marker.level === 3 ? `${n}[、.．，,]` : `[（(]${n}[）)]`;
  return new RegExp(`[:：]\\s*${marker}`).test(before.text);
}

interface RunContext {
  doc: ReportDocument;
  context: RuleContext;
  /** The text is a whole report (it has a title), not an excerpt. */
  wholeReport: boolean;
}

/** Check one run of sibling headings: same parent, same marker level, in document order. */
function checkRun(run: Numbered[], parent: Section, { doc, context, wholeReport }: RunContext): void {
  const level = run[0].marker.level;
  const parentMarker = parent.heading?.marker;

  // Wrong nesting: a level used directly under a parent more than one level up. 一、 → 1. is accepted.
  if (parentMarker) {
    const p = parentMarker.level;
    if (level > p + 1 && !(p === 1 && level === 3)) {
      const expectedLevel = (p + 1) as MarkerLevel;
      const first = run[0];
      const edits: TextEdit[] = run.map((h) => ({
        start: h.marker.span.start,
        end: h.marker.span.end,
        text: canonicalMarker(expectedLevel, h.marker.ordinal),
      }));
      const expected = canonicalMarker(expectedLevel, first.marker.ordinal);
      context.report({
        span: first.marker.span,
        messageId: 'wrongNesting',
        data: {
          marker: first.marker.text,
          parent: parentMarker.text,
          levelZh: LEVEL_NAMES[level].zh,
          levelEn: LEVEL_NAMES[level].en,
          parentLevelZh: LEVEL_NAMES[p].zh,
          parentLevelEn: LEVEL_NAMES[p].en,
          expected,
        },
        related: [
          {
            span: parentMarker.span,
            message: { 'zh-CN': `上级标题“${parentMarker.text}”`, en: `the parent heading "${parentMarker.text}"` },
          },
        ],
        suggestions: [
          {
            title:
              run.length > 1
                ? { 'zh-CN': `本组标题改用“${expected}”一级的序号`, en: `Renumber these headings as "${expected}" …` }
                : { 'zh-CN': `改为“${expected}”`, en: `Change to "${expected}"` },
            edits,
          },
        ],
      });
    }
  }

  let prev = 0;
  for (let i = 0; i < run.length; i++) {
    const h = run[i];
    const v = h.marker.ordinal;
    if (i === 0) {
      // At the top of the tree the text may be an excerpt (one part of a report): only a whole
      // report, recognised by its title, must start at 一、.
      if (v !== 1 && (parentMarker || wholeReport) && !continuesInline(doc, h)) {
        const expected = canonicalMarker(level, 1);
        const suggestion = renumber(run, 0, 1, level);
        context.report({
          span: h.marker.span,
          messageId: parentMarker ? 'restart' : 'start',
          data: { marker: h.marker.text, expected, parent: parentMarker?.text ?? '' },
          suggestions: suggestion ? [suggestion] : undefined,
        });
      }
      prev = v;
      continue;
    }
    if (v === prev + 1) {
      prev = v;
      continue;
    }
    const expected = canonicalMarker(level, prev + 1);
    if (v > prev + 1) {
      const missing = missingList(prev + 1, v, level);
      const suggestion = renumber(run, i, prev + 1, level);
      context.report({
        span: h.marker.span,
        messageId: 'gap',
        data: { marker: h.marker.text, missingZh: missing.zh, missingEn: missing.en, expected },
        related: [previous(run[i - 1])],
        suggestions: suggestion ? [suggestion] : undefined,
      });
      prev = v;
      continue;
    }
    // v <= prev: a repeat, or a number that goes back.
    const next = run[i + 1]?.marker.ordinal;
    const continues = next === v + 1;
    const suggestion = continues ? renumber(run, i, prev + 1, level) : renumber(run.slice(0, i + 1), i, prev + 1, level);
    context.report({
      span: h.marker.span,
      messageId: v === prev ? 'repeated' : 'outOfOrder',
      data: { marker: h.marker.text, previous: run[i - 1].marker.text, expected },
      related: [previous(run[i - 1])],
      suggestions: suggestion ? [suggestion] : undefined,
    });
    // One mistake, one finding: when the following headings continue from this one, count on from it;
    // otherwise take it as the number it should have had.
    prev = continues ? v : prev + 1;
  }
}

export const headingHierarchy: Rule = {
  meta: {
    id: 'heading-hierarchy',
    catalogue: ['FMT-003'],
    category: 'structure',
    severity: 'error',
    fixable: 'suggestion',
    description: {
      'zh-CN': '标题层次序数“一、”“（一）”“1.”“（1）”逐层使用，同级序号从一开始、连续、不重复',
      en: 'Heading numbers 一、 （一） 1. （1） nest level by level; siblings start at one and count up without gaps or repeats',
    },
    messages: {
      gap: {
        'zh-CN': '标题序号跳号：“{marker}”之前缺少{missingZh}。同级标题应依次编号（GB/T 9704—2012 7.3.3）：如确实缺了这一部分，请补上；否则此处应改为“{expected}”。',
        en: 'Heading numbering skips {missingEn} before "{marker}". Sibling headings count up one by one (GB/T 9704-2012 7.3.3): add the missing part, or renumber this heading "{expected}".',
      },
      repeated: {
        'zh-CN': '标题序号重复：“{marker}”与上一个同级标题相同，此处应为“{expected}”（GB/T 9704—2012 7.3.3，同级标题依次编号）。',
        en: 'Repeated heading number: "{marker}" repeats the previous sibling; it should be "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      outOfOrder: {
        'zh-CN': '标题序号倒退：“{marker}”排在“{previous}”之后，此处应为“{expected}”（GB/T 9704—2012 7.3.3，同级标题依次编号）。',
        en: 'Heading numbers go backwards: "{marker}" comes after "{previous}"; it should be "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      restart: {
        'zh-CN': '“{parent}”下的第一个下级标题是“{marker}”：每个上级标题下的编号应从“{expected}”重新开始（GB/T 9704—2012 7.3.3）。',
        en: 'The first subheading under "{parent}" is "{marker}": numbering restarts at "{expected}" under each new parent heading (GB/T 9704-2012 7.3.3).',
      },
      start: {
        'zh-CN': '这一层的第一个标题是“{marker}”，编号应从“{expected}”开始（GB/T 9704—2012 7.3.3）。',
        en: 'The first heading at this level is "{marker}"; numbering starts at "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      wrongNesting: {
        'zh-CN': '层次错位：{levelZh}序号“{marker}”直接用在{parentLevelZh}标题“{parent}”之下。结构层次序数依次为“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 7.3.3），此处应改为“{expected}”，或补上中间一层。',
        en: 'Wrong nesting: the {levelEn} marker "{marker}" sits directly under the {parentLevelEn} heading "{parent}". Levels go 一、 （一） 1. （1） in turn (GB/T 9704-2012 7.3.3); write "{expected}" or add the missing level.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const end = bodyEnd(doc);
    for (const section of walkSections(doc.root)) {
      // Group the numbered children by marker level. An unnumbered heading between them (a Markdown
      // heading without a marker) starts a new group: the numbering may restart after it.
      let groups = new Map<MarkerLevel, Numbered[]>();
      const flush = () => {
        for (const run of groups.values()) checkRun(run, section, { doc, context, wholeReport: doc.meta.title !== undefined });
        groups = new Map();
      };
      for (const child of section.children) {
        const h = child.heading;
        if (!h || h.paragraphSpan.start >= end) break;
        if (!h.marker) {
          flush();
          continue;
        }
        const run = groups.get(h.marker.level);
        if (run) run.push(h as Numbered);
        else groups.set(h.marker.level, [h as Numbered]);
      }
      flush();
    }
  },
};
