import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { login } from '../../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  process.env.AMITY_DEMO_PASSWORD = 'demo-password-for-tests';
});
afterAll(async () => {
  delete process.env.AMITY_DEMO_PASSWORD;
  await t.close();
});

describe('demo data', () => {
  it('loads the seed organisations and the demo accounts from the setup page', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo', payload: {} });
    expect(res.statusCode).toBe(201);
    const { password, accounts } = res.json();
    expect(password).toBe('demo-password-for-tests');
    const emails = accounts.map((a: { email: string }) => a.email);
    for (const e of ['admin@demo.amity', 'officer.hanoi@demo.amity', 'manager.hanoi@demo.amity', 'officer.hoabinh@demo.amity', 'manager.hoabinh@demo.amity', 'manager.central@demo.amity']) {
      expect(emails).toContain(e);
    }
  });

  it('puts Hanoi and Hoa Binh side by side under the central manager', async () => {
    const cookie = await login(t.app, 'manager.central@demo.amity', 'demo-password-for-tests');
    const tree = (await t.app.inject({ url: '/api/v1/units/tree', headers: { cookie } })).json().items as { id: string; parentId: string; nameEn: string }[];
    const byName = (n: string) => tree.find((u) => u.nameEn === n)!;
    const hanoi = byName('Hanoi Party Committee');
    const hoabinh = byName('Hoa Binh Provincial Party Committee');
    expect(hanoi.parentId).toBe(hoabinh.parentId);
    const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).json();
    expect(me.user.unitId).toBe(hanoi.parentId);
    for (const n of ['Vietnam Union of Friendship Organizations', 'Ministry of Foreign Affairs', 'Vietnam Writers’ Association', 'Vietnam Musicians’ Association', 'Vietnam Dance Artists’ Association', 'Vietnam Association of Photographic Artists']) {
      expect(byName(n), n).toBeDefined();
    }
    const hanoiManager = await login(t.app, 'manager.hanoi@demo.amity', 'demo-password-for-tests');
    const users = (await t.app.inject({ url: '/api/v1/users', headers: { cookie: hanoiManager } })).json();
    expect(users.items.every((u: { unitId: string }) => u.unitId !== hoabinh.id)).toBe(true);
  });
});
