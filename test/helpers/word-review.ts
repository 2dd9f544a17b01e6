/**
 * What a reviewer sees in an annotated Word copy, read independently of the code that wrote it:
 * from the .docx XML (comments with the text they are anchored on, the text with all tracked changes
 * rejected) and from LibreOffice's flat ODT conversion of it (annotations, accepted and rejected text).
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { docxParagraphs } from '../../server/src/cli/annotate/docx-paragraphs';
import { readDocx } from '../../server/src/cli/inputs/docx';
import type { JsonMessage } from './run-cli';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

export interface ReviewComment {
  /** The comment's paragraphs. */
  paragraphs: string[];
  /** The original text the comment is anchored on (tracked changes rejected). */
  anchored: string;
  author?: string;
  initials?: string;
  date?: string;
}

export async function zipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  return out;
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

function elements(root: Node, ns: string, name: string): Element[] {
  return Array.from((root as Element).getElementsByTagNameNS(ns, name));
}

function textOf(el: Node): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) out += c.nodeType === 3 ? (c as Text).data : c.nodeType === 1 ? textOf(c) : '';
  return out;
}

const byFzlint = (e: Element) => e.getAttributeNS(W, 'author') === 'fzlint';

/** Reject fzlint's tracked changes in a parsed document.xml (its insertions removed, its deletions restored). */
function rejectIn(doc: Document): void {
  const restored: Element[] = [];
  for (const ins of elements(doc, W, 'ins').filter(byFzlint)) ins.parentNode!.removeChild(ins);
  for (const del of elements(doc, W, 'del').filter(byFzlint)) {
    restored.push(...elements(del, W, 'delText'));
    while (del.firstChild) del.parentNode!.insertBefore(del.firstChild, del);
    del.parentNode!.removeChild(del);
  }
  for (const dt of restored) {
    const t = doc.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(textOf(dt)));
    dt.parentNode!.replaceChild(t, dt);
  }
}

