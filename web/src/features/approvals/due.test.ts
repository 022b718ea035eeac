import { describe, expect, it } from 'vitest';
import { daysLate, dueStatus } from './due';

const now = new Date('2025-03-10T08:00:00Z');

describe('dueStatus', () => {
  it('is overdue once the deadline has passed', () => {
    expect(dueStatus('2025-03-10T07:59:59Z', now)).toBe('overdue');
    expect(dueStatus('2025-03-01T00:00:00Z', now)).toBe('overdue');
  });

  it('is soon within a day, later after', () => {
    expect(dueStatus('2025-03-10T08:00:00Z', now)).toBe('soon');
    expect(dueStatus('2025-03-11T08:00:00Z', now)).toBe('soon');
    expect(dueStatus('2025-03-11T08:00:01Z', now)).toBe('later');
  });

  it('trusts the server when it says overdue', () => {
    expect(dueStatus('2025-03-20T00:00:00Z', now, true)).toBe('overdue');
  });

  it('has none without a (valid) deadline', () => {
    expect(dueStatus(null, now)).toBe('none');
    expect(dueStatus('not a date', now)).toBe('none');
  });
});

describe('daysLate', () => {
  it('counts whole days past the deadline', () => {
    expect(daysLate('2025-03-10T07:00:00Z', now)).toBe(0);
    expect(daysLate('2025-03-09T07:00:00Z', now)).toBe(1);
    expect(daysLate('2025-03-05T09:00:00Z', now)).toBe(4);
    expect(daysLate('2025-03-12T00:00:00Z', now)).toBe(0);
  });
});
