import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, makeUnit, makeUser, signedIn, PASSWORD, uniq } from '../../test/factories.js';
import { loginAttempts } from './schema.js';
import { ADDRESS_FREE_FAILURES, MAX_DELAY_SECONDS, PAIR_FREE_FAILURES } from './throttle.js';

// Behind a proxy: every test names its client address in X-Forwarded-For.
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp({ trustProxy: true });
  admin = await signedIn(t.app, t.db, 'admin');
});
afterAll(() => t.close());

const newUser = async () => makeUser(t.db, await makeUnit(t.db, await ensureRoot(t.db)));
const unknownEmail = () => `${uniq('nobody')}@nowhere.vn`;
/** A fresh address per test (198.18.0.0/15 is reserved for tests), so tests do not throttle each other. */
const newIp = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
const attempt = (email: string, password: string, ip: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers: { 'x-forwarded-for': ip } });
/** As if `seconds` had passed since the attempts of this address (of this e-mail only, when given). */
const age = (seconds: number, ip: string, email?: string) =>
  t.db.execute(
    sql`update login_attempts set at = at - make_interval(secs => ${seconds}) where ip = ${ip} ${email ? sql`and email = ${email.toLowerCase()}` : sql``}`,
  );
const fail = async (email: string, ip: string, times: number) => {
  for (let i = 0; i < times; i++) expect((await attempt(email, 'wrong-password', ip)).statusCode).toBe(401);
};
const auditCount = async (action: string, email: string, ip: string) =>
  (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where action = ${action} and user_email = ${email} and ip = ${ip}`)).rows[0]!.n;
const expectThrottled = (res: Awaited<ReturnType<typeof attempt>>, seconds: number) => {
  expect(res.statusCode).toBe(429);
  expect(res.json().error.code).toBe('login_throttled');
  expect(res.headers['retry-after']).toBe(String(seconds));
};

describe('sign-in throttling (acceptance)', () => {
  it('30 failures from one address do not stop a correct login from another address', async () => {
    const user = await newUser();
    for (let i = 0; i < 30; i++) {
      const res = await attempt(user.email, 'wrong-password', '203.0.113.9');
      expect([401, 429]).toContain(res.statusCode);
    }
    expect((await attempt(user.email, PASSWORD, '198.51.100.7')).statusCode).toBe(200);
  });

  it('answers an unknown e-mail exactly like a known one, step by step, throttled or not', async () => {
    const known = await newUser();
    const unknown = unknownEmail();
    const ip = newIp();
    const seen: number[] = [];
    for (let i = 0; i < PAIR_FREE_FAILURES + 4; i++) {
      const a = await attempt(known.email, 'wrong-password', ip);
      const b = await attempt(unknown, 'wrong-password', ip);
      expect(b.statusCode).toBe(a.statusCode);
      expect(b.json().error.code).toBe(a.json().error.code);
      seen.push(a.statusCode);
    }
    expect(seen.slice(0, PAIR_FREE_FAILURES)).toEqual(Array(PAIR_FREE_FAILURES).fill(401));
    expect(seen).toContain(429);
    // An inactive account too, even with its right password.
    const gone = await newUser();
    await t.db.execute(sql`update users set active = false where id = ${gone.id}`);
    const nobody = unknownEmail();
    const other = newIp();
    for (let i = 0; i < PAIR_FREE_FAILURES + 2; i++) {
      const a = await attempt(gone.email, PASSWORD, other);
      const b = await attempt(nobody, PASSWORD, other);
      expect([a.statusCode, b.statusCode]).toEqual(i < PAIR_FREE_FAILURES ? [401, 401] : [a.statusCode, a.statusCode]);
    }
  });
});

describe('sign-in throttling', () => {
  it('makes an (e-mail, address) pair wait 1, 2, 4 … seconds after 5 failures, capped, then lets the right password in', async () => {
    const user = await newUser();
    const ip = newIp();
    await fail(user.email, ip, PAIR_FREE_FAILURES);
    expectThrottled(await attempt(user.email, PASSWORD, ip), 1);
    await age(2, ip);
    await fail(user.email, ip, 1);
    expectThrottled(await attempt(user.email, 'wrong-password', ip), 2);
    await age(3, ip);
    await fail(user.email, ip, 1);
    expectThrottled(await attempt(user.email, PASSWORD, ip), 4);
    // An unknown e-mail in the same state is told the same.
    const unknown = unknownEmail();
    const ip2 = newIp();
    await fail(unknown, ip2, PAIR_FREE_FAILURES);
    expectThrottled(await attempt(unknown, 'wrong-password', ip2), 1);
    // The delay stops growing at 15 minutes.
    const many = Array.from({ length: 40 }, () => ({ email: user.email.toLowerCase(), ip, success: false }));
    await t.db.insert(loginAttempts).values(many);
    expectThrottled(await attempt(user.email, PASSWORD, ip), MAX_DELAY_SECONDS);
    // Once the delay has passed, the right password works and the count starts again.
    await age(MAX_DELAY_SECONDS + 1, ip);
    expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(200);
    await fail(user.email, ip, PAIR_FREE_FAILURES);
  });

  it('slows down an address that fails for many e-mails, for every e-mail, and not other addresses', async () => {
    const user = await newUser();
    const ip = newIp();
    const rows = Array.from({ length: ADDRESS_FREE_FAILURES }, () => ({ email: unknownEmail(), ip, success: false }));
    await t.db.insert(loginAttempts).values(rows);
    expectThrottled(await attempt(user.email, PASSWORD, ip), 1);
    expect((await attempt(user.email, PASSWORD, newIp())).statusCode).toBe(200);
    await age(2, ip);
    await fail(unknownEmail(), ip, 1);
    expectThrottled(await attempt(unknownEmail(), 'wrong-password', ip), 2);
  });

  it('audits login_throttled once per throttle, not per refused request', async () => {
    const user = await newUser();
    const ip = newIp();
    await fail(user.email, ip, PAIR_FREE_FAILURES);
    for (let i = 0; i < 6; i++) expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(429);
    expect(await auditCount('login_throttled', user.email, ip)).toBe(1);
    expect(await auditCount('login_failed', user.email, ip)).toBe(PAIR_FREE_FAILURES);
    // The next window (after one more failure) is audited once more.
    await age(2, ip);
    await fail(user.email, ip, 1);
    for (let i = 0; i < 3; i++) expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(429);
    expect(await auditCount('login_throttled', user.email, ip)).toBe(2);
  });

  it('takes the client address from X-Forwarded-For behind a proxy', async () => {
    const user = await newUser();
    await attempt(user.email, 'wrong-password', '203.0.113.51');
    const rows = await t.db.execute<{ ip: string }>(sql`select ip from login_attempts where email = ${user.email.toLowerCase()}`);
    expect(rows.rows.map((r) => r.ip)).toEqual(['203.0.113.51']);
  });
});

describe('clearing a sign-in throttle', () => {
  const clear = (cookie: string, id: string) => t.app.inject({ method: 'DELETE', url: `/api/v1/users/${id}/login-throttle`, headers: { cookie } });
  const get = (cookie: string, id: string) => t.app.inject({ url: `/api/v1/users/${id}`, headers: { cookie } });

  it('shows the throttle on the user, lets an administrator or the manager above clear it (audited), and the user signs in at once', async () => {
    const root = await ensureRoot(t.db);
    const mgr = await signedIn(t.app, t.db, 'manager', root);
    const user = await makeUser(t.db, await makeUnit(t.db, mgr.unit));
    const ip = newIp();
    await fail(user.email, ip, PAIR_FREE_FAILURES);
    await age(-60, ip); // the last failure "in a minute": still throttled while the test runs
    const before = (await get(admin.cookie, user.id)).json();
    expect(before.can.clearThrottle).toBe(true);
    expect(new Date(before.throttledUntil).getTime()).toBeGreaterThan(Date.now());
    const listed = (await t.app.inject({ url: `/api/v1/users?q=${encodeURIComponent(user.email)}`, headers: { cookie: mgr.cookie } })).json();
    expect(listed.items[0]).toMatchObject({ id: user.id, can: { clearThrottle: true } });
    expect(listed.items[0].throttledUntil).not.toBeNull();
    expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(429);

    expect((await clear(mgr.cookie, user.id)).statusCode).toBe(204);
    expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(200);
    expect((await get(admin.cookie, user.id)).json().throttledUntil).toBeNull();
    const audit = (await t.app.inject({ url: `/api/v1/audit?entity=user&entityId=${user.id}&action=throttle_clear`, headers: { cookie: admin.cookie } })).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ userId: mgr.user.id, action: 'throttle_clear' });

    await fail(user.email, ip, PAIR_FREE_FAILURES);
    await age(-60, ip);
    expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(429);
    expect((await clear(admin.cookie, user.id)).statusCode).toBe(204);
    expect((await attempt(user.email, PASSWORD, ip)).statusCode).toBe(200);
  });

  it('is refused to officers (403) and answers 404 for users out of scope', async () => {
    const root = await ensureRoot(t.db);
    const off = await signedIn(t.app, t.db, 'officer');
    const mgr = await signedIn(t.app, t.db, 'manager', root);
    const outsider = await newUser();
    const before = (await get(mgr.cookie, mgr.user.id)).json();
    expect(before.throttledUntil).toBeNull();
    expect((await clear(off.cookie, outsider.id)).statusCode).toBe(403);
    expect((await clear(off.cookie, off.user.id)).statusCode).toBe(403);
    expect((await clear(mgr.cookie, outsider.id)).statusCode).toBe(404);
    expect((await clear(mgr.cookie, admin.user.id)).statusCode).toBe(404);
    expect((await clear(admin.cookie, crypto.randomUUID())).statusCode).toBe(404);
    const officerSelf = (await get(off.cookie, off.user.id)).json();
    expect(officerSelf.can.clearThrottle).toBe(false);
  });
});
