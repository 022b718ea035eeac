import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { scopedTable } from '../../../core/tenancy.js';
import { scopeOfUser } from '../../users/repo.js';
import { users } from '../../../core/tenancy-schema.js';
import { units } from '../../../core/tenancy-schema.js';
import { auditLog } from '../../../core/audit-schema.js';
import { directives, taskGroups } from '../schema.js';
import { tasks, taskLinks, taskReports } from '../schema.js';

type Directive = typeof directives.$inferSelect;
type Task = typeof tasks.$inferSelect;
import { scopedTasks } from '../repo-tasks.js';
import { recomputeRollup } from '../rollup.js';
import { parsePeriod, todayIn } from '../periods.js';

let t: TestApp;
let loadedAt: Date;
let all: Directive[];
let allTasks: Task[];
const byCode = (code: string) => {
  const d = all.find((x) => x.code === code);
  if (!d) throw new Error(`no directive ${code}`);
  return d;
};
const scopeOf = async (email: string) => {
  const [u] = await t.db.select().from(users).where(eq(users.email, email));
  return (await scopeOfUser(t.db, u!.id))!;
};

beforeAll(async () => {
  t = await openTestApp();
  process.env.AMITY_DEMO_PASSWORD = 'demo-password-for-directive-tests';
  loadedAt = new Date();
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo', payload: {} });
  if (res.statusCode !== 201) throw new Error(`demo load: ${res.statusCode} ${res.body}`);
  all = await t.db.select().from(directives);
  allTasks = await t.db.select().from(tasks);
});
afterAll(async () => {
  delete process.env.AMITY_DEMO_PASSWORD;
  await t.close();
});

