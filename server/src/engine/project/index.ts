/** The project API (project.ts): the one way the shells resolve, detect, lint and fix. */
export {
  Project,
  projectCounters,
  problemReports,
  configFileSetting,
  planFor,
  parseText,
  lintWith,
  fixWith,
  coverageOf,
  choosePrevious,
  type PreviousChoice,
  CONFIG_ERROR_RULE,
  type ResolveRequest,
  type ProjectOptions,
  type LintPlan,
  type ProblemReport,
} from './project';
export { AsyncProject, type EntryReader, type ReadEntry } from './async-project';
export { candidateNames, linkPrevious, previousCandidate, type LinkedPrevious, type PreviousReader, type PreviousRequest } from './previous';
export type { FileConfig, ShellSettings, CodeRuleGate } from './file-config';
export { detectDocument, isCheckedKind, type DocumentKind, type DocumentProfile } from '../document/detect';
export { languageForPath } from '../lint';
export { codeRulesNotice, CODE_RULES_ENV } from '../config/code-rules';
export { CONFIG_DOCS_URL } from '../config/finding';
export { CONFIG_FILE_NAMES, IGNORE_FILE_NAME } from '../config/resolve';
export type { SystemCoverage, AreaCoverage, CoveragePassage } from '../coverage/indicator-coverage';
export { documentIssuer, type PreviousLink, type PreviousReport, type PreviousCandidate } from '../across-years/previous-report';
