import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, signedIn } from '../../test/factories.js';
import { renderCalendar } from './ical.js';
import { allDayRange } from './time.js';
import { HOUR, makeEngagement } from './test/calendar-fixtures.js';
import { engagementSessions, type Engagement } from './schema.js';

/** Parses like a calendar client: the file's own VTIMEZONEs are the only zones known. */
function parse(ics: string) {
  ICAL.TimezoneService.reset();
  const cal = new ICAL.Component(ICAL.parse(ics));
  const zones = cal.getAllSubcomponents('vtimezone');
  for (const z of zones) ICAL.TimezoneService.register(z);
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: v.getFirstPropertyValue('url'),
      status: v.getFirstPropertyValue('status'),
      start: e.startDate,
      end: e.endDate,
      tzid: v.getFirstProperty('dtstart')?.getParameter('tzid'),
    };
  });
  return { cal, zones: zones.map((z) => z.getFirstPropertyValue('tzid')), events };
}

const base = {
  titleVi: 'Gặp mặt',
  titleEn: '',
  titleFr: '',
  state: 'approved' as const,
  allDay: false,
  countryCode: null,
  city: '',
  venue: '',
  onlineUrl: '',
  purpose: '',
  createdAt: new Date('2031-01-01T00:00:00Z'),
  updatedAt: new Date('2031-01-02T00:00:00Z'),
};
type Row = Parameters<typeof renderCalendar>[0][number];
let n = 0;
const row = (over: Partial<Row> & Pick<Row, 'startsAt' | 'endsAt' | 'timeZone'>): Row => ({ ...base, id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, ...over });
const ctx = (lang: 'vi' | 'en' | 'fr' = 'en') => ({ lang, baseUrl: 'https://amity.example', countryNames: new Map([['FR', lang === 'vi' ? 'Pháp' : 'France']]) });

describe('renderCalendar', () => {
  beforeEach(() => ICAL.TimezoneService.reset());

  it('writes timed events in their own zone with a VTIMEZONE, and the instants survive a round trip (DST too)', () => {
    const rows = [
      row({ timeZone: 'Europe/Paris', startsAt: new Date('2031-07-10T08:00:00Z'), endsAt: new Date('2031-07-10T10:00:00Z') }), // summer, +02
      row({ timeZone: 'Europe/Paris', startsAt: new Date('2031-01-15T09:00:00Z'), endsAt: new Date('2031-01-15T10:30:00Z') }), // winter, +01
      row({ timeZone: 'Europe/Paris', startsAt: new Date('2031-03-30T00:30:00Z'), endsAt: new Date('2031-03-30T01:30:00Z') }), // across the spring change
      row({ timeZone: 'Asia/Ho_Chi_Minh', startsAt: new Date('2031-09-03T02:00:00Z'), endsAt: new Date('2031-09-03T04:00:00Z') }),
    ];
    const ics = renderCalendar(rows, ctx());
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20310710T100000');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20310115T100000');
    expect(ics).toContain('DTSTART;TZID=Europe/Paris:20310330T013000');
    expect(ics).toContain('DTEND;TZID=Europe/Paris:20310330T033000');
    expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20310903T090000');
    const { zones, events } = parse(ics);
    expect(zones.sort()).toEqual(['Asia/Ho_Chi_Minh', 'Europe/Paris']);
    events.forEach((e, i) => {
      expect(e.tzid).toBe(rows[i]!.timeZone);
      expect(e.start.isDate).toBe(false);
      expect(e.start.zone.tzid).toBe(rows[i]!.timeZone);
      expect(e.start.toJSDate().toISOString()).toBe(rows[i]!.startsAt.toISOString());
      expect(e.end.toJSDate().toISOString()).toBe(rows[i]!.endsAt.toISOString());
    });
  });

  it('writes all-day events as dates, the end being the day after the last', () => {
    const hcm = allDayRange('2031-09-01', '2031-09-02', 'Asia/Ho_Chi_Minh');
    const paris = allDayRange('2031-07-14', '2031-07-14', 'Europe/Paris');
    const ics = renderCalendar(
      [row({ ...hcm, allDay: true, timeZone: 'Asia/Ho_Chi_Minh' }), row({ ...paris, allDay: true, timeZone: 'Europe/Paris' })],
      ctx(),
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20310901');
    expect(ics).toContain('DTEND;VALUE=DATE:20310903');
    expect(ics).toContain('DTSTART;VALUE=DATE:20310714');
    expect(ics).toContain('DTEND;VALUE=DATE:20310715');
    const [a, b] = parse(ics).events;
    expect([a!.start.isDate, a!.start.toString(), a!.end.toString()]).toEqual([true, '2031-09-01', '2031-09-03']);
    expect([b!.start.isDate, b!.start.toString(), b!.end.toString()]).toEqual([true, '2031-07-14', '2031-07-15']);
  });

  it('says the title in the reader’s language, the place, the link and a stable UID', () => {
    const e = row({
      timeZone: 'Asia/Ho_Chi_Minh',
      startsAt: new Date('2031-09-03T02:00:00Z'),
      endsAt: new Date('2031-09-03T04:00:00Z'),
      titleVi: 'Tọa đàm; hữu nghị, Việt – Pháp',
      titleFr: 'Colloque d’amitié, « Vietnam; France »',
      venue: 'Salle Jean Jaurès',
      city: 'Lyon',
      countryCode: 'FR',
      state: 'submitted',
    });
    const fr = parse(renderCalendar([e], ctx('fr'))).events[0]!;
    expect(fr).toMatchObject({
      uid: `${e.id}@amity`,
      summary: 'Colloque d’amitié, « Vietnam; France »',
      location: 'Salle Jean Jaurès, Lyon, France',
      url: `https://amity.example/engagements/${e.id}`,
      status: 'TENTATIVE',
    });
    const vi = parse(renderCalendar([e], ctx('vi'))).events[0]!;
    expect(vi).toMatchObject({ uid: `${e.id}@amity`, summary: 'Tọa đàm; hữu nghị, Việt – Pháp', location: 'Salle Jean Jaurès, Lyon, Pháp' });
    // English has no title: it falls back to the Vietnamese one.
    expect(parse(renderCalendar([e], ctx('en'))).events[0]!.summary).toBe('Tọa đàm; hữu nghị, Việt – Pháp');
    expect(parse(renderCalendar([{ ...e, state: 'cancelled' }], ctx())).events[0]!.status).toBe('CANCELLED');
  });
});

