/**
 * Disable comments at work: a drafter can silence one rule on one line or in the whole file. The
 * comment grammar lives in ./document/directives.ts. Comment lines are not prose (they are masked
 * like Markdown comments), so no rule reports inside them. A comment, or an id in it, that
 * suppresses nothing is reported by the engine as `unused-disable` (only for rules that ran, so a
 * run with some rules off stays quiet).
 */
import { readDirectives, type Directive, type DirectiveId } from './document/directives';
import type { DocumentLanguage, Line, Span } from './document/types';
import type { Finding } from './finding';
import { localize, ruleDocsUrl } from './rule';
import { unusedDisable } from './rules/unused-disable';
import type { LocalizedText, Severity, TextEdit } from './types';

export interface SuppressionInput {
  text: string;
  lines: readonly Line[];
  language: DocumentLanguage;
  findings: Finding[];
  /** Ids of the rules that ran in this lint (an id that did not run is never called unused). */
  ran: ReadonlySet<string>;
  /** Every id the engine knows (built-in rules and the rules of this run). */
  known: ReadonlySet<string>;
  /** Severity of `unused-disable`, or undefined when it does not run. */
  unusedSeverity?: Severity;
  locale: 'zh-CN' | 'en';
  /** 1-based line and column of an offset. */
  toPoint(offset: number): { line: number; column: number };
}

const REMOVE_COMMENT: LocalizedText = { 'zh-CN': '删除这条停用注释', en: 'Remove this disable comment' };
const REMOVE_ID = (id: string): LocalizedText => ({ 'zh-CN': `从停用注释中删去“${id}”`, en: `Remove “${id}” from the disable comment` });

/** Drop suppressed findings; add an `unused-disable` finding for every comment (or id) that suppressed nothing. */
export function applySuppressions(input: SuppressionInput): Finding[] {
  const directives = readDirectives(input.text, input.lines, input.language);
  if (directives.length === 0) return input.findings;
  /** Per directive, the ids (or '*' for a comment without ids) that suppressed something. */
  const used = directives.map(() => new Set<string>());
  const matches = (d: Directive, ruleId: string) => (d.ids.length === 0 ? '*' : d.ids.some((i) => i.id === ruleId) ? ruleId : undefined);
  const kept: Finding[] = [];
  for (const finding of input.findings) {
    let suppressed = false;
    directives.forEach((d, i) => {
      if (d.kind === 'next-line' && d.targetLine !== finding.line - 1) return;
      const hit = matches(d, finding.ruleId);
      if (hit === undefined) return;
      used[i].add(hit);
      suppressed = true;
    });
    if (!suppressed) kept.push(finding);
  }
  const severity = input.unusedSeverity;
  if (!severity) return kept;

  const finding = (span: Span, messageId: string, data: Record<string, string>, edit: TextEdit, title: LocalizedText): Finding => {
    const messages = localize(unusedDisable.meta.messages[messageId], data);
    const start = input.toPoint(span.start);
    const end = input.toPoint(span.end);
    return {
      ruleId: unusedDisable.meta.id,
      messageId,
      severity,
      message: messages[input.locale],
      messages,
      span,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      url: ruleDocsUrl(unusedDisable.meta.id),
      fix: { title, edits: [edit] },
    };
  };
  const removeComment = (d: Directive): TextEdit => ({ start: d.removal.start, end: d.removal.end, text: '' });

  directives.forEach((d, i) => {
    if (d.ids.length === 0) {
      if (used[i].size === 0) kept.push(finding(d.span, 'unused', {}, removeComment(d), REMOVE_COMMENT));
      return;
    }
    const unused: { id: DirectiveId; messageId: string }[] = [];
    for (const id of d.ids) {
      if (!input.known.has(id.id)) unused.push({ id, messageId: 'unknownRule' });
      else if (input.ran.has(id.id) && !used[i].has(id.id)) unused.push({ id, messageId: 'unusedRule' });
    }
    if (unused.length === 0) return;
    const allIdsUnused = unused.length === d.ids.length;
    if (allIdsUnused && unused.every((u) => u.messageId === 'unusedRule')) {
      kept.push(finding(d.span, 'unused', {}, removeComment(d), REMOVE_COMMENT));
      return;
    }
    // Ids before the first kept one go with the separator after them, the others with the separator
    // before them: the edits never overlap, and together they never leave a comment without ids
    // (that would disable every rule).
    let leading = 0;
    while (leading < d.ids.length && unused.some((u) => u.id === d.ids[leading])) leading++;
    unused.forEach((u, n) => {
      const index = d.ids.indexOf(u.id);
      if (allIdsUnused) {
        // Every id is unused: the whole comment goes, as one certain fix (the first finding's).
        const f = finding(u.id.span, u.messageId, { id: u.id.id }, removeComment(d), REMOVE_COMMENT);
        if (n > 0) {
          f.suggestions = [f.fix!];
          delete f.fix;
        }
        kept.push(f);
        return;
      }
      const edit: TextEdit =
        index < leading
          ? { start: u.id.span.start, end: d.ids[index + 1].span.start, text: '' }
          : { start: d.ids[index - 1].span.end, end: u.id.span.end, text: '' };
      kept.push(finding(u.id.span, u.messageId, { id: u.id.id }, edit, REMOVE_ID(u.id.id)));
    });
  });
  return kept;
}
