/**
 * What the batch triage needs from one parsed report: issuer, level, year, the 成文日期, the report's
 * required parts present, its paragraphs (for copying) and its named rates (for figures far from the
 * batch). Pure: the shell parses and lints, this reads the parse.
 */
import type { DocumentKind } from '../document/detect';
import { splitIssuers } from '../document/detect';
import { inferIssuerLevel, type IssuerLevel } from '../document/issuer-level';
import type { ReportDocument } from '../document/report-document';
import { writtenDay, type DeadlineSettings } from '../document/submission-deadline';
import { analyzeFigures } from '../figures/analysis';
import type { SectionItem } from '../pack/types';
import { classifySections } from '../rules/report-required-parts';
import type { LocalizedText } from '../types';
import type { SimilarityParagraph } from '../similarity';
import type { RateValue } from './rate-outliers';
import { documentIssuer } from '../across-years/previous-report';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface RequiredPart {
  id: string;
  name: LocalizedText;
  present: boolean;
}

export interface ReportFacts {
  file: string;
  kind: DocumentKind;
  issuer?: string;
  issuers?: string[];
  level?: IssuerLevel;
  year?: number;
  /** The 成文日期 (落款 date) as written, its 1-based line and the day it names. */
  date?: { text: string; line: number; day?: [number, number, number] };
  counts: FindingCounts;
  parts: RequiredPart[];
  paragraphs: SimilarityParagraph[];
  rates: RateValue[];
  /** The deadline settings of the report's configuration (deadline, issuerLevel, demonstrationArea). */
  settings: DeadlineSettings;
}

const RATE_NAME = /率$/;

/** The required parts (the pack's `sections` items that are not optional) and whether the report has each. */
export function requiredParts(doc: ReportDocument, items: readonly SectionItem[]): RequiredPart[] {
  const relevant = items.filter((i) => i.whenMissing !== 'optional');
  if (doc.kind !== 'annual-report') return relevant.map((i) => ({ id: i.id, name: i.name, present: false }));
  const classified = classifySections(doc, [...items]);
  const body = doc.prose.slice(doc.meta.title?.span.end ?? 0);
  return relevant.map((item) => ({
    id: item.id,
    name: item.name,
    present:
      item.anywhere && item.anywhere.length > 0
        ? item.anywhere.some((w) => body.includes(w))
        : classified.some((c) => c.strong.has(item.id) || c.weak.has(item.id)),
  }));
}

function namedRates(doc: ReportDocument, file: string): RateValue[] {
  const out: RateValue[] = [];
  for (const f of analyzeFigures(doc).figures) {
    const name = f.nounBefore?.text;
    if (f.percent !== 'percent' || f.high !== undefined || !name || !RATE_NAME.test(name)) continue;
    out.push({ report: file, name, value: f.value, line: doc.index.toPoint(f.span.start).line, text: doc.text.slice(f.span.start, f.span.end) });
  }
  return out;
}

export function reportFacts(
  file: string,
  doc: ReportDocument,
  counts: FindingCounts,
  sections: readonly SectionItem[],
  settings: DeadlineSettings = {},
): ReportFacts {
  const { meta } = doc;
  const date = meta.date ? { text: meta.date.text, line: doc.index.toPoint(meta.date.span.start).line, day: writtenDay(meta.date) } : undefined;
  // A title without its issuer (2020年法治政府建设情况报告): the 署名 names it.
  const issuer = documentIssuer(doc);
  const signed = meta.issuer ? undefined : issuer;
  const signedIssuers = signed ? splitIssuers(signed) : undefined;
  return {
    file,
    kind: doc.kind,
    issuer,
    issuers: meta.issuers ?? signedIssuers,
    level: meta.profile.issuerLevel ?? (signedIssuers ? inferIssuerLevel(signedIssuers) : undefined),
    year: meta.year,
    date,
    counts,
    parts: requiredParts(doc, sections),
    paragraphs: doc.paragraphs.map((p) => ({ text: p.text, line: p.firstLine + 1 })),
    rates: namedRates(doc, file),
    settings: { deadline: settings.deadline, issuerLevel: settings.issuerLevel, demonstrationArea: settings.demonstrationArea },
  };
}
