// Due dates of proposals: calendar days (YYYY-MM-DD) in Asia/Ho_Chi_Minh, as the server counts them.
import type { ProposalState } from './types';
import { addDays } from '../../ui/days';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A real calendar day as YYYY-MM-DD (30 February is not). */
export const isDay = (s: unknown): s is string => {
  if (typeof s !== 'string' || !DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Today in Viet Nam, whatever the browser's zone (the server's "today"). */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

export type DueStatus = 'none' | 'done' | 'overdue' | 'today' | 'soon' | 'later';
export const DUE_COLORS: Record<DueStatus, string> = { none: 'gray', done: 'gray', overdue: 'red', today: 'orange', soon: 'yellow', later: 'gray' };
/** "Soon": within this many days (the reminder job's default, REMINDER_DAYS). */
export const SOON_DAYS = 3;

/**
 * Where a proposal stands against its deadline. Only an accepted proposal is running against it;
 * the server's `overdue` wins (its clock), ours covers a page left open past midnight.
 */
export function dueStatus(p: { dueOn: string | null; state: ProposalState; overdue?: boolean }, today: string): { status: DueStatus; days: number } {
  if (!p.dueOn || !isDay(p.dueOn)) return { status: 'none', days: 0 };
  const left = daysBetween(today, p.dueOn);
  if (p.state !== 'accepted') return { status: p.state === 'submitted' ? 'later' : 'done', days: left };
  if (p.overdue || left < 0) return { status: 'overdue', days: Math.max(0, -left) };
  if (left === 0) return { status: 'today', days: 0 };
  return { status: left <= SOON_DAYS ? 'soon' : 'later', days: left };
}

/** The default due date offered when accepting: today + the unit's SLA days (the server's own default). */
export const slaDueOn = (today: string, slaDays: number | null | undefined) => addDays(today, slaDays && slaDays > 0 ? slaDays : 30);

/** Whether the reopen window (until `reopenUntil`, inclusive) is still open today. */
export function reopenOpen(reopenUntil: string | null | undefined, today: string): boolean {
  if (!reopenUntil) return false;
  const day = reopenUntil.slice(0, 10);
  return isDay(day) && day >= today;
}
