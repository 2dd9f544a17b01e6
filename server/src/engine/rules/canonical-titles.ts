import type { ReportDocument } from '../document/report-document';
import type { CanonicalTitle } from '../pack/types';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/**
 * TERM-004 and RPT-003: a title inside 《》 that cites one of the canonical documents of
 * `data.titles` must be written exactly.
 *
 * A title cites a canonical document when, after the certain normalisations below, it holds the
 * entry's `match` fragments in order, nothing outside the canonical text comes before the first
 * fragment (《广东省法治政府建设实施纲要……》 is a provincial document) and nothing but a part of the
 * canonical ending comes after the last (《……规定实施办法》 is another document).
 */

type ChangeKind = 'width' | 'ascii-dash' | 'dash' | 'year-nian' | 'ducha';

interface Normalised {
  text: string;
  kinds: Set<ChangeKind>;
}

/** Connectors written between the two years of a range instead of the 一字线 —. */
const YEAR_RANGE = /((?:19|20)\d{2})(年?)[ \u00a0\u3000]*(——|――|--|[-–—－~～‐‑‒−﹣]|)[ \u00a0\u3000]*((?:19|20)\d{2})/g;

/** The certain repairs: full-width （）, the 一字线 in year ranges, one 年 at the end, 督察. */
function normalise(title: string): Normalised {
  const kinds = new Set<ChangeKind>();
  let text = title.replace(/[()]/g, (ch) => {
    kinds.add('width');
    return ch === '(' ? '（' : '）';
  });
  text = text.replace(YEAR_RANGE, (all, y1: string, nian: string, connector: string, y2: string) => {
    if (Number(y2) <= Number(y1) || Number(y2) - Number(y1) > 100) return all;
    if (nian) kinds.add('year-nian');
    if (connector === '-' || connector === '~') kinds.add('ascii-dash');
    else if (connector !== '—' || all.length !== y1.length + nian.length + connector.length + y2.length) kinds.add('dash');
    return `${y1}—${y2}`;
  });
  if (text.includes('督查')) {
    kinds.add('ducha');
    text = text.replace(/督查/g, '督察');
  }
  return { text, kinds };
}

/** Positions of the fragments in order, or undefined. */
function locate(text: string, fragments: readonly string[]): { first: number; lastEnd: number } | undefined {
  let from = 0;
  let first = -1;
  let lastEnd = 0;
  for (const f of fragments) {
    const at = text.indexOf(f, from);
    if (at < 0) return undefined;
    if (first < 0) first = at;
    lastEnd = at + f.length;
    from = lastEnd;
  }
  return first < 0 ? undefined : { first, lastEnd };
}

/** Is `short` a subsequence of `long`? Returns the characters of `long` left over, in runs. */
function missingRuns(short: string, long: string): string[] | undefined {
  const runs: string[] = [];
  let run = '';
  let i = 0;
  for (const ch of long) {
    if (i < short.length && short[i] === ch) {
      if (run) runs.push(run);
      run = '';
      i++;
    } else {
      run += ch;
    }
  }
  if (run) runs.push(run);
  return i === short.length ? runs : undefined;
}

type Verdict =
  | { kind: 'ok' }
  | { kind: 'fixable'; kinds: Set<ChangeKind>; missing: string[] }
  | { kind: 'short' }
  | { kind: 'different' };

function judge(cited: string, entry: CanonicalTitle): Verdict | undefined {
  const canonical = entry.title;
  if (cited === canonical) return { kind: 'ok' };
  const n = normalise(cited);
  if (entry.notIf?.some((s) => n.text.includes(s))) return undefined;
  const here = locate(n.text, entry.match);
  const there = locate(canonical, entry.match);
  if (!here || !there) return undefined;
  // Only what the canonical title has before its first fragment may stand before it.
  const prefix = n.text.slice(0, here.first);
  if (!canonical.slice(0, there.first).endsWith(prefix)) return undefined;
  // Only part of the canonical ending may follow the last fragment.
  if (!missingRuns(n.text.slice(here.lastEnd), canonical.slice(there.lastEnd))) return undefined;
  if (n.text === canonical) return { kind: 'fixable', kinds: n.kinds, missing: [] };
  const missing = missingRuns(n.text, canonical);
  if (!missing) return { kind: 'different' };
  if (canonical.endsWith(n.text)) return { kind: 'short' };
  return { kind: 'fixable', kinds: n.kinds, missing };
}

