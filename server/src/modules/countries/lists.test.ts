import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { signedIn, uniq } from '../../test/factories.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
let viewer: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
  viewer = await signedIn(t.app, t.db, 'viewer');
});
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const item = (key = uniq('k_')) => ({ key, nameVi: `Nhóm ${key}`, nameEn: `Group ${key}`, nameFr: `Groupe ${key}` });

describe.each([
  ['/api/v1/relationship-groups', 'relationship_group'],
  ['/api/v1/cooperation-fields', 'cooperation_field'],
])('%s', (base, entity) => {
  it('ships the defaults, readable by everyone', async () => {
    const list = await call(viewer.cookie, 'GET', base);
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { key: string; sort: number; can: object }[];
    expect(items.length).toBeGreaterThanOrEqual(7);
    expect(items.every((i) => JSON.stringify(i.can) === '{"update":false,"delete":false}')).toBe(true);
    const keys = items.map((i) => i.key);
    if (entity === 'relationship_group') expect(keys).toEqual(expect.arrayContaining(['neighbour', 'traditional_friend', 'major_country', 'comprehensive_strategic_partner', 'strategic_partner', 'comprehensive_partner', 'other']));
    else expect(keys).toEqual(expect.arrayContaining(['culture', 'war_legacy', 'peace_solidarity', 'information', 'digital_transformation']));
    expect([...items].sort((a, b) => a.sort - b.sort)).toEqual(items);
  });

  it('an administrator creates, edits and deletes; each change is audited', async () => {
    const created = await call(admin.cookie, 'POST', base, item());
    expect(created.statusCode).toBe(201);
    const { id, key, sort } = created.json();
    expect(created.json().can).toEqual({ update: true, delete: true });
    const all = (await call(admin.cookie, 'GET', base)).json().items as { id: string; sort: number }[];
    expect(all.at(-1)!.id).toBe(id); // goes last
    expect(sort).toBe(Math.max(...all.map((i) => i.sort)));

    const taken = await call(admin.cookie, 'POST', base, item(key));
    expect(taken.statusCode).toBe(422);
    expect(taken.json().error.fields.key).toBeTruthy();
    expect((await call(admin.cookie, 'POST', base, item('Not A Key'))).json().error.fields.key).toBeTruthy();
    expect((await call(admin.cookie, 'POST', base, { ...item(), extra: 1 })).statusCode).toBe(422);

    const edited = await call(admin.cookie, 'PATCH', `${base}/${id}`, { nameEn: 'Renamed', sort: 5 });
    expect(edited.json()).toMatchObject({ nameEn: 'Renamed', sort: 5, key });
    expect((await call(admin.cookie, 'GET', base)).json().items[0].id).toBe(id);

    expect((await call(admin.cookie, 'DELETE', `${base}/${id}`)).statusCode).toBe(204);
    expect((await call(admin.cookie, 'DELETE', `${base}/${id}`)).statusCode).toBe(404);

    const audit = (await call(admin.cookie, 'GET', `/api/v1/audit?entity=${entity}&entityId=${id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['delete', 'update', 'create']);
    expect(audit.items[1].diff).toEqual({ before: { nameEn: `Group ${key}`, sort }, after: { nameEn: 'Renamed', sort: 5 } });
  });

  it('non-administrators get 403 on every write', async () => {
    const mgr = await signedIn(t.app, t.db, 'manager');
    const existing = (await call(admin.cookie, 'GET', base)).json().items[0];
    for (const who of [viewer, mgr]) {
      expect((await call(who.cookie, 'POST', base, item())).statusCode).toBe(403);
      expect((await call(who.cookie, 'PATCH', `${base}/${existing.id}`, { nameEn: 'x' })).statusCode).toBe(403);
      expect((await call(who.cookie, 'DELETE', `${base}/${existing.id}`)).statusCode).toBe(403);
    }
  });
});

describe('deleting reference items that are in use', () => {
  it('a group leaves its countries ungrouped and the log says which', async () => {
    const g = (await call(admin.cookie, 'POST', '/api/v1/relationship-groups', item())).json();
    await call(admin.cookie, 'PATCH', '/api/v1/countries/SE', { relationshipGroupId: g.id });
    expect((await call(admin.cookie, 'DELETE', `/api/v1/relationship-groups/${g.id}`)).statusCode).toBe(204);
    expect((await call(admin.cookie, 'GET', '/api/v1/countries/SE')).json().relationshipGroupId).toBeNull();
    const audit = (await call(admin.cookie, 'GET', `/api/v1/audit?entity=relationship_group&entityId=${g.id}&action=delete`)).json();
    expect(audit.items[0].diff.before.countries).toEqual(['SE']);
  });

  it('a field that partners use cannot be deleted', async () => {
    const f = (await call(admin.cookie, 'POST', '/api/v1/cooperation-fields', item())).json();
    const [partner] = (
      await t.db.execute<{ id: string }>(sql`insert into partners (type, name, owner_unit_id) values ('foreign_ngo', ${uniq('NGO ')}, ${admin.unit.id}) returning id`)
    ).rows;
    await t.db.execute(sql`insert into partner_fields (partner_id, field_id) values (${partner!.id}, ${f.id})`);
    const listed = (await call(admin.cookie, 'GET', '/api/v1/cooperation-fields')).json().items.find((i: { id: string }) => i.id === f.id);
    expect(listed.can).toEqual({ update: true, delete: false });
    const res = await call(admin.cookie, 'DELETE', `/api/v1/cooperation-fields/${f.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('in_use');
  });
});