async function withDocument(bytes: Uint8Array, edit: (doc: Document) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = parse(await zip.file('word/document.xml')!.async('string'));
  edit(doc);
  zip.file('word/document.xml', new XMLSerializer().serializeToString(doc));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The .docx with fzlint's tracked changes rejected. */
export async function rejectAll(bytes: Uint8Array): Promise<Buffer> {
  return withDocument(bytes, rejectIn);
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const END = '\uE002';

/**
 * Comments of a .docx with the original text they are anchored on, in the order their ranges start.
 * The range markers are replaced by marker characters, fzlint's changes rejected, and the text read
 * with the .docx reader: what lies between a comment's markers is its anchored text.
 */
export async function docxComments(bytes: Uint8Array): Promise<ReviewComment[]> {
  const entries = await zipEntries(bytes);
  const byId = new Map<string, ReviewComment>();
  const commentsXml = entries.get('word/comments.xml');
  if (commentsXml) {
    for (const c of elements(parse(commentsXml.toString('utf8')), W, 'comment')) {
      byId.set(c.getAttributeNS(W, 'id')!, {
        paragraphs: elements(c, W, 'p').map((p) => elements(p, W, 't').map(textOf).join('')),
        anchored: '',
        author: c.getAttributeNS(W, 'author') ?? undefined,
        initials: c.getAttributeNS(W, 'initials') ?? undefined,
        date: c.getAttributeNS(W, 'date') ?? undefined,
      });
    }
  }
  const marked = await withDocument(bytes, (doc) => {
    for (const name of ['commentRangeStart', 'commentRangeEnd']) {
      for (const m of elements(doc, W, name)) {
        const run = doc.createElementNS(W, 'w:r');
        const t = doc.createElementNS(W, 'w:t');
        t.appendChild(doc.createTextNode(`${name === 'commentRangeStart' ? OPEN : CLOSE}${m.getAttributeNS(W, 'id')}${END}`));
        run.appendChild(t);
        m.parentNode!.replaceChild(run, m);
      }
    }
    rejectIn(doc);
  });
  const text = await docxText(marked);
  const open = new Set<string>();
  const order: string[] = [];
  const marker = new RegExp(`([${OPEN}${CLOSE}])([^${END}]*)${END}`, 'gy');
  for (let i = 0; i < text.length;) {
    marker.lastIndex = i;
    const m = marker.exec(text);
    if (m) {
      if (m[1] === OPEN) {
        open.add(m[2]);
        order.push(m[2]);
      } else open.delete(m[2]);
      i = marker.lastIndex;
      continue;
    }
    for (const id of open) byId.get(id)!.anchored += text[i];
    i++;
  }
  return order.map((id) => byId.get(id)!);
}

/** Text as fzlint reads a .docx (accepted tracked changes: mammoth reads w:ins and skips w:del). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await readDocx(bytes)).text;
}

/** The paragraphs fzlint annotate's document.xml walk finds, joined by "\n" like the reader's lines. */
export async function paragraphsOf(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = parse(await zip.file('word/document.xml')!.async('string'));
  return docxParagraphs(doc)
    .map((p) => p.text)
    .join('\n');
}

/** For each paragraph of a .docx, which table cell, text box or body it is in (as a number). */
export async function paragraphContainers(bytes: Uint8Array): Promise<number[]> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = parse(await zip.file('word/document.xml')!.async('string'));
  const ids = new Map<Node | null, number>();
  return docxParagraphs(doc).map((p) => {
    if (!ids.has(p.container)) ids.set(p.container, ids.size);
    return ids.get(p.container)!;
  });
}

/**
 * The text a comment on [start, end) covers: not the paragraph breaks at its ends, and not beyond
 * the table cell, text box or body it starts in (`containers`, one per paragraph).
 */
export function anchoredText(text: string, start: number, end: number, containers?: readonly number[]): string {
  const lines = text.split('\n');
  const starts: number[] = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  const lineOf = (o: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= o) i++;
    return i;
  };
  let s = lineOf(start);
  let so = start - starts[s];
  let e = lineOf(end);
  let eo = end - starts[e];
  while (s < e && so === lines[s].length) [s, so] = [s + 1, 0];
  while (e > s && eo === 0) [e, eo] = [e - 1, lines[e - 1].length];
  if (containers && containers[e] !== containers[s]) {
    let k = s;
    while (k + 1 < e && containers[k + 1] === containers[s]) k++;
    [e, eo] = [k, lines[k].length];
  }
  return text.slice(starts[s] + so, Math.max(starts[s] + so, starts[e] + eo));
}

/** Where each JSON finding is anchored in the text, as a comment would be. */
export function expectedComments(text: string, messages: readonly JsonMessage[], containers?: readonly number[]): { paragraphs: string[]; anchored: string }[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => starts[line - 1] + column - 1;
  return messages.map((m) => ({
    paragraphs: [m.message, `规则：${m.ruleId}`],
    // Paragraph marks at either end are not part of a Word comment's range.
    anchored: anchoredText(text, offset(m.line, m.column), offset(m.endLine, m.endColumn), containers),
  }));
}

// ---- LibreOffice ----

