import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, login, makeUnit, makeUser, uniq } from '../../test/factories.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { partnerRelationships } from './schema.js';

// A partner the reader cannot see must not show through a shared partner's timeline, relationships or graph,
// and a relationship to it cannot be removed from the shared side.

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
  return res.json();
}

describe('a confidential partner related to a shared one', () => {
  it('does not show on the shared partner’s timeline, list or graph, and its relationship cannot be deleted from there', async () => {
    const root = await ensureRoot(t.db);
    const central = await makeUnit(t.db, root, { level: 'central' });
    const hanoi = await makeUnit(t.db, central);
    const hanoiOfficer = await login(t.app, (await makeUser(t.db, hanoi, 'officer')).email);
    const managerCentral = await login(t.app, (await makeUser(t.db, central, 'manager')).email);
    const hidden = await ok(hanoiOfficer, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: uniq('Kín '), visibility: 'confidential' });
    const shared = await ok(managerCentral, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: uniq('Chung '), visibility: 'shared' });
    const rel = await ok(hanoiOfficer, 'POST', `/api/v1/partners/${hidden.id}/relationships`, { kind: 'cooperates_with', toPartnerId: shared.id });

    const timeline = await call(managerCentral, 'GET', `/api/v1/partners/${shared.id}/timeline?limit=200`);
    expect(timeline.statusCode).toBe(200);
    expect(timeline.body).not.toContain(hidden.id);
    expect(timeline.body).not.toContain(rel.id);
    expect((await call(managerCentral, 'GET', `/api/v1/partners/${shared.id}/relationships`)).body).not.toContain(hidden.id);
    expect((await call(managerCentral, 'GET', `/api/v1/partners/${shared.id}/graph`)).body).not.toContain(hidden.id);

    const del = await call(managerCentral, 'DELETE', `/api/v1/partners/${shared.id}/relationships/${rel.id}`);
    expect(del.statusCode).toBe(404);
    expect(await t.db.select().from(partnerRelationships).where(eq(partnerRelationships.id, rel.id))).toHaveLength(1);

    // Hanoi sees both ends: the event and the relationship are there for it.
    expect((await call(hanoiOfficer, 'GET', `/api/v1/partners/${shared.id}/timeline?limit=200`)).body).toContain(hidden.id);
    expect((await call(hanoiOfficer, 'GET', `/api/v1/partners/${shared.id}/relationships`)).body).toContain(hidden.id);
  });

  it('shows a confidential engagement on a partner’s timeline to the users named on it', async () => {
    const root = await ensureRoot(t.db);
    const hanoi = await makeUnit(t.db, root);
    const officer = await login(t.app, (await makeUser(t.db, hanoi, 'officer')).email);
    const namedUser = await makeUser(t.db, await makeUnit(t.db, root), 'officer');
    const named = await login(t.app, namedUser.email);
    const partner = await ok(officer, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: uniq('Chung '), visibility: 'shared' });
    const title = uniq('Gặp kín ');
    const created = await ok(officer, 'POST', '/api/v1/engagements', {
      kind: 'meeting', titleVi: title, startsAt: '2031-03-10T09:00:00+07:00', endsAt: '2031-03-10T11:00:00+07:00', partnerIds: [partner.id], visibility: 'confidential',
    });
    const id = created.engagement?.id ?? created.id;
    expect((await call(named, 'GET', `/api/v1/partners/${partner.id}/timeline`)).body).not.toContain(title);
    await t.db.insert(recordAccess).values({ entity: 'engagement', recordId: id, userId: namedUser.id });
    expect((await call(named, 'GET', `/api/v1/engagements/${id}`)).statusCode).toBe(200);
    expect((await call(named, 'GET', `/api/v1/partners/${partner.id}/timeline`)).body).toContain(title);
  });
});
