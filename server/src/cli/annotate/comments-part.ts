/**
 * The package parts a comment needs besides the body: word/comments.xml (created, or extended when
 * the document already has comments), its relationship from the document part and its content-type
 * override. Each is added only when missing.
 */
import { W_NS } from './docx-paragraphs';
import { WordXml } from './split-runs';

export const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

export interface CommentContent {
  id: number;
  author: string;
  initials: string;
  date: string;
  /** One Word paragraph each. */
  paragraphs: string[];
}

/** Characters XML 1.0 cannot hold. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export function emptyCommentsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}"></w:comments>`;
}

/** Append the comments to a parsed comments part. */
export function addComments(doc: Document, comments: readonly CommentContent[]): void {
  const xml = new WordXml(doc);
  for (const c of comments) {
    const el = xml.el('comment', { id: String(c.id), author: c.author, date: c.date, initials: c.initials });
    for (const text of c.paragraphs) {
      const p = xml.el('p');
      p.appendChild(xml.run(xmlSafe(text)));
      el.appendChild(p);
    }
    doc.documentElement.appendChild(el);
  }
}

/** Add the comments relationship to a document part's relationships, if it has none. Returns the target. */
export function ensureCommentsRelationship(doc: Document): string {
  const rels = Array.from(doc.getElementsByTagNameNS(REL_NS, 'Relationship'));
  const existing = rels.find((r) => r.getAttribute('Type') === COMMENTS_TYPE && r.getAttribute('TargetMode') !== 'External');
  if (existing) return existing.getAttribute('Target') ?? 'comments.xml';
  const ids = new Set(rels.map((r) => r.getAttribute('Id')));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = doc.createElementNS(REL_NS, 'Relationship');
  rel.setAttribute('Id', `rId${n}`);
  rel.setAttribute('Type', COMMENTS_TYPE);
  rel.setAttribute('Target', 'comments.xml');
  doc.documentElement.appendChild(rel);
  return 'comments.xml';
}

export function emptyRelationshipsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
}

/** Add a content-type override for the part (e.g. "/word/comments.xml"), if there is none. Returns whether it changed. */
export function ensureCommentsContentType(doc: Document, partName: string): boolean {
  const overrides = Array.from(doc.getElementsByTagNameNS(CT_NS, 'Override'));
  if (overrides.some((o) => (o.getAttribute('PartName') ?? '').toLowerCase() === partName.toLowerCase())) return false;
  const o = doc.createElementNS(CT_NS, 'Override');
  o.setAttribute('PartName', partName);
  o.setAttribute('ContentType', COMMENTS_CONTENT_TYPE);
  doc.documentElement.appendChild(o);
  return true;
}
