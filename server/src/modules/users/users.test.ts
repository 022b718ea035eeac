import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, makeUnit, makeUser, signedIn, login, uniq } from '../../test/factories.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
});
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
const newUser = (unitId: string, role = 'officer', email = `${uniq('n')}@test.amity`) => ({
  email,
  displayName: 'Nguyễn Thị Mai',
  password: 'long-enough-pass',
  unitId,
  role,
  language: 'vi',
});

describe('users as an administrator', () => {
  it('creates a user who can then sign in, never exposing the password hash', async () => {
    const unit = await makeUnit(t.db);
    const res = await call(admin.cookie, 'POST', '/api/v1/users', newUser(unit.id));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'officer', unit: { id: unit.id }, can: { update: true, deactivate: true } });
    expect(res.body).not.toContain('argon2');
    await login(t.app, res.json().email, 'long-enough-pass');
  });

  it('refuses a duplicate email whatever its case, next to the field', async () => {
    const unit = await makeUnit(t.db);
    const email = `${uniq('dup')}@test.amity`;
    await call(admin.cookie, 'POST', '/api/v1/users', newUser(unit.id, 'officer', email));
    const res = await call(admin.cookie, 'POST', '/api/v1/users', newUser(unit.id, 'officer', email.toUpperCase()), 'vi');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.email).toBe('Đã có người dùng với email này.');
  });

  it('changes a role (audited as role_change), deactivates and reactivates', async () => {
    const unit = await makeUnit(t.db);
    const user = await makeUser(t.db, unit);
    const cookie = await login(t.app, user.email);
    const promoted = await call(admin.cookie, 'PATCH', `/api/v1/users/${user.id}`, { role: 'manager' });
    expect(promoted.json().role).toBe('manager');
    const audit = (await call(admin.cookie, 'GET', `/api/v1/audit?entity=user&entityId=${user.id}&action=role_change`)).json();
    expect(audit.items[0].diff).toEqual({ before: { role: 'officer' }, after: { role: 'manager' } });

    expect((await call(admin.cookie, 'PATCH', `/api/v1/users/${user.id}`, { active: false })).json().active).toBe(false);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await call(admin.cookie, 'PATCH', `/api/v1/users/${user.id}`, { active: true })).json().active).toBe(true);
    await login(t.app, user.email);
  });

  it('cannot deactivate or demote itself', async () => {
    const self = await call(admin.cookie, 'PATCH', `/api/v1/users/${admin.user.id}`, { active: false });
    expect(self.json().error.fields.active).toBe('You cannot deactivate yourself.');
    const demote = await call(admin.cookie, 'PATCH', `/api/v1/users/${admin.user.id}`, { role: 'viewer' });
    expect(demote.json().error.fields.role).toBe('You cannot change your own role.');
  });

  it('sets a password for a user and ends their sessions', async () => {
    const user = await makeUser(t.db, await makeUnit(t.db));
    const cookie = await login(t.app, user.email);
    const res = await call(admin.cookie, 'POST', `/api/v1/users/${user.id}/password`, { password: 'reset-by-admin-1' });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
    await login(t.app, user.email, 'reset-by-admin-1');
  });

  it('lists with search without diacritics, filters and pagination', async () => {
    const unit = await makeUnit(t.db);
    const tag = uniq('t');
    for (const name of ['Đặng Văn Lâm', 'Đỗ Thị Hà', 'Trương Văn Lâm']) {
      await makeUser(t.db, unit, 'viewer', { displayName: `${name} ${tag}` });
    }
    const found = (await call(admin.cookie, 'GET', `/api/v1/users?q=${encodeURIComponent(`lam dang ${tag}`)}`)).json();
    expect(found.items.map((u: { displayName: string }) => u.displayName)).toEqual([`Đặng Văn Lâm ${tag}`]);
    const page = (await call(admin.cookie, 'GET', `/api/v1/users?unitId=${unit.id}&role=viewer&limit=2&sort=displayName`)).json();
    expect(page).toMatchObject({ total: 3, limit: 2, page: 1 });
    expect(page.items.map((u: { displayName: string }) => u.displayName)).toEqual([`Đặng Văn Lâm ${tag}`, `Đỗ Thị Hà ${tag}`]);
  });
});

