/**
 * Paragraphs shared verbatim or nearly between documents: normalised text (normalize.ts), character
 * shingles, MinHash signatures and LSH banding, so candidates come from shared buckets and never from
 * comparing every paragraph with every other; each candidate is confirmed by the exact Jaccard
 * similarity of its shingles. Pure and deterministic (fixed seed); the caller gives the texts.
 *
 * Two layers: findSimilarParagraphs (every confirmed pair across documents, with its group) and
 * findCopying (only the pairs that point to copying: different issuers, or an issuer's report and its
 * report of the year before; a paragraph most issuers share is boilerplate and left out).
 */
import { LRUCache } from 'lru-cache';
import { jaccard, minHasher, shingles, type MinHasher } from './minhash';
import { normalizeParagraph } from './normalize';

export interface SimilarityParagraph {
  text: string;
  /** 1-based line of the paragraph's first line, for the places named in findings. */
  line: number;
}

export interface SimilarityDocument {
  /** A key the caller chooses (the file path). */
  id: string;
  /** The issuer, already normalised by the caller (issuerKey); absent: unknown, counted on its own. */
  issuer?: string;
  /** The report year. */
  year?: number;
  paragraphs: readonly SimilarityParagraph[];
}

export interface SimilarityOptions {
  /** Jaccard similarity of the shingle sets at or above which two paragraphs count as shared. */
  threshold: number;
  /** Paragraphs shorter than this (normalised, in UTF-16 code units) are not compared. */
  minLength: number;
  /** UTF-16 code units per shingle (5: five Han characters). */
  shingleSize: number;
  /** LSH bands × rows per band = MinHash signature length. */
  bands: number;
  rows: number;
  seed: number;
  /** A paragraph shared by at least this share of the batch's issuers is boilerplate … */
  boilerplateShare: number;
  /** … and by at least this many issuers. */
  boilerplateMinIssuers: number;
  /**
   * Two documents sharing at least this share of the paragraphs of the shorter one (boilerplate not
   * counted) are the same text twice (a .docx and its .txt, a renamed file): one `sameText` entry
   * instead of a copy per paragraph. Above 1: never.
   */
  sameTextShare: number;
}

export const DEFAULT_SIMILARITY_OPTIONS: Readonly<SimilarityOptions> = Object.freeze({
  threshold: 0.8,
  minLength: 40,
  shingleSize: 5,
  bands: 16,
  rows: 4,
  seed: 0x66a11e,
  boilerplateShare: 0.5,
  boilerplateMinIssuers: 3,
  sameTextShare: 0.5,
});

export interface ParagraphPlace {
  document: string;
  /** Index in the document's `paragraphs`. */
  paragraph: number;
  line: number;
  text: string;
}

export interface SimilarPair {
  a: ParagraphPlace;
  b: ParagraphPlace;
  /** Exact Jaccard similarity of the two paragraphs' shingles. */
  similarity: number;
  /** The normalised texts are equal. */
  verbatim: boolean;
  /** The group (paragraphs linked by similarity) both belong to: an index into `groups`. */
  group: number;
}

export interface ParagraphGroup {
  places: ParagraphPlace[];
  /** Distinct issuers (unknown issuers counted per document). */
  issuers: number;
}

export interface SimilarParagraphs {
  pairs: SimilarPair[];
  groups: ParagraphGroup[];
}

export type CopyRelation = 'other-issuer' | 'last-year';

export interface CopiedParagraph extends SimilarPair {
  relation: CopyRelation;
}

/** Two documents that are largely the same text. */
export interface SameText {
  /** Ordered as copies are: the earlier document, or last year's report, first. */
  a: string;
  b: string;
  relation: CopyRelation;
  /** Paragraphs of the shorter document found in the other, and how many it has (boilerplate not counted). */
  shared: number;
  of: number;
}

export interface Copying {
  copies: CopiedParagraph[];
  /** Pairs of documents that are largely the same text (their paragraphs are not in `copies`). */
  sameText: SameText[];
  /** Groups left out as boilerplate (the standard opening, headings every report has). */
  boilerplate: ParagraphGroup[];
}

interface Entry {
  doc: number;
  place: ParagraphPlace;
  normalized: string;
  set: Uint32Array;
  signature: Uint32Array;
}

/**
 * Shingles and signatures by paragraph text: the same paragraphs come back lint after lint (the
 * editor's unchanged paragraphs, last year's report linked to every lint), and hashing is most of the
 * cost. Bounded; keyed by the options that change them.
 */
const hashed = new LRUCache<string, { set: Uint32Array; signature: Uint32Array }>({ max: 4096 });
const hashers = new Map<string, MinHasher>();

