import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { openTestApp, rawInject, type TestApp } from '../test/app.js';
import { ensureRoot, makeUnit, makeUser, PASSWORD, signedIn, uniq } from '../test/factories.js';
import { hostAllowed } from './session.js';

// These requests go out exactly as written (rawInject): no Origin is added for them.
let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp({ publicUrl: 'https://amity.example.org', publicUrlSet: true, allowedHosts: ['intranet.example', 'amity.lan:9000'] });
  admin = await signedIn(t.app, t.db, 'admin');
});
afterAll(() => t.close());

const send = (headers: Record<string, string>, opts: Partial<InjectOptions> = {}) =>
  rawInject(t.app, { method: 'PATCH', url: '/api/v1/me', payload: { displayName: uniq('Tên ') }, ...opts, headers: { cookie: admin.cookie, ...headers } });
const stillSignedIn = async () => (await t.app.inject({ url: '/api/v1/me', headers: { cookie: admin.cookie } })).statusCode === 200;
const code = (res: { json: () => { error?: { code: string } } }) => res.json().error?.code;

describe('a request carrying the session cookie', () => {
  it('is refused without Origin and without Sec-Fetch-Site', async () => {
    const res = await send({});
    expect(res.statusCode).toBe(403);
    expect(code(res)).toBe('csrf_failed');
    const logout = await rawInject(t.app, { method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: admin.cookie } });
    expect(logout.statusCode).toBe(403);
    expect(await stillSignedIn()).toBe(true);
  });

  it('is accepted with Sec-Fetch-Site: same-origin when Origin is absent', async () => {
    expect((await send({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
    for (const site of ['same-site', 'cross-site', 'none']) {
      const res = await send({ 'sec-fetch-site': site });
      expect(res.statusCode).toBe(403);
      expect(code(res)).toBe('csrf_failed');
    }
  });

  it('is refused from a foreign origin, and from an Origin "null"', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:81', 'null', 'not a url']) {
      const res = await send({ origin });
      expect(res.statusCode).toBe(403);
      expect(code(res)).toBe('csrf_failed');
    }
    expect(await stillSignedIn()).toBe(true);
  });

  it('is accepted from its own origin, a default port written or not', async () => {
    expect((await send({ origin: 'http://localhost:80' })).statusCode).toBe(200);
    expect((await send({ origin: 'http://localhost' })).statusCode).toBe(200);
    expect((await send({ origin: 'http://localhost:8080', host: 'localhost:8080' })).statusCode).toBe(200);
  });
});

describe('the Host check (DNS rebinding)', () => {
  it('refuses a DNS name that is not ours, even when Origin equals Host', async () => {
    const res = await send({ origin: 'http://evil.example', host: 'evil.example' });
    expect(res.statusCode).toBe(403);
    expect(code(res)).toBe('host_not_allowed');
    // Reading too: a rebound page must not read the API either.
    const read = await rawInject(t.app, { url: '/api/v1/me', headers: { cookie: admin.cookie, host: 'evil.example:8080' } });
    expect(code(read)).toBe('host_not_allowed');
    expect((await rawInject(t.app, { url: '/api/v1/openapi.json', headers: { host: 'evil.example' } })).statusCode).toBe(403);
  });

  it('keeps /api/health answering whatever the Host', async () => {
    expect((await rawInject(t.app, { url: '/api/health', headers: { host: 'evil.example' } })).statusCode).toBe(200);
  });

  it('accepts IP literals and localhost', async () => {
    for (const host of ['127.0.0.1:8080', '192.168.1.20', '[::1]:8080', 'localhost', 'localhost:5173']) {
      const res = await send({ origin: `http://${host}`, host });
      expect(res.statusCode, host).toBe(200);
    }
  });

  it("accepts PUBLIC_URL's host and ALLOWED_HOSTS entries (a port, when given, must match)", async () => {
    expect((await send({ origin: 'https://amity.example.org', host: 'amity.example.org' })).statusCode).toBe(200);
    expect((await send({ origin: 'http://intranet.example:8080', host: 'intranet.example:8080' })).statusCode).toBe(200);
    expect((await send({ origin: 'http://amity.lan:9000', host: 'amity.lan:9000' })).statusCode).toBe(200);
    const otherPort = await send({ origin: 'http://amity.lan:9001', host: 'amity.lan:9001' });
    expect(code(otherPort)).toBe('host_not_allowed');
    expect(code(await send({ origin: 'http://sub.intranet.example', host: 'sub.intranet.example' }))).toBe('host_not_allowed');
  });

  it('reads ALLOWED_HOSTS as a comma-separated list', () => {
    const config = { publicUrl: 'http://localhost:8080', allowedHosts: [] as string[] };
    expect(hostAllowed('amity.gov.vn', config)).toBe(false);
    expect(hostAllowed('amity.gov.vn', { ...config, allowedHosts: ['amity.gov.vn'] })).toBe(true);
    expect(hostAllowed('AMITY.gov.vn:443', { ...config, allowedHosts: ['amity.gov.vn'] })).toBe(true);
    expect(hostAllowed(undefined, config)).toBe(false);
    expect(hostAllowed('evil.example/x', config)).toBe(false);
  });
});

describe('a request without the session cookie', () => {
  const user = async () => makeUser(t.db, await makeUnit(t.db, await ensureRoot(t.db)));
  const signIn = (email: string, headers: Record<string, string>) =>
    rawInject(t.app, { method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD }, headers });

  it('may omit Origin (sign-in from a script)', async () => {
    const u = await user();
    expect((await signIn(u.email, {})).statusCode).toBe(200);
  });

  it('is refused when it names a foreign origin or a cross-site fetch', async () => {
    const u = await user();
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const res = await signIn(u.email, headers);
      expect(res.statusCode).toBe(403);
      expect(code(res)).toBe('csrf_failed');
    }
  });
});