export function sofficePath(): string | undefined {
  const r = spawnSync('which', ['soffice'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Convert Word files to flat ODT with LibreOffice headless (a private profile); returns the .fodt paths. */
export function convertToFodt(files: readonly string[], outDir: string, profileDir: string): string[] {
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', 'fodt', '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 300000,
  });
  return files.map((f) => path.join(outDir, `${path.basename(f).replace(/\.docx$/i, '')}.fodt`));
}

export interface FodtReview {
  accepted: string;
  rejected: string;
  annotations: ReviewComment[];
}

/**
 * The flat ODT's body text with all tracked changes accepted and rejected (LibreOffice keeps deleted
 * text either inline between text:change-start/end or in the changed region, marked by text:change),
 * and its annotations with the original text between office:annotation and office:annotation-end.
 */
export function readFodt(file: string): FodtReview {
  const doc = parse(fs.readFileSync(file, 'utf8'));
  const regions = new Map<string, { type: string; content: Element }>();
  for (const r of elements(doc, TEXT, 'changed-region')) {
    const id = r.getAttributeNS(TEXT, 'id') ?? r.getAttribute('xml:id') ?? '';
    const kind = Array.from(r.childNodes).find((c) => c.nodeType === 1) as Element;
    // Changes by others read as the .docx reader reads them: insertions kept, deletions left out.
    const mine = elements(kind, 'http://purl.org/dc/elements/1.1/', 'creator').some((c) => textOf(c) === 'fzlint');
    regions.set(id, { type: mine ? kind.localName : kind.localName === 'deletion' ? 'gone' : 'kept', content: kind });
  }
  const body = elements(doc, OFFICE, 'text')[0];
  const acc: string[] = [];
  const rej: string[] = [];
  const annotations: (ReviewComment & { name: string; open: boolean })[] = [];
  const active = new Set<string>();
  let paraA = '';
  let paraR = '';
  const emit = (s: string) => {
    const types = [...active].map((id) => regions.get(id)?.type);
    if (types.includes('gone')) return;
    if (!types.includes('deletion')) paraA += s;
    if (!types.includes('insertion')) {
      paraR += s;
      for (const a of annotations) if (a.open) a.anchored += s;
    }
  };
  const inline = (n: Node) => {
    if (n.nodeType === 3) return emit((n as Text).data);
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e.namespaceURI === TEXT) {
      switch (e.localName) {
        case 's':
          return emit(' '.repeat(Number(e.getAttributeNS(TEXT, 'c') ?? '1')));
        case 'tab':
          return emit('\t');
        case 'line-break':
          return emit(' ');
        case 'change-start':
          active.add(e.getAttributeNS(TEXT, 'change-id')!);
          return;
        case 'change-end':
          active.delete(e.getAttributeNS(TEXT, 'change-id')!);
          return;
        case 'change': {
          const region = regions.get(e.getAttributeNS(TEXT, 'change-id')!);
          if (region?.type === 'deletion') {
            const deleted = elements(region.content, TEXT, 'p').map((p) => textOf(p));
            paraR += deleted.join('\n');
            for (const a of annotations) if (a.open) a.anchored += deleted.join('\n');
          }
          return;
        }
        case 'note':
        case 'tracked-changes':
          return;
      }
    }
    if (e.namespaceURI === OFFICE && e.localName === 'annotation') {
      annotations.push({
        name: e.getAttributeNS(OFFICE, 'name') ?? '',
        open: true,
        anchored: '',
        paragraphs: elements(e, TEXT, 'p').map(textOf),
      });
      return;
    }
    if (e.namespaceURI === OFFICE && e.localName === 'annotation-end') {
      const a = annotations.find((x) => x.name === e.getAttributeNS(OFFICE, 'name'));
      if (a) a.open = false;
      return;
    }
    for (let c = e.firstChild; c; c = c.nextSibling) inline(c);
  };
  const block = (n: Node) => {
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e.namespaceURI === TEXT && (e.localName === 'p' || e.localName === 'h')) {
      paraA = '';
      paraR = '';
      for (let c = e.firstChild; c; c = c.nextSibling) inline(c);
      acc.push(paraA);
      rej.push(paraR);
      // An annotation without an end: a point; one spanning paragraphs gets the break.
      for (const a of annotations) if (a.open && a.name) a.anchored += '\n';
      return;
    }
    if (e.namespaceURI === TEXT && (e.localName === 'tracked-changes' || e.localName === 'sequence-decls')) return;
    for (let c = e.firstChild; c; c = c.nextSibling) block(c);
  };
  block(body);
  // Annotations never closed are points (no anchored text).
  return {
    accepted: acc.join('\n'),
    rejected: rej.join('\n'),
    annotations: annotations.map((a) => ({ paragraphs: a.paragraphs, anchored: a.open ? '' : a.anchored.replace(/\n$/, '') })),
  };
}
