import { describe, expect, it } from 'vitest';
import { formatDay, formatMoney, formatSession, formatSpan, formatWhen, safeHref, sameOffset } from './display';

describe('display', () => {
  it('writes an all-day range with its last day, in the engagement zone', () => {
    // 12–14 March in Hanoi: stored from local midnight of the 12th to local midnight of the 15th.
    const e = { startsAt: '2026-03-11T17:00:00.000Z', endsAt: '2026-03-14T17:00:00.000Z', allDay: true, timeZone: 'Asia/Ho_Chi_Minh' };
    const s = formatWhen(e, 'en');
    expect(s).toMatch(/12/);
    expect(s).toMatch(/14/);
    expect(s).not.toMatch(/15/);
    // A single day.
    expect(formatWhen({ ...e, endsAt: '2026-03-12T17:00:00.000Z' }, 'en')).toBe('Mar 12, 2026');
  });

  it('writes times on the engagement clock, or on the reader clock when asked', () => {
    const e = { startsAt: '2026-03-12T02:00:00.000Z', endsAt: '2026-03-12T10:00:00.000Z', allDay: false, timeZone: 'Asia/Ho_Chi_Minh' };
    expect(formatWhen(e, 'en-GB')).toMatch(/09:00.*17:00/);
    expect(formatWhen(e, 'en-GB', 'Europe/Paris')).toMatch(/03:00.*11:00/);
    expect(formatWhen({ ...e, startsAt: 'nonsense' }, 'en')).toBe('');
  });

  it('writes an agenda session on the engagement clock', () => {
    expect(formatSession({ startsAt: '2026-03-12T02:00:00.000Z', endsAt: '2026-03-12T03:30:00.000Z' }, 'en-GB', 'Asia/Ho_Chi_Minh')).toBe('12 Mar 2026, 09:00–10:30');
    expect(formatSession({ startsAt: '2026-03-12T02:00:00.000Z', endsAt: null }, 'en-GB', 'Asia/Ho_Chi_Minh')).toBe('12 Mar 2026, 09:00');
  });

  it('writes a calendar day without shifting it', () => {
    expect(formatDay('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatDay(null, 'en')).toBe('');
  });

  it('formats budgets in their currency', () => {
    expect(formatMoney('2500.75', 'USD', 'en')).toBe('$2,500.75');
    expect(formatMoney('150000000.00', 'VND', 'vi')).toMatch(/150\.000\.000/);
    expect(formatMoney(null, 'VND', 'vi')).toBe('');
  });

  it('knows when two zones keep the same time', () => {
    expect(sameOffset('Asia/Ho_Chi_Minh', 'Asia/Bangkok', '2026-03-12T02:00:00Z')).toBe(true);
    expect(sameOffset('Asia/Ho_Chi_Minh', 'Europe/Paris', '2026-03-12T02:00:00Z')).toBe(false);
  });

  it('links only http(s) addresses', () => {
    expect(safeHref('https://meet.example.org/x')).toBe('https://meet.example.org/x');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
  });
});

describe('clash spans', () => {
  it('read a day or more as days, shorter spans with times', () => {
    // All day 9–14 January in Paris, read in Hanoi.
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(formatSpan('2027-01-08T23:00:00.000Z', '2027-01-14T23:00:00.000Z', 'en', 'Asia/Ho_Chi_Minh'))).toBe('Jan 9 – 15, 2027');
    expect(plain(formatSpan('2027-01-08T23:00:00.000Z', '2027-01-14T23:00:00.000Z', 'en', 'Europe/Paris'))).toBe('Jan 9 – 14, 2027');
    expect(formatSpan('2027-01-10T02:00:00.000Z', '2027-01-10T04:00:00.000Z', 'en-GB', 'Asia/Ho_Chi_Minh')).toMatch(/10 Jan 2027, 09:00.*11:00/);
    expect(formatSpan(null, null, 'en')).toBe('');
  });
});
