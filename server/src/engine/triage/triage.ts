/**
 * The triage of a batch of received reports: who has not submitted or submitted twice (against an
 * expected-issuer list), reports dated after their deadline, paragraphs copied between issuers or
 * from last year's report, rates far from the rest of the batch, and one row per report. Pure: the
 * shell gives the facts of each report (report-facts.ts).
 */
import type { IssuerLevel } from '../document/issuer-level';
import { effectiveLevel, isAfterDeadline, submissionDeadlineFor, type Deadline } from '../document/submission-deadline';
import { formatMessage, localize } from '../rule';
import { findCopying, type SimilarityOptions } from '../similarity';
import type { LocalizedText, Severity } from '../types';
import { issuerKey } from './issuer-key';
import { COPY_HOW, DEADLINE_BASIS, TRIAGE_MESSAGES } from './messages';
import { rateOutliers, type RateOutlierOptions } from './rate-outliers';
import type { FindingCounts, ReportFacts, RequiredPart } from './report-facts';

export type TriageFindingKind = 'missing' | 'duplicate' | 'unexpected' | 'late' | 'copy' | 'same-text' | 'rate-outlier';

export interface TriagePlace {
  file: string;
  /** Absent when the whole file is meant. */
  line?: number;
}

export interface TriageFinding {
  kind: TriageFindingKind;
  severity: Severity;
  /** The report it is about (absent for an issuer who sent nothing). */
  file?: string;
  line?: number;
  /** The other places it names (the paragraph copied, the other submission). */
  related: TriagePlace[];
  message: LocalizedText;
}

/** `not-applicable`: not an annual report (a 通知 in the folder has no reporting deadline). */
export type DeadlineStatus = 'on-time' | 'late' | 'no-date' | 'no-year' | 'not-applicable';

export interface TriageRow {
  file: string;
  kind: ReportFacts['kind'];
  issuer?: string;
  level?: IssuerLevel;
  year?: number;
  date?: string;
  counts: FindingCounts;
  parts: RequiredPart[];
  deadline: { status: DeadlineStatus; due?: string };
  /** Triage findings about this report. */
  triage: number;
}

export interface TriageOptions {
  /** Expected issuers (one name each); absent: no missing/unexpected check. */
  expected?: readonly string[];
  similarity?: Partial<SimilarityOptions>;
  rates?: Partial<RateOutlierOptions>;
}

export interface TriageResult {
  rows: TriageRow[];
  findings: TriageFinding[];
}

const SEVERITY: Record<TriageFindingKind, Severity> = {
  missing: 'warning',
  duplicate: 'warning',
  unexpected: 'info',
  late: 'warning',
  copy: 'warning',
  'same-text': 'warning',
  'rate-outlier': 'info',
};

function dueText(d: Deadline): { zh: string; en: string } {
  return { zh: `${d.year}年${d.month}月${d.day}日`, en: `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` };
}

function keyOf(r: ReportFacts): string | undefined {
  return r.issuer ? issuerKey(r.issuer) : undefined;
}

/** Like localize, with the issuer shown per language (an issuer not found is said in words). */
function localizeWithIssuer(template: LocalizedText, data: Record<string, string | number>, issuer: string | undefined): LocalizedText {
  return {
    'zh-CN': formatMessage(template['zh-CN'], { ...data, otherIssuer: issuer ?? '未识别报告主体' }),
    en: formatMessage(template.en, { ...data, otherIssuer: issuer ?? 'issuer not found' }),
  };
}

