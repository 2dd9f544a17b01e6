/**
 * Which figures belong together: totals and their parts, rates and their counts, stated counts
 * and the items listed. Shared by the figure rules and the hover explanation. Pure; cached per
 * document.
 */
import { readFigures, type Figure } from '../document/numbers';
import type { Paragraph, Span } from '../document/types';
import { builtinLexicon, type Lexicon } from './lexicon';

export interface FigureDoc {
  prose: string;
  paragraphs: Paragraph[];
}

/** Why a list of parts is taken as complete. */
export type Exhaustive = 'other' | 'levels';

export interface TotalCheck {
  total: Figure;
  parts: Figure[];
  /** 其中 (parts after the total) or 合计 (parts before it). */
  form: 'qizhong' | 'heji';
  sum: number;
  /** Allowed rounding difference (0 for integers). */
  tolerance: number;
  status: 'ok' | 'above' | 'below';
  exhaustive?: Exhaustive;
  /** Only an exhaustive list, or parts above the total, can be checked. */
  checked: boolean;
}

export interface RateCheck {
  rate: Figure;
  numerator: Figure;
  denominator: Figure;
  /** The exact ratio in the rate's scale (percent or permille). */
  ratio: number;
  /** The ratio rounded to the decimals shown. */
  rounded: number;
  ok: boolean;
  /** The rate's name minus 率 (调解成功), or 占比 for a share of the figure before it. */
  label: string;
  /**
   * `named`: the rate repeats the numerator's label (调解成功 → 调解成功率).
   * `share`: 占/占比 right after a part whose total is given (共N件，其中A M件，占X%).
   */
  kind: 'named' | 'share';
}

export interface BoundCheck {
  rate: Figure;
  /** A share or a rate that cannot pass 100% (占比, 满意率, 覆盖率 …). */
  strict: boolean;
  label: string;
}

export interface ListItem {
  text: string;
  span: Span;
  /** The item was split off the one before it at a 和 / 及 / 与 / 以及, not at a 、. */
  joinedByConjunction?: boolean;
}

export interface CountCheck {
  count: Figure;
  items: ListItem[];
  listSpan: Span;
  ok: boolean;
  /** The items are dates (两次会议 after 2月12日、2月17日). */
  dates: boolean;
}

export interface SubsetKindCheck {
  total: Figure;
  part: Figure;
  totalNoun: string;
  partNoun: string;
}

export interface SameEntityCheck {
  first: Figure;
  second: Figure;
  /** The shared noun phrase. */
  phrase: string;
}

export interface FigureAnalysis {
  figures: Figure[];
  totals: TotalCheck[];
  rates: RateCheck[];
  bounds: BoundCheck[];
  counts: CountCheck[];
  subsets: SubsetKindCheck[];
  sameEntity: SameEntityCheck[];
}

const HAN = /[\u3400-\u9fff]/;
const EPS = 1e-9;

// The word lists (count words, non-count units, rate, share and growth words, level and other parts,
// change, scope and clause words) are the vocabulary's (rules/recommended.yaml `data.vocabulary`,
// extended by packs), compiled once per vocabulary into a Lexicon (./lexicon.ts).

export function halfUnit(f: Figure): number {
  return 0.5 * 10 ** -f.decimals * (f.multiplier ?? 1);
}

function isPlainCount(f: Figure): boolean {
  return f.role === 'quantity' && f.approx === undefined && f.high === undefined;
}

function sameUnit(a: Figure, b: Figure): boolean {
  return a.unit !== undefined && a.unit === b.unit;
}

function bySentence(figures: Figure[]): Figure[][] {
  const groups: Figure[][] = [];
  let current: Figure[] = [];
  let key: object | undefined;
  for (const f of figures) {
    if (f.sentence !== key) {
      if (current.length) groups.push(current);
      current = [];
      key = f.sentence;
    }
    current.push(f);
  }
  if (current.length) groups.push(current);
  return groups;
}

function partLabel(f: Figure): string {
  return f.nounBefore?.text ?? '';
}

/**
 * The parts end where their pattern ends: after a 其他 part, or after the last of a run of level
 * parts (市级…，县级…，涉及部门56个 → the 56 is not a part).
 */
function trimParts(parts: Figure[], lx: Lexicon): void {
  const other = parts.findIndex((p) => lx.otherPart.test(partLabel(p)));
  if (other >= 0) parts.splice(other + 1);
  if (parts.length > 0 && lx.levelPart.test(partLabel(parts[0]))) {
    const end = parts.findIndex((p) => !lx.levelPart.test(partLabel(p)));
    if (end > 0) parts.splice(end);
  }
}

