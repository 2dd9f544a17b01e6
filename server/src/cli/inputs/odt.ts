/**
 * Text from an OpenDocument text file (.odt, or the flat XML .fodt): one line per paragraph (text:p
 * and text:h in document order, table cells and list items included), so a finding's line number is
 * the paragraph number, as for .docx. text:s stands for its c spaces, text:tab for a tab, and a line
 * break inside a paragraph becomes a space. Notes, annotations and deleted tracked changes are not
 * part of the body text. The .odt is unzipped with the limited ZIP reader (zip.ts).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { openZip } from './zip';

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';

/** The part of a DOM node that the walk reads (xmldom's nodes). */
interface XmlNode {
  nodeType: number;
  namespaceURI?: string | null;
  localName?: string | null;
  nodeValue?: string | null;
  childNodes?: ArrayLike<XmlNode>;
  getAttributeNS?(ns: string, name: string): string | null;
}

/** Elements whose text is not body text. */
const SKIPPED = new Set(['note', 'tracked-changes', 'sequence-decls', 'variable-decls', 'user-field-decls']);
const SKIPPED_OFFICE = new Set(['annotation', 'annotation-end', 'forms']);

function children(n: XmlNode): XmlNode[] {
  return Array.from(n.childNodes ?? []);
}

function isText(n: XmlNode, name: string): boolean {
  return n.nodeType === 1 && n.namespaceURI === TEXT_NS && n.localName === name;
}

function skipped(n: XmlNode): boolean {
  return (
    n.nodeType === 1 &&
    ((n.namespaceURI === TEXT_NS && SKIPPED.has(n.localName ?? '')) || (n.namespaceURI === OFFICE_NS && SKIPPED_OFFICE.has(n.localName ?? '')))
  );
}

function paragraphText(p: XmlNode): string {
  let out = '';
  const walk = (n: XmlNode) => {
    if (n.nodeType === 3 || n.nodeType === 4) out += n.nodeValue ?? '';
    else if (n.nodeType !== 1 || skipped(n)) return;
    else if (isText(n, 's')) out += ' '.repeat(Math.max(1, Math.min(1000, Number(n.getAttributeNS?.(TEXT_NS, 'c') ?? '1') || 1)));
    else if (isText(n, 'tab')) out += '\t';
    else if (isText(n, 'line-break')) out += ' ';
    else children(n).forEach(walk);
  };
  children(p).forEach(walk);
  return out;
}

/** The paragraphs of a content.xml (or .fodt) document, in document order. */
export function odtParagraphs(xml: string): string[] {
  const { DOMParser } = require('@xmldom/xmldom') as { DOMParser: new (options?: object) => { parseFromString(s: string, type: string): XmlNode } };
  let fatal: string | undefined;
  const onError = (level: string, message: string) => {
    if (level === 'fatalError' || level === 'error') fatal ??= String(message).split('\n')[0];
  };
  const doc = new DOMParser({
    onError,
    errorHandler: { error: (m: string) => onError('error', m), fatalError: (m: string) => onError('fatalError', m) },
  }).parseFromString(xml, 'text/xml');
  if (fatal) throw new Error(`damaged XML (${fatal})`);
  const body = find(doc, (n) => n.nodeType === 1 && n.namespaceURI === OFFICE_NS && n.localName === 'text');
  if (!body) throw new Error('no office:text body (not a text document)');
  const out: string[] = [];
  const collect = (n: XmlNode) => {
    if (skipped(n)) return;
    if (isText(n, 'p') || isText(n, 'h')) {
      out.push(paragraphText(n));
      return;
    }
    children(n).forEach(collect);
  };
  collect(body);
  return out;
}

function find(n: XmlNode, test: (n: XmlNode) => boolean): XmlNode | undefined {
  // Depth first, in document order.
  const stack = [n];
  while (stack.length) {
    const cur = stack.pop()!;
    if (test(cur)) return cur;
    stack.push(...children(cur).reverse());
  }
  return undefined;
}

/** An .odt saved with a password: its manifest lists encryption data, its parts cannot be read. */
export class OdtEncryptedError extends Error {}

export async function readOdt(bytes: Buffer, flat: boolean): Promise<{ text: string }> {
  if (flat) return { text: odtParagraphs(new TextDecoder('utf-8').decode(bytes)).join('\n') };
  const zip = openZip(bytes);
  if (zip.exists('META-INF/manifest.xml') && /encryption-data/.test((await zip.read('META-INF/manifest.xml', 'utf-8')) as string)) {
    throw new OdtEncryptedError('encrypted');
  }
  const xml = (await zip.read('content.xml', 'utf-8')) as string;
  return { text: odtParagraphs(xml).join('\n') };
}

export function isOdtPath(file: string): 'odt' | 'fodt' | undefined {
  const m = /\.(f?odt)$/i.exec(file);
  return m ? (m[1].toLowerCase() as 'odt' | 'fodt') : undefined;
}
