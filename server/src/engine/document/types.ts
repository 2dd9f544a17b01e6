import type { IssuerLevel } from './issuer-level';

/** A half-open range of UTF-16 code units in the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface Line {
  /** 0-based line index. */
  index: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line ending. */
  end: number;
  text: string;
}

/** Level 1 一、 · level 2 （一） · level 3 1. · level 4 （1）. */
export type MarkerLevel = 1 | 2 | 3 | 4;

/**
 * How a heading marker is written. `canonical` is the GB/T 9704 form; the others are recognised
 * so that rules can name and repair them.
 */
export type MarkerForm =
  | 'canonical'
  | 'ascii-parens' // (一) (1)
  | 'mixed-parens' // （一) (一）
  | 'trailing-punct' // （一）、 （1）.
  | 'dunhao-after-digit' // 1、
  | 'fullwidth-dot' // 1．
  | 'wrong-punct-after-chinese'; // 一. 一， 一,

export interface HeadingMarker {
  level: MarkerLevel;
  /** The ordinal value: 一 → 1, （十二） → 12. */
  ordinal: number;
  /** The whole marker including its punctuation, e.g. `（一）` or `1.`. */
  span: Span;
  text: string;
  form: MarkerForm;
  /** The marker as GB/T 9704 writes it. */
  canonical: string;
}

export interface Heading {
  /**
   * Structural level: marker level when numbered, else Markdown depth − 1; 0 for a plain-text
   * heading without a number (2024年工作回顾) and for the title of an appended document.
   */
  level: number;
  /** A plain-text heading without a number, a parent of the numbered headings after it. */
  unnumbered?: boolean;
  /** The title of an appended document (附件1 …, a second 规定): its headings number on their own. */
  appendix?: boolean;
  marker?: HeadingMarker;
  /** Number of `#` for a Markdown ATX heading. */
  markdownDepth?: number;
  /** 0-based line index. */
  line: number;
  /** The paragraph that carries the heading. */
  paragraphSpan: Span;
  /** The heading text after the marker, up to the first sentence end for run-in headings. */
  titleSpan: Span;
  title: string;
  /** True when body text follows the heading in the same paragraph: `（一）按照……。`. */
  runIn: boolean;
}

export interface Section {
  heading?: Heading;
  level: number;
  parent?: Section;
  children: Section[];
  /** From the heading paragraph (or document start) to the next heading of the same or higher rank. */
  span: Span;
  paragraphs: Paragraph[];
}

export interface Sentence {
  span: Span;
  text: string;
}

export type ParagraphKind = 'title' | 'doc-number' | 'addressee' | 'signature' | 'date' | 'heading' | 'body';

export interface Paragraph {
  span: Span;
  text: string;
  /** 0-based index of its first and last line. */
  firstLine: number;
  lastLine: number;
  kind: ParagraphKind;
  heading?: Heading;
  sentences: Sentence[];
}

export interface DocNumber {
  span: Span;
  text: string;
  year: number;
  serial: number;
}

export interface WrittenDate {
  span: Span;
  text: string;
  year?: number;
  month?: number;
  day?: number;
}

/** One line of a title set on several lines. */
export interface TitleLine {
  span: Span;
  text: string;
}

export interface ReportMeta {
  /** The document's kind and the evidence for it (document/detect.ts). */
  kind: DocumentKind;
  profile: DocumentProfile;
  /**
   * The title. A title set on several lines has `text` joined without the line breaks, `span` from
   * its first line to its last and `lines` for each line; titleRange() maps offsets in `text` back.
   */
  title?: { span: Span; text: string; lines: TitleLine[] };
  issuer?: string;
  /** The issuer split into joint issuers: 中共淮南市委淮南市人民政府 → [中共淮南市委, 淮南市人民政府]. */
  issuers?: string[];
  /** The report year Y, from the title. */
  year?: number;
  /** A draft mark after the title: 征求意见稿, 送审稿, 草案. */
  draftMark?: string;
  docNumber?: DocNumber;
  /** The 主送 line: 市人大常委会：. */
  addressee?: { span: Span; text: string };
  signature?: { span: Span; text: string };
  /** A joint 署名 on two lines (中共淮南市委 / 淮南市人民政府); `signature` is the second. */
  signatureLines?: { span: Span; text: string }[];
  date?: WrittenDate;
}

export type SourceMode = 'draft' | 'published-copy';

export interface PublishedCopyEvidence {
  /** ASCII `,` between or next to CJK characters. */
  asciiCommas: number;
  /** Full-width `，`. */
  fullwidthCommas: number;
  hanCharacters: number;
}

/** The language of the file a document comes from. */
export type DocumentLanguage = 'plaintext' | 'markdown';

export type DocumentKind = 'annual-report' | 'official-document' | 'other';

export interface TitleBlock {
  /** The title's lines (0-based line indexes), top to bottom. */
  lines: number[];
  /** The lines joined (a title set on several lines is one phrase). */
  text: string;
  genre: string;
  draftMark?: string;
}

export type EvidenceType = 'title' | 'incomplete-title' | 'metadata-title' | 'doc-number' | 'addressee' | 'speech' | 'structure';

export interface KindEvidence {
  type: EvidenceType;
  /** 0-based line index. */
  line: number;
  text: string;
}

export interface DocumentProfile {
  kind: DocumentKind;
  /** What the kind rests on, strongest first. */
  evidence: KindEvidence[];
  title?: TitleBlock;
  /** The 文种 from the title (报告, 意见 …), or 报告 for a speech-form report without one. */
  genre?: string;
  issuer?: string;
  issuers?: string[];
  issuerLevel?: IssuerLevel;
  /** The year in the title (for an annual report: the report year Y). */
  year?: number;
  draftMark?: string;
  /** The 发文字号 line under the title. */
  docNumberLine?: number;
  /** A 文号 given only in a metadata block of the page (文号：…). */
  docNumberInChrome?: string;
  /** The 主送 line (各省、自治区、直辖市人民政府：). */
  addresseeLine?: number;
  /** The opening of a speech-form report (各位代表：). */
  speechLine?: number;
  /** Lines of the front that are not the document: page chrome before the title and between its parts. */
  chromeLines: number[];
  /** The first line of the body, after the title and what goes with it. */
  bodyLine?: number;
}

/** Splits Chinese text into words. The words, concatenated, give back the input exactly. */
export interface Segmenter {
  segment(text: string): string[];
  /** Add words (from rule packs or the domain dictionary) so that they stay one token. */
  addWords(words: readonly string[]): void;
}
