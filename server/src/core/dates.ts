import { z } from 'zod';

/**
 * The one definition of an acceptable date in a request. Years are limited to 1000–9999:
 * PostgreSQL has no year 0 and JavaScript's Date reaches years PostgreSQL cannot store,
 * and nothing this application records happened (or is due) outside that range.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;
export const DATE_OUT_OF_RANGE = 'field.date_out_of_range';

export const yearInRange = (year: number) => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

/** "YYYY-…" strings (ISO dates, instants, period keys): the year is their first four digits. */
export const isoYearInRange = (value: string) => /^\d{4}(?!\d)/.test(value) && yearInRange(Number(value.slice(0, 4)));

// Only checked once the format is right, so a malformed value gets the format's own message.
const rangeCheck = { message: DATE_OUT_OF_RANGE, when: (p: { issues: readonly unknown[] }) => p.issues.length === 0 };

/** A calendar date "YYYY-MM-DD" (z.iso.date) within the sane range. */
export const isoDate = () => z.iso.date().refine(isoYearInRange, rangeCheck);

/** An instant with its offset (z.iso.datetime({ offset: true })) within the sane range. */
export const isoDateTime = () => z.iso.datetime({ offset: true }).refine(isoYearInRange, rangeCheck);

/** Anything Date understands (query bounds), within the sane range. */
export const coercedDate = () => z.coerce.date().refine((d) => yearInRange(d.getUTCFullYear()), rangeCheck);

/** Calendar-day arithmetic on "YYYY-MM-DD" (no time zone involved: days are days). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
