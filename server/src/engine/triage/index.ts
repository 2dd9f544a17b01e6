export { issuerKey } from './issuer-key';
export { DEFAULT_RATE_OUTLIER_OPTIONS, rateOutliers, type RateOutlier, type RateOutlierOptions, type RateValue } from './rate-outliers';
export { reportFacts, type FindingCounts, type ReportFacts, type RequiredPart } from './report-facts';
export {
  triage,
  type DeadlineStatus,
  type TriageFinding,
  type TriageFindingKind,
  type TriageOptions,
  type TriagePlace,
  type TriageResult,
  type TriageRow,
} from './triage';
