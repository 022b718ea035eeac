import { describe, expect, it } from 'vitest';
import { addDays } from '../../ui/days';
import { canonicalZone, instantToZoned, isDate, isTime, isTimeZone, offsetLabel, timeZoneNames, zonedToInstant, zoneOffsetMinutes } from './time';

describe('time zones', () => {
  it('turns Hanoi wall-clock times into instants and back', () => {
    expect(zonedToInstant('2026-03-12', '09:00', 'Asia/Ho_Chi_Minh')).toBe('2026-03-12T02:00:00.000Z');
    expect(instantToZoned('2026-03-12T02:00:00.000Z', 'Asia/Ho_Chi_Minh')).toEqual({ date: '2026-03-12', time: '09:00' });
    // Just after midnight local is the previous day in UTC.
    expect(zonedToInstant('2026-03-12', '00:30', 'Asia/Ho_Chi_Minh')).toBe('2026-03-11T17:30:00.000Z');
  });

  it('follows daylight saving time in Paris', () => {
    expect(zonedToInstant('2026-01-15', '10:00', 'Europe/Paris')).toBe('2026-01-15T09:00:00.000Z');
    expect(zonedToInstant('2026-07-15', '10:00', 'Europe/Paris')).toBe('2026-07-15T08:00:00.000Z');
    expect(zoneOffsetMinutes(Date.parse('2026-07-15T08:00:00Z'), 'Europe/Paris')).toBe(120);
  });

  it('moves a time skipped by the spring change forward, takes the first of repeated times', () => {
    // 29 March 2026, 02:30 does not exist in Paris (clocks go 02:00 → 03:00).
    expect(instantToZoned(zonedToInstant('2026-03-29', '02:30', 'Europe/Paris'), 'Europe/Paris').time).toBe('03:30');
    // 25 October 2026, 02:30 happens twice; the first is still summer time (UTC+2).
    expect(zonedToInstant('2026-10-25', '02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles zones west of UTC and half-hour offsets', () => {
    expect(zonedToInstant('2026-05-01', '20:00', 'America/New_York')).toBe('2026-05-02T00:00:00.000Z');
    expect(zonedToInstant('2026-05-01', '12:00', 'Asia/Kolkata')).toBe('2026-05-01T06:30:00.000Z');
    expect(offsetLabel('Asia/Kolkata')).toBe('UTC+05:30');
    expect(offsetLabel('Asia/Ho_Chi_Minh')).toBe('UTC+07:00');
  });

  it('validates dates, times and zones', () => {
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2026-4-1')).toBe(false);
    expect(isTime('23:59')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('lists zones by their current IANA names, Viet Nam included', () => {
    const names = timeZoneNames(['Europe/Paris']);
    expect(names).toContain('Asia/Ho_Chi_Minh');
    expect(names).not.toContain('Asia/Saigon');
    expect(names).toContain('UTC');
    expect(new Set(names).size).toBe(names.length);
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
  });
});
