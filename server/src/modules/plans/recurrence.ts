import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';

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
