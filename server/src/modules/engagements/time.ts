import { DateTime, IANAZone } from 'luxon';
import { isoYearInRange, yearInRange } from '../../core/dates.js';

/** Calendar dates and IANA zones, through luxon (the zone data is the runtime's Intl). */

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;

/** Area/Location as IANA writes it (case matters to iCal clients), or UTC. */
const IANA_NAME = /^(UTC|[A-Z][A-Za-z]+(\/[A-Z0-9][A-Za-z0-9_+-]*)+)$/;

/** Whether this is an IANA zone name the runtime knows (links such as Asia/Saigon included). */
export function isTimeZone(name: string): boolean {
  return !!name && name.length <= 64 && IANA_NAME.test(name) && IANAZone.isValidZone(name);
}

/** The instant of 00:00 of a calendar date (YYYY-MM-DD) in a zone (the first instant of the day where a DST change skips midnight). */
export function zonedMidnight(date: string, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toJSDate();
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/** The next calendar date. */
export function nextDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
}

/** All-day: first and last day (inclusive) → the local midnights of the first day and of the day after the last. */
export function allDayRange(first: string, last: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: zonedMidnight(first, timeZone), endsAt: zonedMidnight(nextDate(last), timeZone) };
}

/** The first and last day (inclusive) of a stored all-day range. */
export function allDayDates(startsAt: Date, endsAt: Date, timeZone: string): { first: string; last: string } {
  const last = endsAt.getTime() > startsAt.getTime() ? new Date(endsAt.getTime() - 1) : startsAt;
  return { first: localDate(startsAt, timeZone), last: localDate(last, timeZone) };
}

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date (no 31 April). */
export const isDate = (value: string) => ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A query bound: an ISO date (midnight in Viet Nam's zone, where the users are) or an instant. */
export function parseBound(value: string): Date | undefined {
  if (isDate(value)) return isoYearInRange(value) ? zonedMidnight(value, DEFAULT_TIME_ZONE) : undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) || !yearInRange(new Date(t).getUTCFullYear()) ? undefined : new Date(t);
}

/** The instant `days` times 24 hours later (earlier when negative): deadlines, not calendar days. */
export const shiftDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);
