import { describe, expect, it } from 'vitest';
import type { EngagementItem } from '../engagements/types';
import { addDays } from '../../ui/days';
import { contrast, dateInZone, eventColor, textOn, KIND_COLORS, rangeParams, STATE_COLORS, toCalendarEvent } from './events';

const item = (over: Partial<EngagementItem> = {}): EngagementItem => ({
  id: 'e1',
  kind: 'incoming_delegation',
  title: 'Đoàn Hội hữu nghị Pháp – Việt',
  titleVi: 'Đoàn Hội hữu nghị Pháp – Việt',
  titleEn: '',
  titleFr: '',
  state: 'approved',
  startsAt: '2025-03-10T02:00:00.000Z',
  endsAt: '2025-03-10T04:30:00.000Z',
  allDay: false,
  timeZone: 'Asia/Ho_Chi_Minh',
  countryCode: 'FR',
  city: 'Hà Nội',
  organiserUnitId: 'u1',
  partnerIds: [],
  ownerUnitId: 'u1',
  visibility: 'shared',
  can: { update: false, delete: false },
  ...over,
});

describe('dateInZone', () => {
  it('gives the local day of an instant', () => {
    // 17:00 UTC on the 9th is already the 10th in Hà Nội (UTC+7), still the 9th in Paris.
    expect(dateInZone('2025-03-09T17:00:00Z', 'Asia/Ho_Chi_Minh')).toBe('2025-03-10');
    expect(dateInZone('2025-03-09T17:00:00Z', 'Europe/Paris')).toBe('2025-03-09');
    expect(dateInZone('2025-03-09T17:00:00Z', 'America/New_York')).toBe('2025-03-09');
  });

  it('falls back to Viet Nam for an unknown zone', () => {
    expect(dateInZone('2025-03-09T17:00:00Z', 'Not/AZone')).toBe('2025-03-10');
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('toCalendarEvent', () => {
  it('keeps timed events as instants (shown in the viewer zone by the calendar)', () => {
    const ev = toCalendarEvent(item(), 'kind');
    expect(ev).toMatchObject({
      id: 'e1',
      title: 'Đoàn Hội hữu nghị Pháp – Việt',
      start: '2025-03-10T02:00:00.000Z',
      end: '2025-03-10T04:30:00.000Z',
      allDay: false,
      url: '/engagements/e1',
    });
  });

  it('maps all-day engagements to their local days, end exclusive', () => {
    // 10–12 March in Hà Nội: local midnights are 17:00 UTC the day before; end = midnight of the 13th.
    const ev = toCalendarEvent(
      item({ allDay: true, startsAt: '2025-03-09T17:00:00.000Z', endsAt: '2025-03-12T17:00:00.000Z' }),
      'kind',
    );
    expect(ev.allDay).toBe(true);
    expect(ev.start).toBe('2025-03-10');
    expect(ev.end).toBe('2025-03-13');
  });

  it('uses the engagement zone for all-day days, not the viewer', () => {
    // A one-day event in Paris (UTC+1 in March): midnight = 23:00 UTC the day before.
    const ev = toCalendarEvent(
      item({ allDay: true, timeZone: 'Europe/Paris', startsAt: '2025-03-09T23:00:00.000Z', endsAt: '2025-03-10T23:00:00.000Z' }),
      'state',
    );
    expect([ev.start, ev.end]).toEqual(['2025-03-10', '2025-03-11']);
  });

  it('across a daylight-saving change the days stay whole', () => {
    // Paris switches to summer time on 30 March 2025: 29 March 00:00 = 23:00Z, 1 April 00:00 = 22:00Z.
    const ev = toCalendarEvent(
      item({ allDay: true, timeZone: 'Europe/Paris', startsAt: '2025-03-28T23:00:00.000Z', endsAt: '2025-03-31T22:00:00.000Z' }),
      'kind',
    );
    expect([ev.start, ev.end]).toEqual(['2025-03-29', '2025-04-01']);
  });

  it('shows at least one day when the end is not after the start', () => {
    const ev = toCalendarEvent(item({ allDay: true, startsAt: '2025-03-09T17:00:00.000Z', endsAt: '2025-03-09T17:00:00.000Z' }), 'kind');
    expect([ev.start, ev.end]).toEqual(['2025-03-10', '2025-03-11']);
  });

  it('colours by kind or by state and marks the state', () => {
    const it1 = item({ kind: 'conference', state: 'cancelled' });
    expect(toCalendarEvent(it1, 'kind').backgroundColor).toBe(KIND_COLORS.conference);
    expect(toCalendarEvent(it1, 'state').backgroundColor).toBe(STATE_COLORS.cancelled);
    expect(toCalendarEvent(it1, 'state').classNames).toContain('amity-state-cancelled');
    expect(eventColor({ kind: 'unknown' as never, state: 'draft' }, 'kind')).toMatch(/^#/);
  });

  it('escapes the id in the link', () => {
    expect(toCalendarEvent(item({ id: 'a/b' }), 'kind').url).toBe('/engagements/a%2Fb');
  });
});

describe('rangeParams', () => {
  it('sends the visible range as instants, a day wider each side (all-day days of other zones)', () => {
    expect(rangeParams(new Date('2025-02-24T00:00:00Z'), new Date('2025-04-07T00:00:00Z'))).toEqual({
      from: '2025-02-23T00:00:00.000Z',
      to: '2025-04-08T00:00:00.000Z',
    });
  });

  it('catches an all-day engagement of a zone far east on the first visible day', () => {
    // A viewer in Honolulu (UTC−10) sees from 24 February; a Kiribati (UTC+14) all-day engagement on 24 February
    // runs 23 February 10:00Z – 24 February 10:00Z: it ends exactly where the unwidened range starts.
    const start = new Date('2025-02-24T10:00:00Z');
    const { from, to } = rangeParams(start, new Date('2025-04-07T10:00:00Z'));
    const overlaps = (a: string, b: string, f: string, t: string) => Date.parse(a) < Date.parse(t) && Date.parse(b) > Date.parse(f);
    expect(overlaps('2025-02-23T10:00:00Z', '2025-02-24T10:00:00Z', start.toISOString(), to)).toBe(false);
    expect(overlaps('2025-02-23T10:00:00Z', '2025-02-24T10:00:00Z', from, to)).toBe(true);
  });
});

describe('colours', () => {
  it('every kind and state has a distinct colour', () => {
    expect(new Set(Object.values(KIND_COLORS)).size).toBe(Object.keys(KIND_COLORS).length);
    expect(new Set(Object.values(STATE_COLORS)).size).toBe(Object.keys(STATE_COLORS).length);
  });

  it('event text stays readable on every colour', () => {
    for (const bg of [...Object.values(KIND_COLORS), ...Object.values(STATE_COLORS)]) {
      expect(contrast(bg, textOn(bg))).toBeGreaterThan(4.3);
    }
    expect(textOn('#ffffff')).not.toBe('#ffffff');
    expect(textOn('#000000')).toBe('#ffffff');
  });
});
