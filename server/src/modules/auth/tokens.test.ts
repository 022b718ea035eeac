import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { openTestApp, rawInject, type TestApp } from '../../test/app.js';
import { signedIn, uniq } from '../../test/factories.js';
import { apiTokens } from './schema.js';
import { users } from '../../core/tenancy-schema.js';
import { auditLog } from '../../core/audit-schema.js';
import { MAX_TOKENS_PER_USER } from './tokens-service.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

type Who = Awaited<ReturnType<typeof signedIn>>;
const URL_TOKENS = '/api/v1/users/me/tokens';
const create = (who: Who, body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: URL_TOKENS, headers: who.headers, payload: body });
const list = (who: Who) => t.app.inject({ url: URL_TOKENS, headers: who.headers });
const revoke = (who: Who, id: string) => t.app.inject({ method: 'DELETE', url: `${URL_TOKENS}/${id}`, headers: who.headers });
/** As a script would call: the token only, no cookie, no Origin. */
const bearer = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'HEAD' = 'GET', url = '/api/v1/me', payload?: Record<string, unknown>) =>
  rawInject(t.app, { method, url, headers: { authorization: `Bearer ${token}` }, ...(payload === undefined ? {} : { payload }) });
const newToken = async (who: Who, scope: 'read' | 'write' = 'write') => {
  const res = await create(who, { name: uniq('script '), scope });
  expect(res.statusCode).toBe(201);
  return res.json() as { token: string; id: string; name: string; scope: string; createdAt: string };
};

