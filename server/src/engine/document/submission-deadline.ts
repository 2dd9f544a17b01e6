/**
 * When an annual report is due (督察规定 第二十五条; the provincial 工作指引): by 1 April of the next
 * year for a province, 1 March for departments and the governments below it, 31 January for a
 * 示范创建 area, or a configured MM-DD. Shared by the submission-deadline rule and the batch triage.
 */
import { compareDates, fullYear } from './dates';
import type { IssuerLevel } from './issuer-level';
import type { WrittenDate } from './types';

export interface DeadlineSettings {
  /** MM-DD in the year after the report year (wins over the level). */
  deadline?: unknown;
  issuerLevel?: unknown;
  demonstrationArea?: unknown;
}

export interface Deadline {
  year: number;
  month: number;
  day: number;
  /** Where it comes from: a configured date, a 示范创建 area, or the issuer level. */
  basis: 'configured' | 'demonstration-area' | 'province' | 'below-province';
}

/** `MM-DD` from the options, or undefined when absent or malformed. */
export function parseDeadline(value: unknown): [number, number] | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [month, day] : undefined;
}

const LEVELS: readonly IssuerLevel[] = ['province', 'city', 'county', 'township', 'department'];

/** The level the settings name, else the inferred one. */
export function effectiveLevel(settings: DeadlineSettings, inferred: IssuerLevel | undefined): IssuerLevel | undefined {
  const configured = settings.issuerLevel;
  return typeof configured === 'string' && (LEVELS as readonly string[]).includes(configured) ? (configured as IssuerLevel) : inferred;
}

/** The deadline of the report on `reportYear`. */
export function submissionDeadlineFor(reportYear: number, level: IssuerLevel | undefined, settings: DeadlineSettings = {}): Deadline {
  const year = reportYear + 1;
  const configured = parseDeadline(settings.deadline);
  if (configured) return { year, month: configured[0], day: configured[1], basis: 'configured' };
  if (settings.demonstrationArea === true) return { year, month: 1, day: 31, basis: 'demonstration-area' };
  return level === 'province' ? { year, month: 4, day: 1, basis: 'province' } : { year, month: 3, day: 1, basis: 'below-province' };
}

/** The written date as [year, month, day] when complete. */
export function writtenDay(date: WrittenDate | undefined): [number, number, number] | undefined {
  if (!date || date.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  return [fullYear(date.year), date.month, date.day];
}

/** The date falls after the deadline. */
export function isAfterDeadline(day: [number, number, number], deadline: Deadline): boolean {
  return compareDates(day, [deadline.year, deadline.month, deadline.day]) > 0;
}
