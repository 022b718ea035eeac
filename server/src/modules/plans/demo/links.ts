import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/types.js';
import { periodContaining, todayIn } from '../periods.js';

/**
 * What makes the demo tasks look worked on: links to the engagements their lead unit held and to
 * shared partners of their fields (every other task), and one draft report of Hanoi's for the
 * current quarter (a report being written). Run after the tasks, engagements and partners exist.
 */
export async function linkDemoTasks(tx: Database, now: Date, hanoiUnitId: string, hanoiOfficerId: string): Promise<number> {
  await tx.execute(sql`
    insert into task_links (task_id, entity, record_id)
    select t.id, 'engagement', e.id from tasks t
    join lateral (select e.id from engagements e where e.owner_unit_id = t.lead_unit_id and e.state in ('approved', 'done')
      and (t.due_on is null or e.starts_at::date <= t.due_on) order by e.starts_at desc, e.id limit 2) e on true
    where t.position % 2 = 0
    on conflict do nothing`);
  await tx.execute(sql`
    insert into task_links (task_id, entity, record_id)
    select t.id, 'partner', p.id from tasks t
    join lateral (select distinct p.id, p.priority, p.name_key from partners p join partner_fields pf on pf.partner_id = p.id
      join task_fields tf on tf.field_id = pf.field_id and tf.task_id = t.id
      where p.visibility = 'shared' order by p.priority, p.name_key, p.id limit 2) p on true
    where t.position % 2 = 0
    on conflict do nothing`);
  const today = todayIn(now);
  const q = periodContaining('quarterly', today, { startOn: null, dueOn: null, createdOn: today });
  const { rows } = await tx.execute<{ id: string }>(sql`
    insert into task_reports (task_id, unit_id, kind, period, period_start, period_end, status, percent, narrative, state, version, created_by, created_at, updated_at)
    select t.id, t.lead_unit_id, 'report', ${q.key}, ${q.start}::date, ${q.end}::date, 'on_track', least(100, greatest(t.percent, 10) + 5),
      'Đang tổng hợp số liệu các hoạt động trong quý; dự kiến gửi báo cáo trước ngày cuối quý.', 'draft', 1, ${hanoiOfficerId}, ${now}, ${now}
    from tasks t
    where t.lead_unit_id = ${hanoiUnitId} and t.cadence = 'quarterly' and t.status <> 'done'
      and not exists (select 1 from tasks c where c.parent_task_id = t.id)
      and not exists (select 1 from task_reports r where r.task_id = t.id and r.unit_id = t.lead_unit_id and r.kind = 'report' and r.period = ${q.key})
    order by t.due_on nulls last, t.id limit 1
    returning id`);
  return rows.length;
}
