import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { makeUser, signedIn } from '../../test/factories.js';
import { users } from '../../core/tenancy-schema.js';
import { notify } from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST', url: string) => t.app.inject({ method, url, headers: { cookie } });
const ref = () => ({ entity: 'engagement', entityId: crypto.randomUUID() });

describe('notify', () => {
  it('writes one row per active user, skipping duplicates and inactive users, inside the caller’s transaction', async () => {
    const a = await signedIn(t.app, t.db, 'officer');
    const b = await makeUser(t.db, a.unit, 'manager');
    const gone = await makeUser(t.db, a.unit, 'officer');
    await t.db.update(users).set({ active: false }).where(eq(users.id, gone.id));
    const ids = await t.db.transaction((tx) => notify(tx, [a.user.id, b.id, a.user.id, gone.id], { kind: 'engagement.submitted', ...ref(), data: { title: 'Đoàn Pháp', actorName: 'An' } }));
    expect(ids).toHaveLength(2);
    expect(await notify(t.db, [], { kind: 'x', ...ref(), data: {} })).toEqual([]);
    expect(await notify(t.db, [gone.id], { kind: 'x', ...ref(), data: {} })).toEqual([]);

    // A rolled-back transaction leaves no notification behind.
    await expect(
      t.db.transaction(async (tx) => {
        await notify(tx, [a.user.id], { kind: 'engagement.approved', ...ref(), data: {} });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const list = (await call(a.cookie, 'GET', '/api/v1/notifications')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: ids.find(Boolean), kind: 'engagement.submitted', entity: 'engagement', data: { title: 'Đoàn Pháp', actorName: 'An' }, readAt: null });
  });
});

describe('the bell', () => {
  it('lists newest first, filters unread, counts, marks one and all read', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const [first] = await notify(t.db, [me.user.id], { kind: 'engagement.submitted', ...ref(), data: { title: 'one' } });
    const [second] = await notify(t.db, [me.user.id], { kind: 'engagement.approved', ...ref(), data: { title: 'two' } });
    const [third] = await notify(t.db, [me.user.id], { kind: 'followup.assigned', ...ref(), data: { title: 'three' } });

    const all = (await call(me.cookie, 'GET', '/api/v1/notifications?limit=2')).json();
    expect(all).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(all.items.map((n: { id: string }) => n.id)).toEqual([third, second]);
    expect(new Date(all.items[0].createdAt).toISOString()).toBe(all.items[0].createdAt);
    const page2 = (await call(me.cookie, 'GET', '/api/v1/notifications?limit=2&page=2')).json();
    expect(page2.items.map((n: { id: string }) => n.id)).toEqual([first]);
    expect((await call(me.cookie, 'GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 3 });

    expect((await call(me.cookie, 'POST', `/api/v1/notifications/${second}/read`)).statusCode).toBe(204);
    const readAt = (await call(me.cookie, 'GET', '/api/v1/notifications')).json().items.find((n: { id: string }) => n.id === second).readAt;
    expect(readAt).toEqual(expect.any(String));
    // Reading again keeps the first time.
    expect((await call(me.cookie, 'POST', `/api/v1/notifications/${second}/read`)).statusCode).toBe(204);
    expect((await call(me.cookie, 'GET', '/api/v1/notifications')).json().items.find((n: { id: string }) => n.id === second).readAt).toBe(readAt);

    expect((await call(me.cookie, 'GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 2 });
    const unread = (await call(me.cookie, 'GET', '/api/v1/notifications?unread=true')).json();
    expect(unread.total).toBe(2);
    expect(unread.items.map((n: { id: string }) => n.id)).toEqual([third, first]);

    expect((await call(me.cookie, 'POST', '/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await call(me.cookie, 'GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect((await call(me.cookie, 'GET', '/api/v1/notifications?unread=true')).json()).toMatchObject({ items: [], total: 0 });
    expect((await call(me.cookie, 'GET', '/api/v1/notifications')).json().total).toBe(3);
  });

  it('keeps each user to their own: someone else’s notification is not found, and read-all leaves others alone', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const other = await signedIn(t.app, t.db, 'admin');
    const [theirs] = await notify(t.db, [other.user.id], { kind: 'engagement.returned', ...ref(), data: { comment: 'secret' } });
    await notify(t.db, [me.user.id], { kind: 'engagement.returned', ...ref(), data: {} });

    const mine = (await call(me.cookie, 'GET', '/api/v1/notifications')).json();
    expect(mine.items.map((n: { id: string }) => n.id)).not.toContain(theirs);
    const res = await call(me.cookie, 'POST', `/api/v1/notifications/${theirs}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect((await call(me.cookie, 'POST', `/api/v1/notifications/${crypto.randomUUID()}/read`)).statusCode).toBe(404);

    expect((await call(me.cookie, 'POST', '/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await call(other.cookie, 'GET', '/api/v1/notifications/unread-count')).json()).toEqual({ count: 1 });
  });

  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unread-count' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all' })).statusCode).toBe(401);
  });
});
