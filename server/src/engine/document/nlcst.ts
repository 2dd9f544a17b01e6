import type {
  Paragraph as NlcstParagraph,
  Punctuation,
  Root,
  Sentence as NlcstSentence,
  SentenceContent,
  Symbol as NlcstSymbol,
  WhiteSpace,
  Word,
} from 'nlcst';
import type { Position } from 'unist';
import { isCjkPunctuation, isHan } from './chars';
import type { Segmenter } from './segmenter';
import type { Paragraph, Span } from './types';

const PUNCT = /^[\p{P}]+$/u;
const SPACE = /^[\s\u00a0\u3000]+$/u;

/**
 * Positions for offsets visited in increasing order: a cursor over line starts makes each lookup
 * O(1) amortised (a binary search per token was the slowest part of building the tree).
 */
class PositionCursor {
  private line = 0;
  constructor(private readonly lineStarts: number[]) {}

  point(offset: number): { line: number; column: number; offset: number } {
    if (offset < this.lineStarts[this.line]) this.line = 0;
    while (this.line + 1 < this.lineStarts.length && this.lineStarts[this.line + 1] <= offset) this.line++;
    return { line: this.line + 1, column: offset - this.lineStarts[this.line] + 1, offset };
  }

  position(span: Span): Position {
    return { start: this.point(span.start), end: this.point(span.end) };
  }
}

/** Split a jieba token further where it mixes blanks, punctuation and words. */
function* pieces(token: string): Generator<string> {
  const re = /[\s\u00a0\u3000]+|[\p{P}\p{S}]|[^\s\u00a0\u3000\p{P}\p{S}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(token))) yield m[0];
}

/**
 * Build a retext-compatible NLCST tree: Root → Paragraph → Sentence → Word / Punctuation /
 * WhiteSpace / Symbol, with words from the segmenter and positions in UTF-16 offsets.
 */
export function buildNlcst(
  prose: string,
  paragraphs: Paragraph[],
  segmenter: Segmenter,
  lineStarts: number[],
): Root {
  const cursor = new PositionCursor(lineStarts);
  const root: Root = { type: 'RootNode', children: [], position: cursor.position({ start: 0, end: prose.length }) };
  for (const p of paragraphs) {
    const para: NlcstParagraph = { type: 'ParagraphNode', children: [], position: cursor.position(p.span) };
    for (const s of p.sentences) {
      const sentence: NlcstSentence = { type: 'SentenceNode', children: [], position: cursor.position(s.span) };
      let offset = s.span.start;
      let tokens = segmenter.segment(s.text);
      // A segmenter must give back the text exactly; if it ever does not, fall back to one token.
      if (tokens.join('') !== s.text) tokens = [s.text];
      for (const token of tokens) {
        for (const piece of pieces(token)) {
          const span = { start: offset, end: offset + piece.length };
          offset = span.end;
          const pos = cursor.position(span);
          let node: SentenceContent;
          if (SPACE.test(piece)) node = { type: 'WhiteSpaceNode', value: piece, position: pos } as WhiteSpace;
          else if (PUNCT.test(piece) || (piece.length === 1 && isCjkPunctuation(piece)))
            node = { type: 'PunctuationNode', value: piece, position: pos } as Punctuation;
          else if (/^[\p{S}]+$/u.test(piece) && !isHan(piece))
            node = { type: 'SymbolNode', value: piece, position: pos } as NlcstSymbol;
          else
            node = {
              type: 'WordNode',
              children: [{ type: 'TextNode', value: piece, position: pos }],
              position: pos,
            } as Word;
          sentence.children.push(node);
        }
      }
      para.children.push(sentence);
    }
    root.children.push(para);
  }
  return root;
}

/** The plain value of a Word node. */
export function wordValue(word: Word): string {
  return word.children.map((c) => ('value' in c ? c.value : '')).join('');
}
