import type { Rule } from '../rule';
import { fullwidthPunctuation } from './fullwidth-punctuation';
import { publishedCopy } from './published-copy';

/** Every built-in rule, in documentation order. Each rule lives in its own file named by its id. */
export const builtinRules: readonly Rule[] = [
  publishedCopy,
  fullwidthPunctuation,
];
