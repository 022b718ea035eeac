import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';

// A database of its own: these tests need one that is not set up yet.
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const setupBody = {
  rootUnit: { nameVi: 'Ban Đối ngoại Trung ương', nameEn: 'Central Commission', nameFr: 'Commission centrale', kind: 'party', pillar: 'party' },
  admin: { email: 'First.Admin@Example.vn', displayName: 'Nguyễn Văn An', password: 'a-long-password-1', language: 'fr' },
};

describe('first run', () => {
  it('answers setup_required on every other API route until set up', async () => {
    for (const url of ['/api/v1/me', '/api/v1/units', '/api/v1/users', '/api/v1/audit']) {
      const res = await t.app.inject({ url, headers: { 'accept-language': 'vi' } });
      expect(res.statusCode, url).toBe(409);
      expect(res.json().error.code).toBe('setup_required');
      expect(res.json().error.message).toMatch(/chưa được thiết lập/);
    }
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'a@b.c', password: 'x' } });
    expect(login.statusCode).toBe(409);
  });

  it('keeps health, openapi and setup status open', async () => {
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/openapi.json' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ required: true });
  });

  it('validates the setup form with per-field messages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      headers: { 'accept-language': 'fr' },
      payload: { ...setupBody, admin: { ...setupBody.admin, email: 'nope', password: 'short' } },
    });
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.fields['admin.email']).toBe('Saisissez une adresse e-mail valide.');
    expect(error.fields['admin.password']).toBe('Au moins 10 caractères.');
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ required: true });
  });

  it('creates the root unit and the administrator, signs in, and refuses a second setup', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: setupBody });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ role: 'admin', displayName: 'Nguyễn Văn An', language: 'fr', unit: { nameVi: 'Ban Đối ngoại Trung ương' } });
    const cookie = res.cookies.find((c) => c.name === 'amity_session')!;
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: `amity_session=${cookie.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().can).toEqual({ manageUnits: true, manageUsers: true, viewAudit: true, createPartners: true, writeNotes: true, createEngagements: true, approveEngagements: true, createDirectives: true, createProposals: true });

    const again = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: setupBody });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_setup');
    const demo = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo', payload: {} });
    expect(demo.json().error.code).toBe('already_setup');
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ required: false });

    const audit = await t.app.inject({ url: '/api/v1/audit?action=setup', headers: { cookie: `amity_session=${cookie.value}` } });
    expect(audit.json().total).toBe(1);
  });
});
