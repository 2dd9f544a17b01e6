import { makeTermRule } from './support/terms';

/** TERM-005: 督察, not 督查, in the fixed phrases of the 法治督察 system. Terms: `rule: ducha-spelling`. */
export const duchaSpelling = makeTermRule({
  id: 'ducha-spelling',
  catalogue: ['TERM-005'],
  severity: 'error',
  fixable: 'certain',
  description: {
    'zh-CN': '法治督察的固定用语用“督察”，不用“督查”',
    en: 'Fixed phrases of rule-of-law inspection take 督察, not 督查',
  },
});
