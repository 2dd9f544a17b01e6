import { toChineseNumeral } from '../document/chinese-numerals';
import { canonicalMarker } from '../document/headings';
import type { ReportDocument } from '../document/report-document';
import { countBefore } from '../document/sorted';
import { walkSections } from '../document/sections';
import type { Heading, HeadingMarker, MarkerLevel, Section, Span } from '../document/types';
import type { Related, Rule, RuleContext, Suggestion, TextEdit } from '../rule';
import { NO_OPTIONS } from '../rule';

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
 * Text whose numbered lines are not part of a heading tree: from the main document's 附件 note, 署名
 * or 成文日期 (an attachment list “附件：1.…” / “2.…”) to the first appended document, whose headings
 * number on their own.
 */
function closingRange(doc: ReportDocument): Span | undefined {
  for (const p of doc.paragraphs) {
    if (p.kind === 'signature' || p.kind === 'date' || (p.kind === 'body' && /^[\s\u00a0\u3000]*附\s*件[\s\u00a0\u3000]*([:：]|\d|$)/.test(p.text))) {
      // Up to the next heading tree: an appended document's title or an unnumbered heading.
      const next = doc.headings.find((h) => !h.marker && h.level <= 0 && h.paragraphSpan.start > p.span.start);
      return { start: p.span.start, end: next?.paragraphSpan.start ?? Infinity };
    }
  }
  return undefined;
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

function previousLink(h: Numbered): Related {
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

/** Siblings of one parent at one marker level, in document order. */
interface Run {
  headings: Numbered[];
  parent: Section;
  level: MarkerLevel;
  /** The heading tree it belongs to: the section of the nearest unnumbered ancestor (an appended document, 2024年工作回顾), or the root. */
  tree: Section;
}

/**
 * How a document numbers a level across its parents. GB/T 9704—2012 7.3.3 gives the marker forms,
 * not a restart rule: 一、（一）（二） 二、（一）… and 一、（一）（二） 二、（三）… are both correct. The
 * scheme is the one most parents follow; when as many follow each, the document is inconsistent
 * either way and restarting (the common form) is taken as meant.
 */
type Scheme = 'restart' | 'continuous';

function schemeOf(runs: Run[]): Scheme {
  let restart = 0;
  let continuous = 0;
  for (let k = 1; k < runs.length; k++) {
    if (runs[k].parent === runs[k - 1].parent) continue;
    const first = runs[k].headings[0].marker.ordinal;
    const last = runs[k - 1].headings[runs[k - 1].headings.length - 1].marker.ordinal;
    if (first === 1) restart++;
    else if (first === last + 1) continuous++;
  }
  return continuous > restart ? 'continuous' : 'restart';
}

function treeOf(section: Section): Section {
  let s = section;
  while (s.parent && s.heading?.marker) s = s.parent;
  return s;
}

function reportNesting(run: Numbered[], parentMarker: HeadingMarker, { context }: RunContext): void {
  const level = run[0].marker.level;
  const p = parentMarker.level;
  if (!(level > p + 1 && !(p === 1 && level === 3))) return;
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

/**
 * The first heading of a run. `previous`: the last heading at this level under the previous parent,
 * when the document numbers this level straight through (continuous scheme).
 */
function checkFirst(run: Numbered[], parent: Section, scheme: Scheme, previous: Numbered | undefined, { doc, context, wholeReport }: RunContext): void {
  const h = run[0];
  const level = h.marker.level;
  const v = h.marker.ordinal;
  const parentMarker = parent.heading?.marker;
  if (parentMarker && previous && scheme === 'continuous') {
    const expectedValue = previous.marker.ordinal + 1;
    if (v === expectedValue) return;
    const expected = canonicalMarker(level, expectedValue);
    const suggestion = renumber(run, 0, expectedValue, level);
    const data = { marker: h.marker.text, expected, previous: previous.marker.text, levelZh: LEVEL_NAMES[level].zh, levelEn: LEVEL_NAMES[level].en };
    if (v > expectedValue) {
      const missing = missingList(expectedValue, v, level);
      context.report({
        span: h.marker.span,
        messageId: 'continuousGap',
        data: { ...data, missingZh: missing.zh, missingEn: missing.en },
        related: [previousLink(previous)],
        suggestions: suggestion ? [suggestion] : undefined,
      });
    } else {
      context.report({
        span: h.marker.span,
        messageId: 'continuousBack',
        data,
        related: [previousLink(previous)],
        suggestions: suggestion ? [suggestion] : undefined,
      });
    }
    return;
  }
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
}

/** Siblings after the first: each one more than the one before. */
function checkRest(run: Numbered[], { context }: RunContext): void {
  const level = run[0].marker.level;
  let prev = run[0].marker.ordinal;
  for (let i = 1; i < run.length; i++) {
    const h = run[i];
    const v = h.marker.ordinal;
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
        related: [previousLink(run[i - 1])],
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
      related: [previousLink(run[i - 1])],
      suggestions: suggestion ? [suggestion] : undefined,
    });
    // One mistake, one finding: when the following headings continue from this one, count on from it;
    // otherwise take it as the number it should have had.
    prev = continues ? v : prev + 1;
  }
}

/** Does the paragraph before `h` end with a colon (注：, 具体如下：)? */
function afterColon(doc: ReportDocument, h: Numbered): boolean {
  const ps = doc.paragraphs;
  const at = countBefore(ps.length, (i) => ps[i].span.start < h.paragraphSpan.start);
  const before = ps[at - 1];
  return before !== undefined && !before.heading && /[:：][\s\u00a0\u3000]*$/.test(before.text);
}

/** The runs of sibling headings, in document order, outside the closing part of the main document. */
function collectRuns(doc: ReportDocument): Run[] {
  const skip = closingRange(doc);
  const skipped = (h: Heading) => skip !== undefined && h.paragraphSpan.start >= skip.start && h.paragraphSpan.start < skip.end;
  const runs: Run[] = [];
  for (const section of walkSections(doc.root)) {
    // Group the numbered children by marker level. An unnumbered heading between them (a Markdown
    // heading without a marker) starts a new group: the numbering may restart after it.
    let groups = new Map<MarkerLevel, Numbered[]>();
    const flush = () => {
      for (const [level, headings] of groups) runs.push({ headings, parent: section, level, tree: treeOf(section) });
      groups = new Map();
    };
    for (const child of section.children) {
      const h = child.heading;
      if (!h || skipped(h)) continue;
      if (!h.marker) {
        flush();
        continue;
      }
      // A list introduced by a colon (注：/ 1.…) numbers on its own, after the headings before it.
      if (h.marker.ordinal === 1 && groups.has(h.marker.level) && afterColon(doc, h as Numbered)) {
        const done = groups.get(h.marker.level) as Numbered[];
        runs.push({ headings: done, parent: section, level: h.marker.level, tree: treeOf(section) });
        groups.delete(h.marker.level);
      }
      const run = groups.get(h.marker.level);
      if (run) run.push(h as Numbered);
      else groups.set(h.marker.level, [h as Numbered]);
    }
    flush();
  }
  return runs.sort((a, b) => a.headings[0].paragraphSpan.start - b.headings[0].paragraphSpan.start);
}

export const headingHierarchy: Rule = {
  meta: {
    id: 'heading-hierarchy',
    catalogue: ['FMT-003'],
    category: 'structure',
    severity: 'error',
    fixable: 'suggestion',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '标题层次序数“一、”“（一）”“1.”“（1）”逐层使用，同级序号连续、不重复；下级序号在各上级下重新编号或全文连续编号均可，但全文一致',
      en: 'Heading numbers 一、 （一） 1. （1） nest level by level and count up without gaps or repeats; a lower level restarts under each parent or runs straight through the document, consistently',
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
        'zh-CN': '“{parent}”下的第一个下级标题是“{marker}”，应为“{expected}”：本文这一层标题在上级标题下从“{expected}”起编号（GB/T 9704—2012 7.3.3）。',
        en: 'The first subheading under "{parent}" is "{marker}"; it should be "{expected}": this document numbers this level from "{expected}" under each parent heading (GB/T 9704-2012 7.3.3).',
      },
      start: {
        'zh-CN': '这一层的第一个标题是“{marker}”，编号应从“{expected}”开始（GB/T 9704—2012 7.3.3）。',
        en: 'The first heading at this level is "{marker}"; numbering starts at "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      continuousGap: {
        'zh-CN': '标题序号跳号：本文{levelZh}标题跨上级标题连续编号，上一个是“{previous}”，“{marker}”之前缺少{missingZh}。如确实缺了这一部分，请补上；否则此处应改为“{expected}”（GB/T 9704—2012 7.3.3，同级标题依次编号）。',
        en: 'Heading numbering skips {missingEn} before "{marker}": this document numbers its {levelEn} headings straight through across parents, and the previous one is "{previous}". Add the missing part, or renumber this heading "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      continuousBack: {
        'zh-CN': '标题序号倒退：本文{levelZh}标题跨上级标题连续编号，上一个是“{previous}”，此处“{marker}”应为“{expected}”（GB/T 9704—2012 7.3.3，同级标题依次编号）。',
        en: 'Heading numbers go backwards: this document numbers its {levelEn} headings straight through across parents; after "{previous}" this one, "{marker}", should be "{expected}" (GB/T 9704-2012 7.3.3).',
      },
      wrongNesting: {
        'zh-CN': '层次错位：{levelZh}序号“{marker}”直接用在{parentLevelZh}标题“{parent}”之下。结构层次序数依次为“一、”“（一）”“1.”“（1）”（GB/T 9704—2012 7.3.3），此处应改为“{expected}”，或补上中间一层。',
        en: 'Wrong nesting: the {levelEn} marker "{marker}" sits directly under the {parentLevelEn} heading "{parent}". Levels go 一、 （一） 1. （1） in turn (GB/T 9704-2012 7.3.3); write "{expected}" or add the missing level.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const ctx: RunContext = { doc, context, wholeReport: doc.meta.title !== undefined };
    const runs = collectRuns(doc);
    // The scheme is decided per heading tree and level, over the runs under numbered parents.
    const byTreeLevel = new Map<Section, Map<MarkerLevel, Run[]>>();
    for (const run of runs) {
      if (!run.parent.heading?.marker) continue;
      const levels = byTreeLevel.get(run.tree) ?? new Map<MarkerLevel, Run[]>();
      byTreeLevel.set(run.tree, levels);
      const list = levels.get(run.level) ?? [];
      levels.set(run.level, list);
      list.push(run);
    }
    const schemes = new Map<Run, { scheme: Scheme; previous?: Numbered }>();
    for (const levels of byTreeLevel.values()) {
      for (const list of levels.values()) {
        const scheme = schemeOf(list);
        list.forEach((run, k) => {
          const before = k > 0 && list[k - 1].parent !== run.parent ? list[k - 1] : undefined;
          schemes.set(run, { scheme, previous: before?.headings[before.headings.length - 1] });
        });
      }
    }
    for (const run of runs) {
      const parentMarker = run.parent.heading?.marker;
      if (parentMarker) reportNesting(run.headings, parentMarker, ctx);
      const s = schemes.get(run);
      checkFirst(run.headings, run.parent, s?.scheme ?? 'restart', s?.previous, ctx);
      checkRest(run.headings, ctx);
    }
  },
};
