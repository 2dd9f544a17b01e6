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
import { countBefore } from './sorted';
import type { Paragraph, Sentence, Span } from './types';

const PUNCT = /^[\p{P}]+$/u;
const SPACE = /^[\s\u00a0\u3000]+$/u;

/**
 * Positions for offsets visited in increasing order: a cursor over line starts makes each lookup
 * O(1) amortised (a binary search per token was the slowest part of building the tree).
 */
class PositionCursor {
  private line = 0;
  constructor(private readonly lineStarts: number[]) {}

  /** Start at the line holding `offset` (binary search), for a cursor that begins mid-document. */
  seek(offset: number): this {
    this.line = Math.max(0, countBefore(this.lineStarts.length, (i) => this.lineStarts[i] <= offset) - 1);
    return this;
  }

  point(offset: number): { line: number; column: number; offset: number } {
    if (offset < this.lineStarts[this.line]) this.line = 0;
    while (this.line + 1 < this.lineStarts.length && this.lineStarts[this.line + 1] <= offset) this.line++;
    return { line: this.line + 1, column: offset - this.lineStarts[this.line] + 1, offset };
  }

  position(span: Span): Position {
    return { start: this.point(span.start), end: this.point(span.end) };
  }
}

export type PieceType = 'WordNode' | 'PunctuationNode' | 'WhiteSpaceNode' | 'SymbolNode';
export type Piece = readonly [value: string, type: PieceType];

const WORDY = /^[^\s\u00a0\u3000\p{P}\p{S}]+$/u;
const PIECES = /[\s\u00a0\u3000]+|[\p{P}\p{S}]|[^\s\u00a0\u3000\p{P}\p{S}]+/gu;

function pieceType(piece: string): PieceType {
  if (SPACE.test(piece)) return 'WhiteSpaceNode';
  if (PUNCT.test(piece) || (piece.length === 1 && isCjkPunctuation(piece))) return 'PunctuationNode';
  if (/^[\p{S}]+$/u.test(piece) && !isHan(piece)) return 'SymbolNode';
  return 'WordNode';
}

/** One-character tokens, typed once per process (pieces are immutable, so they are shared). */
const singles = new Map<string, Piece>();

function onePiece(token: string): Piece {
  let piece = singles.get(token);
  if (!piece) {
    piece = [token, WORDY.test(token) ? 'WordNode' : pieceType(token)];
    singles.set(token, piece);
  }
  return piece;
}

/** Split tokens further where they mix blanks, punctuation and words, and type each piece. */
function typedPieces(tokens: readonly string[]): Piece[] {
  const out: Piece[] = [];
  for (const token of tokens) {
    if (token.length === 1) {
      out.push(onePiece(token));
      continue;
    }
    if (WORDY.test(token)) {
      out.push([token, 'WordNode']);
      continue;
    }
    PIECES.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PIECES.exec(token))) out.push([m[0], pieceType(m[0])]);
  }
  return out;
}

/**
 * Typed pieces per token array. The jieba segmenter returns the same cached array for the same
 * sentence (and a new one after its dictionary changes), so an unchanged sentence is typed once.
 */
const pieceCache = new WeakMap<readonly string[], Piece[]>();

function piecesFor(segmenter: Segmenter, text: string): Piece[] {
  const tokens = segmenter.segment(text);
  const hit = pieceCache.get(tokens);
  if (hit) return hit;
  // A segmenter must give back the text exactly; if it ever does not, fall back to one token.
  const pieces = typedPieces(tokens.join('') === text ? tokens : [text]);
  pieceCache.set(tokens, pieces);
  return pieces;
}

/**
 * Build a retext-compatible NLCST tree: Root → Paragraph → Sentence → Word / Punctuation /
 * WhiteSpace / Symbol, with words from the segmenter and positions in UTF-16 offsets.
 */
export function buildNlcst(prose: string, paragraphs: Paragraph[], segmenter: Segmenter, lineStarts: number[]): Root {
  const cursor = new PositionCursor(lineStarts);
  const root: Root = { type: 'RootNode', children: [], position: cursor.position({ start: 0, end: prose.length }) };
  for (const p of paragraphs) {
    const para: NlcstParagraph = { type: 'ParagraphNode', children: [], position: cursor.position(p.span) };
    for (const s of p.sentences) para.children.push(sentenceNode(s, segmenter, cursor));
    root.children.push(para);
  }
  return root;
}

function sentenceNode(s: Sentence, segmenter: Segmenter, cursor: PositionCursor): NlcstSentence {
  const sentence: NlcstSentence = { type: 'SentenceNode', children: [], position: cursor.position(s.span) };
  let offset = s.span.start;
  // Adjacent pieces share the point between them (points are never mutated).
  let start = cursor.point(offset);
  for (const [value, type] of piecesFor(segmenter, s.text)) {
    offset += value.length;
    const end = cursor.point(offset);
    const position: Position = { start, end };
    start = end;
    const node =
      type === 'WordNode'
        ? ({ type, children: [{ type: 'TextNode', value, position }], position } as Word)
        : ({ type, value, position } as Punctuation | WhiteSpace | NlcstSymbol);
    sentence.children.push(node as SentenceContent);
  }
  return sentence;
}

/**
 * The pieces of one sentence, typed as its NLCST children are (the same values and types, in order,
 * without positions: each piece starts where the one before it ends, at `sentence.span.start` for the
 * first). For a rule that needs the words of only a few sentences (repeated-word pre-filters them):
 * just those are segmented, no tree nodes are allocated, and a document with none never loads jieba.
 */
export function sentencePieces(sentence: Sentence, segmenter: Segmenter): readonly Piece[] {
  return piecesFor(segmenter, sentence.text);
}

/** The plain value of a Word node. */
export function wordValue(word: Word): string {
  return word.children.map((c) => ('value' in c ? c.value : '')).join('');
}
