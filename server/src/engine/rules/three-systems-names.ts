import { makeTermRule } from './support/terms';

/** TERM-001: the names of the 行政执法“三项制度” (国办发〔2018〕118号). Terms: `rule: three-systems-names`. */
export const threeSystemsNames = makeTermRule({
  id: 'three-systems-names',
  catalogue: ['TERM-001'],
  severity: 'error',
  fixable: 'certain',
  description: {
    'zh-CN': '行政执法“三项制度”的规范名称：行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度',
    en: 'Canonical names of the three administrative law-enforcement systems (行政执法“三项制度”)',
  },
});
