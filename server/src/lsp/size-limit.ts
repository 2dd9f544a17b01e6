import type { Finding, Locale } from '../engine';
import { docsUrl } from '../engine/docs';

/**
 * The language server lints documents up to this many characters (UTF-16 code units, about 80 times
 * a typical annual report). Linting grows linearly, about 1.5–2 s per million characters, and runs on
 * every pause in typing; a larger document gets one diagnostic saying it was not checked, never a
 * silent gap. The CLI checks files up to 20 MB (cli/read-input.ts).
 */
export const LSP_MAX_CHARS = 500_000;

export const SIZE_LIMIT_RULE_ID = 'document-too-large';

/** The one finding for a document over the limit (on its first line), or undefined when it may be linted. */
export function sizeLimitFinding(text: string, locale: Locale): Finding | undefined {
  if (text.length <= LSP_MAX_CHARS) return undefined;
  const chars = text.length.toLocaleString('en-US');
  const limit = LSP_MAX_CHARS.toLocaleString('en-US');
  const messages = {
    'zh-CN': `文档过长（${chars} 个字符），超过编辑器内检查上限 ${limit} 个字符，fzlint 未检查此文档。请拆分文档，或在命令行运行 fzlint 检查（上限 20 MB）。`,
    en: `Document too long (${chars} characters, the editor limit is ${limit}); fzlint did not check it. Split the document, or check it with the fzlint CLI (limit 20 MB).`,
  };
  let end = text.indexOf('\n');
  if (end < 0 || end > 200) end = Math.min(text.length, 200);
  if (end > 0 && text[end - 1] === '\r') end--;
  // Never end between the halves of a surrogate pair.
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1])) end--;
  return {
    ruleId: SIZE_LIMIT_RULE_ID,
    messageId: 'documentTooLarge',
    severity: 'warning',
    message: messages[locale],
    messages,
    span: { start: 0, end },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: end + 1,
    url: docsUrl('language-server.md#size-limit'),
  };
}