function classifyExhaustive(prose: string, parts: Figure[], listText: string, lx: Lexicon): Exhaustive | undefined {
  if (/等|部分|主要|包括|有些|一些/.test(listText)) return undefined;
  if (parts.some((p) => lx.otherPart.test(partLabel(p)))) return 'other';
  if (parts.length >= 2) {
    const levels = parts.map((p) => lx.levelPart.exec(partLabel(p))?.[0]);
    if (levels.every((l) => l !== undefined) && new Set(levels).size === parts.length) return 'levels';
  }
  void prose;
  return undefined;
}

function makeTotal(prose: string, total: Figure, parts: Figure[], form: TotalCheck['form'], listSpan: Span, lx: Lexicon): TotalCheck | undefined {
  if (parts.length === 0) return undefined;
  if (!isPlainCount(total) || parts.some((p) => !isPlainCount(p))) return undefined;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const tolerance = [total, ...parts].reduce((s, f) => s + (f.decimals > 0 || f.multiplier ? halfUnit(f) : 0), 0);
  const status = sum > total.value + tolerance + EPS ? 'above' : sum < total.value - tolerance - EPS ? 'below' : 'ok';
  const exhaustive = classifyExhaustive(prose, parts, prose.slice(listSpan.start, listSpan.end), lx);
  const checked = exhaustive !== undefined || status === 'above' || (status === 'ok' && parts.length >= 2);
  return { total, parts, form, sum, tolerance, status, exhaustive, checked };
}

/**
 * A total's parts are looked for among at most this many figures after 其中 (or before 合计): a
 * sentence of thousands of figures otherwise made every total scan all the others (quadratic time,
 * and messages listing thousands of parts). No real list of parts is that long.
 */
const MAX_PART_SCAN = 64;

function findTotals(prose: string, groups: Figure[][], lx: Lexicon): TotalCheck[] {
  const out: TotalCheck[] = [];
  for (const g of groups) {
    for (let k = 0; k < g.length; k++) {
      const t = g[k];
      if (t.role !== 'quantity' || t.unit === undefined || lx.nonCountUnits.has(t.unit)) continue;
      // 共N<unit>（noun），其中 …
      const after = prose.slice(t.span.end, t.span.end + 14);
      const m = /^[\u3400-\u9fff]{0,8}?[，,]?[ \u00a0]*其中/.exec(after);
      if (m && !/[的是]/.test(m[0])) {
        const parts: Figure[] = [];
        const qizhongEnd = t.span.end + m[0].length;
        for (let j = k + 1; j < g.length && j <= k + MAX_PART_SCAN; j++) {
          const p = g[j];
          if (p.span.start < qizhongEnd) continue;
          if (p.lead && /共|合计|总计/.test(p.lead)) break;
          // 同比增加20件, 比上年减少3件: a change, not a part.
          if (lx.change.test(partLabel(p))) break;
          if (p.role === 'quantity' && sameUnit(p, t)) parts.push(p);
        }
        trimParts(parts, lx);
        const last = parts[parts.length - 1];
        const check = last && makeTotal(prose, t, parts, 'qizhong', { start: qizhongEnd, end: last.span.end }, lx);
        if (check) out.push(check);
        continue;
      }
      // A，B，合计N<unit>
      if (t.lead === '合计' || t.lead === '总计') {
        const parts: Figure[] = [];
        for (let j = k - 1; j >= 0 && j >= k - MAX_PART_SCAN; j--) {
          const p = g[j];
          if (p.lead && /共|合计|总计/.test(p.lead)) break;
          if (p.role === 'quantity' && sameUnit(p, t)) parts.unshift(p);
        }
        if (parts.length >= 2) {
          const check = makeTotal(prose, t, parts, 'heji', { start: parts[0].span.start, end: t.span.start }, lx);
          if (check) out.push(check);
        }
      }
    }
  }
  return out;
}

/** The name of a rate before its value: 合格率保持在98% → 合格率. */
function rateName(f: Figure): string {
  return (f.nounBefore?.text ?? '').replace(/(?:保持在|稳定在|维持在|均为|均达到|均达|均|始终|一直|已|在)+$/, '');
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f + EPS) / f;
}

