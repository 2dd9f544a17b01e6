import { parseChineseNumeral, toChineseNumeral } from '../document/chinese-numerals';
import type { ReportDocument } from '../document/report-document';
import type { Procedure } from '../pack/types';
import type { LocalizedText, Rule, RuleContext, TextEdit } from '../rule';
import { NO_OPTIONS } from '../rule';

/** One recognised name in the text: a canonical step, a known wrong variant, or a known non-step. */
interface Item {
  start: number;
  end: number;
  text: string;
  /** The canonical step it stands for; null for a known non-statutory step; undefined for an unknown item. */
  right: string | null | undefined;
}

interface ListMatch {
  items: Item[];
  /** The stated count (五项程序 → 5), if a count phrase is attached to the list. */
  count?: { value: number; numeralStart: number; numeralEnd: number; numeral: string; phraseEnd: number };
  /** 等 after the last item: the list is abbreviated on purpose. */
  abbreviated: boolean;
}

const SEPARATOR = /^(?:、|和|及|以及|与|、和|、以及|、及)$/;
const UNKNOWN_ITEM = /^[\u4e00-\u9fff]{1,10}$/;
const NUMERAL = '([一二两三四五六七八九十]|\\d{1,2})';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Build the count-phrase pattern from the data's triggers: the step count's numeral becomes any numeral. */
function countPattern(proc: Procedure): RegExp | undefined {
  const triggers = proc.triggers ?? [];
  if (triggers.length === 0) return undefined;
  const numeral = toChineseNumeral(proc.steps.length);
  const alternatives = new Set<string>();
  for (const t of triggers) {
    const at = t.indexOf(numeral);
    if (at < 0) continue;
    alternatives.add(escapeRegExp(t.slice(at + numeral.length)));
  }
  if (alternatives.size === 0) return undefined;
  const tails = [...alternatives].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`^(等)?${NUMERAL}(?:${tails})`);
}

function precedingCountPattern(proc: Procedure): RegExp | undefined {
  const after = countPattern(proc);
  if (!after) return undefined;
  const body = after.source.replace(/^\^\(等\)\?/, '');
  return new RegExp(`${body}(?:[：:]|[，,]?即|[，,]?包括|[，,]?分别是)$`);
}

interface StepName {
  text: string;
  right: string | null;
  unlessFollowedBy?: string[];
}

/** A procedure's step names and wrong variants, longest first, and a search for their first characters: built once per procedure. */
const namesByProcedure = new WeakMap<Procedure, { names: StepName[]; firsts: RegExp }>();
function stepNames(proc: Procedure): { names: StepName[]; firsts: RegExp } {
  let entry = namesByProcedure.get(proc);
  if (!entry) {
    const names: StepName[] = [
      ...proc.steps.map((s) => ({ text: s, right: s as string | null })),
      ...(proc.variants ?? []).map((v) => ({ text: v.wrong, right: v.right, unlessFollowedBy: v.unlessFollowedBy })),
    ]
      .filter((n) => n.text.length > 0)
      .sort((a, b) => b.text.length - a.text.length);
    const firsts = [...new Set(names.map((n) => n.text[0]))];
    entry = { names, firsts: new RegExp(firsts.length ? firsts.map(escapeRegExp).join('|') : '(?!)', 'g') };
    namesByProcedure.set(proc, entry);
  }
  return entry;
}

function scanItems(prose: string, start: number, end: number, proc: Procedure): Item[] {
  const { names, firsts } = stepNames(proc);
  const items: Item[] = [];
  // Searched in the paragraph's own text, so that the native search cannot run on past its end.
  const own = prose.slice(start, end);
  firsts.lastIndex = 0;
  for (let m = firsts.exec(own); m; m = firsts.exec(own)) {
    const i = start + m.index;
    const hit = names.find((n) => prose.startsWith(n.text, i) && i + n.text.length <= end);
    if (hit && !(hit.unlessFollowedBy ?? []).some((f) => prose.startsWith(f, i + hit.text.length))) {
      items.push({ start: i, end: i + hit.text.length, text: hit.text, right: hit.right });
      firsts.lastIndex = i + hit.text.length - start;
    } else {
      firsts.lastIndex = m.index + 1;
    }
  }
  return items;
}

