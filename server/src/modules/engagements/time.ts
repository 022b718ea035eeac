/**
 * Time zones without a library: Intl knows every IANA zone's offsets, which is all
 * all-day events need (the local midnight of a date in the zone they were entered in).
 */

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Area/Location as IANA writes it (case matters to iCal clients), or UTC. */
const IANA_NAME = /^(UTC|[A-Z][A-Za-z]+(\/[A-Z0-9][A-Za-z0-9_+-]*)+)$/;

/**
 * Whether this is an IANA zone name Intl knows. Node 20's Intl.supportedValuesOf lists ICU's
 * canonical names (Asia/Saigon, not Asia/Ho_Chi_Minh), so the name is tried instead.
 */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64 || !IANA_NAME.test(name)) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

function wallClock(instant: number, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour), mi: Number(parts.minute), s: Number(parts.second) };
}

/** The zone's offset from UTC at an instant, in ms (east positive). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - Math.floor(instant / 1000) * 1000;
}

/** The instant of 00:00 of a calendar date (YYYY-MM-DD) in a zone. */
export function zonedMidnight(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let instant = guess - offsetAt(guess, timeZone);
  // The offset may differ at the true instant (a DST change near midnight): one correction settles it.
  const second = guess - offsetAt(instant, timeZone);
  if (second !== instant) instant = second;
  return new Date(instant);
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallClock(instant.getTime(), timeZone);
  return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** The next calendar date. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + DAY_MS).toISOString().slice(0, 10);
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
  if (isDate(value)) return zonedMidnight(value, DEFAULT_TIME_ZONE);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t);
}

export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);