function hashedParagraph(normalized: string, o: SimilarityOptions): { set: Uint32Array; signature: Uint32Array } {
  const options = `${o.shingleSize}/${o.bands * o.rows}/${o.seed}`;
  const key = `${options}\u0000${normalized}`;
  let entry = hashed.get(key);
  if (!entry) {
    let hasher = hashers.get(options);
    if (!hasher) hashers.set(options, (hasher = minHasher(o.bands * o.rows, o.seed)));
    const set = shingles(normalized, o.shingleSize);
    entry = { set, signature: hasher.signature(set) };
    hashed.set(key, entry);
  }
  return entry;
}

/** How many members of a bucket each new member is compared with (keeps a full bucket linear). */
const BUCKET_REPRESENTATIVES = 4;

function resolveOptions(options: Partial<SimilarityOptions>): SimilarityOptions {
  const o = { ...DEFAULT_SIMILARITY_OPTIONS, ...options };
  if (!(o.threshold > 0 && o.threshold <= 1)) throw new RangeError(`similarity threshold must be in (0, 1], not ${o.threshold}`);
  return o;
}

function issuerOf(doc: SimilarityDocument, index: number): string {
  return doc.issuer !== undefined && doc.issuer !== '' ? `i:${doc.issuer}` : `d:${index}`;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function entriesOf(docs: readonly SimilarityDocument[], o: SimilarityOptions): Entry[] {
  const out: Entry[] = [];
  docs.forEach((d, doc) =>
    d.paragraphs.forEach((p, paragraph) => {
      const normalized = normalizeParagraph(p.text);
      if (normalized.length < o.minLength) return;
      out.push({ doc, place: { document: d.id, paragraph, line: p.line, text: p.text }, normalized, ...hashedParagraph(normalized, o) });
    }),
  );
  return out;
}

function issuerCount(members: readonly Entry[], docs: readonly SimilarityDocument[]): number {
  return new Set(members.map((e) => issuerOf(docs[e.doc], e.doc))).size;
}

interface Grouped {
  /** Paragraphs compared (long enough), per document. */
  compared: number[];
  groups: ParagraphGroup[];
  /** Each group's entries, by the group's index. */
  members: Entry[][];
}

/** Paragraphs linked by similarity, through shared LSH buckets (each bucket keeps a few representatives). */
function groupParagraphs(docs: readonly SimilarityDocument[], o: SimilarityOptions): Grouped {
  const entries = entriesOf(docs, o);
  const uf = new UnionFind(entries.length);
  const buckets = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const sig = e.signature;
    for (let b = 0; b < o.bands; b++) {
      const key = `${b}:${Array.prototype.join.call(sig.subarray(b * o.rows, (b + 1) * o.rows), ',')}`;
      const reps = buckets.get(key);
      if (!reps) {
        buckets.set(key, [i]);
        continue;
      }
      let joined = false;
      for (const r of reps) {
        if (uf.find(r) === uf.find(i)) {
          joined = true;
          break;
        }
        if (entries[r].normalized === e.normalized || jaccard(entries[r].set, e.set) >= o.threshold) {
          uf.union(r, i);
          joined = true;
          break;
        }
      }
      if (!joined && reps.length < BUCKET_REPRESENTATIVES) reps.push(i);
    }
  });
  const byRoot = new Map<number, Entry[]>();
  entries.forEach((e, i) => {
    const root = uf.find(i);
    const list = byRoot.get(root);
    if (list) list.push(e);
    else byRoot.set(root, [e]);
  });
  const groups: ParagraphGroup[] = [];
  const members: Entry[][] = [];
  for (const inGroup of byRoot.values()) {
    if (inGroup.length < 2 || new Set(inGroup.map((e) => e.doc)).size < 2) continue;
    groups.push({ places: inGroup.map((e) => e.place), issuers: issuerCount(inGroup, docs) });
    members.push(inGroup);
  }
  const compared = docs.map(() => 0);
  for (const e of entries) compared[e.doc]++;
  return { compared, groups, members };
}

/**
 * The confirmed pairs of a group: paragraphs of different documents at or above the threshold. A
 * document is represented by its first paragraph in the group, so a text repeated many times in two
 * documents gives one pair, not the square of its repetitions.
 */
