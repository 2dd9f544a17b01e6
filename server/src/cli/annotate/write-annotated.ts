/**
 * An annotated copy of a .docx package: findings as comments, certain fixes as tracked changes.
 * Only the document part, the comments part, the document part's relationships and
 * [Content_Types].xml are rewritten; every other entry is copied with its stored bytes.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import type { Finding } from '../../engine/finding';
import type { Locale } from '../../engine/rule';
import { openZip } from '../inputs/zip';
import { partBaseName, partDirName, partJoin } from './part-names';
import { annotateDocument } from './annotate-document';
import {
  addComments,
  emptyCommentsXml,
  emptyRelationshipsXml,
  ensureCommentsContentType,
  ensureCommentsRelationship,
  type CommentContent,
} from './comments-part';
import { docxParagraphs, W_NS } from './docx-paragraphs';
import { textHunks, type Hunk } from './text-hunks';
import { newEntry, readRawEntries, writeZip, type RawEntry } from './zip-package';

export const AUTHOR = 'fzlint';
export const INITIALS = 'FZ';

export interface AnnotateRequest {
  bytes: Uint8Array;
  /** The text the findings are for: the paragraphs as the CLI's .docx reader gives them. */
  text: string;
  findings: readonly Finding[];
  /** The text after the certain fixes (fix-all); undefined or equal to text: no tracked changes. */
  fixed?: string;
  locale: Locale;
  /** w:date of comments and changes (ISO 8601). */
  date: string;
}

export interface AnnotateOutcome {
  bytes: Uint8Array;
  comments: number;
  /** Tracked changes (hunks) written. */
  changes: number;
  /** Fixes that could not be written as tracked changes (they stay in the comments). */
  fixesNotTracked: boolean;
  /** Paragraphs whose XML could not be matched character by character: comments there sit at the paragraph's end. */
  approximateParagraphs: number;
}

export class AnnotateError extends Error {}

function parseXml(text: string, part: string): Document {
  const fail = (message: string) => {
    throw new AnnotateError(`${part}: ${message.split('\n')[0]}`);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}

function serialize(doc: Document): Uint8Array {
  return new TextEncoder().encode(new XMLSerializer().serializeToString(doc));
}

/** The comment text: the message, the rule and the wording a fix or suggestion gives. */
export function commentParagraphs(f: Finding, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines = [f.messages[locale] ?? f.message, zh ? `规则：${f.ruleId}` : `Rule: ${f.ruleId}`];
  if (f.fix) lines.push(zh ? `修改：${f.fix.title[locale]}` : `Fix: ${f.fix.title[locale]}`);
  for (const s of f.suggestions ?? []) lines.push(zh ? `建议：${s.title[locale]}` : `Suggestion: ${s.title[locale]}`);
  return lines;
}

function maxId(doc: Document): number {
  let max = 0;
  const all = doc.getElementsByTagNameNS(W_NS, '*');
  for (let i = 0; i < all.length; i++) {
    const v = Number(all[i].getAttributeNS(W_NS, 'id'));
    if (Number.isInteger(v) && v > max) max = v;
  }
  return max;
}

/** The main document part named by the package relationships (usually word/document.xml). */
async function documentPartName(read: (name: string) => Promise<string | undefined>): Promise<string> {
  const rels = await read('_rels/.rels');
  const m = rels && /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels);
  const target = m && /Target="([^"]+)"/.exec(m[0]);
  return target ? target[1].replace(/^\//, '') : 'word/document.xml';
}

export async function annotatePackage(req: AnnotateRequest): Promise<AnnotateOutcome> {
  const entries = readRawEntries(req.bytes);
  const zip = openZip(req.bytes);
  const read = async (name: string) => (zip.exists(name) ? ((await zip.read(name, 'utf-8')) as string) : undefined);
  const docPart = await documentPartName(read);
  const docText = await read(docPart);
  if (docText === undefined) throw new AnnotateError(`no ${docPart} in the package`);
  const doc = parseXml(docText, docPart);
  const paragraphs = docxParagraphs(doc);
  const lines = req.text.split('\n');
  if (!(paragraphs.length === lines.length || (paragraphs.length === 0 && req.text === ''))) {
    throw new AnnotateError(`the paragraphs of ${docPart} (${paragraphs.length}) do not match the text read (${lines.length})`);
  }
  // Paragraphs whose text differs from the reader's: anchored at their end, and no tracked changes there.
  const approximate = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (p.text === lines[i]) return;
    approximate.add(i);
    p.text = lines[i];
    p.atoms = [];
  });

  const dir = partDirName(docPart);
  const relsName = partJoin(dir, '_rels', `${partBaseName(docPart)}.rels`);
  const rels = parseXml((await read(relsName)) ?? emptyRelationshipsXml(), relsName);
  const commentsName = partJoin(dir, ensureCommentsRelationship(rels));
  const comments = parseXml((await read(commentsName)) ?? emptyCommentsXml(), commentsName);
  let id = Math.max(maxId(doc), maxId(comments));
  const nextId = () => ++id;

  const findings = [...req.findings].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const marks = findings.map((f) => ({ id: nextId(), start: f.span.start, end: f.span.end }));
  const contents: CommentContent[] = findings.map((f, i) => ({
    id: marks[i].id,
    author: AUTHOR,
    initials: INITIALS,
    date: req.date,
    paragraphs: commentParagraphs(f, req.locale),
  }));

  let hunks: Hunk[] = [];
  let fixesNotTracked = false;
  if (req.fixed !== undefined && req.fixed !== req.text) {
    const all = textHunks(req.text, req.fixed);
    if (!all) fixesNotTracked = true;
    else {
      // Hunks come in text order: walk the paragraphs along with them.
      let para = 0;
      let paraEnd = lines[0].length;
      hunks = all.filter((h) => {
        while (h.start > paraEnd && para + 1 < lines.length) paraEnd += lines[++para].length + 1;
        return !approximate.has(para);
      });
      if (hunks.length < all.length) fixesNotTracked = true;
    }
  }
  annotateDocument(doc, paragraphs, marks, hunks, { author: AUTHOR, date: req.date, nextId });
  addComments(comments, contents);

  const replaced = new Map<string, Uint8Array>();
  replaced.set(docPart, serialize(doc));
  if (contents.length > 0 || hunks.length > 0) {
    replaced.set(commentsName, serialize(comments));
    replaced.set(relsName, serialize(rels));
    const types = parseXml((await read('[Content_Types].xml')) ?? '', '[Content_Types].xml');
    if (ensureCommentsContentType(types, `/${commentsName}`)) replaced.set('[Content_Types].xml', serialize(types));
  }
  const out: RawEntry[] = await Promise.all(entries.map(async (e) => (replaced.has(e.name) ? await newEntry(e.name, replaced.get(e.name)!, e) : e)));
  const like = entries.find((e) => e.name === docPart);
  for (const [name, content] of replaced) if (!entries.some((e) => e.name === name)) out.push(await newEntry(name, content, like));
  return {
    bytes: writeZip(out),
    comments: contents.length,
    changes: hunks.length,
    fixesNotTracked,
    approximateParagraphs: approximate.size,
  };
}