/** Group recognised names into lists joined by 、/和/及, allowing up to two unknown items in between. */
function groupLists(prose: string, items: Item[]): Item[][] {
  const lists: Item[][] = [];
  let current: Item[] = [];
  for (const item of items) {
    const last = current[current.length - 1];
    if (!last) {
      current.push(item);
      continue;
    }
    const gap = prose.slice(last.end, item.start);
    if (SEPARATOR.test(gap)) {
      current.push(item);
      continue;
    }
    // 、听证、 : unknown items between recognised ones
    const m = /^、(.+?)(、|和|及|以及|与)$/.exec(gap);
    const pieces = m ? m[1].split('、') : [];
    if (m && pieces.length <= 2 && pieces.every((p) => UNKNOWN_ITEM.test(p))) {
      let at = last.end + 1;
      for (const p of pieces) {
        current.push({ start: at, end: at + p.length, text: p, right: undefined });
        at += p.length + 1;
      }
      current.push(item);
      continue;
    }
    lists.push(current);
    current = [item];
  }
  if (current.length) lists.push(current);
  return lists;
}

function readCount(numeral: string): number | undefined {
  return /^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral);
}

function attachCount(prose: string, list: Item[], lineEnd: number, proc: Procedure): ListMatch {
  const last = list[list.length - 1];
  const first = list[0];
  const after = prose.slice(last.end, Math.min(lineEnd, last.end + 20));
  const match: ListMatch = { items: list, abbreviated: after.startsWith('等') };
  const re = countPattern(proc);
  const m = re?.exec(after);
  if (m) {
    const numeralStart = last.end + (m[1] ? m[1].length : 0);
    const value = readCount(m[2]);
    if (value !== undefined) match.count = { value, numeralStart, numeralEnd: numeralStart + m[2].length, numeral: m[2], phraseEnd: last.end + m[0].length };
    return match;
  }
  const before = prose.slice(Math.max(0, first.start - 20), first.start);
  const pre = precedingCountPattern(proc)?.exec(before);
  if (pre) {
    const numeralStart = first.start - before.length + pre.index;
    const value = readCount(pre[1]);
    if (value !== undefined) match.count = { value, numeralStart, numeralEnd: numeralStart + pre[1].length, numeral: pre[1], phraseEnd: first.start };
  }
  return match;
}

function numeralLike(sample: string, value: number): string {
  return /^\d+$/.test(sample) ? String(value) : toChineseNumeral(value);
}

function quoteList(names: string[]): string {
  return names.map((n) => `“${n}”`).join('、');
}

