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
import { reportRequiredParts } from './report-required-parts';
import { shortcomingsNeedCauses } from './shortcomings-need-causes';
import { indicatorCoverageRule } from './indicator-coverage';
import { copiedFromLastYear } from './copied-from-last-year';
import { previousReport } from './previous-report';
import { yearOnYearFigures } from './year-on-year-figures';
import { promiseFollowThrough } from './promise-follow-through';
import { decisionProcedure } from './decision-procedure';
import { decisionRegulationTitle } from './decision-regulation-title';
import { unusedDisable } from './unused-disable';
import { reportTitle } from './report-title';
import { reportYear } from './report-year';
import { docNumberYear } from './doc-number-year';
import { dateFormat } from './date-format';
import { impossibleDate } from './impossible-date';
import { submissionDeadline } from './submission-deadline';
import { signatureBlock } from './signature-block';
import { noRequestInReport } from './no-request-in-report';
import { threeSystemsNames } from './three-systems-names';
import { quotedSlogans } from './quoted-slogans';
import { duchaSpelling } from './ducha-spelling';
import { fazhiFixedTerms } from './fazhi-fixed-terms';
import { canonicalTitles } from './canonical-titles';
import { anachronism } from './anachronism';
import { fixedChineseNumerals } from './fixed-chinese-numerals';
import { canonicalTerms } from './canonical-terms';
import { totalEqualsParts } from './total-equals-parts';
import { rateMatches } from './rate-matches';
import { rateBounds } from './rate-bounds';
import { countVsList } from './count-vs-list';
import { subsetSameKind } from './subset-same-kind';
import { sameTermDifferentCount } from './same-term-different-count';

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
  reportRequiredParts,
  shortcomingsNeedCauses,
  indicatorCoverageRule,
  copiedFromLastYear,
  previousReport,
  yearOnYearFigures,
  promiseFollowThrough,
  decisionProcedure,
  decisionRegulationTitle,
  unusedDisable,
  reportTitle,
  reportYear,
  docNumberYear,
  dateFormat,
  impossibleDate,
  submissionDeadline,
  signatureBlock,
  noRequestInReport,
  threeSystemsNames,
  quotedSlogans,
  duchaSpelling,
  fazhiFixedTerms,
  canonicalTitles,
  anachronism,
  fixedChineseNumerals,
  canonicalTerms,
  totalEqualsParts,
  rateMatches,
  rateBounds,
  countVsList,
  subsetSameKind,
  sameTermDifferentCount,
];
