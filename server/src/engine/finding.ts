import type { Fix, LocalizedText, Related, Severity, Suggestion } from './types';
import type { Span } from './document/types';

/** One finding, as every shell (CLI, server) receives it. Lines and columns are 1-based UTF-16. */
export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** The message in the requested locale. */
  message: string;
  messages: LocalizedText;
  span: Span;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  url: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: (Related & { line: number; column: number })[];
  /** True when the fix must stay out of fix-all (published-copy demotion). */
  fixExcludedFromFixAll?: boolean;
  /**
   * The finding refers to last year's report (a rule with meta.refersToPrevious): `line`, when the rule
   * names one, is the 1-based line of last year's report it points at.
   */
  previous?: { line?: number };
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
