/** How close a decision deadline is: `overdue` once passed, `soon` within a day, else `later`; `none` without one. */
export type DueStatus = 'overdue' | 'soon' | 'later' | 'none';

const DAY = 24 * 60 * 60 * 1000;

export function dueStatus(dueAt: string | null | undefined, now: Date, serverOverdue?: boolean): DueStatus {
  // The server's verdict wins (its clock); ours covers a page left open past the deadline.
  if (serverOverdue) return 'overdue';
  if (!dueAt) return 'none';
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return 'none';
  const left = due - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DAY ? 'soon' : 'later';
}

/** Whole days past a deadline (0 on the day it passed), for "overdue by n days". */
export function daysLate(dueAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(dueAt)) / DAY));
}

export const DUE_COLORS: Record<DueStatus, string> = { overdue: 'red', soon: 'orange', later: 'gray', none: 'gray' };
