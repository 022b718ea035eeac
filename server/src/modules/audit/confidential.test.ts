import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, login, makeUnit, makeUser, uniq } from '../../test/factories.js';

// The audit log shows a reader only what the record itself would show them: entries about a record
// they get 404 on come without their diff (`redacted: true`), for every kind of record.

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': 'en' }, ...(payload ? { payload } : {}) });
async function ok(cookie: string, method: Method, url: string, payload?: object) {
  const res = await call(cookie, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.statusCode === 204 ? null : res.json();
}

async function world() {
  const root = await ensureRoot(t.db);
  const central = await makeUnit(t.db, root, { level: 'central' });
  const hanoi = await makeUnit(t.db, central);
  const branch = await makeUnit(t.db, root);
  const as = async (unit: typeof root, role: 'officer' | 'manager' | 'admin') => login(t.app, (await makeUser(t.db, unit, role)).email);
  return {
    hanoiOfficer: await as(hanoi, 'officer'),
    hanoiManager: await as(hanoi, 'manager'),
    readers: { 'manager.central': await as(central, 'manager'), 'admin.other-branch': await as(branch, 'admin'), 'admin.root': await as(root, 'admin') },
  };
}

describe('audit entries of confidential records', () => {
  it('carry no field values for a manager of the parent unit nor an administrator of another branch', async () => {
    const w = await world();
    const secret = {
      name: uniq('Hội Bí Mật '),
      city: uniq('Thành phố kín '),
      tag: uniq('nhãn-kín-'),
      contact: uniq('Ông Liên Lạc '),
      venue: uniq('Biệt thự kín '),
      purpose: uniq('Mục đích kín '),
      note: uniq('Ghi chú kín '),
      relNote: uniq('Quan hệ kín '),
      gone: uniq('Đối tác đã xóa '),
    };
    const partner = await ok(w.hanoiOfficer, 'POST', '/api/v1/partners', {
      type: 'foreign_organisation', name: secret.name, city: secret.city, tags: [secret.tag], contacts: [{ name: secret.contact }], visibility: 'confidential',
    });
    await ok(w.hanoiOfficer, 'PATCH', `/api/v1/partners/${partner.id}`, { city: `${secret.city} 2` });
    const note = await ok(w.hanoiOfficer, 'POST', `/api/v1/partners/${partner.id}/notes`, { body: secret.note });
    const shared = await ok(w.hanoiOfficer, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: uniq('Chung '), visibility: 'shared' });
    const rel = await ok(w.hanoiOfficer, 'POST', `/api/v1/partners/${partner.id}/relationships`, { kind: 'cooperates_with', toPartnerId: shared.id, note: secret.relNote });
    const engagement = await ok(w.hanoiOfficer, 'POST', '/api/v1/engagements', {
      kind: 'meeting', titleVi: secret.name, startsAt: '2031-03-10T09:00:00+07:00', endsAt: '2031-03-10T11:00:00+07:00',
      venue: secret.venue, purpose: secret.purpose, city: secret.city, visibility: 'confidential',
    });
    const engagementId = engagement.engagement?.id ?? engagement.id;
    const gone = await ok(w.hanoiOfficer, 'POST', '/api/v1/partners', { type: 'expert', name: secret.gone, visibility: 'confidential' });
    await ok(w.hanoiManager, 'DELETE', `/api/v1/partners/${gone.id}`);

    const about = [partner.id, note.id, rel.id, engagementId, gone.id];
    for (const [who, cookie] of Object.entries(w.readers)) {
      expect((await call(cookie, 'GET', `/api/v1/partners/${partner.id}`)).statusCode, who).toBe(404);
      expect((await call(cookie, 'GET', `/api/v1/engagements/${engagementId}`)).statusCode, who).toBe(404);
      for (const id of about) {
        const res = await call(cookie, 'GET', `/api/v1/audit?entityId=${id}`);
        expect(res.statusCode, who).toBe(200);
        const { items } = res.json();
        expect(items.length, `${who} ${id}`).toBeGreaterThan(0);
        for (const item of items) expect(item, who).toMatchObject({ redacted: true, diff: null, entityId: id });
        for (const value of Object.values(secret)) expect(res.body, `${who} ${id}`).not.toContain(value);
      }
      const page = await call(cookie, 'GET', '/api/v1/audit?limit=200');
      for (const value of Object.values(secret)) expect(page.body, who).not.toContain(value);
    }

    // The owner unit reads the entries in full.
    const own = (await call(w.hanoiManager, 'GET', `/api/v1/audit?entityId=${partner.id}`)).json().items;
    expect(own.every((i: { redacted: boolean }) => !i.redacted)).toBe(true);
    expect(JSON.stringify(own)).toContain(secret.name);
    const deleted = (await call(w.hanoiManager, 'GET', `/api/v1/audit?entityId=${gone.id}`)).json().items;
    expect(JSON.stringify(deleted)).toContain(secret.gone);
  });

  it('keeps entries of records the reader sees, and of what is no record (units, users) as they were', async () => {
    const w = await world();
    const name = uniq('Đối tác chung ');
    const p = await ok(w.hanoiOfficer, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name, visibility: 'shared' });
    const res = (await call(w.readers['admin.other-branch'], 'GET', `/api/v1/audit?entityId=${p.id}`)).json();
    expect(res.items[0]).toMatchObject({ redacted: false, diff: { after: { name } } });
    const root = await ensureRoot(t.db);
    const nameVi = uniq('Sở ');
    const unit = await ok(w.readers['admin.root'], 'POST', '/api/v1/units', { parentId: root.id, nameVi, nameEn: nameVi, nameFr: nameVi, kind: 'state', pillar: 'state', level: 'province' });
    const [entry] = (await call(w.readers['admin.other-branch'], 'GET', `/api/v1/audit?entity=unit&entityId=${unit.id}`)).json().items;
    expect(entry).toMatchObject({ redacted: false, diff: { after: { nameVi } } });
  });
});