describe('personal API tokens', () => {
  it('are created once, listed without the secret, stored hashed, and audited without it', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const res = await create(me, { name: '  Báo cáo hằng tuần ', scope: 'read' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toEqual({ token: expect.stringMatching(/^amity_[A-Za-z0-9_-]{43}$/), id: expect.any(String), name: 'Báo cáo hằng tuần', scope: 'read', createdAt: expect.any(String) });

    const [stored] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.tokenHash).not.toContain(created.token);

    const listed = await list(me);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual({ items: [{ id: created.id, name: 'Báo cáo hằng tuần', scope: 'read', createdAt: created.createdAt, lastUsedAt: null }] });
    expect(listed.body).not.toContain(created.token);
    expect(listed.body).not.toContain(stored!.tokenHash);

    expect((await revoke(me, created.id)).statusCode).toBe(204);
    const log = await t.db.select().from(auditLog).where(and(eq(auditLog.userId, me.user.id), eq(auditLog.entity, 'api_token'))).orderBy(asc(auditLog.id));
    expect(log.map((r) => [r.action, r.entityId])).toEqual([
      ['token_create', created.id],
      ['token_revoke', created.id],
    ]);
    expect(JSON.stringify(log)).not.toContain(created.token);
    expect(JSON.stringify(log)).not.toContain(stored!.tokenHash);
  });

  it('authenticate as their user on every route, without a cookie, with the same scope as a session', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const { token } = await newToken(me);
    const viaToken = await bearer(token);
    expect(viaToken.statusCode).toBe(200);
    const viaCookie = await t.app.inject({ url: '/api/v1/me', headers: me.headers });
    expect(viaToken.json()).toEqual(viaCookie.json());
    // What the officer may not do with a session, the token may not do either.
    expect((await bearer(token, 'GET', '/api/v1/users')).statusCode).toBe((await t.app.inject({ url: '/api/v1/users', headers: me.headers })).statusCode);
    // A write without Origin: a Bearer client carries no ambient authority.
    const patched = await bearer(token, 'PATCH', '/api/v1/me', { displayName: 'Nguyễn Văn Script' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().user.displayName).toBe('Nguyễn Văn Script');
  });

  it('answer 401 once revoked, when unknown or malformed, and for a deactivated user', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const a = await newToken(me);
    const b = await newToken(me);
    expect((await bearer(a.token)).statusCode).toBe(200);
    expect((await revoke(me, a.id)).statusCode).toBe(204);
    expect((await bearer(a.token)).statusCode).toBe(401);
    expect((await revoke(me, a.id)).statusCode).toBe(404);
    expect((await bearer(`amity_${'A'.repeat(43)}`)).statusCode).toBe(401);
    expect((await rawInject(t.app, { url: '/api/v1/me', headers: { authorization: 'Bearer' } })).statusCode).toBe(401);

    expect((await bearer(b.token)).statusCode).toBe(200);
    await t.db.update(users).set({ active: false }).where(eq(users.id, me.user.id));
    expect((await bearer(b.token)).statusCode).toBe(401);
  });

  it("are each user's own: another user's token id is not found and keeps working", async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const other = await signedIn(t.app, t.db, 'admin');
    const mine = await newToken(me);
    expect((await revoke(other, mine.id)).statusCode).toBe(404);
    expect((await list(other)).json().items.map((i: { id: string }) => i.id)).not.toContain(mine.id);
    expect((await bearer(mine.token)).statusCode).toBe(200);
  });

  it('are created only from a session, not with another token', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const { token } = await newToken(me);
    const res = await bearer(token, 'POST', URL_TOKENS, { name: 'child', scope: 'write' });
    expect(res.statusCode).toBe(403);
    expect((await list(me)).json().items).toHaveLength(1);
  });

  it('of scope read may only GET and HEAD', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const { token, id } = await newToken(me, 'read');
    expect((await bearer(token)).statusCode).toBe(200);
    expect((await bearer(token, 'HEAD')).statusCode).toBe(200);
    for (const [method, url] of [
      ['POST', '/api/v1/auth/logout'],
      ['PATCH', '/api/v1/me'],
      ['DELETE', `${URL_TOKENS}/${id}`],
    ] as const) {
      const res = await bearer(token, method, url, method === 'PATCH' ? { displayName: 'x' } : undefined);
      expect(res.statusCode, method).toBe(403);
      expect(res.json().error.code).toBe('token_read_only');
    }
    expect((await list(me)).json().items).toHaveLength(1);
  });

  it('record their last use at most once a minute', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const { token, id } = await newToken(me);
    await bearer(token);
    const lastUsed = async () => (await t.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!.lastUsedAt;
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    const recent = new Date(Date.now() - 30_000);
    await t.db.update(apiTokens).set({ lastUsedAt: recent }).where(eq(apiTokens.id, id));
    await bearer(token);
    expect((await lastUsed())!.getTime()).toBe(recent.getTime());
    const old = new Date(Date.now() - 120_000);
    await t.db.update(apiTokens).set({ lastUsedAt: old }).where(eq(apiTokens.id, id));
    await bearer(token);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(old.getTime() + 60_000);
    expect((await list(me)).json().items[0].lastUsedAt).toEqual(expect.any(String));
  });

  it('check name, scope and the per-user limit', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    expect((await create(me, { name: '   ', scope: 'read' })).statusCode).toBe(422);
    expect((await create(me, { name: 'x'.repeat(101), scope: 'read' })).statusCode).toBe(422);
    expect((await create(me, { name: 'x', scope: 'admin' })).statusCode).toBe(422);
    expect((await create(me, { name: 'x' })).statusCode).toBe(422);
    await t.db.insert(apiTokens).values(Array.from({ length: MAX_TOKENS_PER_USER }, (_, i) => ({ userId: me.user.id, name: `t${i}`, scope: 'read' as const, tokenHash: uniq('h') })));
    const over = await create(me, { name: 'one too many', scope: 'read' });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.fields.name).toBe(`Too many entries (at most ${MAX_TOKENS_PER_USER}).`);
  });

  it('are not captured by /users/:id', async () => {
    const admin = await signedIn(t.app, t.db, 'admin');
    expect((await list(admin)).json()).toEqual({ items: [] });
    expect((await t.app.inject({ url: `/api/v1/users/${admin.user.id}`, headers: admin.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'PATCH', url: URL_TOKENS, headers: admin.headers, payload: { name: 'x' } })).statusCode).toBe(404);
  });

  it('need a signed-in user', async () => {
    expect((await t.app.inject({ url: URL_TOKENS })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: URL_TOKENS, payload: { name: 'x', scope: 'read' } })).statusCode).toBe(401);
  });
});