function findRates(groups: Figure[][]): RateCheck[] {
  const out: RateCheck[] = [];
  for (const g of groups) {
    for (let k = 0; k < g.length; k++) {
      const r = g[k];
      if (r.role !== 'percent' || r.approx || r.high !== undefined) continue;
      const name = rateName(r);
      if (!name.endsWith('率')) continue;
      const label = name.slice(0, -1).slice(-8);
      if (label.length < 2) continue;
      let numIndex = -1;
      // Bounded like the parts of a total (MAX_PART_SCAN): linear in a sentence of thousands of figures.
      for (let j = k - 1; j >= 0 && j >= k - MAX_PART_SCAN; j--) {
        const nb = g[j].nounBefore?.text ?? '';
        if (!isPlainCount(g[j]) || nb.length < 2) continue;
        if (nb.endsWith(label) || label.endsWith(nb) || nb.startsWith(label)) {
          numIndex = j;
          break;
        }
      }
      if (numIndex < 0) continue;
      const numerator = g[numIndex];
      let denominator: Figure | undefined;
      for (let j = numIndex - 1; j >= 0 && j >= numIndex - MAX_PART_SCAN; j--) {
        if (isPlainCount(g[j]) && sameUnit(g[j], numerator)) {
          denominator = g[j];
          break;
        }
      }
      if (!denominator || denominator.value <= 0 || numerator.value > denominator.value) continue;
      const scale = r.percent === 'permille' ? 1000 : 100;
      const ratio = (numerator.value / denominator.value) * scale;
      const rounded = roundTo(ratio, r.decimals);
      const ok = Math.abs(ratio - r.value) <= 0.5 * 10 ** -r.decimals + EPS;
      out.push({ rate: r, numerator, denominator, ratio, rounded, ok, label, kind: 'named' });
    }
  }
  return out;
}

/** 共126件，其中网上申请98件，占77.8%: the share of a part in the total given before it. */
/** A share with no name of its own (占, 占比, 所占比例, 占总数的: lexicon.shareName). */
function findShares(prose: string, groups: Figure[][], totals: TotalCheck[], lx: Lexicon): RateCheck[] {
  const out: RateCheck[] = [];
  // The first 其中 total each figure is a part of (one pass, not a search of every total per share).
  const totalOfPart = new Map<Figure, TotalCheck>();
  for (const t of totals) if (t.form === 'qizhong') for (const p of t.parts) if (!totalOfPart.has(p)) totalOfPart.set(p, t);
  for (const g of groups) {
    for (let k = 1; k < g.length; k++) {
      const r = g[k];
      if (r.role !== 'percent' || r.approx || r.high !== undefined) continue;
      const name = r.nounBefore?.text ?? '';
      if (!lx.shareName.test(name)) continue;
      const numerator = g[k - 1];
      if (!isPlainCount(numerator)) continue;
      // Only a comma between the part and its share.
      if (!/^[，,]\s*$/.test(prose.slice(numerator.span.end, r.nounBefore!.span.start))) continue;
      const group = totalOfPart.get(numerator);
      const denominator = group?.total;
      if (!denominator || denominator.value <= 0 || numerator.value > denominator.value) continue;
      const scale = r.percent === 'permille' ? 1000 : 100;
      const ratio = (numerator.value / denominator.value) * scale;
      const rounded = roundTo(ratio, r.decimals);
      const ok = Math.abs(ratio - r.value) <= 0.5 * 10 ** -r.decimals + EPS;
      out.push({ rate: r, numerator, denominator, ratio, rounded, ok, label: '占比', kind: 'share' });
    }
  }
  return out;
}

function findBounds(prose: string, figures: Figure[], lx: Lexicon): BoundCheck[] {
  const out: BoundCheck[] = [];
  for (const r of figures) {
    if (r.role !== 'percent') continue;
    const limit = r.percent === 'permille' ? 1000 : 100;
    const top = Math.max(r.value, r.high ?? r.value);
    if (top <= limit + EPS) continue;
    const name = rateName(r);
    if (!lx.rateName.test(name)) continue;
    // The clause before the figure: growth words make values over 100% legitimate.
    let c = r.span.start;
    while (c > r.sentence.span.start && !/[，,；;：:。]/.test(prose[c - 1])) c--;
    if (lx.growth.test(prose.slice(c, r.span.end + 2))) continue;
    out.push({ rate: r, strict: lx.boundedRate.test(name), label: name.slice(-8) });
  }
  return out;
}

