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
import type { LineIndex } from './lines';
import type { Segmenter } from './segmenter';
import type { Paragraph, Span } from './types';

const PUNCT = /^[\p{P}]+$/u;
const SPACE = /^[\s\u00a0\u3000]+$/u;

function position(index: LineIndex, span: Span): Position {
  const s = index.toPoint(span.start);
  const e = index.toPoint(span.end);
  return {
    start: { line: s.line, column: s.column, offset: span.start },
    end: { line: e.line, column: e.column, offset: span.end },
  };
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
  index: LineIndex,
): Root {
  const root: Root = { type: 'RootNode', children: [], position: position(index, { start: 0, end: prose.length }) };
  for (const p of paragraphs) {
    const para: NlcstParagraph = { type: 'ParagraphNode', children: [], position: position(index, p.span) };
    for (const s of p.sentences) {
      const sentence: NlcstSentence = { type: 'SentenceNode', children: [], position: position(index, s.span) };
      let offset = s.span.start;
      for (const token of segmenter.segment(s.text)) {
        for (const piece of pieces(token)) {
          const span = { start: offset, end: offset + piece.length };
          offset = span.end;
          const pos = position(index, span);
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
