import { makeTermRule } from './support/terms';

/** TERM-002, TERM-003: “放管服”改革 and “双随机、一公开” in quotes. Terms: `rule: quoted-slogans`. */
export const quotedSlogans = makeTermRule({
  id: 'quoted-slogans',
  catalogue: ['TERM-002', 'TERM-003'],
  severity: 'warning',
  fixable: 'suggestion',
  description: {
    'zh-CN': '缩略口号加引号：“放管服”改革、“双随机、一公开”',
    en: 'Abbreviated slogans take Chinese quotes: “放管服”改革, “双随机、一公开”',
  },
});
