import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, signedIn, uniq } from '../../test/factories.js';
import { verifyChain } from '../audit/repo.js';

let t: TestApp;
let mgr: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  mgr = await signedIn(t.app, t.db, 'manager');
  await ensureCountry(t.db, 'DE', { vi: 'Đức', en: 'Germany', fr: 'Allemagne' });
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, payload?: object, cookie = mgr.cookie) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const create = async (body: object) => (await call('POST', '/api/v1/partners', { type: 'foreign_organisation', visibility: 'unit', ...body })).json();

describe('duplicates', () => {
  it('warns before saving: same name in the country, similar name, same website, same email', async () => {
    const tag = uniq('d');
    const existing = await create({ nameVi: `Hội hữu nghị Việt – Đức ${tag}`, countryCode: 'DE', website: 'https://www.vdfg.de/', contacts: [{ name: 'Jan Weber', email: 'jan@vdfg.de' }] });
    const check = (body: object) => call('POST', '/api/v1/partners/duplicates/check', body).then((r) => r.json().candidates);
    const same = await check({ nameVi: `hoi huu nghi viet – duc ${tag}`, countryCode: 'DE' });
    expect(same[0]).toMatchObject({ partner: { id: existing.id }, reasons: expect.arrayContaining(['same_name_country', 'similar_name']) });
    const typo = await check({ nameVi: `Hoi huu ngi Viet Duc ${tag}` });
    expect(typo.map((c: { partner: { id: string } }) => c.partner.id)).toContain(existing.id);
    expect((await check({ name: 'Something else', website: 'http://vdfg.de' }))[0]).toMatchObject({ partner: { id: existing.id }, reasons: ['same_website'] });
    const byEmail = await check({ name: 'Other', contacts: [{ name: 'J', email: 'JAN@vdfg.de' }] });
    expect(byEmail[0].reasons).toEqual(['same_email']);
    expect(await check({ name: `Totally different ${uniq()}` })).toEqual([]);
    expect(await check({ nameVi: `Hội hữu nghị Việt – Đức ${tag}`, excludeId: existing.id })).toEqual([]);
    // The same kind of name in another country is not a duplicate.
    await ensureCountry(t.db, 'AT', { vi: 'Áo', en: 'Austria', fr: 'Autriche' });
    expect(await check({ nameVi: `Hội hữu nghị Việt – Đức ${tag}`, countryCode: 'AT' })).toEqual([]);
  });

  it('lists candidate pairs with a score', async () => {
    const tag = uniq('p');
    const a = await create({ name: `Vietnam–Sweden Friendship Association ${tag}` });
    const b = await create({ name: `Vietnam Sweden Friendship Assoc ${tag}` });
    const res = (await call('GET', '/api/v1/partners/duplicates?limit=200')).json();
    const pair = res.items.find((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join());
    expect(pair).toBeDefined();
    expect(pair.score).toBeGreaterThan(0.6);
    expect(pair.reasons).toContain('similar_name');
    expect((await call('POST', '/api/v1/partners/duplicates/dismiss', { aId: b.id, bId: a.id })).statusCode).toBe(204);
    const after = (await call('GET', '/api/v1/partners/duplicates?limit=200')).json();
    expect(after.items.some((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].includes(a.id) && [p.a.id, p.b.id].includes(b.id))).toBe(false);
    // Editing the partner does not bring a dismissed pair back.
    await call('PATCH', `/api/v1/partners/${a.id}`, { city: 'Stockholm' });
    expect((await call('GET', '/api/v1/partners/duplicates?limit=200')).json().total).toBe(after.total);
  });

  it("does not show a pair when the user cannot see both partners", async () => {
    const tag = uniq('v');
    const other = await signedIn(t.app, t.db, 'manager');
    await create({ name: `Hidden Twin Society ${tag}`, visibility: 'unit' });
    await call('POST', '/api/v1/partners', { type: 'foreign_organisation', name: `Hidden Twin Society ${tag}`, visibility: 'shared' }, other.cookie);
    const mine = (await call('GET', '/api/v1/partners/duplicates?limit=200')).json();
    const theirs = (await call('GET', '/api/v1/partners/duplicates?limit=200', undefined, other.cookie)).json();
    const has = (r: { items: { a: { name: string } }[] }) => r.items.some((p) => p.a.name === `Hidden Twin Society ${tag}`);
    expect(has(mine)).toBe(true);
    expect(has(theirs)).toBe(false);
  });
});

describe('merge', () => {
  it('moves every reference to the survivor and keeps the other names as aliases', async () => {
    const tag = uniq('m');
    const survivor = await create({ nameEn: `Cuba–Vietnam Friendship ${tag}`, city: '', tags: ['solidarity'], contacts: [{ name: 'Ana', email: 'ana@cu.cu' }] });
    const merged = await create({ name: `Asociación de Amistad Cuba-Vietnam ${tag}`, city: 'La Habana', tags: ['culture'], contacts: [{ name: 'Ana P.', email: 'ANA@cu.cu' }, { name: 'Luis', email: 'luis@cu.cu' }] });
    const third = await create({ name: `Third ${tag}` });
    await call('POST', `/api/v1/partners/${merged.id}/notes`, { body: 'A note on the merged one.' });
    await call('POST', `/api/v1/partners/${third.id}/relationships`, { kind: 'counterpart', toPartnerId: merged.id });
    await call('POST', `/api/v1/partners/${merged.id}/relationships`, { kind: 'member_of', toPartnerId: survivor.id });

    const res = await call('POST', '/api/v1/partners/merge', { survivorId: survivor.id, mergedId: merged.id, pick: { name: 'merged' } });
    expect(res.statusCode).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({ id: survivor.id, name: merged.name, nameEn: survivor.nameEn, city: 'La Habana' });
    expect(after.tags.sort()).toEqual(['culture', 'solidarity']);
    expect(after.contacts.map((c: { name: string }) => c.name).sort()).toEqual(['Ana', 'Luis']);
    expect((await call('GET', `/api/v1/partners/${merged.id}`)).statusCode).toBe(404);

    const notes = (await call('GET', `/api/v1/partners/${survivor.id}/notes`)).json();
    expect(notes.items.map((n: { body: string }) => n.body)).toContain('A note on the merged one.');
    const rels = (await call('GET', `/api/v1/partners/${survivor.id}/relationships`)).json().items;
    expect(rels).toEqual([expect.objectContaining({ kind: 'counterpart', direction: 'in', other: expect.objectContaining({ partner: expect.objectContaining({ id: third.id }) }) })]);
    const timeline = (await call('GET', `/api/v1/partners/${survivor.id}/timeline?limit=50`)).json().items.map((e: { kind: string }) => e.kind);
    expect(timeline[0]).toBe('merged');
    expect(timeline.filter((k: string) => k === 'created')).toHaveLength(2);
    // Found by the merged record's old name.
    const found = (await call('GET', `/api/v1/partners?q=${encodeURIComponent(`asociacion amistad ${tag}`)}`)).json().items;
    expect(found.map((p: { id: string }) => p.id)).toEqual([survivor.id]);
    const audit = (await call('GET', `/api/v1/audit?entity=partner&entityId=${survivor.id}&action=merge`, undefined, (await signedIn(t.app, t.db, 'admin')).cookie)).json();
    expect(audit.items[0].diff.before.merged.id).toBe(merged.id);
    expect((await verifyChain(t.db)).brokenAt).toBeUndefined();
    const left = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from partner_contacts where partner_id = ${merged.id}`);
    expect(left.rows[0]!.n).toBe(0);
  });

  it('needs merge rights on both and two different records', async () => {
    const officer = await signedIn(t.app, t.db, 'officer', mgr.unit);
    const a = await create({ name: 'A' });
    const b = await create({ name: 'B' });
    expect((await call('POST', '/api/v1/partners/merge', { survivorId: a.id, mergedId: b.id }, officer.cookie)).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/partners/merge', { survivorId: a.id, mergedId: a.id })).statusCode).toBe(422);
  });
});
