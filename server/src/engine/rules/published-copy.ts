import type { ReportDocument } from '../document/report-document';
import type { Rule, RuleContext } from '../rule';
import { NO_OPTIONS } from '../rule';

export const publishedCopy: Rule = {
  meta: {
    id: 'published-copy',
    catalogue: ['§9.1'],
    category: 'meta',
    severity: 'info',
    fixable: 'none',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '识别从网页复制的已发布文本，并说明一次',
      en: 'Detects a copy scraped from a web page and says so once',
    },
    messages: {
      detected: {
        'zh-CN': '本文中文语境下的逗号全部为半角（{commas}处，全角逗号0处），判断为从网站复制的已发布文本：半角标点很可能是网页转换造成的，相关提示已降为“提示”级，自动修复也不处理它们。如为草稿，请用 --source draft 检查。',
        en: 'Every comma in Chinese context is half-width ({commas}, and no full-width comma): this looks like a copy scraped from a web page. Punctuation-width findings are shown as info and left out of fix-all. For a draft, lint with --source draft.',
      },
    },
  },
  check(doc: ReportDocument, context: RuleContext) {
    if (doc.source !== 'published-copy' || !doc.sourceDetected) return;
    const at = doc.meta.title?.span ?? doc.paragraphs[0]?.span ?? { start: 0, end: 0 };
    context.report({ span: at, messageId: 'detected', data: { commas: doc.evidence.asciiCommas } });
  },
};
