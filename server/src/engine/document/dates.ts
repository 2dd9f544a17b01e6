/** Calendar helpers for the date rules (成文日期, dates in the body). */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 when the year is unknown. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a date cannot exist, or undefined when it can. `year` only matters for 2月29日. */
export function impossibleDate(month: number, day: number | undefined, year?: number): 'month' | 'day' | 'leap' | undefined {
  if (month < 1 || month > 12) return 'month';
  if (day === undefined) return undefined;
  if (day < 1 || day > daysInMonth(month)) return 'day';
  if (month === 2 && day === 29 && year !== undefined && !isLeapYear(year)) return 'leap';
  return undefined;
}

/** Compare two dates given as [year, month, day]. */
export function compareDates(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The 4-digit year of a written year: 21 → 2021 (a guess for two digits), 2021 → 2021. */
export function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}