const KIND_TEXT: Record<ChangeKind, { zh: string; en: string }> = {
  width: { zh: '括号用全角“（）”', en: 'full-width brackets （）' },
  'ascii-dash': { zh: '年份起止用一字线“—”（GB/T 15834—2011 4.13.3.2）', en: 'the em dash “—” between the years (GB/T 15834-2011 4.13.3.2)' },
  dash: { zh: '年份起止用一字线“—”（GB/T 15834—2011 4.13.3.2）', en: 'the em dash “—” between the years (GB/T 15834-2011 4.13.3.2)' },
  'year-nian': { zh: '“年”只写在后一个年份之后', en: '年 only after the second year' },
  ducha: { zh: '“督查”应为“督察”', en: '督察, not 督查' },
};

function describe(kinds: Set<ChangeKind>, missing: string[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const k of kinds) {
    if (k === 'dash' && kinds.has('ascii-dash')) continue;
    if (zh.includes(KIND_TEXT[k].zh)) continue;
    zh.push(KIND_TEXT[k].zh);
    en.push(KIND_TEXT[k].en);
  }
  if (missing.length > 0) {
    zh.push(`补上“${missing.join('”“')}”`);
    en.push(`add “${missing.join('”, “')}”`);
  }
  return { zh: zh.join('，'), en: en.join('; ') };
}

/** Every 《…》 in the prose (innermost text, no nesting across paragraphs). */
function* titleMarks(doc: ReportDocument): Generator<{ start: number; end: number; text: string }> {
  const text = doc.prose;
  for (const p of doc.paragraphs) {
    let open = -1;
    for (let i = p.span.start; i < p.span.end; i++) {
      if (text[i] === '《') open = i;
      else if (text[i] === '》' && open >= 0) {
        yield { start: open + 1, end: i, text: text.slice(open + 1, i) };
        open = -1;
      }
    }
  }
}

export const canonicalTitles: Rule = {
  meta: {
    id: 'canonical-titles',
    supersedes: ['fullwidth-punctuation', 'year-range-dash', 'straight-quotes'],
    catalogue: ['TERM-004', 'RPT-003'],
    category: 'style',
    severity: 'error',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '引用核心法规、规划的标题与正式名称一致（如《法治政府建设实施纲要（2021—2025年）》）',
      en: 'Titles of the core regulations and plans are cited exactly (e.g. 《法治政府建设实施纲要（2021—2025年）》)',
    },
    messages: {
      wrongTitle: {
        'zh-CN': '《{cited}》应写作《{title}》：{what}（依据：{source}）。',
        en: '《{cited}》 should be written 《{title}》: {whatEn} (source: {sourceEn}).',
      },
      shortTitle: {
        'zh-CN': '《{cited}》宜写全称《{title}》（依据：{source}）。',
        en: 'Cite the full title 《{title}》 rather than 《{cited}》 (source: {sourceEn}).',
      },
      differentTitle: {
        'zh-CN': '《{cited}》与正式名称《{title}》不一致；如引用的是该文件，应写作《{title}》（依据：{source}）。',
        en: '《{cited}》 differs from the official title 《{title}》; if that document is meant, write 《{title}》 (source: {sourceEn}).',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    const entries = context.data.titles.filter((t) => (t.rule ?? 'canonical-titles') === 'canonical-titles');
    if (entries.length === 0) return;
    for (const mark of titleMarks(doc)) {
      for (const entry of entries) {
        const verdict = judge(mark.text, entry);
        if (!verdict) continue;
        if (verdict.kind === 'ok') break;
        const source = entry.source ?? { 'zh-CN': '文件的正式名称', en: 'the official title' };
        const data: Record<string, string> = { cited: mark.text, title: entry.title, source: source['zh-CN'], sourceEn: source.en };
        const change = {
          title: { 'zh-CN': `改为《${entry.title}》`, en: `Replace with 《${entry.title}》` },
          edits: [{ start: mark.start, end: mark.end, text: entry.title }],
        };
        const span = { start: mark.start - 1, end: mark.end + 1 };
        if (verdict.kind === 'fixable') {
          const what = describe(verdict.kinds, verdict.missing);
          // Only brackets and ASCII dashes wrong: a scraper may have made them from the author's （） and －.
          const onlyScraperEvidence = verdict.missing.length === 0 && [...verdict.kinds].every((k) => k === 'width' || k === 'ascii-dash');
          context.report({
            span,
            messageId: 'wrongTitle',
            data: { ...data, what: what.zh, whatEn: what.en },
            fix: change,
            publishedCopyDemoted: context.source === 'published-copy' && onlyScraperEvidence ? true : undefined,
          });
        } else {
          context.report({
            span,
            messageId: verdict.kind === 'short' ? 'shortTitle' : 'differentTitle',
            data,
            // A short form (《政府信息公开条例》) is common usage: info; any other difference: warning.
            severity: verdict.kind === 'short' ? 'info' : 'warning',
            suggestions: [change],
          });
        }
        break;
      }
    }
  },
};
