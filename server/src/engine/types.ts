/**
 * Types shared by rules, findings, packs and the shells. A leaf: it imports nothing but the
 * document's own leaf types, so any engine module can use it without forming an import circle.
 */
import type { Span } from './document/types';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh-CN' | 'en';

/** Text in both languages; Chinese first. Templates use `{name}` placeholders. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** Replace `text[start, end)` with `text`. Offsets are UTF-16 code units into the document text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A certain fix: exactly one right text. It goes into fix-all. */
export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
}

/** A guess the user picks in the editor. Never applied by fix-all. */
export type Suggestion = Fix;

export interface Related {
  span: Span;
  message: LocalizedText;
}
