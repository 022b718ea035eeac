import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { ReportingCadence } from '../plans/schema.js';

// The daily job's SQL. The job works for the whole database (no user, no scope): it reads every
// task and proposal the reminders may concern and notifies the units' own people.

export type OpenTask = {
  id: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  leadUnitId: string;
  ownerUnitId: string;
  dueOn: string | null;
  startOn: string | null;
  createdOn: string;
  cadence: ReportingCadence;
};

/** Tasks not done: only they get reminders. */
export async function openTasks(db: Database): Promise<OpenTask[]> {
  const { rows } = await db.execute<OpenTask>(sql`
    select id, title_vi as "titleVi", title_en as "titleEn", title_fr as "titleFr", lead_unit_id as "leadUnitId",
      owner_unit_id as "ownerUnitId", due_on::text as "dueOn", start_on::text as "startOn",
      (created_at at time zone 'Asia/Ho_Chi_Minh')::date::text as "createdOn", cadence
    from tasks where status <> 'done'`);
  return rows;
}

/** `taskId|period` of the lead unit's submitted or accepted reports among the given pairs. */
export async function filedPeriods(db: Database, pairs: { taskId: string; period: string }[]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const keys = pairs.map((p) => `${p.taskId}|${p.period}`);
  const { rows } = await db.execute<{ k: string }>(sql`
    select distinct r.task_id::text || '|' || r.period as k from task_reports r join tasks t on t.id = r.task_id
    where r.kind = 'report' and r.unit_id = t.lead_unit_id and r.state in ('submitted', 'accepted')
      and r.task_id::text || '|' || r.period = any(${sql`array[${sql.join(keys.map((k) => sql`${k}`), sql`, `)}]::text[]`})`);
  return new Set(rows.map((r) => r.k));
}

export type OpenProposal = {
  id: string;
  code: string;
  title: string;
  dueOn: string;
  targetUnitId: string;
  handlingUnitId: string;
  /** The handler, when set and still active. */
  handlerUserId: string | null;
};

/** Accepted proposals due on `soon` or already past due on `today`. */
export async function dueProposals(db: Database, today: string, soon: string): Promise<OpenProposal[]> {
  const { rows } = await db.execute<OpenProposal>(sql`
    select p.id, p.code, p.title, p.due_on::text as "dueOn", p.target_unit_id as "targetUnitId",
      coalesce(p.handling_unit_id, p.target_unit_id) as "handlingUnitId", u.id as "handlerUserId"
    from proposals p left join users u on u.id = p.handler_user_id and u.active
    where p.state = 'accepted' and p.due_on is not null and (p.due_on = ${soon}::date or p.due_on < ${today}::date)`);
  return rows;
}

/** Active users of the units with one of the roles, by unit. */
export async function peopleOf(db: Database, unitIds: string[], roles: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (unitIds.length === 0) return out;
  const list = (xs: string[], type: string) => sql`array[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::${sql.raw(type)}[]`;
  const { rows } = await db.execute<{ id: string; unitId: string }>(sql`
    select id, unit_id as "unitId" from users
    where active and unit_id = any(${list([...new Set(unitIds)], 'uuid')}) and role::text = any(${list(roles, 'text')})`);
  for (const r of rows) out.set(r.unitId, [...(out.get(r.unitId) ?? []), r.id]);
  return out;
}
