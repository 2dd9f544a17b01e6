/**
 * The report of the same issuer for the year before (issue "across documents"): given explicitly, or
 * found among candidate documents by the detected issuer and year. Never guessed: no candidate, or
 * more than one, is said as such (PreviousLink) and no cross-year check runs.
 */
import type { ReportDocument } from '../document/report-document';
import { issuerKey } from '../triage/issuer-key';

export interface PreviousReport {
  /** The file it was read from, for messages (as the user named it, or relative to the working folder). */
  filePath: string;
  doc: ReportDocument;
}

/** What the lookup of last year's report found. */
export type PreviousLink =
  | { status: 'found'; report: PreviousReport }
  /** Nothing of the same issuer for year Y−1 among the candidates. */
  | { status: 'missing'; year: number }
  /** Several candidates of the same issuer for year Y−1: none is taken. */
  | { status: 'ambiguous'; year: number; files: string[] }
  /** The report's own issuer or year is unknown: no lookup. */
  | { status: 'unknown' };

export interface PreviousCandidate {
  filePath: string;
  /** The candidate's issuer and year as the detector read them. */
  issuer?: string;
  year?: number;
}

/** The issuer a report names: in its title, or else in its 署名 (a title such as 2020年法治政府建设情况报告). */
export function documentIssuer(doc: ReportDocument): string | undefined {
  const { meta } = doc;
  if (meta.issuer) return meta.issuer;
  const signed = meta.signatureLines?.map((l) => l.text.trim()).join(' ') ?? meta.signature?.text.trim();
  return signed || undefined;
}

/** The candidates that are the same issuer's report for year Y−1 (issuer names matched by issuerKey). */
export function previousCandidates(doc: ReportDocument, candidates: readonly PreviousCandidate[]): PreviousCandidate[] | undefined {
  const issuer = documentIssuer(doc);
  const year = doc.meta.year;
  if (!issuer || year === undefined) return undefined;
  const key = issuerKey(issuer);
  if (!key) return undefined;
  return candidates.filter((c) => c.year === year - 1 && c.issuer !== undefined && issuerKey(c.issuer) === key);
}
