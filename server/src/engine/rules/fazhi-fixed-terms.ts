import { makeTermRule } from './support/terms';

/** TERM-006: 法治/法制 in fixed terms (法治政府, 法治思维, 习近平法治思想, 法制审核). Terms: `rule: fazhi-fixed-terms`. */
export const fazhiFixedTerms = makeTermRule({
  id: 'fazhi-fixed-terms',
  catalogue: ['TERM-006'],
  severity: 'error',
  fixable: 'certain',
  description: {
    'zh-CN': '固定用语中的“法治”与“法制”：法治政府、法治思维、习近平法治思想、法制审核',
    en: '法治 vs 法制 in fixed terms: “法治政府”, “法治思维”, “习近平法治思想”, “法制审核”',
  },
});
