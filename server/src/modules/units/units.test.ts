import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, makeUnit, makeUser, signedIn, uniq } from '../../test/factories.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
});
afterAll(() => t.close());

const body = (parentId: string, nameVi = uniq('Sở Ngoại vụ ')) => ({
  parentId,
  nameVi,
  nameEn: `Foreign Affairs ${nameVi}`,
  nameFr: `Affaires étrangères ${nameVi}`,
  kind: 'state',
  pillar: 'state',
  level: 'province',
});
const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe('units as an administrator', () => {
  it('creates, edits, moves and deletes, auditing each change', async () => {
    const root = await ensureRoot(t.db);
    const created = await call(admin.cookie, 'POST', '/api/v1/units', body(root.id));
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({ parentId: root.id, depth: 1, childCount: 0, can: { update: true, move: true, delete: true, createChild: true } });

    const edited = await call(admin.cookie, 'PATCH', `/api/v1/units/${unit.id}`, { nameEn: 'Hanoi Department of Foreign Affairs' });
    expect(edited.json().nameEn).toBe('Hanoi Department of Foreign Affairs');

    const other = await makeUnit(t.db, root);
    const child = await makeUnit(t.db, other);
    const moved = await call(admin.cookie, 'POST', `/api/v1/units/${other.id}/move`, { parentId: unit.id });
    expect(moved.json()).toMatchObject({ parentId: unit.id, depth: 2 });
    const movedChild = (await call(admin.cookie, 'GET', `/api/v1/units/${child.id}`)).json();
    expect(movedChild.depth).toBe(3);

    const intoOwnChild = await call(admin.cookie, 'POST', `/api/v1/units/${unit.id}/move`, { parentId: child.id });
    expect(intoOwnChild.statusCode).toBe(422);
    expect(intoOwnChild.json().error.code).toBe('invalid_move');

    expect((await call(admin.cookie, 'DELETE', `/api/v1/units/${unit.id}`)).json().error.code).toBe('unit_has_children');
    await makeUser(t.db, child);
    expect((await call(admin.cookie, 'DELETE', `/api/v1/units/${child.id}`)).json().error.code).toBe('unit_has_users');

    const leaf = await makeUnit(t.db, root);
    expect((await call(admin.cookie, 'DELETE', `/api/v1/units/${leaf.id}`)).statusCode).toBe(204);
    expect((await call(admin.cookie, 'GET', `/api/v1/units/${leaf.id}`)).statusCode).toBe(404);

    const audit = (await call(admin.cookie, 'GET', `/api/v1/audit?entity=unit&entityId=${unit.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['update', 'create']);
    expect(audit.items[0].diff).toEqual({ before: { nameEn: `Foreign Affairs ${unit.nameVi}` }, after: { nameEn: 'Hanoi Department of Foreign Affairs' } });
  });

  it('finds units by name without diacritics, paginates and sorts', async () => {
    const root = await ensureRoot(t.db);
    const tag = uniq('q');
    for (const n of ['Hội hữu nghị Việt – Pháp', 'Hội hữu nghị Việt – Đức', 'Ủy ban nhân dân tỉnh Hòa Bình']) {
      await makeUnit(t.db, root, { nameVi: `${n} ${tag}` });
    }
    const found = (await call(admin.cookie, 'GET', `/api/v1/units?q=${encodeURIComponent(`hoi huu nghi viet ${tag}`)}`)).json();
    expect(found.total).toBe(2);
    const duc = (await call(admin.cookie, 'GET', `/api/v1/units?q=${encodeURIComponent(`viet – duc ${tag}`)}`)).json();
    expect(duc.items.map((u: { nameVi: string }) => u.nameVi)).toEqual([`Hội hữu nghị Việt – Đức ${tag}`]);
    const page1 = (await call(admin.cookie, 'GET', `/api/v1/units?q=${tag}&limit=2&page=1&sort=-nameVi`)).json();
    const page2 = (await call(admin.cookie, 'GET', `/api/v1/units?q=${tag}&limit=2&page=2&sort=-nameVi`)).json();
    expect(page1).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    expect(page1.items[0].nameVi.startsWith('Ủy ban')).toBe(true);
    expect((await call(admin.cookie, 'GET', '/api/v1/units?limit=500')).statusCode).toBe(422);
  });
});

describe('units as a manager', () => {
  it("may change the units below their own, nothing outside", async () => {
    const root = await ensureRoot(t.db);
    const mgr = await signedIn(t.app, t.db, 'manager', root);
    const sibling = await makeUnit(t.db, root);
    const created = await call(mgr.cookie, 'POST', '/api/v1/units', body(mgr.unit.id));
    expect(created.statusCode).toBe(201);
    expect((await call(mgr.cookie, 'POST', '/api/v1/units', body(sibling.id))).statusCode).toBe(403);
    expect((await call(mgr.cookie, 'PATCH', `/api/v1/units/${sibling.id}`, { nameEn: 'x' })).statusCode).toBe(403);
    expect((await call(mgr.cookie, 'POST', `/api/v1/units/${created.json().id}/move`, { parentId: sibling.id })).statusCode).toBe(403);
    expect((await call(mgr.cookie, 'DELETE', `/api/v1/units/${mgr.unit.id}`)).statusCode).toBe(403);

    const tree = (await call(mgr.cookie, 'GET', '/api/v1/units/tree')).json().items as { id: string; can: Record<string, boolean> }[];
    const own = tree.find((u) => u.id === mgr.unit.id)!;
    expect(own.can).toEqual({ update: true, move: false, delete: false, createChild: true });
    expect(tree.find((u) => u.id === sibling.id)!.can).toEqual({ update: false, move: false, delete: false, createChild: false });
    expect(tree.find((u) => u.id === created.json().id)!.can.delete).toBe(true);
  });

  it('officers and viewers read the tree but change nothing', async () => {
    const off = await signedIn(t.app, t.db, 'officer');
    expect((await call(off.cookie, 'GET', '/api/v1/units/tree')).statusCode).toBe(200);
    expect((await call(off.cookie, 'POST', '/api/v1/units', body(off.unit.id))).statusCode).toBe(403);
    expect((await call(off.cookie, 'PATCH', `/api/v1/units/${off.unit.id}`, { nameEn: 'x' })).statusCode).toBe(403);
  });
});
