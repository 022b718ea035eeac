import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../test/app.js';
import { makeUser, signedIn, uniq } from '../test/factories.js';
import { sessions } from '../modules/auth/schema.js';
import { errorHandler } from './errors.js';

// The probe's exact requests (issue 9): each answered 500 before; now a translated 4xx.

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
let viewer: Awaited<ReturnType<typeof signedIn>>;
let partnerId: string;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
  viewer = await signedIn(t.app, t.db, 'viewer');
  const p = await send(admin.cookie, 'POST', '/api/v1/partners', { type: 'expert', name: uniq('Expert ') });
  expect(p.statusCode, p.body).toBe(201);
  partnerId = p.json().id ?? p.json().partner?.id;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
function send(cookie: string, method: Method, url: string, payload?: object | string, lang = 'en') {
  const headers: Record<string, string> = { cookie, 'accept-language': lang, 'sec-fetch-site': 'same-origin' };
  if (typeof payload === 'string') headers['content-type'] = 'application/json';
  return t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
}

function expectInvalidCharacters(res: { statusCode: number; body: string; json: () => any }, field: string, message = 'Contains characters that cannot be stored (NUL bytes or broken Unicode).') {
  expect(res.statusCode, res.body).toBe(422);
  expect(res.json().error.code).toBe('validation_failed');
  expect(res.json().error.fields[field]).toBe(message);
}

describe('bad characters', () => {
  it('refuses a NUL byte in a body string, for any signed-in user, in their language', async () => {
    for (const who of [admin, viewer]) {
      const res = await send(who.cookie, 'POST', '/api/v1/partners', { type: 'expert', name: 'a\u0000b' });
      expectInvalidCharacters(res, 'name');
    }
    const fr = await send(admin.cookie, 'POST', '/api/v1/partners', { type: 'expert', name: 'a\u0000b' }, 'fr');
    expectInvalidCharacters(fr, 'name', 'Contient des caractères impossibles à enregistrer (octets NUL ou Unicode invalide).');
  });

  it('names nested fields and keys', async () => {
    const res = await send(admin.cookie, 'POST', '/api/v1/partners', { type: 'expert', name: 'ok', contacts: [{ name: 'x\u0000' }], ['k\u0000']: 1 });
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['contacts.0.name', 'k\ufffd']);
  });

  it('refuses a lone surrogate in a note body', async () => {
    const res = await send(admin.cookie, 'POST', `/api/v1/partners/${partnerId}/notes`, '{"body":"\\ud800"}');
    expectInvalidCharacters(res, 'body');
  });

  it('refuses NUL in query strings, on the audit and on the CSV export before it streams', async () => {
    expectInvalidCharacters(await send(viewer.cookie, 'GET', '/api/v1/partners?q=%00'), 'q');
    expectInvalidCharacters(await send(admin.cookie, 'GET', '/api/v1/audit?action=%00'), 'action');
    const csv = await send(viewer.cookie, 'GET', '/api/v1/partners/export?q=%00');
    expectInvalidCharacters(csv, 'q');
    expect(csv.headers['content-type']).toMatch(/^application\/json/);
  });

  it('refuses NUL in a path parameter', async () => {
    expectInvalidCharacters(await send(admin.cookie, 'GET', '/api/v1/countries/V%00'), 'code');
  });

  it('answers a malformed %-escape or an overlong path segment in the usual error shape', async () => {
    const bad = await send(admin.cookie, 'GET', '/api/v1/engagements/x%ED%B0%80y', undefined, 'fr');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    const long = await send(admin.cookie, 'GET', `/api/v1/partners/${'a'.repeat(200)}/notes`);
    expect(long.statusCode).toBe(404);
    expect(long.json()).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  });

  it('stores a user-agent without its NUL bytes', async () => {
    const user = await makeUser(t.db, admin.unit, 'viewer');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'user-agent': 'Probe\u0000/1.0' }, payload: { email: user.email, password: 'correct-horse-battery' } });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.db.select({ ua: sessions.userAgent }).from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.map((r) => r.ua)).toEqual(['Probe/1.0']);
  });
});

describe('dates out of range', () => {
  it('refuses the year 0 on a directive', async () => {
    const res = await send(admin.cookie, 'POST', '/api/v1/directives', { code: uniq('47/NQ-'), kind: 'resolution', issuedOn: '0000-01-01', titleVi: 'Nghị quyết' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.fields).toEqual({ issuedOn: 'Enter a date between the years 1000 and 9999.' });
  });

  it('turns a database data exception that a schema missed into 422, not 500', async () => {
    const app = Fastify();
    app.setErrorHandler(errorHandler);
    for (const code of ['22007', '22008', '22021', '22P02', '22003']) {
      app.get(`/${code}`, async () => {
        throw Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('date/time field value out of range'), { code }) });
      });
    }
    for (const code of ['22007', '22008', '22021', '22P02', '22003']) {
      const res = await app.inject({ url: `/${code}` });
      expect(res.statusCode, code).toBe(422);
      expect(res.json().error.code).toBe('validation_failed');
    }
    await app.close();
  });
});

describe('empty updates', () => {
  it('refuses PATCH {} on a follow-up and a task group', async () => {
    const e = await send(admin.cookie, 'POST', '/api/v1/engagements', { kind: 'meeting', titleEn: uniq('Meeting '), startsAt: '2031-01-05T08:00:00+07:00', endsAt: '2031-01-05T17:00:00+07:00' });
    expect(e.statusCode, e.body).toBe(201);
    const f = await send(admin.cookie, 'POST', `/api/v1/engagements/${e.json().engagement.id}/follow-ups`, { text: 'Send thanks' });
    expect(f.statusCode, f.body).toBe(201);
    const d = await send(admin.cookie, 'POST', '/api/v1/directives', { code: uniq('45-CT/'), kind: 'resolution', issuedOn: '2026-01-02', titleVi: 'Nghị quyết' });
    expect(d.statusCode, d.body).toBe(201);
    const g = await send(admin.cookie, 'POST', '/api/v1/task-groups', { directiveId: d.json().id, titleEn: 'Group' });
    expect(g.statusCode, g.body).toBe(201);
    for (const url of [`/api/v1/follow-ups/${f.json().id}`, `/api/v1/task-groups/${g.json().id}`]) {
      const res = await send(admin.cookie, 'PATCH', url, {}, 'vi');
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error).toEqual({ code: 'empty_update', message: 'Không có gì để thay đổi: hãy gửi ít nhất một trường.' });
    }
    // A field is still an update, even one that changes nothing (found by the fuzzer: it was a 500).
    const ok = await send(admin.cookie, 'PATCH', `/api/v1/task-groups/${g.json().id}`, { titleEn: 'Group 1' });
    expect(ok.statusCode, ok.body).toBe(200);
    const same = await send(admin.cookie, 'PATCH', `/api/v1/follow-ups/${f.json().id}`, { done: false });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ id: f.json().id, done: false });
  });
});
