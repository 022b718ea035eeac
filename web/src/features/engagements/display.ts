// How an engagement's dates, place and budget read (pure: tested).
import { DEFAULT_TIME_ZONE, instantToZoned, isTimeZone } from './time';

interface When {
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  timeZone: string;
}

const valid = (iso: string | null | undefined) => !!iso && !Number.isNaN(new Date(iso).getTime());

/**
 * "12 – 14 Mar 2026" (all day, in the engagement's zone, last day inclusive) or
 * "12 Mar 2026, 09:00 – 17:00". `timeZone` overrides the engagement's zone (the reader's own).
 */
export function formatWhen(e: When, lang: string, timeZone?: string): string {
  if (!valid(e.startsAt) || !valid(e.endsAt)) return '';
  const zone = timeZone ?? (isTimeZone(e.timeZone) ? e.timeZone : DEFAULT_TIME_ZONE);
  const start = new Date(e.startsAt);
  const end = new Date(e.endsAt);
  if (e.allDay) {
    const last = end.getTime() > start.getTime() ? new Date(end.getTime() - 1) : start;
    const f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: zone });
    return f.formatRange(start, last);
  }
  const f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  return end.getTime() > start.getTime() ? f.formatRange(start, end) : f.format(start);
}

/**
 * A span given by two instants (clashes), in the reader's zone. Spans of a day or more read as days
 * (they are mostly all-day engagements, whose midnights are another zone's); shorter ones with times.
 */
export function formatSpan(startsAt: string | null | undefined, endsAt: string | null | undefined, lang: string, timeZone?: string): string {
  if (!valid(startsAt)) return '';
  const start = new Date(startsAt!);
  const end = valid(endsAt) ? new Date(endsAt!) : start;
  if (end.getTime() - start.getTime() >= 20 * 3_600_000) {
    const days = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone });
    return days.formatRange(start, new Date(end.getTime() - 1));
  }
  const f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return end.getTime() > start.getTime() ? f.formatRange(start, end) : f.format(start);
}

/** A calendar day `YYYY-MM-DD` as the UI language writes it (no time-zone shift). */
export function formatDay(date: string | null | undefined, lang: string): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** "09:00" of an instant in a zone. */
export function formatTime(iso: string | null | undefined, lang: string, timeZone: string): string {
  if (!valid(iso)) return '';
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  return new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: zone }).format(new Date(iso!));
}

/** The reader's own zone (the browser's). */
export function readerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** Whether two zones keep the same time at an instant (then the reader's time need not be repeated). */
export function sameOffset(a: string, b: string, at: string): boolean {
  if (!isTimeZone(a) || !isTimeZone(b) || !valid(at)) return true;
  const f = (tz: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(
      new Date(at),
    );
  return f(a) === f(b);
}

/** "1.500.000 ₫" / "$2,500.75"; an unknown currency code is written after the number. */
export function formatMoney(amount: string | null | undefined, currency: string | null | undefined, lang: string): string {
  if (!amount) return '';
  const n = Number(amount);
  if (!Number.isFinite(n)) return `${amount} ${currency ?? ''}`.trim();
  if (currency) {
    try {
      return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 2 }).format(n);
    } catch {
      // not an ISO 4217 code the runtime knows
    }
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n)} ${currency ?? ''}`.trim();
}

/** Only http(s) links are rendered as links (the value is user input). */
export const safeHref = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** A session of the agenda: "12 Mar 2026, 09:00–10:30" on the engagement's wall clock. */
export function formatSession(s: { startsAt: string; endsAt: string | null }, lang: string, timeZone: string): string {
  if (!valid(s.startsAt)) return '';
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const day = formatDay(instantToZoned(s.startsAt, zone).date, lang);
  const end = valid(s.endsAt) ? `–${formatTime(s.endsAt, lang, zone)}` : '';
  return `${day}, ${formatTime(s.startsAt, lang, zone)}${end}`;
}