describe('GET /engagements/:id.ics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
    await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
  });
  afterAll(() => t.close());

  it('sends one visible engagement as an attachment, in the user’s language; 404 otherwise', async () => {
    const a = await signedIn(t.app, t.db, 'officer');
    const b = await signedIn(t.app, t.db, 'officer');
    const e: Engagement = await makeEngagement(t.db, {
      ownerUnitId: a.unit.id,
      title: 'Đoàn Pháp thăm Hà Nội',
      titleFr: 'Délégation française à Hanoï',
      timeZone: 'Europe/Paris',
      startsAt: '2031-10-27T08:00:00Z',
      endsAt: '2031-10-27T11:00:00Z',
      venue: 'Mairie',
      city: 'Lyon',
      countryCode: 'FR',
    });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/engagements/${e.id}.ics`, headers: { ...a.headers, 'accept-language': 'fr' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="engagement-${e.id}.ics"`);
    const { events, zones } = parse(res.body);
    expect(zones).toEqual(['Europe/Paris']);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: `${e.id}@amity`, summary: 'Délégation française à Hanoï', location: 'Mairie, Lyon, France', url: `http://localhost:80/engagements/${e.id}` /* the address the request came to */ });
    // 27 October 2031 is after the autumn change: 08:00Z is 09:00 in Paris.
    expect(res.body).toContain('DTSTART;TZID=Europe/Paris:20311027T090000');
    expect(events[0]!.start.toJSDate().toISOString()).toBe('2031-10-27T08:00:00.000Z');
    expect(events[0]!.end.toJSDate().toISOString()).toBe('2031-10-27T11:00:00.000Z');

    expect((await t.app.inject({ method: 'GET', url: `/api/v1/engagements/${e.id}.ics`, headers: b.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/engagements/${e.id}.ics` })).statusCode).toBe(401);
    // The JSON route of the same engagement is another route.
    const json = await t.app.inject({ method: 'GET', url: `/api/v1/engagements/${e.id}`, headers: a.headers });
    expect(json.statusCode).toBe(200);
    expect(json.json().id).toBe(e.id);
  });

  it('carries the agenda in the description, on the engagement’s own clock', async () => {
    const a = await signedIn(t.app, t.db, 'officer');
    const e = await makeEngagement(t.db, {
      ownerUnitId: a.unit.id,
      title: 'Hội thảo hợp tác',
      timeZone: 'Asia/Ho_Chi_Minh',
      startsAt: '2031-03-10T01:00:00Z',
      endsAt: '2031-03-10T10:00:00Z',
    });
    await t.db.insert(engagementSessions).values([
      { engagementId: e.id, startsAt: new Date('2031-03-10T06:00:00Z'), endsAt: null, title: 'Thảo luận', speakers: '', room: '' },
      { engagementId: e.id, startsAt: new Date('2031-03-10T01:30:00Z'), endsAt: new Date('2031-03-10T03:00:00Z'), title: 'Khai mạc', speakers: 'Nguyễn Văn An', room: 'Phòng 1' },
    ]);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/engagements/${e.id}.ics`, headers: { ...a.headers, 'accept-language': 'vi' } });
    expect(res.statusCode).toBe(200);
    const { events } = parse(res.body);
    expect(events[0]!.description).toContain('Chương trình\n10/03 08:30–10:00 Khai mạc — Nguyễn Văn An (Phòng 1)\n10/03 13:00 Thảo luận');
  });

  it('feeds parse as a calendar named in the user’s language', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const soon = new Date(Date.now() + 3 * 86_400_000);
    const e = await makeEngagement(t.db, { ownerUnitId: me.unit.id, startsAt: soon, endsAt: new Date(soon.getTime() + HOUR) });
    await t.db.insert(engagementSessions).values({ engagementId: e.id, startsAt: new Date(soon.getTime() + HOUR / 2), endsAt: null, title: 'Closing words', speakers: '', room: '' });
    const url = (await t.app.inject({ method: 'POST', url: '/api/v1/calendar/feed', headers: me.headers })).json().url as string;
    const res = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
    const { cal, events } = parse(res.body);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Amity engagements');
    expect(events.map((x) => x.uid)).toEqual([`${e.id}@amity`]);
    expect(events[0]!.description).toContain('Closing words');
    expect(events[0]!.start.toJSDate().toISOString()).toBe(soon.toISOString().replace(/\.\d{3}Z$/, '.000Z'));
  });
});