export const decisionProcedure: Rule = {
  meta: {
    id: 'decision-procedure',
    supersedes: ['count-vs-list'],
    catalogue: ['DEC-001', 'DEC-002'],
    category: 'style',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '重大行政决策五项法定程序的名称、数目和顺序',
      en: 'Names, number and order of the five statutory procedures of a major administrative decision',
    },
    messages: {
      wrongList: {
        'zh-CN': '重大行政决策法定程序写法有误：{details}。依据{source}，应写为“{canonical}”。',
        en: 'The statutory decision procedures are misstated: {detailsEn}. Under the {sourceEn}, write “{canonical}”.',
      },
      incompleteList: {
        'zh-CN': '这里列举的重大行政决策程序不全：{details}。依据{source}，法定程序为“{canonical}”；如只列举其中几项，请在列举后加“等”。',
        en: 'This list of decision procedures is incomplete: {detailsEn}. Under the {sourceEn}, the statutory procedures are “{canonical}”; add 等 if the list is meant to be partial.',
      },
      order: {
        'zh-CN': '重大行政决策法定程序顺序有误：依据{source}，应依次为“{canonical}”。',
        en: 'The statutory decision procedures are out of order: under the {sourceEn}, they come in the order “{canonical}”.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const prose = doc.prose;
    for (const proc of context.data.procedures) {
      if (proc.steps.length === 0) continue;
      const canonical = proc.steps.join('、');
      const source: LocalizedText = proc.source ?? { 'zh-CN': `《${proc.name['zh-CN']}》`, en: proc.name.en };
      const minSteps = proc.minSteps ?? 3;
      for (const p of doc.paragraphs) {
        const items = scanItems(prose, p.span.start, p.span.end, proc);
        for (const list of groupLists(prose, items)) {
          const sentence = p.sentences.find((x) => x.span.start <= list[0].start && list[0].start < x.span.end)?.text ?? '';
          const other = (proc.otherContexts ?? []).some((w) => sentence.includes(w));
          if (other && !(proc.subjects ?? []).some((w) => sentence.includes(w))) continue;
          const m = attachCount(prose, list, p.span.end, proc);
          const recognised = list.filter((i) => i.right);
          if (m.count === undefined && recognised.length < minSteps) continue;
          if (m.count !== undefined && (list.length < 2 || recognised.length === 0)) continue;
          const zh: string[] = [];
          const en: string[] = [];
          let hardError = false;
          for (const item of list) {
            if (item.right && item.right !== item.text) {
              zh.push(`“${item.text}”应为“${item.right}”`);
              en.push(`“${item.text}” should be “${item.right}”`);
              hardError = true;
            } else if (item.right === null && m.count !== undefined) {
              zh.push(`“${item.text}”不是法定程序`);
              en.push(`“${item.text}” is not a statutory procedure`);
              hardError = true;
            }
          }
          const present = new Set(recognised.map((i) => i.right as string));
          const missing = proc.steps.filter((s) => !present.has(s));
          if (!m.abbreviated && missing.length > 0) {
            zh.push(`缺少${quoteList(missing)}`);
            en.push(`${missing.map((s) => `“${s}”`).join(', ')} missing`);
            if (m.count !== undefined) hardError = true;
          }
          if (m.count !== undefined && !m.abbreviated && m.count.value !== list.length) {
            zh.push(`写明“${m.count.numeral}项”，实际列出${list.length}项`);
            en.push(`the text says ${m.count.value} but lists ${list.length}`);
            hardError = true;
          }
          const indices = [...new Set(recognised.map((i) => proc.steps.indexOf(i.right as string)))];
          const outOfOrder = indices.some((v, k) => k > 0 && v < indices[k - 1]);
          if (zh.length === 0 && !outOfOrder) continue;

          const first = list[0];
          const last = list[list.length - 1];
          // The list, with its count phrase when the count is part of the problem.
          const withCount = m.count !== undefined && !m.abbreviated;
          const span = {
            start: withCount ? Math.min(first.start, (m.count as { numeralStart: number }).numeralStart) : first.start,
            end: withCount ? Math.max(last.end, (m.count as { phraseEnd: number }).phraseEnd) : last.end,
          };
          const allFive = missing.length === 0;
          const unknown = list.some((i) => i.right === undefined);
          const nonStep = list.some((i) => i.right === null);
          const data = {
            details: zh.join('；'),
            detailsEn: en.join('; '),
            source: source['zh-CN'],
            sourceEn: source.en,
            canonical,
          };

          let edits: TextEdit[];
          if (m.abbreviated) {
            // A deliberately partial list: only rename the wrong items.
            edits = list.filter((i) => i.right && i.right !== i.text).map((i) => ({ start: i.start, end: i.end, text: i.right as string }));
          } else {
            edits = [];
            const listText = prose.slice(first.start, last.end);
            if (listText !== canonical) edits.push({ start: first.start, end: last.end, text: canonical });
            if (m.count && m.count.value !== proc.steps.length) {
              edits.push({ start: m.count.numeralStart, end: m.count.numeralEnd, text: numeralLike(m.count.numeral, proc.steps.length) });
            }
            edits.sort((a, b) => a.start - b.start);
          }
          const title: LocalizedText = m.abbreviated
            ? { 'zh-CN': '改为法定程序名称', en: 'Use the statutory names' }
            : { 'zh-CN': `改为“${canonical}”`, en: `Replace with “${canonical}”` };
          const certain = !m.abbreviated && allFive && !unknown && (!nonStep || m.count !== undefined);
          const change = edits.length > 0 ? { title, edits } : undefined;

          if (zh.length === 0) {
            context.report({ span, messageId: 'order', data, severity: 'warning', fix: certain ? change : undefined, suggestions: !certain && change ? [change] : undefined });
            continue;
          }
          const messageId = hardError ? 'wrongList' : 'incompleteList';
          context.report({
            span,
            messageId,
            data,
            severity: hardError ? 'error' : 'warning',
            fix: certain ? change : undefined,
            suggestions: !certain && change ? [change] : undefined,
          });
        }
      }
    }
  },
};
