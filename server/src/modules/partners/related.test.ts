import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, makeUnit, makeUser, login, signedIn } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const create = async (cookie: string, name: string, visibility = 'unit') =>
  (await call(cookie, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name, visibility })).json().id as string;

describe('notes, relationships, timeline and graph', () => {
  it('keeps notes with author and date; only the author or a manager edits them', async () => {
    const root = await ensureRoot(t.db);
    const a = await signedIn(t.app, t.db, 'officer', root);
    const colleague = await login(t.app, (await makeUser(t.db, a.unit, 'officer')).email);
    const id = await create(a.cookie, 'Japan–Vietnam Friendship Association');
    const added = await call(a.cookie, 'POST', `/api/v1/partners/${id}/notes`, { body: 'Met the chair in Osaka.' });
    expect(added.statusCode).toBe(201);
    await call(colleague, 'POST', `/api/v1/partners/${id}/notes`, { body: 'Second note.' });
    const list = (await call(a.cookie, 'GET', `/api/v1/partners/${id}/notes`)).json();
    expect(list.total).toBe(2);
    expect(list.items[0]).toMatchObject({ body: 'Second note.', can: { update: false } });
    expect(list.items[1]).toMatchObject({ body: 'Met the chair in Osaka.', author: { id: a.user.id }, can: { update: true } });
    expect((await call(colleague, 'PATCH', `/api/v1/partners/${id}/notes/${added.json().id}`, { body: 'x' })).statusCode).toBe(403);
    expect((await call(a.cookie, 'PATCH', `/api/v1/partners/${id}/notes/${added.json().id}`, { body: 'Met the chair in Osaka, 3 May.' })).statusCode).toBe(204);
  });

  it('relates partners both ways and to units, and shows it all on the timeline, newest first', async () => {
    const a = await signedIn(t.app, t.db, 'officer');
    const p1 = await create(a.cookie, 'Sister city: Fukuoka');
    const p2 = await create(a.cookie, 'Fukuoka Prefecture International Association');
    const rel = await call(a.cookie, 'POST', `/api/v1/partners/${p1}/relationships`, { kind: 'member_of', toPartnerId: p2, startDate: '2020-01-15' });
    expect(rel.statusCode).toBe(201);
    expect((await call(a.cookie, 'POST', `/api/v1/partners/${p1}/relationships`, { kind: 'sister_city_of', toUnitId: a.unit.id })).statusCode).toBe(201);
    expect((await call(a.cookie, 'POST', `/api/v1/partners/${p1}/relationships`, { kind: 'other', toPartnerId: p1 })).statusCode).toBe(422);
    expect((await call(a.cookie, 'POST', `/api/v1/partners/${p1}/relationships`, { kind: 'other' })).statusCode).toBe(422);

    const fromP2 = (await call(a.cookie, 'GET', `/api/v1/partners/${p2}/relationships`)).json().items;
    expect(fromP2).toEqual([expect.objectContaining({ kind: 'member_of', direction: 'in', startDate: '2020-01-15', other: expect.objectContaining({ kind: 'partner' }) })]);
    await call(a.cookie, 'PATCH', `/api/v1/partners/${p1}`, { city: 'Fukuoka' });
    const timeline = (await call(a.cookie, 'GET', `/api/v1/partners/${p1}/timeline`)).json();
    expect(timeline.items.map((e: { kind: string }) => e.kind)).toEqual(['updated', 'relationship_added', 'relationship_added', 'created']);
    expect(timeline.items[0]).toMatchObject({ actor: { id: a.user.id }, data: { fields: ['city'] } });

    const graph = (await call(a.cookie, 'GET', `/api/v1/partners/${p1}/graph?depth=2`)).json();
    expect(graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual([p1, p2, `unit:${a.unit.id}`].sort());
    expect(graph.edges).toHaveLength(2);
    const filtered = (await call(a.cookie, 'GET', `/api/v1/partners/${p1}/graph?kinds=member_of`)).json();
    expect(filtered.edges).toHaveLength(1);

    // Labels in the reader's language (the unit's name too), the partner's other names after it.
    await call(a.cookie, 'PATCH', `/api/v1/partners/${p2}`, { nameVi: 'Hiệp hội Quốc tế tỉnh Fukuoka', nameFr: 'Association internationale de Fukuoka' });
    const labels = async (lang: string) =>
      Object.fromEntries(
        (await t.app.inject({ method: 'GET', url: `/api/v1/partners/${p1}/graph?depth=2`, headers: { cookie: a.cookie, 'accept-language': lang } }))
          .json()
          .nodes.map((n: { id: string; label: string }) => [n.id, n.label]),
      );
    expect(await labels('fr')).toMatchObject({ [p2]: 'Association internationale de Fukuoka', [`unit:${a.unit.id}`]: a.unit.nameFr, [p1]: 'Sister city: Fukuoka' });
    expect(await labels('vi')).toMatchObject({ [p2]: 'Hiệp hội Quốc tế tỉnh Fukuoka', [`unit:${a.unit.id}`]: a.unit.nameVi });

    await call(a.cookie, 'DELETE', `/api/v1/partners/${p1}/relationships/${rel.json().id}`);
    expect((await call(a.cookie, 'GET', `/api/v1/partners/${p2}/relationships`)).json().items).toEqual([]);
  });

  it("hides another unit's partner everywhere: detail, notes, timeline, graph, relationships", async () => {
    const root = await ensureRoot(t.db);
    const a = await signedIn(t.app, t.db, 'officer', root);
    const b = await signedIn(t.app, t.db, 'officer', root);
    const secret = await create(a.cookie, 'Unit A partner', 'unit');
    const shared = await create(a.cookie, 'Shared partner', 'shared');
    await call(a.cookie, 'POST', `/api/v1/partners/${shared}/relationships`, { kind: 'counterpart', toPartnerId: secret });
    for (const url of [`/api/v1/partners/${secret}`, `/api/v1/partners/${secret}/notes`, `/api/v1/partners/${secret}/timeline`, `/api/v1/partners/${secret}/graph`, `/api/v1/partners/${secret}/relationships`]) {
      expect((await call(b.cookie, 'GET', url)).statusCode, url).toBe(404);
    }
    expect((await call(b.cookie, 'POST', `/api/v1/partners/${secret}/notes`, { body: 'x' })).statusCode).toBe(404);
    expect((await call(b.cookie, 'GET', `/api/v1/partners/${shared}/relationships`)).json().items).toEqual([]);
    expect((await call(b.cookie, 'GET', `/api/v1/partners/${shared}/graph`)).json().nodes).toHaveLength(1);
    const list = (await call(b.cookie, 'GET', '/api/v1/partners?q=unit+a+partner')).json();
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(secret);
    const facets = (await call(b.cookie, 'GET', `/api/v1/partners/facets?unitId=${a.unit.id}`)).json();
    expect(facets.type).toEqual([{ value: 'foreign_organisation', count: 1 }]);
    const child = await makeUnit(t.db, a.unit);
    const childUser = await login(t.app, (await makeUser(t.db, child)).email);
    expect((await call(childUser, 'GET', `/api/v1/partners/${secret}/timeline`)).statusCode).toBe(200);
  });
});
