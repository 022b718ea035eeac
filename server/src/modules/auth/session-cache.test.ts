import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { signedIn, makeUser, login } from '../../test/factories.js';
import { sessions } from './schema.js';

// The production behaviour: resolved sessions are reused from memory for a while.
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ sessionCacheMs: 60_000 });
});
afterAll(() => t.close());

const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } });

describe('session cache', () => {
  it('answers from memory: a change made behind the app (another process) is not seen within the TTL', async () => {
    const { user, cookie } = await signedIn(t.app, t.db, 'officer');
    expect((await me(cookie)).statusCode).toBe(200);
    await t.db.delete(sessions).where(eq(sessions.userId, user.id));
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('forgets at once what this process changes: logout, deactivation, role change, password change', async () => {
    const admin = await signedIn(t.app, t.db, 'admin');
    const { user, cookie } = await signedIn(t.app, t.db, 'officer');
    await me(cookie);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect((await me(cookie)).statusCode).toBe(401);

    const again = await login(t.app, user.email);
    await me(again);
    await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${user.id}`, headers: { cookie: admin.cookie }, payload: { role: 'viewer' } });
    expect((await me(again)).json().user.role).toBe('viewer');
    await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${user.id}`, headers: { cookie: admin.cookie }, payload: { active: false } });
    expect((await me(again)).statusCode).toBe(401);

    const other = await makeUser(t.db, admin.unit);
    const c = await login(t.app, other.email);
    await me(c);
    await t.app.inject({ method: 'POST', url: `/api/v1/users/${other.id}/password`, headers: { cookie: admin.cookie }, payload: { password: 'another-password-9' } });
    expect((await me(c)).statusCode).toBe(401);
  });

  it('sees new sub-units in the scope right away', async () => {
    const mgr = await signedIn(t.app, t.db, 'manager');
    await me(mgr.cookie);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: mgr.cookie },
      payload: { parentId: mgr.unit.id, nameVi: 'Phòng mới', nameEn: 'New office', nameFr: 'Nouveau bureau', kind: 'state', pillar: 'state', level: 'district' },
    });
    const child = created.json();
    const grandchild = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { cookie: mgr.cookie },
      payload: { parentId: child.id, nameVi: 'Tổ', nameEn: 'Team', nameFr: 'Équipe', kind: 'state', pillar: 'state', level: 'district' },
    });
    expect(grandchild.statusCode).toBe(201);
  });
});
