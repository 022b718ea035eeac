import { DateTime } from 'luxon';
import type { ReportingCadence } from './schema.js';

/** Dates are calendar days `YYYY-MM-DD`; "today" is read in Viet Nam, where the units work. */
export const WORK_ZONE = 'Asia/Ho_Chi_Minh';

export interface Period {
  /** "2026-07" monthly, "2026-Q3" quarterly, "2026-H2" half-yearly, "2026" yearly, "once". */
  key: string;
  start: string;
  end: string;
}

export const todayIn = (now: Date = new Date(), zone = WORK_ZONE): string => DateTime.fromJSDate(now, { zone }).toISODate()!;

const span = (start: DateTime, months: number, key: string): Period => ({
  key,
  start: start.toISODate()!,
  end: start.plus({ months }).minus({ days: 1 }).toISODate()!,
});

/** The task's own span, for the cadence `once`: from its start (or creation) to its due date. */
export interface TaskSpan {
  startOn: string | null;
  dueOn: string | null;
  createdOn: string;
}

/** The period a key names under a cadence, or null when the key does not fit the cadence. */
export function parsePeriod(cadence: ReportingCadence, key: string, task: TaskSpan): Period | null {
  let m: RegExpMatchArray | null;
  switch (cadence) {
    case 'monthly':
      if (!(m = key.match(/^(\d{4})-(0[1-9]|1[0-2])$/))) return null;
      return span(DateTime.utc(Number(m[1]), Number(m[2]), 1), 1, key);
    case 'quarterly':
      if (!(m = key.match(/^(\d{4})-Q([1-4])$/))) return null;
      return span(DateTime.utc(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1), 3, key);
    case 'half_yearly':
      if (!(m = key.match(/^(\d{4})-H([12])$/))) return null;
      return span(DateTime.utc(Number(m[1]), Number(m[2]) === 1 ? 1 : 7, 1), 6, key);
    case 'yearly':
      if (!(m = key.match(/^(\d{4})$/))) return null;
      return span(DateTime.utc(Number(m[1]), 1, 1), 12, key);
    case 'once': {
      if (key !== 'once') return null;
      const start = task.startOn ?? task.createdOn;
      return { key, start, end: task.dueOn && task.dueOn >= start ? task.dueOn : start };
    }
  }
}

/** The period of a cadence that contains a day. */
export function periodContaining(cadence: ReportingCadence, day: string, task: TaskSpan): Period {
  const d = DateTime.fromISO(day, { zone: 'utc' });
  const key =
    cadence === 'monthly'
      ? d.toFormat('yyyy-MM')
      : cadence === 'quarterly'
        ? `${d.year}-Q${Math.ceil(d.month / 3)}`
        : cadence === 'half_yearly'
          ? `${d.year}-H${d.month <= 6 ? 1 : 2}`
          : cadence === 'yearly'
            ? String(d.year)
            : 'once';
  return parsePeriod(cadence, key, task)!;
}
