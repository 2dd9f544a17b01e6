import type { Root } from 'nlcst';
import type { DocumentKind } from './detect';
import { LineIndex, splitLines } from './lines';
import { blankOut, markdownNonProse, mergeSpans, plainTextNonProse } from './markdown-mask';
import { readMetadata } from './metadata';
import { readParagraphs } from './paragraphs';
import { buildNlcst } from './nlcst';
import { detectSourceMode, pageChrome, publishedCopyEvidence } from './published-copy';
import { defaultSegmenter, type Segmenter } from './segmenter';
import { buildSections } from './sections';
import type { DocumentLanguage, Heading, Line, Paragraph, PublishedCopyEvidence, ReportMeta, Section, SourceMode, Span } from './types';

export type { DocumentLanguage } from './types';

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
  /** The document's kind (document/detect.ts): the annual-report rules run only on annual reports. */
  kind: DocumentKind;
  /** Where appended documents begin (0-based lines); their headings number on their own. */
  appendixLines: number[];
  paragraphs: Paragraph[];
  headings: Heading[];
  /** The section tree; the root holds the text before the first heading. */
  root: Section;
  /** The NLCST tree (built on first access: it needs the segmenter). */
  readonly nlcst: Root;
  segmenter: Segmenter;
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

  // One reading of the front and the closing; page chrome found there is then blanked for the rules.
  const metaResult = readMetadata(lines, prose);
  const furniture = pageChrome(lines, metaResult, source === 'published-copy');
  if (furniture.size > 0) {
    nonProse = mergeSpans([...nonProse, ...[...furniture].map((i) => ({ start: lines[i].start, end: lines[i].end }))]);
    prose = blankOut(text, nonProse);
  }

  const { paragraphs, headings } = readParagraphs(lines, prose, metaResult, markdown);
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
    kind: metaResult.meta.kind,
    appendixLines: metaResult.appendices.map((a) => a.line),
    paragraphs,
    headings,
    root: buildSections(paragraphs, text.length),
    get nlcst(): Root {
      if (!nlcst)
        nlcst = buildNlcst(
          prose,
          paragraphs,
          segmenter,
          lines.map((l) => l.start),
        );
      return nlcst;
    },
    segmenter,
  };
}
