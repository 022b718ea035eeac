import { describe, expect, it } from 'vitest';
import { followUpCounts, sortFollowUps } from './followUps';
import type { FollowUp } from './types';

const f = (id: string, p: Partial<FollowUp>): FollowUp => ({
  id,
  engagementId: 'e',
  engagementTitle: 'E',
  text: id,
  ownerUserId: null,
  ownerName: null,
  dueDate: null,
  done: false,
  doneAt: null,
  overdue: false,
  createdAt: '2026-01-01T00:00:00Z',
  can: { update: true, delete: true },
  ...p,
});

describe('follow-ups', () => {
  const items = [
    f('done-old', { done: true, doneAt: '2026-02-01T00:00:00Z' }),
    f('undated', {}),
    f('later', { dueDate: '2026-05-01' }),
    f('overdue', { dueDate: '2026-01-10', overdue: true }),
    f('done-new', { done: true, doneAt: '2026-03-01T00:00:00Z' }),
    f('sooner', { dueDate: '2026-04-01' }),
  ];
  it('puts overdue first, then by due date, undated last, done at the end', () => {
    expect(sortFollowUps(items).map((x) => x.id)).toEqual(['overdue', 'sooner', 'later', 'undated', 'done-new', 'done-old']);
  });
  it('counts open and overdue ones', () => {
    expect(followUpCounts(items)).toEqual({ open: 4, overdue: 1 });
  });
});
