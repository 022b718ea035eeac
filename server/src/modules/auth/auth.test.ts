import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, makeUnit, makeUser, login, PASSWORD, uniq } from '../../test/factories.js';
import { sessions } from './schema.js';
import { users } from '../../core/tenancy-schema.js';
import { ADDRESS_FREE_FAILURES, PAIR_FREE_FAILURES } from './throttle.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ sessionIdleSeconds: 3600, sessionAbsoluteSeconds: 7200 });
});
afterAll(() => t.close());

const newUser = async () => makeUser(t.db, await makeUnit(t.db, await ensureRoot(t.db)));
const tryLogin = (email: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });
const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } });

describe('sign in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and stores only a hash of the token', async () => {
    const user = await newUser();
    const res = await tryLogin(user.email.toUpperCase(), PASSWORD);
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'amity_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    expect(c.secure).toBeFalsy(); // plain http in tests; https requests get Secure
    expect(c.value.length).toBeGreaterThanOrEqual(40);
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(c.value);
    expect((await me(`amity_session=${c.value}`)).json().user.email).toBe(user.email);
  });

  it('answers 401 for a wrong password or an unknown email, and audits the failure', async () => {
    const user = await newUser();
    expect((await tryLogin(user.email, 'wrong-password')).statusCode).toBe(401);
    const unknown = await tryLogin(`${uniq()}@nowhere.vn`, 'whatever-password');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('invalid_credentials');
    const rows = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'login_failed' and user_email = ${user.email}`);
    expect(rows.rows[0]!.n).toBe(1);
  });

  it('never locks an account: failures from one address do not refuse the right password from another', async () => {
    const user = await newUser();
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) expect((await tryLogin(user.email, 'nope-nope', '10.0.1.1')).statusCode).toBe(401);
    const slowed = await tryLogin(user.email, PASSWORD, '10.0.1.1');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.code).toBe('login_throttled');
    expect((await tryLogin(user.email, PASSWORD, '10.0.1.2')).statusCode).toBe(200);
  });

  it('slows down an address that keeps failing, with a translated message and Retry-After', async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < ADDRESS_FREE_FAILURES; i++) await tryLogin(`${uniq()}@nowhere.vn`, 'guess-guess', ip);
    const user = await newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: PASSWORD },
      remoteAddress: ip,
      headers: { 'accept-language': 'vi' },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toMatchObject({ code: 'login_throttled', message: 'Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 1 giây.' });
    expect(res.headers['retry-after']).toBe('1');
    expect((await tryLogin(user.email, PASSWORD, '10.0.2.1')).statusCode).toBe(200);
  });

  it('refuses deactivated users and ends their sessions', async () => {
    const user = await newUser();
    const cookie = await login(t.app, user.email);
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await tryLogin(user.email, PASSWORD)).statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('logout ends this session only; logout-all ends every one', async () => {
    const user = await newUser();
    const a = await login(t.app, user.email);
    const b = await login(t.app, user.email);
    const c = await login(t.app, user.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: a } });
    expect(out.statusCode).toBe(204);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: { cookie: b } })).statusCode).toBe(204);
    expect((await me(b)).statusCode).toBe(401);
    expect((await me(c)).statusCode).toBe(401);
  });

  it('expires after the idle timeout and after the absolute lifetime', async () => {
    const user = await newUser();
    const idle = await login(t.app, user.email);
    const absolute = await login(t.app, user.email);
    const [s1, s2] = await t.db.select().from(sessions).where(eq(sessions.userId, user.id)).orderBy(sessions.createdAt);
    await t.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 3601_000) }).where(eq(sessions.tokenHash, s1!.tokenHash));
    await t.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.tokenHash, s2!.tokenHash));
    const results = [(await me(idle)).statusCode, (await me(absolute)).statusCode];
    expect(results.sort()).toEqual([401, 401]);
  });

  it('changing the password needs the current one and ends the other sessions', async () => {
    const user = await newUser();
    const mine = await login(t.app, user.email);
    const other = await login(t.app, user.email);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { cookie: mine, 'accept-language': 'vi' },
      payload: { currentPassword: 'not-it-at-all', newPassword: 'brand-new-password' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields.currentPassword).toBe('Mật khẩu hiện tại không đúng.');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { cookie: mine },
      payload: { currentPassword: PASSWORD, newPassword: 'brand-new-password' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await me(mine)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await tryLogin(user.email, PASSWORD)).statusCode).toBe(401);
    expect((await tryLogin(user.email, 'brand-new-password')).statusCode).toBe(200);
  });

  it('stores passwords as argon2id hashes', async () => {
    const user = await newUser();
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('updates the profile language', async () => {
    const user = await newUser();
    const cookie = await login(t.app, user.email);
    const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie }, payload: { language: 'fr' } });
    expect(res.json().user.language).toBe('fr');
    const err = await t.app.inject({ url: '/api/v1/users', headers: { cookie } });
    expect(err.json().error.message).toBe('Vous n’êtes pas autorisé à effectuer cette action.');
  });
});
