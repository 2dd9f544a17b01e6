// 示例代码规则：正式报告中不应留下“（征求意见稿）”“（草稿）”等稿本标记。
// Example code rule: no draft marks such as （征求意见稿） or （草稿） in a final report.
// 规则契约见 server/src/engine/rule.ts 和 docs/packs.md 第 5 节。The contract: docs/packs.md, section 5.
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');

const MARK = /[（(](?:征求意见稿|送审稿|讨论稿|草稿|初稿)[）)]/g;

module.exports = {
  meta: {
    // 代码规则的 id 必须带命名空间（包名/规则名），不会与内置规则重名。
    id: 'code-rule-example/no-draft-marks',
    severity: 'warning',
    fixable: 'suggestion',
    description: { 'zh-CN': '正式报告中不留稿本标记', en: 'No draft marks in a final report' },
    messages: {
      draftMark: {
        'zh-CN': '正式报告中不应保留稿本标记“{mark}”（定稿后删除）',
        en: 'Remove the draft mark "{mark}" from the final report',
      },
    },
    // 规则说明页：这里是规则包自带的 README（file: 地址，离线可用）；也可以是本单位内网上的网页。
    // The rule's page: the pack's own README as a file: URL (works offline), or a web page.
    docsUrl: pathToFileURL(path.join(__dirname, '..', 'README.md')).href,
  },
  /**
   * @param doc     解析后的报告（ReportDocument）：用 doc.prose 扫描（非正文已替换为空格，偏移与原文一致）。
   * @param context report() 报告问题；options 规则选项；data 规则包数据。
   */
  check(doc, context) {
    MARK.lastIndex = 0;
    let m;
    while ((m = MARK.exec(doc.prose))) {
      const span = { start: m.index, end: m.index + m[0].length };
      context.report({
        span,
        messageId: 'draftMark',
        data: { mark: m[0] },
        // 不确定是否只需删除，所以作为建议而非确定修复。A suggestion, not a certain fix.
        suggestions: [{ title: { 'zh-CN': `删除“${m[0]}”`, en: `Delete "${m[0]}"` }, edits: [{ ...span, text: '' }] }],
      });
    }
  },
};
