import { DEFAULT_THEME } from '@mantine/core';
import { KIND_COLORS as KIND_BADGE_COLORS, STATE_COLORS as STATE_BADGE_COLORS } from '../engagements/labels';
import { canonicalZone } from '../engagements/time';
import type { EngagementItem, EngagementKind, EngagementState } from '../engagements/types';
import { addDays } from '../../ui/days';

/** What FullCalendar needs of one engagement (a subset of its EventInput, kept free of the library for tests). */
export interface CalendarEvent {
  id: string;
  title: string;
  /** Timed: the ISO instant (FullCalendar shows it in the viewer's zone). All-day: `YYYY-MM-DD`. */
  start: string;
  /** Timed: the ISO instant. All-day: `YYYY-MM-DD`, exclusive (the day after the last). */
  end: string;
  allDay: boolean;
  url: string;
  backgroundColor: string;
  borderColor: string;
  textColor: string;
  classNames: string[];
  extendedProps: { kind: EngagementKind; state: EngagementState; city: string; countryCode: string | null };
}

export type ColorBy = 'kind' | 'state';

// The colours of the engagement badges (labels.ts), at a deep shade; the text takes white or black, whichever reads better.
const hex = (name: string) => (DEFAULT_THEME.colors[name as keyof typeof DEFAULT_THEME.colors] ?? DEFAULT_THEME.colors.gray)[8]!;
const toHex = <K extends string>(names: Record<K, string>) =>
  Object.fromEntries(Object.entries(names).map(([k, v]) => [k, hex(v as string)])) as Record<K, string>;

export const KIND_COLORS: Record<EngagementKind, string> = toHex(KIND_BADGE_COLORS);
export const STATE_COLORS: Record<EngagementState, string> = toHex(STATE_BADGE_COLORS);

const FALLBACK = hex('gray');

const luminance = (h: string) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

export const DARK_TEXT = '#1a1b1e';
/** White or near-black text, whichever contrasts more with the background. */
export function textOn(background: string): string {
  return contrast(background, '#ffffff') >= contrast(background, DARK_TEXT) ? '#ffffff' : DARK_TEXT;
}

export function eventColor(item: Pick<EngagementItem, 'kind' | 'state'>, by: ColorBy): string {
  return (by === 'kind' ? KIND_COLORS[item.kind] : STATE_COLORS[item.state]) ?? FALLBACK;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) of an instant in an IANA time zone; an unknown zone falls back to Viet Nam's. */
export function dateInZone(iso: string, timeZone: string): string {
  let fmt = dayFormats.get(timeZone);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return dateInZone(iso, 'Asia/Ho_Chi_Minh');
    }
    dayFormats.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * An engagement as a calendar event.
 * All-day engagements keep the days they have where they happen (the server stores local midnights of
 * `timeZone`, end = the day after the last), whatever the viewer's zone; timed ones are instants that
 * FullCalendar shows in the viewer's zone.
 */
export function toCalendarEvent(item: EngagementItem, by: ColorBy): CalendarEvent {
  const color = eventColor(item, by);
  const base = {
    id: item.id,
    title: item.title,
    url: `/engagements/${encodeURIComponent(item.id)}`,
    backgroundColor: color,
    borderColor: color,
    textColor: textOn(color),
    classNames: [`amity-state-${item.state}`],
    extendedProps: { kind: item.kind, state: item.state, city: item.city, countryCode: item.countryCode },
  };
  if (item.allDay) {
    const tz = item.timeZone || 'Asia/Ho_Chi_Minh';
    const start = dateInZone(item.startsAt, tz);
    let end = dateInZone(item.endsAt, tz);
    // An end at or before the start (bad data) still shows one day.
    if (end <= start) end = addDays(start, 1);
    return { ...base, start, end, allDay: true };
  }
  // A zero-length event still gets a visible slot.
  const end = Date.parse(item.endsAt) > Date.parse(item.startsAt) ? item.endsAt : item.startsAt;
  return { ...base, start: item.startsAt, end, allDay: false };
}

const DAY_MS = 86_400_000;

/**
 * The range FullCalendar shows as the API's `from`/`to` (ISO instants, [from, to)), a day wider on each side:
 * an all-day engagement keeps the days of its own zone, which may lie up to a day off the viewer's midnights.
 */
export function rangeParams(start: Date, end: Date): { from: string; to: string } {
  return { from: new Date(start.getTime() - DAY_MS).toISOString(), to: new Date(end.getTime() + DAY_MS).toISOString() };
}

/** The viewer's IANA time zone, shown beside the calendar (canonical name: Chrome says "Asia/Saigon"). */
export function viewerTimeZone(): string {
  try {
    return canonicalZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return 'UTC';
  }
}