/** Blank out (replace by ·) bracketed and quoted stretches so their 、 do not split the list. */
function maskNested(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if ('（(《“‘〔['.includes(ch)) depth++;
    out += depth > 0 ? '·' : ch;
    if ('）)》”’〕]'.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return out;
}

const CLAUSE_END = /[，,；;：:。！？!?\n]/;

/** Words that open a clause: a list item holding one of them is not a plain item (从抗震设防标准). */
const OPENING = /[从对将把按要]|为了|围绕|通过/;

function splitItems(prose: string, start: number, end: number): ListItem[] | undefined {
  const raw = prose.slice(start, end);
  const masked = maskNested(raw);
  if (!masked.includes('、')) return undefined;
  // 等 inside the list (用地、用林等报批): the list is not complete, nothing to count.
  if (masked.includes('等')) return undefined;
  const items: ListItem[] = [];
  let s = 0;
  for (let i = 0; i <= masked.length; i++) {
    if (i === masked.length || masked[i] === '、') {
      items.push({ text: raw.slice(s, i), span: { start: start + s, end: start + i } });
      s = i + 1;
    }
  }
  // A heading number that opens the paragraph (一、同意甲、乙、丙3个……) is not an item.
  if (items.length > 2 && /^[\s\u3000]*[一二三四五六七八九十]{1,3}$/.test(items[0].text)) items.shift();
  // The last item may hold a final 和 / 及 / 与 / 以及.
  const last = items[items.length - 1];
  const lastMasked = masked.slice(last.span.start - start);
  const conj = /(以及|和|及|与)(?=[^和及与]*$)/.exec(lastMasked);
  if (conj && conj.index > 0 && conj.index + conj[0].length < lastMasked.length) {
    const at = last.span.start + conj.index;
    items.pop();
    items.push({ text: prose.slice(last.span.start, at), span: { start: last.span.start, end: at } });
    const s2 = at + conj[0].length;
    items.push({ text: prose.slice(s2, last.span.end), span: { start: s2, end: last.span.end }, joinedByConjunction: true });
  }
  if (items.some((it) => it.text.trim() === '' || /[0-9０-９]/.test(it.text))) return undefined;
  // An item after the first that opens a clause (各级政府、各有关部门要严格从抗震设防标准、……): where
  // the list begins is unclear.
  if (items.slice(1).some((it) => OPENING.test(maskNested(it.text)))) return undefined;
  // The first item carries the words that open the clause (严格执行……前公众参与, 从市场监管).
  const first = items[0];
  const cut = /^.*[前的从对将在把按即是有为了]/.exec(maskNested(first.text));
  if (cut && first.text.length - cut[0].length >= 1) {
    const at = first.span.start + cut[0].length;
    items[0] = { text: prose.slice(at, first.span.end), span: { start: at, end: first.span.end } };
  }
  return items;
}

/**
 * The last item runs up to the count, so it may swallow the words of the clause. Accept it only
 * when it holds no clause verb and is at most twice as long as the longest other item.
 */
function plausibleLastItem(items: ListItem[], lx: Lexicon): boolean {
  const last = items[items.length - 1].text;
  const others = Math.max(...items.slice(0, -1).map((it) => it.text.length));
  // A verb that shows the clause goes on after the list (按照国家、省部署完成5项任务).
  return !lx.clauseVerb.test(last) && last.length <= 2 * others;
}

/**
 * The items agree with the count when it lies between the items counted at 、 only and those counted
 * also at each 和 / 与 / 及 inside an item: a conjunction may join two items (重庆和沈阳) or words of
 * one item (城市更新和安全韧性提升4项行动, 能源智能开发与高效利用3个省实验室); the text cannot tell.
 */
function countAgrees(items: ListItem[], count: number): boolean {
  const joined = items.filter((it) => it.joinedByConjunction).length;
  // 和 / 与 / 及 with two words of at least two characters around it (重庆和沈阳; not 公众参与, 及时办理).
  const inside = items.filter((it) => /[\u3400-\u9fff]{2}(?:以及|和|及|与)[\u3400-\u9fff]{2}/.test(maskNested(it.text))).length;
  const fewest = items.length - joined;
  const most = items.length + inside;
  return count >= fewest && count <= most;
}

const DATE_ITEM = /^(?:(?:\d{1,2}月)?\d{1,2}日)$/;

function findCounts(prose: string, figures: Figure[], lx: Lexicon): CountCheck[] {
  const out: CountCheck[] = [];
  const countFigures = figures.filter(
    (f) => isPlainCount(f) && f.unit !== undefined && lx.countUnits.has(f.unit) && Number.isInteger(f.value) && f.value >= 2 && f.value <= 30,
  );
  const countStarts = new Set(countFigures.map((f) => f.span.start));
  for (const f of countFigures) {
    const sStart = f.sentence.span.start;
    let end = f.span.start;
    if (f.lead === '共') end -= 1;
    // Clause start.
    let c = end;
    while (c > sStart && !CLAUSE_END.test(prose[c - 1])) c--;
    const clause = prose.slice(c, end);
    // 首问负责、限时办结和一次性告知: a list that goes on past the count is not its list. A list that
    // ends in 的 describes what is counted (群众普遍需求、可感可及的10件实事): not the items counted.
    const touching = end > c && HAN.test(prose[end - 1]) && !/[等和及与或并的]$/.test(clause);
    if (touching && f.nounAfter) {
      const items = splitItems(prose, c, end);
      if (items && items.slice(1).every((it) => it.text.length <= 16) && items[0].text.length <= 30 && plausibleLastItem(items, lx)) {
        out.push({ count: f, items, listSpan: { start: c, end }, ok: countAgrees(items, f.value), dates: false });
        continue;
      }
    }
    // Dates in the clause before: 2月12日、2月17日，市委常委会两次会议.
    if ((f.unit === '次' || f.unit === '场') && !clause.includes('、') && c > sStart) {
      let pc = c - 1;
      while (pc > sStart && !CLAUSE_END.test(prose[pc - 1])) pc--;
      const prevClause = prose.slice(pc, c - 1).trim();
      const parts = prevClause.split(/、|和|及/);
      if (parts.length >= 2 && parts.every((p) => DATE_ITEM.test(p)) && !/[第]/.test(clause)) {
        const items: ListItem[] = [];
        let at = prose.indexOf(parts[0], pc);
        for (const p of parts) {
          at = prose.indexOf(p, at);
          items.push({ text: p, span: { start: at, end: at + p.length } });
          at += p.length;
        }
        out.push({
          count: f,
          items,
          listSpan: { start: items[0].span.start, end: items[items.length - 1].span.end },
          ok: items.length === f.value,
          dates: true,
        });
        continue;
      }
    }
    // N项X：A、B、C。 (the list after the count)
    const after = prose.slice(f.span.end, Math.min(f.sentence.span.end, f.span.end + 10));
    const colon = /^[\u3400-\u9fff]{0,8}[：:]/.exec(after);
    if (colon) {
      const ls = f.span.end + colon[0].length;
      let le = ls;
      while (le < f.sentence.span.end && !/[，,；;。！？!?\n]/.test(prose[le])) le++;
      if (countStarts.has(le) || /一是|等/.test(prose.slice(ls, le))) continue;
      // A list that stops at ；: the count may cover several clauses (5项：甲、乙；丙；丁；戊).
      if (/[；;]/.test(prose[le] ?? '')) continue;
      // A list ending right at another count belongs to that count.
      const nextCount = countFigures.find((g) => g.span.start > ls && g.span.start <= le);
      if (nextCount) continue;
      const items = splitItems(prose, ls, le);
      if (items && items.every((it) => it.text.length <= 20)) {
        out.push({ count: f, items, listSpan: { start: ls, end: le }, ok: countAgrees(items, f.value), dates: false });
      }
    }
  }
  return out;
}

function nounOf(f: Figure): string | undefined {
  return f.nounAfter?.text ?? f.nounBefore?.text;
}

function findSubsets(totals: TotalCheck[]): SubsetKindCheck[] {
  const out: SubsetKindCheck[] = [];
  for (const t of totals) {
    if (t.form !== 'qizhong') continue;
    const totalNoun = nounOf(t.total);
    if (!totalNoun) continue;
    for (const p of t.parts) {
      const partNoun = p.nounAfter?.text;
      if (!partNoun || partNoun.length < 2) continue;
      const head = partNoun.slice(0, 2);
      if (totalNoun.includes(head) || (t.total.nounBefore?.text ?? '').includes(head)) continue;
      out.push({ total: t.total, part: p, totalNoun: t.total.nounBefore?.text.slice(-6) ?? totalNoun, partNoun: head });
    }
  }
  return out;
}

function commonSuffix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

/** Minimum length of a shared noun phrase before two counts (重大行政决策事项 has 8). */
export const SAME_ENTITY_MIN = 6;

function findSameEntity(figures: Figure[], lx: Lexicon): SameEntityCheck[] {
  const out: SameEntityCheck[] = [];
  const counts = figures.filter(
    (f) =>
      isPlainCount(f) &&
      f.script === 'arabic' &&
      f.unit !== undefined &&
      !lx.nonCountUnits.has(f.unit) &&
      f.unit !== '元' &&
      (f.nounBefore?.text.length ?? 0) >= SAME_ENTITY_MIN,
  );
  // A shared phrase of SAME_ENTITY_MIN characters means the same last SAME_ENTITY_MIN characters:
  // compare only within those groups (in text order), so a long document is not quadratic in its counts.
  const groups = new Map<string, Figure[]>();
  for (const b of counts) {
    const key = b.nounBefore!.text.slice(-SAME_ENTITY_MIN);
    const earlier = groups.get(key);
    if (!earlier) {
      groups.set(key, [b]);
      continue;
    }
    // The first MAX_PART_SCAN of the group only: thousands of counts of one noun stay linear.
    for (let i = 0; i < earlier.length && i < MAX_PART_SCAN; i++) {
      const a = earlier[i];
      if (a.value === b.value) continue;
      const phrase = commonSuffix(a.nounBefore!.text, b.nounBefore!.text);
      if (phrase.length < SAME_ENTITY_MIN) continue;
      // One of the two must be the bare phrase (scope words before it aside): 新收行政复议案件 vs
      // 审结行政复议案件 are two scopes.
      const bare = (t: string) => t.replace(lx.scopePrefix, '') === phrase;
      if (!bare(a.nounBefore!.text) && !bare(b.nounBefore!.text)) continue;
      out.push({ first: a, second: b, phrase });
      break;
    }
    earlier.push(b);
  }
  return out;
}

const CACHE = new WeakMap<object, WeakMap<Lexicon, FigureAnalysis>>();

/**
 * Analyse the figures of a document with the words of a lexicon (the built-in vocabulary's unless
 * given; rules pass their configuration's, `lexiconFor(context.data)`). Cached per document and lexicon.
 */
export function analyzeFigures(doc: FigureDoc, lx: Lexicon = builtinLexicon()): FigureAnalysis {
  let byLexicon = CACHE.get(doc);
  if (!byLexicon) CACHE.set(doc, (byLexicon = new WeakMap()));
  const cached = byLexicon.get(lx);
  if (cached) return cached;
  const figures = readFigures(doc, lx);
  const groups = bySentence(figures);
  const totals = findTotals(doc.prose, groups, lx);
  const analysis: FigureAnalysis = {
    figures,
    totals,
    rates: [...findRates(groups), ...findShares(doc.prose, groups, totals, lx)].sort((a, b) => a.rate.span.start - b.rate.span.start),
    bounds: findBounds(doc.prose, figures, lx),
    counts: findCounts(doc.prose, figures, lx),
    subsets: findSubsets(totals),
    sameEntity: findSameEntity(figures, lx),
  };
  byLexicon.set(lx, analysis);
  return analysis;
}

/** Write a value as the report would: 7619, 98.67, 2.7亿. */
export function formatValue(value: number, decimals = 0, multiplier?: number): string {
  if (multiplier === 1e8 || multiplier === 1e4) {
    const v = value / multiplier;
    return `${trimNumber(v, Math.max(decimals, 2))}${multiplier === 1e8 ? '亿' : '万'}`;
  }
  return trimNumber(value, decimals);
}

function trimNumber(v: number, decimals: number): string {
  const fixed = v.toFixed(decimals);
  return decimals > 0 && /\./.test(fixed) && !Number.isInteger(v) ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed.replace(/\.0+$/, '');
}

/** The sum of parts in the form of the total (same multiplier when all share one). */
export function formatSum(check: TotalCheck): string {
  const m = check.total.multiplier;
  const same = check.parts.every((p) => p.multiplier === m);
  const decimals = Math.max(check.total.decimals, ...check.parts.map((p) => p.decimals));
  return same ? formatValue(check.sum, decimals, m) : formatValue(check.sum, decimals);
}

/** A figure's value as written (without unit): 7619, 2.7亿, 98.7. */
export function shownValue(f: Figure): string {
  if (f.script === 'arabic') {
    const t = f.multiplier ? formatValue(f.value, f.decimals, f.multiplier) : f.value.toFixed(f.decimals);
    return t;
  }
  return String(f.value);
}
