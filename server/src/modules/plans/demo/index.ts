import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/types.js';
import type { DemoContext } from '../../../http/module.js';
import { cooperationFields } from '../../countries/schema.js';
import { appendAudit } from '../../../core/audit.js';
import { diffOf } from '../../../core/audit-hash.js';
import { directives, taskGroups } from '../schema.js';
import { tasks, taskSupportingUnits, taskFields, taskIndicators, taskReports, taskReportValues } from '../schema.js';
import { recomputeAllRollups } from '../rollup.js';
import { buildDirectiveRows, type DirectiveLook } from './data-build.js';
import { linkDemoTasks } from './links.js';
import type { DemoDirective } from './data-types.js';
import { resolution47, conclusion71 } from './data-central.js';
import { mofaProgramme } from './data-mofa.js';
import { hanoiDirective45, hanoiPlan, hoankiemPlan, hoabinhPlan } from './data-local.js';

// The seeds' directives with their groups and tasks, the provincial cascade, and a year of
// progress reports (data in demo-data-*.ts). Rows go in set-based; the tasks with sub-tasks
// then get their roll-up from tasks/rollup.ts, the one definition. Each directive and task is
// audited as created by the unit that entered it; reports are not audited one by one (the
// demo writes their whole history at once, which no user did).

/** Plans come after the directives whose tasks they implement. */
export const demoDirectives = (): DemoDirective[] => [resolution47, conclusion71, mofaProgramme, hanoiDirective45, hanoiPlan, hoankiemPlan, hoabinhPlan];

/** Who files a unit's reports; units without an account only support. Hoan Kiem has no officer: its city manager does it. */
export const reportWriterOf: Record<string, string> = {
  central: 'officer.central', vufo: 'officer.vufo', hanoi: 'officer.hanoi', hoankiem: 'manager.hanoi', hoabinh: 'officer.hoabinh', mofa: 'officer.mofa',
};
/** Who reviews the reports on an owner unit's tasks (an officer or manager of it, or a manager above). */
export const reviewerOf: Record<string, string> = {
  central: 'manager.central', mofa: 'manager.mofa', hanoi: 'manager.hanoi', hoabinh: 'manager.hoabinh', hoankiem: 'manager.central',
};

export async function loadDirectiveDemo(tx: Database, ctx: DemoContext): Promise<Record<string, number>> {
  const now = new Date();
  const account = (a: string) => {
    const u = ctx.usersByEmail.get(`${a}@demo.amity`);
    if (!u) throw new Error(`demo: no account "${a}"`);
    return u;
  };
  const fields = new Map((await tx.select({ id: cooperationFields.id, key: cooperationFields.key }).from(cooperationFields)).map((f) => [f.key, f.id]));
  const look: DirectiveLook = {
    unit(key) {
      const u = ctx.unitsByKey.get(key);
      if (!u) throw new Error(`demo: no unit "${key}"`);
      return u;
    },
    writer: (key) => (reportWriterOf[key] ? account(reportWriterOf[key]) : null),
    reviewer: (key) => account(reviewerOf[key] ?? 'manager.central'),
    field(key) {
      const id = fields.get(key);
      if (!id) throw new Error(`demo: no cooperation field "${key}"`);
      return id;
    },
  };
  const rows = buildDirectiveRows(demoDirectives(), now, look);
  const many = async <T>(list: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < list.length; i += 400) await insert(list.slice(i, i + 400));
  };
  await many(rows.directives, (r) => tx.insert(directives).values(r));
  await many(rows.groups, (r) => tx.insert(taskGroups).values(r));
  await many(rows.tasks, (r) => tx.insert(tasks).values(r));
  await many(rows.supporting, (r) => tx.insert(taskSupportingUnits).values(r));
  await many(rows.fields, (r) => tx.insert(taskFields).values(r));
  await many(rows.indicators, (r) => tx.insert(taskIndicators).values(r));
  // Versions 1 before 2: previous_id points at a row already in.
  await many(rows.reports.filter((r) => r.version === 1), (r) => tx.insert(taskReports).values(r));
  await many(rows.reports.filter((r) => r.version !== 1), (r) => tx.insert(taskReports).values(r));
  await many(rows.values, (r) => tx.insert(taskReportValues).values(r));
  // The same folding as the modules' own writes (directives/repo.ts, tasks/repo.ts).
  await tx.execute(sql`update directives d set search_text = amity_fold(concat_ws(' ', d.code, d.title_vi, d.title_en, d.title_fr, d.issuing_body))`);
  await tx.execute(sql`update tasks t set search_text = amity_fold(concat_ws(' ', t.number, t.title_vi, t.title_en, t.title_fr))`);
  await recomputeAllRollups(tx, now);
  const drafts = await linkDemoTasks(tx, now, look.unit('hanoi').id, account('officer.hanoi').id);

  const keyOfUnit = new Map([...ctx.unitsByKey].map(([k, u]) => [u.id, k]));
  const auditAs = async (ownerUnitId: string, entity: string, entityId: string, row: Record<string, unknown>) => {
    const key = keyOfUnit.get(ownerUnitId)!;
    const who = account(reportWriterOf[key] ?? 'officer.central');
    await appendAudit(tx, { userId: who.id, userEmail: who.email, unitId: ownerUnitId, ip: ctx.ip, action: 'create', entity, entityId, diff: diffOf(null, row) });
  };
  for (const d of rows.directives) {
    const groups = rows.groups.filter((g) => g.directiveId === d.id).map(({ id: _i, directiveId: _d, createdAt: _c, ...g }) => g);
    await auditAs(d.ownerUnitId, 'directive', d.id!, { ...d, groups } as Record<string, unknown>);
  }
  for (const t of rows.tasks) {
    const supportingUnitIds = rows.supporting.filter((s) => s.taskId === t.id).map((s) => s.unitId);
    const indicators = rows.indicators.filter((i) => i.taskId === t.id).map(({ taskId: _t, ...i }) => i);
    const { status: _s, percent: _p, doneAt: _d, lastReportAt: _l, ...row } = t;
    await auditAs(t.ownerUnitId, 'task', t.id!, { ...row, supportingUnitIds, indicators } as Record<string, unknown>);
  }
  return {
    directives: rows.directives.length,
    taskGroups: rows.groups.length,
    tasks: rows.tasks.length,
    reports: rows.reports.length + drafts,
  };
}
