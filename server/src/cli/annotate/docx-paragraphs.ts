/**
 * The paragraphs of a Word document body, walked in the DOM of word/document.xml the way the CLI's
 * .docx reader (inputs/docx.ts, mammoth's document reader) reads them, so paragraph i here is line i
 * of the linted text and an offset in it is a finding's column. Each character of a paragraph's text
 * is traced to the element that holds it (a w:t, w:tab, w:br …) and the run around it, which is what
 * anchoring comments and tracked changes needs.
 *
 * The rules followed (mammoth's body reader): text in w:t, a tab for w:tab, a space for a line break
 * (w:br without a type or textWrapping), nothing for page and column breaks; w:ins, w:hyperlink,
 * w:smartTag, w:sdt content, w:customXml and mc:AlternateContent's fallback are read through; deleted
 * text (w:del, w:moveFrom), field instructions and unknown elements are not read; a paragraph whose
 * mark is deleted joins the next one; text boxes (w:pict) become paragraphs after the paragraph that
 * holds them; table cells in order, deleted rows left out, vertically merged continuation cells left
 * out.
 */
import { hex as dingbatHex } from 'dingbat-to-unicode';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const V_NS = 'urn:schemas-microsoft-com:vml';

/** One piece of a paragraph's text and the element that holds it. */
export interface TextAtom {
  /** w:t (any length) or a one-character element (w:tab, w:br, w:sym, w:noBreakHyphen, w:softHyphen). */
  node: Element;
  /** The w:r the node is in. */
  run: Element;
  start: number;
  end: number;
}

export interface DocxParagraph {
  /** The w:p elements of this paragraph (more than one when deleted paragraph marks joined them). */
  elements: Element[];
  atoms: TextAtom[];
  text: string;
  /** The table cell, text box or body the paragraph is in: a comment range does not leave it. */
  container: Node | null;
}

export function isW(node: Node | null | undefined, localName: string): node is Element {
  return !!node && node.nodeType === 1 && (node as Element).namespaceURI === W_NS && (node as Element).localName === localName;
}

function isNs(node: Node, ns: string, localName: string): boolean {
  return node.nodeType === 1 && (node as Element).namespaceURI === ns && (node as Element).localName === localName;
}

export function childElements(el: Node): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

export function firstW(el: Element | undefined, localName: string): Element | undefined {
  return el ? childElements(el).find((c) => isW(c, localName)) : undefined;
}

export function wAttr(el: Element, name: string): string | null {
  return el.hasAttributeNS(W_NS, name) ? el.getAttributeNS(W_NS, name) : null;
}

/** The text of an element (its text nodes, in order). */
export function textOf(el: Node): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 || c.nodeType === 4) out += (c as CharacterData).data;
    else if (c.nodeType === 1) out += textOf(c);
  }
  return out;
}

/** Containers whose content is read as if it stood in their place. */
const READ_THROUGH_W = new Set([
  'customXml',
  'ins',
  'moveTo',
  'moveToRangeStart',
  'moveToRangeEnd',
  'moveFromRangeStart',
  'moveFromRangeEnd',
  'object',
  'smartTag',
  'drawing',
  'hyperlink',
  'txbxContent',
]);
const READ_THROUGH_V = new Set(['roundrect', 'shape', 'textbox', 'group', 'rect']);

class Walker {
  /** Children of paragraphs whose mark is deleted, waiting for the next paragraph. */
  private deleted: Element[] = [];

  /** Block-level content: paragraphs, tables and containers of them. */
  blocks(children: readonly Element[]): DocxParagraph[] {
    const out: DocxParagraph[] = [];
    for (const el of children) {
      if (isW(el, 'p')) {
        const rPr = firstW(firstW(el, 'pPr'), 'rPr');
        if (firstW(rPr, 'del')) {
          this.deleted.push(el);
          continue;
        }
        out.push(...this.paragraph(el));
      } else if (isW(el, 'tbl')) out.push(...this.table(el));
      else out.push(...this.blocks(this.readThrough(el) ?? []));
    }
    return out;
  }

  /** The children to read for a container element, or undefined when it is not one. */
  private readThrough(el: Element): Element[] | undefined {
    if (el.namespaceURI === W_NS) {
      if (READ_THROUGH_W.has(el.localName)) return childElements(el);
      if (el.localName === 'sdt') {
        const content = firstW(el, 'sdtContent');
        return content ? childElements(content) : [];
      }
      return undefined;
    }
    if (isNs(el, MC_NS, 'AlternateContent')) {
      const fallback = childElements(el).find((c) => isNs(c, MC_NS, 'Fallback'));
      return fallback ? childElements(fallback) : [];
    }
    if (el.namespaceURI === V_NS && READ_THROUGH_V.has(el.localName)) return childElements(el);
    return undefined;
  }

