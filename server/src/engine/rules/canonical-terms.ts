import { makeTermRule } from './support/terms';

/**
 * The generic term rule: reports the `data.terms` entries of rule packs that name no rule (or
 * `rule: canonical-terms`). The built-in pack gives every entry its own rule; this one is for packs.
 */
export const canonicalTerms = makeTermRule({
  id: 'canonical-terms',
  catalogue: [],
  severity: 'warning',
  fixable: 'certain',
  description: {
    'zh-CN': '规则包中的规范用语（未指定规则的用语条目）',
    en: 'Term entries from rule packs that name no rule of their own',
  },
});
