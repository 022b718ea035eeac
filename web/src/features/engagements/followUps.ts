import type { FollowUp } from './types';

/** Open ones first (overdue, then by due date, undated last), done ones after (latest done first). */
export function sortFollowUps(items: FollowUp[]): FollowUp[] {
  return [...items].sort((a, b) => {
    if (a.done !== b.done) return a.done ? 1 : -1;
    if (a.done) return (b.doneAt ?? '').localeCompare(a.doneAt ?? '');
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.dueDate !== b.dueDate) return !a.dueDate ? 1 : !b.dueDate ? -1 : a.dueDate.localeCompare(b.dueDate);
    return a.createdAt.localeCompare(b.createdAt);
  });
}

/** Counts for the tab's label. */
export function followUpCounts(items: FollowUp[]): { open: number; overdue: number } {
  return { open: items.filter((f) => !f.done).length, overdue: items.filter((f) => !f.done && f.overdue).length };
}
