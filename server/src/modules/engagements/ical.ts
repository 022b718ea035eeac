import ical, { ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import type { Engagement } from './schema.js';
import { titleIn } from './present.js';
import { translate, type Lang } from '../../i18n/index.js';

/** What one VEVENT needs besides the row: the country's name and the app's address. */
export interface IcsContext {
  lang: Lang;
  /** The app's public address without a trailing slash (config.publicUrl). */
  baseUrl: string;
  countryNames: Map<string, string>;
  /** Agendas by engagement id (a single engagement's .ics carries it; the feed does not). */
  agendas?: Map<string, AgendaItem[]>;
}

export interface AgendaItem {
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  speakers: string;
  room: string;
}

/** One line a session, on the engagement's own clock: "10/06 09:30–11:00 Opening — speakers (room)". */
export function agendaText(items: AgendaItem[], timeZone: string, lang: Lang): string {
  if (items.length === 0) return '';
  const t = (d: Date, f: string) => DateTime.fromJSDate(d, { zone: timeZone }).toFormat(f);
  const lines = items.map((s) => {
    const when = `${t(s.startsAt, 'dd/MM HH:mm')}${s.endsAt ? `–${t(s.endsAt, 'HH:mm')}` : ''}`;
    return `${when} ${s.title}${s.speakers ? ` — ${s.speakers}` : ''}${s.room ? ` (${s.room})` : ''}`;
  });
  return `${translate(lang, 'ical.agenda')}\n${lines.join('\n')}`;
}

type Row = Pick<
  Engagement,
  'id' | 'titleVi' | 'titleEn' | 'titleFr' | 'state' | 'startsAt' | 'endsAt' | 'allDay' | 'timeZone' | 'countryCode' | 'city' | 'venue' | 'onlineUrl' | 'purpose' | 'updatedAt' | 'createdAt'
>;

const vtimezones = new Map<string, string | null>();
/** The VTIMEZONE of a zone, or null when the generator does not know it (then times go out in UTC). */
function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) vtimezones.set(zone, getVtimezoneComponent(zone));
  return vtimezones.get(zone)!;
}

/** Stable across exports and feeds, so calendar clients update the event instead of adding one. */
export const eventUid = (id: string) => `${id}@amity`;

export const engagementUrl = (baseUrl: string, id: string) => `${baseUrl}/engagements/${id}`;

export function locationOf(e: Pick<Row, 'venue' | 'city' | 'countryCode'>, countryNames: Map<string, string>): string {
  return [e.venue, e.city, e.countryCode ? countryNames.get(e.countryCode) ?? e.countryCode : ''].filter((x) => x && x.trim()).join(', ');
}

/**
 * An iCalendar file of engagements. Timed events carry TZID (their own zone) with a
 * VTIMEZONE for it; all-day events are VALUE=DATE, their days read in their own zone
 * (the end is the day after the last, as RFC 5545 wants).
 */
export function renderCalendar(rows: Row[], ctx: IcsContext, name = translate(ctx.lang, 'ical.calendar_name')): string {
  const cal = ical({ name, prodId: { company: 'Amity', product: 'Amity', language: ctx.lang.toUpperCase() } });
  // No calendar-wide zone: each event names its own, and the generator writes a VTIMEZONE per zone used.
  cal.timezone({ name: null, generator: (zone) => vtimezone(zone) });
  for (const e of rows) {
    const zoned = !e.allDay && vtimezone(e.timeZone) !== null;
    const at = (d: Date) => (e.allDay || zoned ? DateTime.fromJSDate(d, { zone: e.timeZone }) : d);
    const agenda = agendaText(ctx.agendas?.get(e.id) ?? [], e.timeZone, ctx.lang);
    const description = [e.purpose, e.onlineUrl, agenda].filter((x) => x && x.trim()).join('\n\n');
    cal.createEvent({
      id: eventUid(e.id),
      start: at(e.startsAt),
      end: at(e.endsAt),
      allDay: e.allDay,
      timezone: zoned ? e.timeZone : null,
      summary: titleIn(e, ctx.lang),
      location: locationOf(e, ctx.countryNames) || null,
      description: description || null,
      url: engagementUrl(ctx.baseUrl, e.id),
      stamp: e.updatedAt,
      created: e.createdAt,
      lastModified: e.updatedAt,
      status: e.state === 'cancelled' ? ICalEventStatus.CANCELLED : e.state === 'approved' || e.state === 'done' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    });
  }
  return cal.toString();
}
