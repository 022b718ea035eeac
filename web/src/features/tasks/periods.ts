// Reporting periods of a cadence, as the server names them (server/src/modules/tasks/periods.ts).
import type { Cadence } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** The key of the period of `cadence` that holds `day` (YYYY-MM-DD). */
export function periodOf(cadence: Cadence, day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (cadence) {
    case 'monthly':
      return `${year}-${pad(month)}`;
    case 'quarterly':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'half_yearly':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'yearly':
      return String(year);
    case 'once':
      return 'once';
  }
}

/** The period before `key` under the same cadence. */
export function previousPeriod(cadence: Cadence, key: string): string {
  const year = Number(key.slice(0, 4));
  let m: RegExpMatchArray | null;
  if (cadence === 'monthly' && (m = key.match(/^(\d{4})-(\d{2})$/))) {
    const month = Number(m[2]);
    return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
  }
  if (cadence === 'quarterly' && (m = key.match(/^\d{4}-Q([1-4])$/))) {
    const q = Number(m[1]);
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  if (cadence === 'half_yearly' && (m = key.match(/^\d{4}-H([12])$/))) return m[1] === '1' ? `${year - 1}-H2` : `${year}-H1`;
  if (cadence === 'yearly') return String(year - 1);
  return key;
}

/** The first day of a period (null for `once`, which follows the task's own dates). */
export function periodStart(cadence: Cadence, key: string): string | null {
  const year = key.slice(0, 4);
  if (cadence === 'monthly') return `${key}-01`;
  if (cadence === 'quarterly') return `${year}-${pad((Number(key.slice(6)) - 1) * 3 + 1)}-01`;
  if (cadence === 'half_yearly') return `${year}-${key.endsWith('1') ? '01' : '07'}-01`;
  if (cadence === 'yearly') return `${year}-01-01`;
  return null;
}

/**
 * The periods a report may be filed for, newest first: the current one and those before it, back to the
 * task's start (periods before it are left out) and at most `count`. `extra` (a draft's or the next due one) is kept.
 */
export function periodOptions(cadence: Cadence, today: string, startOn: string | null, count = 8, extra: string[] = []): string[] {
  if (cadence === 'once') return ['once'];
  const out: string[] = [];
  let key = periodOf(cadence, today);
  for (let i = 0; i < count; i++) {
    out.push(key);
    const start = periodStart(cadence, key);
    if (startOn && start && start <= startOn) break;
    key = previousPeriod(cadence, key);
  }
  for (const e of extra) if (e && !out.includes(e)) out.unshift(e);
  return out.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

export type PeriodLabel = { key: string; values: Record<string, string | number> };

/** The i18n key and values naming a period ("Q3 2026", "Quý 3/2026"). */
export function periodLabel(key: string): PeriodLabel {
  let m: RegExpMatchArray | null;
  if ((m = key.match(/^(\d{4})-(\d{2})$/))) return { key: 'tasks.periods.month', values: { year: m[1]!, month: m[2]! } };
  if ((m = key.match(/^(\d{4})-Q([1-4])$/))) return { key: 'tasks.periods.quarter', values: { year: m[1]!, n: Number(m[2]) } };
  if ((m = key.match(/^(\d{4})-H([12])$/))) return { key: m[2] === '1' ? 'tasks.periods.half1' : 'tasks.periods.half2', values: { year: m[1]! } };
  if ((m = key.match(/^(\d{4})$/))) return { key: 'tasks.periods.year', values: { year: m[1]! } };
  if (key === 'once') return { key: 'tasks.periods.once', values: {} };
  return { key: 'tasks.periods.other', values: { key } };
}

/** Today in Viet Nam, where the units work (the server's "today"). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