function pairsOf(all: readonly Entry[], group: number, o: SimilarityOptions): SimilarPair[] {
  const seen = new Set<number>();
  const inGroup = all.filter((e) => !seen.has(e.doc) && seen.add(e.doc));
  const pairs: SimilarPair[] = [];
  for (let x = 0; x < inGroup.length; x++) {
    for (let y = x + 1; y < inGroup.length; y++) {
      const a = inGroup[x];
      const b = inGroup[y];
      if (a.doc === b.doc) continue;
      const verbatim = a.normalized === b.normalized;
      const similarity = verbatim ? 1 : jaccard(a.set, b.set);
      if (similarity >= o.threshold) pairs.push({ a: a.place, b: b.place, similarity, verbatim, group });
    }
  }
  return pairs;
}

/**
 * Every pair of paragraphs of different documents whose similarity reaches the threshold, and the
 * groups they form. Candidates come from LSH buckets; within a group, pairs are confirmed exactly
 * (so a group that most documents share gives many pairs: findCopying leaves those groups out first).
 */
export function findSimilarParagraphs(docs: readonly SimilarityDocument[], options: Partial<SimilarityOptions> = {}): SimilarParagraphs {
  const o = resolveOptions(options);
  const { groups, members } = groupParagraphs(docs, o);
  return { pairs: members.flatMap((m, i) => pairsOf(m, i, o)), groups };
}

/** Same issuer, and one report's year is the other's minus one. */
function isLastYear(a: SimilarityDocument, b: SimilarityDocument): boolean {
  return a.year !== undefined && b.year !== undefined && Math.abs(a.year - b.year) === 1;
}

/**
 * The shared paragraphs that point to copying: between reports of different issuers, and between an
 * issuer's report and its report of the year before (when both are given). Not between two reports of
 * the same issuer and year (a resubmission), and not for boilerplate: a group that at least
 * `boilerplateShare` of the batch's issuers (and `boilerplateMinIssuers`) share.
 * Each pair is ordered: `a` is the earlier document in the input, or last year's report.
 */
export function findCopying(docs: readonly SimilarityDocument[], options: Partial<SimilarityOptions> = {}): Copying {
  const o = resolveOptions(options);
  const { compared, groups, members } = groupParagraphs(docs, o);
  const batchIssuers = new Set(docs.map((d, i) => issuerOf(d, i))).size;
  const needed = Math.max(o.boilerplateMinIssuers, Math.ceil(o.boilerplateShare * batchIssuers));
  const isBoilerplate = groups.map((g) => g.issuers >= needed);
  // Pairs only within the groups that are not boilerplate: a paragraph every report has costs nothing.
  const pairs = members.flatMap((m, i) => (isBoilerplate[i] ? [] : pairsOf(m, i, o)));
  const indexOf = new Map(docs.map((d, i) => [d.id, i]));
  // Paragraphs left to compare per document once boilerplate is set aside.
  const own = [...compared];
  members.forEach((m, g) => {
    if (isBoilerplate[g]) for (const e of m) own[e.doc]--;
  });
  const byDocPair = new Map<string, CopiedParagraph[]>();
  for (const pair of pairs) {
    const ia = indexOf.get(pair.a.document) as number;
    const ib = indexOf.get(pair.b.document) as number;
    const da = docs[ia];
    const db = docs[ib];
    const sameIssuer = issuerOf(da, ia) === issuerOf(db, ib);
    if (sameIssuer && !isLastYear(da, db)) continue;
    const relation: CopyRelation = sameIssuer ? 'last-year' : 'other-issuer';
    const swap = sameIssuer ? (da.year as number) > (db.year as number) : ia > ib;
    const copy = swap ? { ...pair, a: pair.b, b: pair.a, relation } : { ...pair, relation };
    const key = `${indexOf.get(copy.a.document)}:${indexOf.get(copy.b.document)}`;
    byDocPair.set(key, [...(byDocPair.get(key) ?? []), copy]);
  }
  const copies: CopiedParagraph[] = [];
  const sameText: SameText[] = [];
  for (const [key, list] of byDocPair) {
    const [ia, ib] = key.split(':').map(Number);
    const of = Math.min(own[ia], own[ib]);
    const smaller = own[ia] <= own[ib] ? 'a' : 'b';
    const shared = new Set(list.map((c) => c[smaller].paragraph)).size;
    if (of > 0 && shared / of >= o.sameTextShare) sameText.push({ a: docs[ia].id, b: docs[ib].id, relation: list[0].relation, shared, of });
    else copies.push(...list);
  }
  sameText.sort((x, y) => x.b.localeCompare(y.b) || x.a.localeCompare(y.a));
  copies.sort((x, y) => x.b.document.localeCompare(y.b.document) || x.b.line - y.b.line || x.a.document.localeCompare(y.a.document) || x.a.line - y.a.line);
  return { copies, sameText, boilerplate: groups.filter((_, i) => isBoilerplate[i]) };
}
