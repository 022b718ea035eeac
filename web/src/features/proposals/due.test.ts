import { describe, expect, it } from 'vitest';
import { addDays } from '../../ui/days';
import { daysBetween, dueStatus, isDay, reopenOpen, slaDueOn, todayInVietnam } from './due';

describe('due dates', () => {
  it('takes today in Viet Nam, not in the browser zone', () => {
    // 2026-11-23 18:30 UTC is already 24 November in Ha Noi (UTC+7).
    expect(todayInVietnam(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
    expect(todayInVietnam(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
  });

  it('adds and counts calendar days across months', () => {
    expect(addDays('2026-11-23', 30)).toBe('2026-12-23');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-23', '2026-12-23')).toBe(30);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('23/11/2026')).toBe(false);
  });

  it('marks an accepted proposal overdue once its day has passed', () => {
    const today = '2026-11-23';
    expect(dueStatus({ dueOn: '2026-11-20', state: 'accepted' }, today)).toEqual({ status: 'overdue', days: 3 });
    expect(dueStatus({ dueOn: '2026-11-23', state: 'accepted' }, today)).toEqual({ status: 'today', days: 0 });
    expect(dueStatus({ dueOn: '2026-11-25', state: 'accepted' }, today)).toEqual({ status: 'soon', days: 2 });
    expect(dueStatus({ dueOn: '2026-12-23', state: 'accepted' }, today)).toEqual({ status: 'later', days: 30 });
  });

  it('believes the server when it says overdue, and never calls an answered one overdue', () => {
    expect(dueStatus({ dueOn: '2026-11-24', state: 'accepted', overdue: true }, '2026-11-23').status).toBe('overdue');
    expect(dueStatus({ dueOn: '2026-11-01', state: 'answered' }, '2026-11-23').status).toBe('done');
    expect(dueStatus({ dueOn: null, state: 'submitted' }, '2026-11-23').status).toBe('none');
  });

  it('defaults the due date to the SLA, 30 days without one', () => {
    expect(slaDueOn('2026-11-23', 15)).toBe('2026-12-08');
    expect(slaDueOn('2026-11-23', undefined)).toBe('2026-12-23');
  });

  it('knows whether the reopen window is still open (its last day included)', () => {
    expect(reopenOpen('2026-11-23', '2026-11-23')).toBe(true);
    expect(reopenOpen('2026-11-22T10:00:00Z', '2026-11-23')).toBe(false);
    expect(reopenOpen(null, '2026-11-23')).toBe(false);
  });
});
