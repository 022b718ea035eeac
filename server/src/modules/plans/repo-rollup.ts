import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { ProgressStatus } from './schema.js';

// The SQL of roll-ups and of the daily moves of tasks (rollup.ts holds the rules, progress.ts the reading side).

const uuidArray = (ids: string[]) => sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

export type Figures = { status: ProgressStatus; percent: number };

/** The sub-tasks of a task, as its roll-up weighs them. */
export async function childFigures(db: Database, id: string) {
  const { rows } = await db.execute<Figures & { weight: number; due_on: string | null }>(sql`select status, percent, weight, due_on::text from tasks where parent_task_id = ${id}`);
  return rows;
}

/** The lead unit's latest accepted report on a task (latest period, then latest version). */
export async function latestAcceptedFigures(db: Database, id: string): Promise<Figures | undefined> {
  const { rows } = await db.execute<Figures>(sql`
      select r.status, r.percent from task_reports r join tasks t on t.id = r.task_id
      where r.task_id = ${id} and r.kind = 'report' and r.state = 'accepted' and r.unit_id = t.lead_unit_id
      order by r.period_end desc, r.version desc limit 1`);
  return rows[0];
}

/** Stores a task's roll-up (done_at kept from the first time it was done); answers its parent's id. */
export async function setFigures(db: Database, id: string, f: Figures): Promise<string | null> {
  const { rows } = await db.execute<{ parent_task_id: string | null }>(sql`
    update tasks set status = ${f.status}, percent = ${f.percent},
      done_at = case when ${f.status} = 'done' then coalesce(done_at, now()) else null end
    where id = ${id} returning parent_task_id`);
  return rows[0]?.parent_task_id ?? null;
}

/** Every task with sub-tasks, deepest first (20 levels at most). */
export async function parentsDeepestFirst(db: Database): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(sql`
    with recursive depth(id, d) as (
      select id, 0 from tasks where parent_task_id is null
      union all select t.id, depth.d + 1 from tasks t join depth on t.parent_task_id = depth.id where depth.d < 20)
    select id from depth where exists (select 1 from tasks c where c.parent_task_id = depth.id) order by d desc`);
  return rows.map((r) => r.id);
}

/**
 * Top-level tasks (whose parent is not in the same directive) of some directives: what a directive's
 * and a group's progress is made of. All of them, seen or not: the roll-up does not depend on the reader.
 */
export async function topLevelRows(db: Database, directiveIds: string[]) {
  if (directiveIds.length === 0) return [];
  const { rows } = await db.execute<{ directive_id: string; group_id: string | null; status: ProgressStatus; percent: number; weight: number; due_on: string | null }>(sql`
    select t.directive_id, t.group_id, t.status, t.percent, t.weight, t.due_on::text as due_on from tasks t
    where t.directive_id = any(${uuidArray(directiveIds)})
      and not exists (select 1 from tasks p where p.id = t.parent_task_id and p.directive_id = t.directive_id)`);
  return rows.map((r) => ({ directiveId: r.directive_id, groupId: r.group_id, status: r.status, percent: r.percent, weight: r.weight, dueOn: r.due_on }));
}

/**
 * A recurring task is due at the end of each period in turn: once its due date has passed, the
 * daily job moves it to the end of the period containing today (the missed period's report is
 * chased by the report reminders, not by calling the whole task overdue). Answers how many moved.
 */
export async function advanceRecurringDueDates(db: Database, today: string): Promise<number> {
  const { rows } = await db.execute<{ id: string }>(sql`
    update tasks set due_on = case recurrence
        when 'monthly' then (date_trunc('month', ${today}::date) + interval '1 month' - interval '1 day')::date
        when 'quarterly' then (date_trunc('quarter', ${today}::date) + interval '3 months' - interval '1 day')::date
        when 'half_yearly' then (make_date(extract(year from ${today}::date)::int, case when extract(month from ${today}::date) <= 6 then 1 else 7 end, 1)
          + interval '6 months' - interval '1 day')::date
        else (date_trunc('year', ${today}::date) + interval '1 year' - interval '1 day')::date
      end,
      updated_at = now()
    where recurrence <> 'none' and due_on is not null and due_on < ${today}::date
    returning id`);
  return rows.length;
}