describe('users as a manager', () => {
  it('manages non-admin users of their subtree only', async () => {
    const root = await ensureRoot(t.db);
    const mgr = await signedIn(t.app, t.db, 'manager', root);
    const below = await makeUnit(t.db, mgr.unit);
    const outside = await makeUnit(t.db, root);
    const outsider = await makeUser(t.db, outside);

    expect((await call(mgr.cookie, 'POST', '/api/v1/users', newUser(below.id))).statusCode).toBe(201);
    const elsewhere = await call(mgr.cookie, 'POST', '/api/v1/users', newUser(outside.id), 'fr');
    expect(elsewhere.json().error.fields.unitId).toBe('Vous ne pouvez pas choisir cette unité.');
    const asAdmin = await call(mgr.cookie, 'POST', '/api/v1/users', newUser(below.id, 'admin'));
    expect(asAdmin.json().error.fields.role).toBe('You cannot give this role.');

    expect((await call(mgr.cookie, 'GET', `/api/v1/users/${outsider.id}`)).statusCode).toBe(404);
    expect((await call(mgr.cookie, 'PATCH', `/api/v1/users/${outsider.id}`, { active: false })).statusCode).toBe(404);
    const listed = (await call(mgr.cookie, 'GET', '/api/v1/users?limit=200')).json();
    expect(listed.items.every((u: { unitId: string }) => [mgr.unit.id, below.id].includes(u.unitId))).toBe(true);
    expect(listed.items.some((u: { id: string }) => u.id === admin.user.id)).toBe(false);
  });

  it('officers may not list or create users', async () => {
    const off = await signedIn(t.app, t.db, 'officer');
    expect((await call(off.cookie, 'GET', '/api/v1/users')).statusCode).toBe(403);
    expect((await call(off.cookie, 'POST', '/api/v1/users', newUser(off.unit.id))).statusCode).toBe(403);
    expect((await call(off.cookie, 'GET', `/api/v1/users/${off.user.id}`)).statusCode).toBe(200);
  });
});

describe('the colleague directory', () => {
  it('lets any signed-in user find active colleagues of every unit by name, without diacritics, names and units only', async () => {
    const off = await signedIn(t.app, t.db, 'officer');
    const elsewhere = await makeUnit(t.db, await ensureRoot(t.db));
    const word = uniq('Trường').replace(/[^\p{L}\d]/gu, '');
    const colleague = await makeUser(t.db, elsewhere, 'manager', { displayName: `Đặng ${word}` });
    const gone = await makeUser(t.db, elsewhere, 'officer', { displayName: `Lê ${word}` });
    await call(admin.cookie, 'PATCH', `/api/v1/users/${gone.id}`, { active: false });
    const res = await call(off.cookie, 'GET', `/api/v1/users/directory?q=${encodeURIComponent(`dang ${word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')}`)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [{ id: colleague.id, displayName: `Đặng ${word}`, unit: { id: elsewhere.id, nameVi: elsewhere.nameVi, nameEn: elsewhere.nameEn, nameFr: elsewhere.nameFr } }],
      total: 1,
      page: 1,
      limit: 50,
    });
    const ofUnit = (await call(off.cookie, 'GET', `/api/v1/users/directory?unitId=${elsewhere.id}&limit=200`)).json();
    expect(ofUnit.items.map((u: { id: string }) => u.id)).toEqual([colleague.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users/directory' })).statusCode).toBe(401);
  });
});

describe('the last administrator', () => {
  it('cannot be deactivated or demoted, even by the system', async () => {
    // A database of its own, with exactly one administrator.
    const own = await openTestApp();
    try {
      const a = await signedIn(own.app, own.db, 'admin');
      const { updateUser } = await import('./service.js');
      const system = { scope: { userId: crypto.randomUUID(), unitId: a.unit.id, role: 'admin' as const, relatedUnitIds: [a.unit.id], subtreeUnitIds: [a.unit.id] }, email: 'system', ip: null, lang: 'en' as const };
      await expect(updateUser(own.db, system, a.user.id, { role: 'officer' })).rejects.toMatchObject({ code: 'last_admin' });
      await expect(updateUser(own.db, system, a.user.id, { active: false })).rejects.toMatchObject({ code: 'last_admin' });
      await signedIn(own.app, own.db, 'admin');
      expect((await updateUser(own.db, system, a.user.id, { role: 'officer' })).role).toBe('officer');
    } finally {
      await own.close();
    }
  });
});