  private paragraph(p: Element): DocxParagraph[] {
    const elements = [...this.deleted, p];
    this.deleted = [];
    let container: Node | null = p.parentNode;
    while (container && !(isW(container, 'tc') || isW(container, 'body') || isW(container, 'txbxContent'))) container = container.parentNode;
    const para: DocxParagraph = { elements, atoms: [], text: '', container };
    const extras: DocxParagraph[] = [];
    for (const e of elements) this.inline(childElements(e), para, undefined, extras);
    return [para, ...extras];
  }

  private add(para: DocxParagraph, node: Element, run: Element | undefined, text: string): void {
    if (!run || text.length === 0) return;
    para.atoms.push({ node, run, start: para.text.length, end: para.text.length + text.length });
    para.text += text;
  }

  private inline(children: readonly Element[], para: DocxParagraph, run: Element | undefined, extras: DocxParagraph[]): void {
    for (const el of children) {
      if (el.namespaceURI === W_NS) {
        switch (el.localName) {
          case 'r':
            this.inline(childElements(el), para, el, extras);
            continue;
          case 't':
            this.add(para, el, run, textOf(el));
            continue;
          case 'tab':
            this.add(para, el, run, '\t');
            continue;
          case 'br': {
            const type = wAttr(el, 'type');
            if (type === null || type === 'textWrapping') this.add(para, el, run, ' ');
            continue;
          }
          case 'noBreakHyphen':
            this.add(para, el, run, '\u2011');
            continue;
          case 'softHyphen':
            this.add(para, el, run, '\u00AD');
            continue;
          case 'sym': {
            const font = wAttr(el, 'font') ?? '';
            const char = wAttr(el, 'char') ?? '';
            const u = dingbatHex(font, char) ?? (/^F0..$/.test(char) ? dingbatHex(font, char.substring(2)) : undefined);
            if (u) this.add(para, el, run, u.string);
            continue;
          }
          case 'pict':
            extras.push(...this.blocks(childElements(el)));
            continue;
          case 'p':
            // a paragraph inside a paragraph (not in a text box): its text stays inline
            this.inline(childElements(el), para, run, extras);
            continue;
        }
      }
      const through = this.readThrough(el);
      if (through) this.inline(through, para, run, extras);
    }
  }

  private table(tbl: Element): DocxParagraph[] {
    interface Cell {
      el: Element;
      colSpan: number;
      vMerge: boolean | null;
    }
    const rows: (Cell | 'other')[][] = [];
    let otherThanRows = false;
    // Rows and cells, reading through sdt and customXml; anything else that mammoth keeps (a
    // bookmark) makes it skip cell merging, as here.
    const rowsOf = (children: readonly Element[]) => {
      for (const c of children) {
        if (isW(c, 'tr')) {
          if (firstW(firstW(c, 'trPr'), 'del')) continue;
          const row: (Cell | 'other')[] = [];
          const cellsOf = (items: readonly Element[]) => {
            for (const x of items) {
              if (isW(x, 'tc')) {
                const tcPr = firstW(x, 'tcPr');
                const span = firstW(tcPr, 'gridSpan');
                const vm = firstW(tcPr, 'vMerge');
                const val = vm ? wAttr(vm, 'val') : null;
                row.push({ el: x, colSpan: span ? parseInt(wAttr(span, 'val') ?? '1', 10) || 1 : 1, vMerge: vm ? val === 'continue' || !val : null });
              } else if (isW(x, 'sdt') || isW(x, 'customXml')) cellsOf(this.readThrough(x) ?? []);
              else if (isBookmark(x)) row.push('other');
            }
          };
          cellsOf(childElements(c));
          rows.push(row);
        } else if (isW(c, 'sdt') || isW(c, 'customXml')) rowsOf(this.readThrough(c) ?? []);
        else if (isBookmark(c)) otherThanRows = true;
      }
    };
    rowsOf(childElements(tbl));
    const merge = !otherThanRows && rows.every((r) => r.every((c) => c !== 'other'));
    const keep = new Set<Element>();
    if (merge) {
      const columns = new Map<number, Cell>();
      for (const row of rows) {
        let index = 0;
        for (const cell of row as Cell[]) {
          if (!(cell.vMerge && columns.has(index))) {
            columns.set(index, cell);
            keep.add(cell.el);
          }
          index += cell.colSpan;
        }
      }
    }
    const out: DocxParagraph[] = [];
    for (const row of rows) {
      for (const cell of row) {
        if (cell === 'other') continue;
        // Mammoth reads a merged cell's content too (before dropping the cell): the order of deleted
        // paragraph marks is kept by reading it here as well.
        const paragraphs = this.blocks(childElements(cell.el));
        if (!merge || keep.has(cell.el)) out.push(...paragraphs);
      }
    }
    return out;
  }
}

function isBookmark(el: Element): boolean {
  return isW(el, 'bookmarkStart') && wAttr(el, 'name') !== '_GoBack';
}

/** The paragraphs of word/document.xml's body, in the order the CLI reads them. */
export function docxParagraphs(doc: Document): DocxParagraph[] {
  const body = firstW(doc.documentElement, 'body');
  if (!body) return [];
  return new Walker().blocks(childElements(body));
}