function rounded(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function deadlineOf(r: ReportFacts): { status: DeadlineStatus; due?: Deadline } {
  if (r.kind !== 'annual-report') return { status: 'not-applicable' };
  if (r.year === undefined) return { status: 'no-year' };
  const due = submissionDeadlineFor(r.year, effectiveLevel(r.settings, r.level), r.settings);
  if (!r.date?.day) return { status: 'no-date', due };
  return { status: isAfterDeadline(r.date.day, due) ? 'late' : 'on-time', due };
}

/** Submissions are annual reports: a 通知 in the folder neither submits nor duplicates a report. */
function issuerFindings(all: readonly ReportFacts[], expected: readonly string[] | undefined): TriageFinding[] {
  const reports = all.filter((r) => r.kind === 'annual-report');
  const out: TriageFinding[] = [];
  const byKeyYear = new Map<string, ReportFacts[]>();
  for (const r of reports) {
    const key = keyOf(r);
    if (key === undefined || r.year === undefined) continue;
    const k = `${key}\u0000${r.year}`;
    byKeyYear.set(k, [...(byKeyYear.get(k) ?? []), r]);
  }
  for (const list of byKeyYear.values()) {
    if (list.length < 2) continue;
    const [first, ...rest] = list;
    out.push({
      kind: 'duplicate',
      severity: SEVERITY.duplicate,
      file: first.file,
      related: rest.map((r) => ({ file: r.file })),
      message: localize(TRIAGE_MESSAGES.duplicate, {
        issuer: first.issuer ?? '',
        year: first.year ?? '?',
        count: list.length,
        files: list.map((r) => r.file).join('、'),
      }),
    });
  }
  if (!expected) return out;
  const expectedKeys = new Map<string, string>();
  for (const name of expected) if (!expectedKeys.has(issuerKey(name))) expectedKeys.set(issuerKey(name), name);
  const present = new Set(reports.map(keyOf).filter((k): k is string => k !== undefined));
  for (const [key, name] of expectedKeys) {
    if (!present.has(key)) out.push({ kind: 'missing', severity: SEVERITY.missing, related: [], message: localize(TRIAGE_MESSAGES.missing, { name }) });
  }
  for (const r of reports) {
    const key = keyOf(r);
    if (key !== undefined && !expectedKeys.has(key)) {
      out.push({
        kind: 'unexpected',
        severity: SEVERITY.unexpected,
        file: r.file,
        related: [],
        message: localize(TRIAGE_MESSAGES.unexpected, { issuer: r.issuer ?? '' }),
      });
    }
  }
  return out;
}

function lateFinding(r: ReportFacts): TriageFinding | undefined {
  const d = deadlineOf(r);
  if (d.status !== 'late' || !d.due || !r.date) return undefined;
  const due = dueText(d.due);
  return {
    kind: 'late',
    severity: SEVERITY.late,
    file: r.file,
    line: r.date.line,
    related: [],
    message: localize(TRIAGE_MESSAGES.late, {
      date: r.date.text,
      deadline: due.zh,
      deadlineEn: due.en,
      basis: DEADLINE_BASIS[d.due.basis]['zh-CN'],
      basisEn: DEADLINE_BASIS[d.due.basis].en,
    }),
  };
}

function copyFindings(reports: readonly ReportFacts[], options: Partial<SimilarityOptions> | undefined): TriageFinding[] {
  const issuerOf = new Map(reports.map((r) => [r.file, r.issuer]));
  const { copies, sameText } = findCopying(
    reports.map((r) => ({ id: r.file, issuer: keyOf(r), year: r.year, paragraphs: r.paragraphs })),
    options,
  );
  const paragraphCopies = copies.map((c): TriageFinding => {
    const how = c.verbatim ? COPY_HOW.verbatim : COPY_HOW.near;
    const template = c.relation === 'last-year' ? TRIAGE_MESSAGES.copyLastYear : TRIAGE_MESSAGES.copyOther;
    const data = {
      line: c.b.line,
      otherFile: c.a.document,
      otherLine: c.a.line,
      similarity: rounded(c.similarity),
    };
    const message = localizeWithIssuer(template, { ...data, how: how['zh-CN'], howEn: how.en }, issuerOf.get(c.a.document));
    return { kind: 'copy', severity: SEVERITY.copy, file: c.b.document, line: c.b.line, related: [{ file: c.a.document, line: c.a.line }], message };
  });
  const documentCopies = sameText.map((d): TriageFinding => ({
    kind: 'same-text',
    severity: SEVERITY['same-text'],
    file: d.b,
    related: [{ file: d.a }],
    message: localizeWithIssuer(
      d.relation === 'last-year' ? TRIAGE_MESSAGES.sameTextLastYear : TRIAGE_MESSAGES.sameText,
      { otherFile: d.a, shared: d.shared, of: d.of },
      issuerOf.get(d.a),
    ),
  }));
  return [...documentCopies, ...paragraphCopies];
}

function outlierFindings(reports: readonly ReportFacts[], options: Partial<RateOutlierOptions> | undefined): TriageFinding[] {
  return rateOutliers(
    reports.flatMap((r) => r.rates),
    options,
  ).map((o) => ({
    kind: 'rate-outlier' as const,
    severity: SEVERITY['rate-outlier'],
    file: o.report,
    line: o.line,
    related: [],
    message: localize(TRIAGE_MESSAGES.rateOutlier, {
      name: o.name,
      value: o.text,
      reports: o.reports,
      median: `${rounded(o.median)}%`,
      low: `${rounded(o.low)}%`,
      high: `${rounded(o.high)}%`,
    }),
  }));
}

export function triage(reports: readonly ReportFacts[], options: TriageOptions = {}): TriageResult {
  const findings: TriageFinding[] = [
    ...issuerFindings(reports, options.expected),
    ...reports.map(lateFinding).filter((f): f is TriageFinding => f !== undefined),
    ...copyFindings(reports, options.similarity),
    ...outlierFindings(reports, options.rates),
  ];
  const perFile = new Map<string, number>();
  for (const f of findings) if (f.file) perFile.set(f.file, (perFile.get(f.file) ?? 0) + 1);
  const rows = reports.map((r): TriageRow => {
    const d = deadlineOf(r);
    return {
      file: r.file,
      kind: r.kind,
      issuer: r.issuer,
      level: effectiveLevel(r.settings, r.level),
      year: r.year,
      date: r.date?.text,
      counts: r.counts,
      parts: r.parts,
      deadline: { status: d.status, due: d.due ? dueText(d.due).en : undefined },
      triage: perFile.get(r.file) ?? 0,
    };
  });
  return { rows, findings };
}
