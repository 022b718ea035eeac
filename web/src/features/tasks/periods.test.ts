import { describe, expect, it } from 'vitest';
import { periodLabel, periodOf, periodOptions, previousPeriod, todayInVietnam } from './periods';

describe('periods', () => {
  it('names the period holding a day, as the server does', () => {
    expect(periodOf('monthly', '2026-07-31')).toBe('2026-07');
    expect(periodOf('quarterly', '2026-09-30')).toBe('2026-Q3');
    expect(periodOf('quarterly', '2026-10-01')).toBe('2026-Q4');
    expect(periodOf('half_yearly', '2026-06-30')).toBe('2026-H1');
    expect(periodOf('half_yearly', '2026-07-01')).toBe('2026-H2');
    expect(periodOf('yearly', '2026-11-23')).toBe('2026');
    expect(periodOf('once', '2026-11-23')).toBe('once');
  });

  it('steps back across years', () => {
    expect(previousPeriod('monthly', '2026-01')).toBe('2025-12');
    expect(previousPeriod('quarterly', '2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('half_yearly', '2026-H1')).toBe('2025-H2');
    expect(previousPeriod('half_yearly', '2026-H2')).toBe('2026-H1');
    expect(previousPeriod('yearly', '2026')).toBe('2025');
  });

  it('offers the current period and those before it, newest first, not before the task starts', () => {
    expect(periodOptions('quarterly', '2026-11-23', null, 4)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1']);
    expect(periodOptions('quarterly', '2026-11-23', '2026-05-10', 8)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
    expect(periodOptions('monthly', '2026-02-03', null, 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(periodOptions('yearly', '2026-02-03', '2025-01-01', 8)).toEqual(['2026', '2025']);
    expect(periodOptions('once', '2026-02-03', null)).toEqual(['once']);
  });

  it("keeps a draft's or the next due period even when outside the window", () => {
    expect(periodOptions('quarterly', '2026-11-23', '2026-10-01', 8, ['2026-Q3', ''])).toEqual(['2026-Q4', '2026-Q3']);
  });

  it('labels periods through i18n keys', () => {
    expect(periodLabel('2026-Q3')).toEqual({ key: 'tasks.periods.quarter', values: { year: '2026', n: 3 } });
    expect(periodLabel('2026-07')).toEqual({ key: 'tasks.periods.month', values: { year: '2026', month: '07' } });
    expect(periodLabel('2026-H1').key).toBe('tasks.periods.half1');
    expect(periodLabel('2026-H2').key).toBe('tasks.periods.half2');
    expect(periodLabel('2026').key).toBe('tasks.periods.year');
    expect(periodLabel('once').key).toBe('tasks.periods.once');
    expect(periodLabel('weird').key).toBe('tasks.periods.other');
  });

  it("reads today in Viet Nam (UTC+7), not the browser's zone", () => {
    expect(todayInVietnam(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
    expect(todayInVietnam(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
  });
});
