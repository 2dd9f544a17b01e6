import type { Rule } from '../rule';
import { NO_OPTIONS } from '../rule';

/**
 * Reports disable comments that suppress nothing. The check itself runs in the engine after all
 * other rules (server/src/engine/suppressions.ts): only then is it known which comments were used.
 * This object carries the rule's id, severity and messages, and lets configuration turn it off.
 */
export const unusedDisable: Rule = {
  meta: {
    id: 'unused-disable',
    catalogue: [],
    category: 'meta',
    severity: 'warning',
    fixable: 'certain',
    optionsSchema: NO_OPTIONS,
    description: {
      'zh-CN': '停用注释（fzlint-disable、fzlint-disable-next-line）没有屏蔽任何问题，应删除。',
      en: 'A disable comment (fzlint-disable, fzlint-disable-next-line) suppresses nothing and should be removed.',
    },
    messages: {
      unused: {
        'zh-CN': '这条停用注释没有屏蔽任何问题：删除它，以免日后掩盖新问题。',
        en: 'This disable comment suppresses nothing: remove it so that it does not hide new problems later.',
      },
      unusedRule: {
        'zh-CN': '停用注释中的规则 {id} 在此处没有问题可屏蔽：从注释中删去“{id}”。',
        en: 'Rule {id} has nothing to suppress here: remove “{id}” from the comment.',
      },
      unknownRule: {
        'zh-CN': '停用注释中的规则 {id} 不存在：请核对规则编号（见规则列表 docs/README.md），或删去“{id}”。',
        en: 'There is no rule {id}: check the rule id (see the rule list in docs/README.md) or remove “{id}”.',
      },
    },
  },
  check() {
    // Nothing to do here: see suppressions.ts.
  },
};
