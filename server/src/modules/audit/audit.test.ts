import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, makeUnit, signedIn, uniq } from '../../test/factories.js';
import { verifyChain } from './repo.js';
import { canonical } from '../../core/audit-hash.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
});
afterAll(() => t.close());

const get = (cookie: string, qs: string) => t.app.inject({ url: `/api/v1/audit?${qs}`, headers: { cookie } });

describe('audit log', () => {
  it('records who, unit, when, what, and the before/after of every write', async () => {
    const root = await ensureRoot(t.db);
    const created = (await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: admin.cookie },
      payload: { parentId: root.id, nameVi: 'Sở Ngoại vụ Huế', nameEn: 'Hue DOFA', nameFr: 'DAE de Hué', kind: 'state', pillar: 'state', level: 'province' },
    })).json();
    const { items } = (await get(admin.cookie, `entity=unit&entityId=${created.id}`)).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ action: 'create', userId: admin.user.id, userEmail: admin.user.email, unitId: admin.unit.id, ip: '127.0.0.1' });
    expect(items[0].diff.after).toMatchObject({ nameVi: 'Sở Ngoại vụ Huế', parentId: root.id });
    expect(new Date(items[0].at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records logins and failed logins', async () => {
    const { user } = await signedIn(t.app, t.db, 'officer');
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: 'wrong-wrong' } });
    const { items } = (await get(admin.cookie, `userId=${user.id}`)).json();
    expect(items.map((i: { action: string }) => i.action)).toEqual(['login_failed', 'login']);
  });

  it('filters by date and paginates', async () => {
    const future = (await get(admin.cookie, `from=${new Date(Date.now() + 3600_000).toISOString()}`)).json();
    expect(future.total).toBe(0);
    const page = (await get(admin.cookie, 'limit=2&page=2')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(4);
    expect((await get(admin.cookie, 'from=yesterday')).statusCode).toBe(422);
  });

  it('shows managers only their subtree, and officers nothing', async () => {
    const mgr = await signedIn(t.app, t.db, 'manager');
    const { items } = (await get(mgr.cookie, 'limit=200')).json();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i: { unitId: string }) => i.unitId === mgr.unit.id)).toBe(true);
    const off = await signedIn(t.app, t.db, 'officer');
    expect((await get(off.cookie, '')).statusCode).toBe(403);
  });

  it('cannot be edited or deleted', async () => {
    await expect(t.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });

  it('is a hash chain whose first broken link is found', async () => {
    await makeUnit(t.db);
    expect((await verifyChain(t.db)).brokenAt).toBeUndefined();
    // A second database, so tampering does not disturb the other tests.
    const own = await openTestApp();
    try {
      const a = await signedIn(own.app, own.db, 'admin');
      for (let i = 0; i < 3; i++) await own.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: a.cookie }, payload: { displayName: uniq('Tên ') } });
      const ok = await verifyChain(own.db);
      expect(ok.brokenAt).toBeUndefined();
      expect(ok.checked).toBe(4);
      const [victim] = (await own.db.execute<{ id: number }>(sql`select id from audit_log order by id limit 1 offset 2`)).rows;
      await own.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await own.db.execute(sql`update audit_log set diff = '{"after":{"displayName":"forged"}}' where id = ${victim!.id}`);
      const broken = await verifyChain(own.db);
      expect(broken.brokenAt?.id).toBe(Number(victim!.id));
      expect(broken.reason).toBe('hash');
      expect(broken.checked).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('hashes a canonical form, whatever the key order', () => {
    expect(canonical({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });
});
