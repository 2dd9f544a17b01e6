import type { Locale } from '../../engine/rule';
import type { FileResult } from '../result';

export interface FormatContext {
  locale: Locale;
  color: boolean;
  cwd: string;
  /** Show every info finding in stylish output instead of examples. */
  showAllInfo?: boolean;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;
