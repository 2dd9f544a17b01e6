import type { Root } from 'nlcst';
import { readHeading } from './headings';
import { LineIndex, splitLines } from './lines';
import { blankOut, markdownNonProse, mergeSpans, plainTextNonProse } from './markdown-mask';
import { readMetadata } from './metadata';
import { buildNlcst } from './nlcst';
import { detectSourceMode, furnitureLines, publishedCopyEvidence } from './published-copy';
import { defaultSegmenter, type Segmenter } from './segmenter';
import { splitSentences } from './sentences';
import { buildSections } from './sections';
import type {
  Heading,
  Line,
  Paragraph,
  PublishedCopyEvidence,
  ReportMeta,
  Section,
  SourceMode,
  Span,
} from './types';

export type DocumentLanguage = 'plaintext' | 'markdown';

export interface ParseOptions {
  language?: DocumentLanguage;
  /** `auto` (default) detects a scraped web copy from its punctuation. */
  source?: SourceMode | 'auto';
  segmenter?: Segmenter;
}

/** A report parsed once; every rule reads from it. Offsets are UTF-16 code units into `text`. */
export interface ReportDocument {
  /** The text as the editor holds it (a leading BOM removed). */
  text: string;
  /** `text` with non-prose (Markdown code, comments, link targets, URLs, page furniture) blanked. */
  prose: string;
  hadBom: boolean;
  language: DocumentLanguage;
  lines: Line[];
  index: LineIndex;
  /** Ranges that are not prose; rules never report inside them. */
  nonProse: Span[];
  /** Lines removed as web-page furniture (published copies only). */
  furniture: Set<number>;
  source: SourceMode;
  sourceDetected: boolean;
  evidence: PublishedCopyEvidence;
  meta: ReportMeta;
  paragraphs: Paragraph[];
  headings: Heading[];
  /** The section tree; the root holds the text before the first heading. */
  root: Section;
  /** The NLCST tree (built on first access: it needs the segmenter). */
  readonly nlcst: Root;
  segmenter: Segmenter;
}

function paragraphSpans(lines: Line[], prose: string, markdown: boolean): { span: Span; first: number; last: number }[] {
  const out: { span: Span; first: number; last: number }[] = [];
  const blank = (l: Line) => /^[\s\u00a0\u3000]*$/.test(prose.slice(l.start, l.end));
  const startsBlock = (l: Line) =>
    /^[ \t\u3000\u00a0]*(#{1,6}\s|[-*+>]\s|\d+[.)、．](?!\d)\s*|[（(]?[一二三四五六七八九十]+[、）)]|\|)/.test(prose.slice(l.start, l.end));
  let current: { span: Span; first: number; last: number } | undefined;
  for (const line of lines) {
    if (blank(line)) {
      current = undefined;
      continue;
    }
    if (markdown && current && !startsBlock(line) && !/^#{1,6}\s/.test(prose.slice(current.span.start, current.span.end).trimStart())) {
      current.span.end = line.end;
      current.last = line.index;
      continue;
    }
    current = { span: { start: line.start, end: line.end }, first: line.index, last: line.index };
    out.push(current);
  }
  return out;
}

export function parseReport(input: string, options: ParseOptions = {}): ReportDocument {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const text = hadBom ? input.slice(1) : input;
  const language = options.language ?? 'plaintext';
  const markdown = language === 'markdown';
  const lines = splitLines(text);
  const index = new LineIndex(text);

  let nonProse = markdown ? markdownNonProse(text) : plainTextNonProse(text);
  let prose = blankOut(text, nonProse);

  const evidence = publishedCopyEvidence(prose);
  const sourceDetected = (options.source ?? 'auto') === 'auto';
  const source: SourceMode = sourceDetected ? detectSourceMode(evidence) : (options.source as SourceMode);

  let metaResult = readMetadata(lines, prose);
  const furniture = source === 'published-copy' ? furnitureLines(lines, metaResult.titleLine, metaResult.dateLine) : new Set<number>();
  if (furniture.size > 0) {
    nonProse = mergeSpans([...nonProse, ...[...furniture].map((i) => ({ start: lines[i].start, end: lines[i].end }))]);
    prose = blankOut(text, nonProse);
    metaResult = readMetadata(lines, prose);
  }

  const paragraphs: Paragraph[] = [];
  const headings: Heading[] = [];
  for (const p of paragraphSpans(lines, prose, markdown)) {
    const paragraph: Paragraph = {
      span: p.span,
      text: prose.slice(p.span.start, p.span.end),
      firstLine: p.first,
      lastLine: p.last,
      kind: 'body',
      sentences: splitSentences(prose, p.span),
    };
    if (p.first === metaResult.titleLine) paragraph.kind = 'title';
    else if (p.first === metaResult.docNumberLine) paragraph.kind = 'doc-number';
    else if (p.first === metaResult.signatureLine) paragraph.kind = 'signature';
    else if (p.first === metaResult.dateLine) paragraph.kind = 'date';
    else {
      const heading = readHeading(prose, p.span, p.first, markdown);
      if (heading) {
        paragraph.kind = 'heading';
        paragraph.heading = heading;
        headings.push(heading);
      }
    }
    paragraphs.push(paragraph);
  }

  const segmenter = options.segmenter ?? defaultSegmenter();
  let nlcst: Root | undefined;
  return {
    text,
    prose,
    hadBom,
    language,
    lines,
    index,
    nonProse,
    furniture,
    source,
    sourceDetected,
    evidence,
    meta: metaResult.meta,
    paragraphs,
    headings,
    root: buildSections(paragraphs, text.length),
    get nlcst(): Root {
      if (!nlcst) nlcst = buildNlcst(prose, paragraphs, segmenter, lines.map((l) => l.start));
      return nlcst;
    },
    segmenter,
  };
}
