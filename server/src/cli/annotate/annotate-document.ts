/**
 * Put comments and tracked changes into the DOM of word/document.xml. Offsets are into the linted
 * text: the paragraphs joined by "\n" (inputs/docx.ts). A comment spans [start, end) with
 * w:commentRangeStart/End and a w:commentReference run after its end; a change deletes [start, end)
 * (w:del) and inserts its text there (w:ins).
 */
import type { DocxParagraph } from './docx-paragraphs';
import { ParagraphEditor, WordXml } from './split-runs';
import type { Hunk } from './text-hunks';

export interface CommentMark {
  id: number;
  start: number;
  end: number;
}

export interface Revision {
  author: string;
  date: string;
  /** A fresh w:id for each w:del and w:ins. */
  nextId: () => number;
}

interface Position {
  para: number;
  offset: number;
}

export function annotateDocument(
  doc: Document,
  paragraphs: DocxParagraph[],
  comments: readonly CommentMark[],
  changes: readonly Hunk[],
  revision: Revision,
): void {
  const xml = new WordXml(doc);
  const starts: number[] = [];
  let pos = 0;
  for (const p of paragraphs) {
    starts.push(pos);
    pos += p.text.length + 1;
  }
  const at = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { para: lo, offset: Math.min(offset - starts[lo], paragraphs[lo].text.length) };
  };
  const editors = paragraphs.map((p) => new ParagraphEditor(xml, p));
  const ranges = comments.map((c) => {
    let s = at(c.start);
    let e = at(Math.max(c.start, c.end));
    // A comment covers text, not paragraph marks: a span that starts at a paragraph's end starts at
    // the next paragraph, one that ends just after a paragraph break ends where the text before it ends.
    while (s.para < e.para && s.offset === paragraphs[s.para].text.length) s = { para: s.para + 1, offset: 0 };
    while (e.para > s.para && e.offset === 0) e = { para: e.para - 1, offset: paragraphs[e.para - 1].text.length };
    // Nor does it leave the table cell, text box or body it starts in (LibreOffice drops such a range).
    const container = paragraphs[s.para].container;
    if (paragraphs[e.para].container !== container) {
      let k = s.para;
      while (k + 1 < e.para && paragraphs[k + 1].container === container) k++;
      e = { para: k, offset: paragraphs[k].text.length };
    }
    return { id: c.id, s, e };
  });
  const hunks = changes.map((c) => ({ change: c, s: at(c.start), e: at(c.end) }));
  // Runs are split once, at every offset where something starts or ends.
  for (const r of ranges) {
    editors[r.s.para].boundary(r.s.offset);
    editors[r.e.para].boundary(r.e.offset);
  }
  for (const h of hunks) {
    editors[h.s.para].boundary(h.s.offset);
    editors[h.e.para].boundary(h.e.offset);
  }
  const revisionAttrs = (id: number) => ({ id: String(id), author: revision.author, date: revision.date });
  for (const h of hunks) {
    const ed = editors[h.s.para];
    const rPr = h.s.offset < h.e.offset ? ed.rPrAt(h.e.offset) : ed.rPrAt(h.s.offset);
    let lastDel: Element | undefined;
    if (h.s.offset < h.e.offset) lastDel = ed.deleteRange(h.s.offset, h.e.offset, () => revisionAttrs(revision.nextId()));
    if (h.change.text) {
      const ins = xml.el('ins', revisionAttrs(revision.nextId()));
      ins.appendChild(xml.run(h.change.text, rPr));
      ed.place(lastDel ? { after: lastDel } : ed.anchor(h.s.offset, 'after'), [ins]);
    }
  }
  for (const r of ranges) {
    const start = xml.el('commentRangeStart', { id: String(r.id) });
    const end = xml.el('commentRangeEnd', { id: String(r.id) });
    const ref = xml.el('r');
    ref.appendChild(xml.el('commentReference', { id: String(r.id) }));
    if (r.s.para === r.e.para && r.s.offset === r.e.offset) {
      editors[r.s.para].place(editors[r.s.para].anchor(r.s.offset, 'before'), [start, end, ref]);
      continue;
    }
    editors[r.s.para].place(editors[r.s.para].anchor(r.s.offset, 'before'), [start]);
    editors[r.e.para].place(editors[r.e.para].anchor(r.e.offset, 'after'), [end, ref]);
  }
}