describe('demo directives', () => {
  it('has the seeds’ directives with their task groups', async () => {
    const groups = await t.db.select().from(taskGroups);
    const count = (code: string) => groups.filter((g) => g.directiveId === byCode(code).id).length;
    expect(count('47/NQ-CP')).toBe(5);
    expect(count('71-KL/TW')).toBe(8);
    expect(count('01/CTr-BNG')).toBe(7);
    expect(byCode('01/CTr-BNG').kind).toBe('programme');
    expect(byCode('45-CT/TU').kind).toBe('directive');
    for (const code of ['47/NQ-CP', '71-KL/TW', '01/CTr-BNG', '45-CT/TU']) {
      const own = allTasks.filter((x) => x.directiveId === byCode(code).id);
      expect(own.length, code).toBeGreaterThanOrEqual(code === '45-CT/TU' ? 6 : 10);
      // Every group has tasks, and each task its lead unit.
      for (const g of groups.filter((x) => x.directiveId === byCode(code).id)) expect(own.some((x) => x.groupId === g.id), `${code} ${g.number}`).toBe(true);
    }
    for (const d of all) expect([d.titleVi, d.titleEn, d.titleFr].every((s) => s.trim() !== ''), d.code).toBe(true);
    // Found by the folded search text, without diacritics.
    const found = await t.db.select({ code: directives.code }).from(directives).where(sql`${directives.searchText} like '%' || amity_fold('nghi quyet ban hanh chuong trinh') || '%'`);
    expect(found.map((f) => f.code)).toContain('47/NQ-CP');
    expect(allTasks.every((x) => x.searchText !== '')).toBe(true);
  });

  it('cascades: provincial plans under central tasks, a district plan under Hanoi’s', async () => {
    const plans = all.filter((d) => d.kind === 'plan');
    expect(plans).toHaveLength(3);
    const unitRows = await t.db.select().from(units);
    const unitByName = (en: string) => unitRows.find((u) => u.nameEn === en)!;
    for (const p of plans) {
      expect(p.visibility, p.code).toBe('unit');
      const implemented = allTasks.find((x) => x.id === p.implementsTaskId)!;
      expect(implemented, p.code).toBeDefined();
      // The plan belongs to the unit that leads the task it implements.
      expect(implemented.leadUnitId, p.code).toBe(p.ownerUnitId);
      const subs = allTasks.filter((x) => x.directiveId === p.id);
      expect(subs.length, p.code).toBeGreaterThanOrEqual(3);
      for (const s of subs) {
        expect(s.parentTaskId, s.titleVi).toBe(implemented.id);
        expect([s.ownerUnitId, s.visibility]).toEqual([p.ownerUnitId, 'unit']);
      }
    }
    const owners = plans.map((p) => unitRows.find((u) => u.id === p.ownerUnitId)!.nameEn).sort();
    expect(owners).toEqual(['Hanoi Party Committee', 'Hoa Binh Provincial Party Committee', 'Hoan Kiem District People’s Committee']);
    const district = plans.find((p) => p.ownerUnitId === unitByName('Hoan Kiem District People’s Committee').id)!;
    const hanoiPlan = plans.find((p) => p.ownerUnitId === unitByName('Hanoi Party Committee').id)!;
    expect(allTasks.find((x) => x.id === district.implementsTaskId)!.directiveId).toBe(hanoiPlan.id);
    expect(allTasks.find((x) => x.id === hanoiPlan.implementsTaskId)!.directiveId).toBe(byCode('47/NQ-CP').id);
  });

  it('stores the roll-up tasks/rollup.ts computes, with some work overdue', async () => {
    const before = new Map(allTasks.map((x) => [x.id, [x.status, x.percent]]));
    const now = new Date();
    for (const x of allTasks) await recomputeRollup(t.db, x.id, now);
    const after = await t.db.select().from(tasks);
    for (const x of after) expect([x.status, x.percent], x.titleVi).toEqual(before.get(x.id));
    const today = todayIn(loadedAt);
    const overdue = after.filter((x) => x.dueOn && x.dueOn < today && x.status !== 'done');
    expect(overdue.length).toBeGreaterThanOrEqual(4);
    expect(after.filter((x) => x.status === 'done').length).toBeGreaterThanOrEqual(4);
    // The cascade reaches the central task: Hoa Binh's overdue sub-task makes it late.
    expect(after.some((x) => x.parentTaskId === null && x.status === 'late')).toBe(true);
    expect(new Set(after.map((x) => x.cadence))).toEqual(new Set(['quarterly', 'monthly', 'half_yearly', 'yearly', 'once']));
    expect(after.filter((x) => x.cadence === 'quarterly').length / after.length).toBeGreaterThan(0.5);
  });

  it('has a year of reports that fit each task’s cadence, mostly accepted', async () => {
    const reports = await t.db.select().from(taskReports);
    const taskById = new Map(allTasks.map((x) => [x.id, x]));
    expect(reports.length).toBeGreaterThanOrEqual(150);
    for (const r of reports) {
      const task = taskById.get(r.taskId)!;
      const p = parsePeriod(task.cadence, r.period, { startOn: task.startOn, dueOn: task.dueOn, createdOn: task.createdAt.toISOString().slice(0, 10) });
      expect(p, `${task.titleVi} ${r.period}`).not.toBeNull();
      expect([r.periodStart, r.periodEnd]).toEqual([p!.start, p!.end]);
      if (r.state === 'draft') {
        // A report still being written: neither sent nor reviewed.
        expect([r.submittedAt, r.reviewedAt]).toEqual([null, null]);
        continue;
      }
      expect(r.submittedAt!.getTime()).toBeLessThanOrEqual(loadedAt.getTime());
      if (r.reviewedAt) expect(r.reviewedAt.getTime()).toBeGreaterThan(r.submittedAt!.getTime());
      expect(r.reviewedAt === null, r.state).toBe(r.state === 'submitted');
      if (r.status === 'done') expect(r.percent).toBe(100);
    }
    const state = (s: string) => reports.filter((r) => r.state === s);
    expect(state('accepted').length / reports.length).toBeGreaterThan(0.75);
    expect(state('submitted').length).toBeGreaterThanOrEqual(2);
    expect(state('returned')).toHaveLength(1);
    expect(state('draft')).toHaveLength(1);
    const links = await t.db.select().from(taskLinks);
    expect(links.some((l) => l.entity === 'partner') && links.some((l) => l.entity === 'engagement')).toBe(true);
    expect(state('returned')[0]!.reviewComment).not.toBe('');
    const v2 = reports.filter((r) => r.version === 2);
    expect(v2).toHaveLength(1);
    const v1 = reports.find((r) => r.id === v2[0]!.previousId)!;
    expect([v1.taskId, v1.period, v1.version, v1.state]).toEqual([v2[0]!.taskId, v2[0]!.period, 1, 'accepted']);
    expect(reports.some((r) => r.kind === 'input')).toBe(true);
    // Only tasks without sub-tasks are reported on: the others take their sub-tasks' progress.
    const parents = new Set(allTasks.map((x) => x.parentTaskId).filter(Boolean));
    expect(reports.filter((r) => parents.has(r.taskId))).toHaveLength(0);
  });

  it('shows a province’s plan to that province, not to another province', async () => {
    const scopedDirectives = scopedTable(directives, 'directive');
    const plans = all.filter((d) => d.kind === 'plan');
    const planIds = plans.map((p) => p.id);
    const visible = async (email: string) =>
      (await t.db.select({ id: directives.id }).from(directives).where(scopedDirectives.where(await scopeOf(email), inArray(directives.id, planIds)))).map((r) => r.id);
    const [hanoiPlan, hoankiemPlan, hoabinhPlan] = ['215/KH-UBND', '38/KH-UBND', '112/KH-UBND'].map(byCode) as [Directive, Directive, Directive];
    expect((await visible('officer.hanoi@demo.amity')).sort()).toEqual([hanoiPlan.id, hoankiemPlan.id].sort());
    expect(await visible('officer.hoabinh@demo.amity')).toEqual([hoabinhPlan.id]);
    expect((await visible('manager.central@demo.amity')).length).toBe(3);
    // Nor its tasks, although the central task they detail is seen by all.
    const hanoiTaskIds = allTasks.filter((x) => x.directiveId === hanoiPlan.id).map((x) => x.id);
    const seenBy = async (email: string, ids: string[]) => (await t.db.select({ id: tasks.id }).from(tasks).where(scopedTasks.where(await scopeOf(email), inArray(tasks.id, ids)))).length;
    expect(await seenBy('officer.hoabinh@demo.amity', hanoiTaskIds)).toBe(0);
    expect(await seenBy('officer.hanoi@demo.amity', hanoiTaskIds)).toBe(hanoiTaskIds.length);
    expect(await seenBy('officer.hoabinh@demo.amity', [hanoiPlan.implementsTaskId!])).toBe(1);
  });

  it('audits each directive and task as created', async () => {
    const audited = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'create'), inArray(auditLog.entity, ['directive', 'task'])));
    expect(audited.filter((a) => a.entity === 'directive').length).toBe(all.length);
    expect(audited.filter((a) => a.entity === 'task').length).toBe(allTasks.length);
  });
});
