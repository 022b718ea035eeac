import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTestApp, type TestApp } from '../../test/app.js';
import { makeUser, login, signedIn, uniq } from '../../test/factories.js';
import { taskReports } from './schema.js';
import { recomputeRollup } from './rollup.js';
import { periodContaining, todayIn } from './periods.js';

let t: TestApp;
type Who = Awaited<ReturnType<typeof signedIn>>;
let central: Who, provA: Who, provB: Who;
beforeAll(async () => {
  t = await openTestApp();
  central = await signedIn(t.app, t.db, 'officer');
  provA = await signedIn(t.app, t.db, 'officer', central.unit);
  provB = await signedIn(t.app, t.db, 'officer', central.unit);
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (who: Who | string, method: Method, url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie: typeof who === 'string' ? who : who.cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
async function ok(who: Who, method: Method, url: string, payload?: object, code = 200) {
  const res = await call(who, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(code);
  return res.statusCode === 204 ? null : res.json();
}
const directive = (who: Who, body: object = {}) => ok(who, 'POST', '/api/v1/directives', { code: uniq('CT-'), kind: 'directive', issuedOn: '2026-03-01', titleVi: uniq('Chỉ thị '), ...body }, 201);
const task = (who: Who, body: object) => ok(who, 'POST', '/api/v1/tasks', { titleVi: uniq('Nhiệm vụ '), ...body }, 201);
const accept = async (taskId: string, unitId: string, status: 'on_track' | 'done' | 'at_risk', percent: number) => {
  await t.db.insert(taskReports).values({ taskId, unitId, kind: 'report', period: '2026-Q4', periodStart: '2026-10-01', periodEnd: '2026-12-31', status, percent, state: 'accepted' });
  await recomputeRollup(t.db, taskId);
};

/** A central directive whose task A leads (B supports); A cascades it into a plan with two sub-tasks. */
async function cascade() {
  const d = await directive(central);
  const g = await ok(central, 'POST', '/api/v1/task-groups', { directiveId: d.id, number: 'I', titleEn: 'Group one' }, 201);
  const top = await task(central, { directiveId: d.id, groupId: g.id, leadUnitId: provA.unit.id, supportingUnitIds: [provB.unit.id], dueOn: '2026-12-31' });
  const plan = await ok(provA, 'POST', `/api/v1/tasks/${top.id}/cascade`, { code: uniq('KH-') }, 201);
  const sub1 = await task(provA, { directiveId: plan.id, leadUnitId: provA.unit.id, weight: 1, dueOn: '2026-12-31' });
  const sub2 = await task(provA, { directiveId: plan.id, leadUnitId: provA.unit.id, weight: 3, dueOn: '2026-12-31' });
  return { d, g, top, plan, sub1, sub2 };
}

describe('cascade visibility', () => {
  it('A sees its plan and the central task; B sees the central task only; the central unit sees all', async () => {
    const { d, top, plan, sub1, sub2 } = await cascade();
    expect(plan.kind).toBe('plan');
    expect(plan.ownerUnitId).toBe(provA.unit.id);
    expect(plan.implementsTask).toMatchObject({ id: top.id, directiveId: d.id, directiveCode: d.code });
    expect(sub1.parentTaskId).toBe(top.id);
    expect(sub1.parent).toMatchObject({ id: top.id, directiveCode: d.code });

    for (const who of [provA, central]) {
      const seen = await ok(who, 'GET', `/api/v1/tasks/${top.id}`);
      expect(seen.plans.map((p: { id: string }) => p.id)).toEqual([plan.id]);
      expect(seen.childCount).toBe(2);
      await ok(who, 'GET', `/api/v1/directives/${plan.id}`);
      const list = await ok(who, 'GET', `/api/v1/tasks?parentTaskId=${top.id}`);
      expect(list.items.map((x: { id: string }) => x.id).sort()).toEqual([sub1.id, sub2.id].sort());
      const tree = await ok(who, 'GET', `/api/v1/directives/${d.id}/tree`);
      const node = tree.groups[0].tasks[0];
      expect(node.id).toBe(top.id);
      expect(node.children.map((c: { id: string }) => c.id).sort()).toEqual([sub1.id, sub2.id].sort());
      expect(node.plans).toHaveLength(1);
    }

    const seenByB = await ok(provB, 'GET', `/api/v1/tasks/${top.id}`);
    expect(seenByB.plans).toEqual([]);
    expect(seenByB.childCount).toBe(0);
    expect(seenByB.can).toMatchObject({ update: false, cascade: false, report: true });
    expect((await call(provB, 'GET', `/api/v1/directives/${plan.id}`)).statusCode).toBe(404);
    expect((await call(provB, 'GET', `/api/v1/tasks/${sub1.id}`)).statusCode).toBe(404);
    expect((await call(provB, 'GET', `/api/v1/directives/${plan.id}/tree`)).statusCode).toBe(404);
    expect((await call(provB, 'GET', `/api/v1/directives/${plan.id}/matrix`)).statusCode).toBe(404);
    expect((await ok(provB, 'GET', `/api/v1/tasks?parentTaskId=${top.id}`)).total).toBe(0);
    expect((await ok(provB, 'GET', `/api/v1/directives?implementsTaskId=${top.id}`)).total).toBe(0);
    expect((await ok(provA, 'GET', `/api/v1/directives?implementsTaskId=${top.id}`)).total).toBe(1);
    const treeB = await ok(provB, 'GET', `/api/v1/directives/${d.id}/tree`);
    expect(treeB.groups[0].tasks[0].children).toEqual([]);
    expect(treeB.groups[0].tasks[0].plans).toEqual([]);
    const sub1B = await ok(provA, 'GET', `/api/v1/tasks/${sub1.id}`);
    expect(sub1B.parent.id).toBe(top.id);
    const matrixB = await ok(provB, 'GET', `/api/v1/directives/${d.id}/matrix`);
    expect(matrixB.units.map((u: { id: string }) => u.id)).toEqual([provA.unit.id]);
  });

  it('only the lead unit cascades (403), and a plan must be of kind plan (422)', async () => {
    const { top } = await cascade();
    expect((await call(provB, 'POST', `/api/v1/tasks/${top.id}/cascade`, { code: uniq('KH-') })).statusCode).toBe(403);
    const res = await call(provA, 'POST', '/api/v1/directives', { code: uniq('KH-'), kind: 'directive', issuedOn: '2026-01-01', titleVi: 'x', implementsTaskId: top.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.kind).toBeDefined();
    expect((await call(provB, 'POST', '/api/v1/directives', { code: uniq('KH-'), kind: 'plan', issuedOn: '2026-01-01', titleVi: 'x', implementsTaskId: top.id })).statusCode).toBe(403);
  });

  it('lets nobody hang tasks under another unit’s task or move them into a directive they may not write', async () => {
    const { d, top } = await cascade();
    // B's own directive: B may not put its tasks under the central task A leads (that is A's cascade)…
    const own = await directive(provB, { visibility: 'shared' });
    expect((await call(provB, 'POST', '/api/v1/tasks', { titleVi: uniq('Nhiệm vụ '), directiveId: own.id, leadUnitId: provB.unit.id, parentTaskId: top.id })).statusCode).toBe(403);
    // …nor move one of its tasks into the central directive (it sees it, it does not write it).
    const mine = await task(provB, { directiveId: own.id, leadUnitId: provB.unit.id });
    expect((await call(provB, 'PATCH', `/api/v1/tasks/${mine.id}`, { directiveId: d.id })).statusCode).toBe(403);
    expect((await ok(provB, 'GET', `/api/v1/tasks/${mine.id}`)).directiveId).toBe(own.id);
    // Within its own directive, a task under another of the same directive is fine.
    const child = await task(provB, { directiveId: own.id, leadUnitId: provB.unit.id, parentTaskId: mine.id });
    expect(child.parentTaskId).toBe(mine.id);
    // A plan with tasks is not re-pointed to another task (its tasks would stay under the first).
    const { plan } = await cascade();
    const other = await task(central, { directiveId: d.id, leadUnitId: provA.unit.id });
    const repoint = await call(provA, 'PATCH', `/api/v1/directives/${plan.id}`, { implementsTaskId: other.id });
    expect(repoint.statusCode).toBe(422);
    expect(Object.keys(repoint.json().error.fields)).toEqual(['implementsTaskId']);
  });
});

describe('roll-up through the API', () => {
  it('weighted mean of sub-tasks, combined statuses, late by due date, directive and group progress, matrix', async () => {
    const { d, g, top, sub1, sub2 } = await cascade();
    await accept(sub1.id, provA.unit.id, 'done', 100);
    await accept(sub2.id, provA.unit.id, 'on_track', 40);
    let seen = await ok(central, 'GET', `/api/v1/tasks/${top.id}`);
    expect(seen.percent).toBe(Math.round((100 * 1 + 40 * 3) / 4));
    expect(seen.status).toBe('on_track');
    // The weight changes the mean: recomputed on PATCH.
    await ok(provA, 'PATCH', `/api/v1/tasks/${sub2.id}`, { weight: 1 });
    seen = await ok(central, 'GET', `/api/v1/tasks/${top.id}`);
    expect(seen.percent).toBe(70);
    // A sub-task past its due date is late, and so is the parent.
    await ok(provA, 'PATCH', `/api/v1/tasks/${sub2.id}`, { dueOn: '2026-11-01' });
    const late = await ok(provA, 'GET', `/api/v1/tasks/${sub2.id}`);
    expect(late).toMatchObject({ status: 'on_track', effectiveStatus: 'late', overdue: true });
    seen = await ok(central, 'GET', `/api/v1/tasks/${top.id}`);
    expect(seen.status).toBe('late');
    const dir = await ok(central, 'GET', `/api/v1/directives/${d.id}`);
    expect(dir.progress).toEqual({ percent: 70, status: 'late', tasks: 1, done: 0, late: 1 });
    const groups = await ok(central, 'GET', `/api/v1/task-groups?directiveId=${d.id}`);
    expect(groups.items[0]).toMatchObject({ id: g.id, progress: { percent: 70, status: 'late', tasks: 1 } });
    // A second top-level task, done: the matrix has A's group cell and B's ungrouped cell.
    const other = await task(central, { directiveId: d.id, leadUnitId: provB.unit.id, weight: 2 });
    await accept(other.id, provB.unit.id, 'done', 100);
    const m = await ok(central, 'GET', `/api/v1/directives/${d.id}/matrix`);
    expect(m.groups.map((x: { id: string | null }) => x.id)).toEqual([g.id, null]);
    expect(m.cells).toEqual(
      expect.arrayContaining([
        { unitId: provA.unit.id, groupId: g.id, status: 'late', percent: 70, tasks: 1, late: 1 },
        { unitId: provB.unit.id, groupId: null, status: 'done', percent: 100, tasks: 1, late: 0 },
      ]),
    );
    expect(m.cells).toHaveLength(2);
    const dir2 = await ok(central, 'GET', `/api/v1/directives/${d.id}`);
    expect(dir2.progress).toEqual({ percent: Math.round((70 * 1 + 100 * 2) / 3), status: 'late', tasks: 2, done: 1, late: 1 });
    // Deleting a sub-task recomputes the parent; one with an accepted report is in use.
    expect((await call(provA, 'DELETE', `/api/v1/tasks/${sub1.id}`)).statusCode).toBe(409);
    const sub3 = await task(provA, { directiveId: (await ok(provA, 'GET', `/api/v1/tasks/${sub1.id}`)).directiveId, leadUnitId: provA.unit.id });
    expect((await ok(central, 'GET', `/api/v1/tasks/${top.id}`)).percent).toBe(Math.round((100 + 40) / 3));
    await ok(provA, 'DELETE', `/api/v1/tasks/${sub3.id}`, undefined, 204);
    expect((await ok(central, 'GET', `/api/v1/tasks/${top.id}`)).percent).toBe(70);
    expect((await call(central, 'DELETE', `/api/v1/tasks/${top.id}`)).statusCode).toBe(409);
  });
});

describe('tasks CRUD, validation, rights, lists, board', () => {
  it('creates with every field, validates, and answers 403 to others', async () => {
    const d = await directive(central);
    const d2 = await directive(central);
    const g2 = await ok(central, 'POST', '/api/v1/task-groups', { directiveId: d2.id, titleVi: 'Nhóm' }, 201);
    const partner = await ok(central, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: uniq('Partner '), visibility: 'shared' }, 201);
    const hidden = await ok(provB, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: uniq('Hidden '), visibility: 'confidential' }, 201);
    const fields = (await ok(central, 'GET', '/api/v1/cooperation-fields')).items;
    // The period of today, whenever the suite runs (it was pinned to the month it was written in).
    const thisMonth = periodContaining('monthly', todayIn(), { startOn: '2026-01-01', dueOn: '2026-12-31', createdOn: todayIn() });
    const created = await task(central, {
      directiveId: d.id,
      number: '1.2',
      titleEn: 'Exchange programme',
      description: 'Details',
      leadUnitId: provA.unit.id,
      supportingUnitIds: [provB.unit.id],
      startOn: '2026-01-01',
      dueOn: '2026-12-31',
      cadence: 'monthly',
      weight: 2,
      fieldIds: fields.length ? [fields[0].id] : [],
      indicators: [{ name: 'Delegations', unitOfMeasure: 'count', baseline: '0', target: '12.5' }],
      links: [{ entity: 'partner', recordId: partner.id }],
    });
    expect(created).toMatchObject({
      directive: { id: d.id, code: d.code },
      ownerUnitId: central.unit.id,
      visibility: d.visibility,
      title: 'Exchange programme',
      supportingUnitIds: [provB.unit.id],
      indicators: [{ name: 'Delegations', baseline: '0', target: '12.5', latest: null }],
      links: [{ entity: 'partner', recordId: partner.id }],
      nextReport: { period: thisMonth.key, dueOn: thisMonth.end, filed: false },
      can: { update: true, delete: true, cascade: false },
    });
    const bad = await call(central, 'POST', '/api/v1/tasks', {
      directiveId: d.id,
      groupId: g2.id,
      leadUnitId: provA.unit.id,
      startOn: '2026-05-01',
      dueOn: '2026-04-01',
      links: [{ entity: 'partner', recordId: hidden.id }],
    });
    expect(bad.statusCode).toBe(422);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['dueOn', 'groupId', 'links.0.recordId', 'titleVi']);
    expect((await call(provB, 'POST', '/api/v1/tasks', { directiveId: d.id, titleVi: 'x', leadUnitId: provB.unit.id })).statusCode).toBe(403);
    expect((await call(provB, 'PATCH', `/api/v1/tasks/${created.id}`, { weight: 3 })).statusCode).toBe(403);
    expect((await call(provB, 'DELETE', `/api/v1/tasks/${created.id}`)).statusCode).toBe(403);
    const viewer = await login(t.app, (await makeUser(t.db, central.unit, 'viewer')).email);
    expect((await call(viewer, 'POST', '/api/v1/directives', { code: 'X', kind: 'directive', issuedOn: '2026-01-01', titleVi: 'x' })).statusCode).toBe(403);
    const patched = await ok(central, 'PATCH', `/api/v1/tasks/${created.id}`, { titleVi: 'Trao đổi', indicators: [{ id: created.indicators[0].id, name: 'Đoàn', target: '10' }], links: [] });
    expect(patched).toMatchObject({ titleVi: 'Trao đổi', indicators: [{ id: created.indicators[0].id, name: 'Đoàn', target: '10' }], links: [] });
    const found = await ok(central, 'GET', `/api/v1/tasks?q=trao%20doi&directiveId=${d.id}`);
    expect(found.items.map((x: { id: string }) => x.id)).toEqual([created.id]);
    await ok(central, 'DELETE', `/api/v1/tasks/${created.id}`, undefined, 204);
    expect((await call(central, 'GET', `/api/v1/tasks/${created.id}`)).statusCode).toBe(404);
  });

  it('filters mine, assignedBy + overdue, status; the board has five columns', async () => {
    const unit = await signedIn(t.app, t.db, 'officer', central.unit);
    const d = await directive(central);
    const overdue = await task(central, { directiveId: d.id, leadUnitId: unit.unit.id, dueOn: '2026-01-31' });
    const soon = await task(central, { directiveId: d.id, leadUnitId: central.unit.id, supportingUnitIds: [unit.unit.id], dueOn: '2027-01-31' });
    const done = await task(central, { directiveId: d.id, leadUnitId: unit.unit.id, dueOn: '2026-02-28' });
    await accept(done.id, unit.unit.id, 'done', 100);
    const ids = (r: { items: { id: string }[] }) => r.items.map((x) => x.id);
    expect(ids(await ok(unit, 'GET', '/api/v1/tasks?mine=true'))).toEqual([overdue.id, done.id, soon.id]);
    expect(ids(await ok(central, 'GET', `/api/v1/tasks?assignedBy=${central.unit.id}&overdue=true&directiveId=${d.id}`))).toEqual([overdue.id]);
    expect(ids(await ok(unit, 'GET', '/api/v1/tasks?mine=true&status=late'))).toEqual([overdue.id]);
    expect(ids(await ok(unit, 'GET', '/api/v1/tasks?mine=true&status=not_started'))).toEqual([soon.id]);
    const page = await ok(unit, 'GET', '/api/v1/tasks?mine=true&limit=1&page=2');
    expect(page).toMatchObject({ total: 3, page: 2, limit: 1 });
    expect(ids(page)).toEqual([done.id]);
    const board = await ok(unit, 'GET', '/api/v1/tasks/board');
    expect(board.columns.map((c: { status: string }) => c.status)).toEqual(['not_started', 'on_track', 'at_risk', 'late', 'done']);
    const col = (s: string) => board.columns.find((c: { status: string }) => c.status === s);
    expect(col('late')).toMatchObject({ total: 1, items: [{ id: overdue.id }] });
    expect(col('done')).toMatchObject({ total: 1, items: [{ id: done.id }] });
    expect(col('not_started')).toMatchObject({ total: 1, items: [{ id: soon.id }] });
  });
});

describe('export', () => {
  it('writes the status and matrix sheets in the request language', async () => {
    const { d, top, sub1 } = await cascade();
    await accept(sub1.id, provA.unit.id, 'done', 100);
    const res = await call(central, 'GET', `/api/v1/directives/${d.id}/export.xlsx`, undefined, 'fr');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${d.code}-implementation.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const status = wb.getWorksheet('Status')!;
    expect(status.getRow(1).getCell(2).value).toBe('Tâche');
    expect(status.getRow(2).getCell(2).value).toBe(top.titleVi);
    expect(status.getRow(2).getCell(7).value).toBe('En bonne voie');
    expect(status.getRow(2).getCell(8).value).toBe(25);
    // Sub-tasks follow their parent, indented.
    const subRows = [3, 4].map((n) => status.getRow(n));
    expect(subRows.map((r) => r.getCell(2).alignment?.indent)).toEqual([2, 2]);
    expect(subRows.find((r) => r.getCell(2).value === sub1.titleVi)!.getCell(9).value).toBe('2026-Q4');
    const matrix = wb.getWorksheet('Matrix')!;
    expect(matrix.getRow(1).getCell(1).value).toBe('Unité');
    expect(matrix.getRow(2).getCell(1).value).toBe(provA.unit.nameFr);
    expect(String(matrix.getRow(2).getCell(2).value)).toContain("25 %");
  });
});
