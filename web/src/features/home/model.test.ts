import { describe, expect, it } from 'vitest';
import { followUpDaysLate, greetingKey, localDay, upcomingEngagements, upcomingRange } from './model';

describe('localDay', () => {
  it('is the viewer’s calendar day', () => {
    expect(localDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDay(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});

describe('followUpDaysLate', () => {
  it('is late from the day after the due date', () => {
    expect(followUpDaysLate({ dueDate: '2025-03-10', done: false }, '2025-03-10')).toBe(0);
    expect(followUpDaysLate({ dueDate: '2025-03-10', done: false }, '2025-03-11')).toBe(1);
    expect(followUpDaysLate({ dueDate: '2025-02-28', done: false }, '2025-03-02')).toBe(2);
  });

  it('is never late when done or without a due date', () => {
    expect(followUpDaysLate({ dueDate: '2025-01-01', done: true }, '2025-03-10')).toBe(0);
    expect(followUpDaysLate({ dueDate: null, done: false }, '2025-03-10')).toBe(0);
  });

  it('accepts a due date sent as an instant', () => {
    expect(followUpDaysLate({ dueDate: '2025-03-08T00:00:00.000Z', done: false }, '2025-03-10')).toBe(2);
  });
});

describe('upcomingRange', () => {
  it('runs from the start of today to the end of the 14th day after', () => {
    const r = upcomingRange(new Date(2025, 2, 10, 15, 30));
    expect(r.from).toBe(new Date(2025, 2, 10).toISOString());
    expect(r.to).toBe(new Date(2025, 2, 25).toISOString());
  });
});

describe('upcomingEngagements', () => {
  const now = new Date('2025-03-10T08:00:00Z');
  const e = (id: string, startsAt: string, endsAt: string, state = 'approved') => ({ id, startsAt, endsAt, state: state as 'approved' });
  it('keeps what has not ended nor been called off, soonest first', () => {
    const items = [
      e('later', '2025-03-20T02:00:00Z', '2025-03-20T04:00:00Z'),
      e('running', '2025-03-09T02:00:00Z', '2025-03-11T02:00:00Z'),
      e('past', '2025-03-09T02:00:00Z', '2025-03-09T04:00:00Z'),
      e('cancelled', '2025-03-12T02:00:00Z', '2025-03-12T04:00:00Z', 'cancelled'),
      e('rejected', '2025-03-12T02:00:00Z', '2025-03-12T04:00:00Z', 'rejected'),
      e('soon', '2025-03-11T02:00:00Z', '2025-03-11T04:00:00Z', 'draft'),
    ];
    expect(upcomingEngagements(items, now).map((x) => x.id)).toEqual(['running', 'soon', 'later']);
  });
});

describe('greetingKey', () => {
  it('follows the hour', () => {
    expect(greetingKey(new Date(2025, 0, 1, 7))).toBe('home.greetingMorning');
    expect(greetingKey(new Date(2025, 0, 1, 13))).toBe('home.greetingAfternoon');
    expect(greetingKey(new Date(2025, 0, 1, 20))).toBe('home.greetingEvening');
  });
});
