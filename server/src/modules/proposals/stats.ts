import { DateTime } from 'luxon';
import type { Database } from '../../db/types.js';
import type { Actor } from '../../core/actor.js';
import { unitsByIds } from '../units/repo.js';
import { todayIn, WORK_ZONE } from '../plans/periods.js';
import type { ProposalState, ProposalUrgency } from './schema.js';
import { fieldsByIds } from './repo.js';
import { statsRows, type StatsRow } from './repo-stats.js';
import { isOverdue } from './present.js';

type Ref = { id: string; nameVi: string; nameEn: string; nameFr: string };

export interface StatsQuery {
  /** Days YYYY-MM-DD, both inclusive (read in Asia/Ho_Chi_Minh). */
  from?: string;
  to?: string;
  targetUnitId?: string;
  ownerUnitId?: string;
}

const dayStart = (day: string) => DateTime.fromISO(day, { zone: WORK_ZONE }).startOf('day');

/** Whole calendar days from submission to answer, both read in Viet Nam. */
export const daysToAnswer = (r: Pick<StatsRow, 'submittedAt' | 'answeredAt'>) =>
  Math.round(dayStart(todayIn(r.answeredAt!)).diff(dayStart(todayIn(r.submittedAt)), 'days').days);

const round1 = (n: number) => Math.round(n * 10) / 10;
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : round1((s[mid - 1]! + s[mid]!) / 2);
}

const isAnswered = (r: StatsRow) => !!r.answeredAt && (r.state === 'answered' || r.state === 'closed');

/** Counts over the visible proposals submitted in [from, to] (docs/API.md, statistics). */
export async function proposalStats(db: Database, actor: Actor, q: StatsQuery, now = new Date()) {
  const rows = await statsRows(db, actor.scope, {
    from: q.from ? dayStart(q.from).toJSDate() : undefined,
    to: q.to ? dayStart(q.to).plus({ days: 1 }).toJSDate() : undefined,
    targetUnitId: q.targetUnitId,
    ownerUnitId: q.ownerUnitId,
  });
  const today = todayIn(now);
  const [unitMap, fieldMap] = await Promise.all([unitsByIds(db, rows.map((r) => r.ownerUnitId)), fieldsByIds(db, rows.map((r) => r.fieldId))]);

  const byState: Record<ProposalState, number> = { submitted: 0, accepted: 0, answered: 0, closed: 0, rejected: 0 };
  const byUrgency: Record<ProposalUrgency, number> = { normal: 0, urgent: 0, very_urgent: 0 };
  const locality = new Map<string, { unit: Ref; total: number; answered: number; overdue: number }>();
  const topic = new Map<string, { field: Ref | null; total: number }>();
  const days: number[] = [];
  let onTime = 0;
  let overdue = 0;
  for (const r of rows) {
    byState[r.state]++;
    byUrgency[r.urgency]++;
    const l = locality.get(r.ownerUnitId) ?? { unit: unitMap.get(r.ownerUnitId) ?? { id: r.ownerUnitId, nameVi: '', nameEn: '', nameFr: '' }, total: 0, answered: 0, overdue: 0 };
    locality.set(r.ownerUnitId, l);
    l.total++;
    const t = topic.get(r.fieldId ?? '') ?? { field: (r.fieldId && fieldMap.get(r.fieldId)) || null, total: 0 };
    topic.set(r.fieldId ?? '', t);
    t.total++;
    if (isAnswered(r)) {
      l.answered++;
      days.push(daysToAnswer(r));
      if (!r.dueOn || todayIn(r.answeredAt!) <= r.dueOn) onTime++;
    }
    if (isOverdue(r, today)) {
      l.overdue++;
      overdue++;
    }
  }
  const byTotal = <T extends { total: number }>(a: T, b: T, name: (x: T) => string) => b.total - a.total || name(a).localeCompare(name(b));
  return {
    total: rows.length,
    byState,
    byLocality: [...locality.values()].sort((a, b) => byTotal(a, b, (x) => x.unit.nameVi)),
    byTopic: [...topic.values()].sort((a, b) => byTotal(a, b, (x) => x.field?.nameVi ?? '\uffff')),
    byUrgency,
    answered: {
      count: days.length,
      averageDays: days.length ? round1(days.reduce((s, d) => s + d, 0) / days.length) : null,
      medianDays: median(days),
      onTime,
    },
    overdue,
    rows,
    unitMap,
  };
}
export type ProposalStats = Awaited<ReturnType<typeof proposalStats>>;
