import type { Rule } from '../rule';
import { fullwidthPunctuation } from './fullwidth-punctuation';
import { straightQuotes } from './straight-quotes';
import { yearRangeDash } from './year-range-dash';
import { balancedPairs } from './balanced-pairs';
import { docNumberFormat } from './doc-number-format';
import { halfwidthDigits } from './halfwidth-digits';
import { numberUnitSpace } from './number-unit-space';
import { rangeRepeatUnit } from './range-repeat-unit';
import { publishedCopy } from './published-copy';
import { headingHierarchy } from './heading-hierarchy';
import { headingMarkerForm } from './heading-marker-form';
import { enumerationSequence } from './enumeration-sequence';
import { repeatedWord } from './repeated-word';

/** Every built-in rule, in documentation order. Each rule lives in its own file named by its id. */
export const builtinRules: readonly Rule[] = [
  publishedCopy,
  fullwidthPunctuation,
  straightQuotes,
  yearRangeDash,
  balancedPairs,
  docNumberFormat,
  rangeRepeatUnit,
  halfwidthDigits,
  numberUnitSpace,
  headingHierarchy,
  headingMarkerForm,
  enumerationSequence,
  repeatedWord,
];
