import { describe, expect, it } from 'vitest';
import { allDayDates, allDayRange, isTimeZone, localDate, nextDate, zonedMidnight } from './time.js';

describe('calendar dates in time zones', () => {
  it('finds local midnights, also on DST days and where DST skips midnight', () => {
    expect(zonedMidnight('2026-03-29', 'Europe/Paris').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedMidnight('2026-03-30', 'Europe/Paris').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(zonedMidnight('2026-11-23', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-11-22T17:00:00.000Z');
    // Santiago moved its clocks from 00:00 to 01:00 on 8 September 2024: the day starts at 01:00 (-03).
    expect(zonedMidnight('2024-09-08', 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
  });

  it('reads the local date of an instant and steps dates', () => {
    expect(localDate(new Date('2026-11-23T17:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-24');
    expect(localDate(new Date('2026-11-23T17:30:00Z'), 'UTC')).toBe('2026-11-23');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    const r = allDayRange('2026-03-28', '2026-03-29', 'Europe/Paris');
    expect(allDayDates(r.startsAt, r.endsAt, 'Europe/Paris')).toEqual({ first: '2026-03-28', last: '2026-03-29' });
  });

  it('accepts IANA names only', () => {
    expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('asia/ho_chi_minh')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('+07:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
