import type { EngagementItem, FollowUp } from '../engagements/types';

/** The viewer's calendar day, `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Days a follow-up is late (its due date is a plain day: late from the day after). 0 = not late. */
export function followUpDaysLate(f: Pick<FollowUp, 'dueDate' | 'done'>, today: string): number {
  if (f.done || !f.dueDate) return 0;
  const due = Date.parse(`${f.dueDate.slice(0, 10)}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(due) || Number.isNaN(now)) return 0;
  return Math.max(0, Math.round((now - due) / 86_400_000));
}

export const UPCOMING_DAYS = 14;

/** The calendar query of the next n days: from the start of today (the viewer's) to the end of day n. */
export function upcomingRange(now: Date, days = UPCOMING_DAYS): { from: string; to: string } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days + 1);
  return { from: start.toISOString(), to: end.toISOString() };
}

/**
 * What is coming: engagements not yet over and not called off (cancelled, rejected), soonest first;
 * one already running counts (it ends after now).
 */
export function upcomingEngagements<T extends Pick<EngagementItem, 'startsAt' | 'endsAt' | 'state'>>(items: T[], now: Date): T[] {
  const t = now.getTime();
  return items
    .filter((e) => e.state !== 'cancelled' && e.state !== 'rejected' && Date.parse(e.endsAt) > t)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** Greeting by the hour of the viewer's day. */
export function greetingKey(now: Date): 'home.greetingMorning' | 'home.greetingAfternoon' | 'home.greetingEvening' {
  const h = now.getHours();
  if (h < 12) return 'home.greetingMorning';
  if (h < 18) return 'home.greetingAfternoon';
  return 'home.greetingEvening';
}
