import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

/**
 * 请示 formulas. 报请/提请/申请/呈请/送请 describe a procedure (提请审批), not a request to the reader,
 * and are left alone.
 */
const REQUEST = /妥否[，,]?\s*请(?:批示|审批|批复|审定|示)|(?<![报提申呈送])请(?:予批准|批准|审批|予审批|批复|予批复|批示)|恳请[^。；;！!？?\n]{0,40}?支持/g;

export const noRequestInReport: Rule = {
  meta: {
    id: 'no-request-in-report',
    appliesTo: 'report',
    catalogue: ['FMT-008'],
    category: 'format',
    severity: 'warning',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '报告中不夹带请示事项（妥否，请批示；请予批准；恳请……支持）',
      en: 'A report carries no requests for approval (妥否，请批示; 请予批准; 恳请……支持)',
    },
    messages: {
      request: {
        'zh-CN': '“{text}”是请示的用语：报告不得夹带请示事项，需要上级批准或支持的事项应另行请示（《党政机关公文处理工作条例》，条款待核实）。报告可用“特此报告”结尾。',
        en: '"{text}" is a request formula: a report must not carry requests for approval; send a separate 请示 for them (Regulations on Handling Official Documents; article to be verified). A report may end with 特此报告.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    REQUEST.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REQUEST.exec(doc.prose)) !== null) {
      context.report({ span: { start: m.index, end: m.index + m[0].length }, messageId: 'request', data: { text: m[0] } });
    }
  },
};
