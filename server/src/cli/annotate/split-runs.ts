/**
 * Edits inside one paragraph of word/document.xml: runs are split only at the offsets asked for
 * (each piece keeps the run's attributes and a copy of its w:rPr), markers are placed at offsets,
 * and a range of runs is marked deleted (w:del, w:t → w:delText) or a run inserted (w:ins).
 */
import { childElements, firstW, textOf, W_NS, type DocxParagraph } from './docx-paragraphs';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export class WordXml {
  readonly prefix: string;
  constructor(readonly doc: Document) {
    this.prefix = doc.documentElement.lookupPrefix(W_NS) ?? 'w';
  }

  el(name: string, attrs: Record<string, string> = {}): Element {
    const e = this.doc.createElementNS(W_NS, `${this.prefix}:${name}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W_NS, `${this.prefix}:${k}`, v);
    return e;
  }

  /** A run of text (tabs as w:tab) with a copy of `rPr`. */
  run(text: string, rPr?: Element, deleted = false): Element {
    const r = this.el('r');
    if (rPr) r.appendChild(rPr.cloneNode(true));
    for (const piece of text.split(/(\t)/)) {
      if (piece === '') continue;
      if (piece === '\t') r.appendChild(this.el('tab'));
      else r.appendChild(this.textElement(deleted ? 'delText' : 't', piece));
    }
    return r;
  }

  textElement(name: 't' | 'delText', text: string): Element {
    const t = this.el(name);
    t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    t.appendChild(this.doc.createTextNode(text));
    return t;
  }
}

function setText(t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(t.ownerDocument.createTextNode(text));
  t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

/** Where a node goes: before `ref`, after `ref`, or at the end of `parent`. */
type Anchor = { before: Node } | { after: Node } | { append: Element };

export class ParagraphEditor {
  /** Runs wrapped in w:del: markers go outside the wrapper. */
  private readonly wrappers = new Map<Element, Element>();
  /** The last node placed after each anchor, so later ones follow it (kept in call order). */
  private readonly lastAfter = new Map<Node, Node>();

  constructor(
    private readonly xml: WordXml,
    readonly para: DocxParagraph,
  ) {}

  private get atoms() {
    return this.para.atoms;
  }

  /** Split so that some atom starts (or ends) exactly at `p`, and no run spans `p`. */
  boundary(p: number): void {
    const atoms = this.atoms;
    const i = atoms.findIndex((a) => a.start < p && p < a.end);
    if (i >= 0) {
      // Only a w:t holds more than one character.
      const a = atoms[i];
      const text = textOf(a.node);
      const k = p - a.start;
      const second = a.node.cloneNode(false) as Element;
      setText(a.node, text.slice(0, k));
      setText(second, text.slice(k));
      a.node.parentNode!.insertBefore(second, a.node.nextSibling);
      atoms.splice(i + 1, 0, { node: second, run: a.run, start: p, end: a.end });
      a.end = p;
    }
    const j = atoms.findIndex((a) => a.start === p);
    if (j > 0 && atoms[j - 1].run === atoms[j].run) this.splitRunBefore(j);
  }

  private splitRunBefore(j: number): void {
    const atoms = this.atoms;
    const run = atoms[j].run;
    const node = atoms[j].node;
    // The atom must be the run's own child to split there (always so for Word's w:r > w:t).
    if (node.parentNode !== run) return;
    const second = run.cloneNode(false) as Element;
    const rPr = firstW(run, 'rPr');
    if (rPr) second.appendChild(rPr.cloneNode(true));
    for (let c: Node | null = node; c;) {
      const next: Node | null = c.nextSibling;
      second.appendChild(c);
      c = next;
    }
    run.parentNode!.insertBefore(second, run.nextSibling);
    for (let k = j; k < atoms.length && atoms[k].run === run; k++) atoms[k].run = second;
  }

  private outer(run: Element): Element {
    return this.wrappers.get(run) ?? run;
  }

  /** An anchor at offset p: before the atom starting there, or after the one ending there (prefer picks). */
  anchor(p: number, prefer: 'before' | 'after'): Anchor {
    const starting = this.atoms.find((a) => a.start === p);
    const ending = [...this.atoms].reverse().find((a) => a.end === p);
    if (prefer === 'before' && starting) return { before: this.outer(starting.run) };
    if (ending) return { after: this.outer(ending.run) };
    if (starting) return { before: this.outer(starting.run) };
    return { append: this.para.elements[this.para.elements.length - 1] };
  }

  /** Place nodes at an anchor, in order, after anything already placed there. */
  place(anchor: Anchor, nodes: readonly Node[]): void {
    for (const n of nodes) {
      if ('before' in anchor) anchor.before.parentNode!.insertBefore(n, anchor.before);
      else if ('append' in anchor) anchor.append.appendChild(n);
      else {
        const prev = this.lastAfter.get(anchor.after) ?? anchor.after;
        prev.parentNode!.insertBefore(n, prev.nextSibling);
        this.lastAfter.set(anchor.after, n);
      }
    }
  }

  /** The formatting of the text at p (the run ending there, or else the one starting there). */
  rPrAt(p: number): Element | undefined {
    const a = [...this.atoms].reverse().find((x) => x.end === p) ?? this.atoms.find((x) => x.start === p);
    return a ? firstW(a.run, 'rPr') : undefined;
  }

  /** Mark the runs of [a, b) deleted, one w:del per run (ids from nextId). Boundaries at a and b first. */
  deleteRange(a: number, b: number, attrs: () => Record<string, string>): Element | undefined {
    let last: Element | undefined;
    const runs: Element[] = [];
    for (const atom of this.atoms) if (atom.start >= a && atom.end <= b && !runs.includes(atom.run)) runs.push(atom.run);
    for (const run of runs) {
      for (const c of childElements(run)) {
        if (c.namespaceURI !== W_NS) continue;
        if (c.localName === 't') this.rename(c, 'delText');
        else if (c.localName === 'instrText') this.rename(c, 'delInstrText');
      }
      const del = this.xml.el('del', attrs());
      run.parentNode!.insertBefore(del, run);
      del.appendChild(run);
      this.wrappers.set(run, del);
      last = del;
    }
    return last;
  }

  private rename(el: Element, name: string): void {
    const copy = this.xml.el(name);
    for (let i = 0; i < el.attributes.length; i++) {
      const at = el.attributes[i];
      if (at.namespaceURI) copy.setAttributeNS(at.namespaceURI, at.name, at.value);
      else copy.setAttribute(at.name, at.value);
    }
    while (el.firstChild) copy.appendChild(el.firstChild);
    el.parentNode!.replaceChild(copy, el);
    for (const atom of this.atoms) if (atom.node === el) atom.node = copy;
  }
}
