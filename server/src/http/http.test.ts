import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test/app.js';
import { signedIn } from '../test/factories.js';
import { BODY_LIMIT } from '../app.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
});
afterAll(() => t.close());

const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie: admin.cookie, 'content-type': 'application/json', ...headers } });

describe('HTTP errors', () => {
  it('answers 400 invalid_json for malformed JSON', async () => {
    const res = await post('/api/v1/units', '{"nameVi": ', { 'accept-language': 'fr' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'invalid_json', message: 'Le corps de la requête n’est pas un JSON valide.' });
  });

  it('answers 413 over the body limit', async () => {
    const res = await post('/api/v1/units', JSON.stringify({ nameVi: 'x'.repeat(BODY_LIMIT + 10) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('answers 422 with translated per-field messages and rejects unknown fields', async () => {
    const res = await post(
      '/api/v1/units',
      JSON.stringify({ parentId: 'nope', nameVi: '', nameEn: 'A', kind: 'castle', pillar: 'party', level: 'central', colour: 'red' }),
      { 'accept-language': 'vi-VN,vi;q=0.9,en;q=0.5' },
    );
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Một số trường không hợp lệ.');
    expect(error.fields).toMatchObject({
      parentId: 'Mã định danh không hợp lệ.',
      nameVi: 'Bắt buộc.',
      nameFr: 'Bắt buộc.',
      colour: 'Trường không xác định.',
    });
    expect(error.fields.kind).toMatch(/^Hãy chọn một trong: party, state/);
  });

  it('refuses query parameters it does not know', async () => {
    const res = await t.app.inject({ url: '/api/v1/units?bogus=1', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.bogus).toBe('Unknown field.');
  });

  it('uses the user preference when the request names no language', async () => {
    const res = await t.app.inject({ url: '/api/v1/units/00000000-0000-4000-8000-000000000000', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Not found.'); // factories create users with language 'en'
  });

  it('answers 404 as JSON for unknown API paths, 401 when signed out', async () => {
    expect((await t.app.inject({ url: '/api/v1/nothing-here' })).json().error.code).toBe('not_found');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { 'accept-language': 'fr' } });
    expect(me.statusCode).toBe(401);
    expect(me.json().error).toEqual({ code: 'unauthenticated', message: 'Veuillez vous connecter.' });
  });
});

// Origin, Sec-Fetch-Site and Host rules: csrf.test.ts.
describe('CSRF and headers', () => {
  it('refuses bodies that are not JSON (what a cross-site form could send)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: admin.cookie, 'content-type': 'text/plain' }, payload: 'x' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
