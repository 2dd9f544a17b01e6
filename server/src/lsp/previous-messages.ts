/** What the editor tells about last year's report, the same from the Node and the web worker server (no Node import). */

/** A named last year's report (fzlint.previousReport) that cannot be read, with the reader's problem. */
export function previousUnreadableMessage(problem: string, locale: 'zh-CN' | 'en'): string {
  return locale === 'en'
    ? `fzlint: last year's report (fzlint.previousReport) cannot be read: ${problem} The cross-year checks did not run.`
    : `fzlint：无法读取去年的报告（设置 fzlint.previousReport）：${problem}跨年度对照未进行。`;
}
