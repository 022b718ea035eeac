import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { pgTable, uuid, text } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { openTestApp, type TestApp } from '../test/app.js';
import { ensureRoot, makeUnit, makeUser, login, signedIn } from '../test/factories.js';
import { ownedColumns, scopedTable } from './tenancy.js';
import { recordAccess } from './tenancy-schema.js';
import { requireSession } from '../http/context.js';

// A table that exists only in this test, owned and scoped like every real record will be.
const notes = pgTable('tenancy_probe', { id: uuid('id').primaryKey().defaultRandom(), body: text('body').notNull(), ...ownedColumns() });
const scopedNotes = scopedTable(notes, 'tenancy_probe');

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await t.db.execute(sql`create table tenancy_probe (id uuid primary key default gen_random_uuid(), body text not null,
    owner_unit_id uuid not null references units(id), visibility visibility not null default 'unit')`);
  // HTTP routes that go through the scoped table only, as feature routes do.
  const idParams = z.object({ id: z.uuid() });
  t.app.get('/api/v1/probe/:id', { schema: { params: idParams } }, async (req) => scopedNotes.get(t.db, requireSession(req).actor.scope, req.params.id));
  t.app.patch('/api/v1/probe/:id', { schema: { params: idParams, body: z.strictObject({ body: z.string() }) } }, async (req) =>
    scopedNotes.update(t.db, requireSession(req).actor.scope, req.params.id, { body: req.body.body }),
  );
  t.app.delete('/api/v1/probe/:id', { schema: { params: idParams } }, async (req, reply) => {
    await scopedNotes.remove(t.db, requireSession(req).actor.scope, req.params.id);
    return reply.code(204).send();
  });
});
afterAll(() => t.close());

async function note(ownerUnitId: string, visibility: 'shared' | 'unit' | 'confidential') {
  const [row] = await t.db.insert(notes).values({ body: `${visibility} note`, ownerUnitId, visibility }).returning();
  return row!;
}

describe('unit visibility', () => {
  it("gives a user of unit A 404 for unit B's non-shared record: read, update and delete", async () => {
    const root = await ensureRoot(t.db);
    const a = await signedIn(t.app, t.db, 'manager', root);
    const b = await makeUnit(t.db, root);
    for (const visibility of ['unit', 'confidential'] as const) {
      const rec = await note(b.id, visibility);
      const headers = { cookie: a.cookie };
      const read = await t.app.inject({ url: `/api/v1/probe/${rec.id}`, headers });
      const update = await t.app.inject({ method: 'PATCH', url: `/api/v1/probe/${rec.id}`, headers, payload: { body: 'hacked' } });
      const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/probe/${rec.id}`, headers });
      expect([read.statusCode, update.statusCode, del.statusCode], visibility).toEqual([404, 404, 404]);
      expect(read.json().error.code).toBe('not_found');
      const [still] = await t.db.select().from(notes).where(eq(notes.id, rec.id));
      expect(still!.body).toBe(`${visibility} note`);
    }
    const shared = await note(b.id, 'shared');
    expect((await t.app.inject({ url: `/api/v1/probe/${shared.id}`, headers: { cookie: a.cookie } })).statusCode).toBe(200);
  });

  it("lets the owner unit, its ancestors and its descendants see 'unit' records", async () => {
    const root = await ensureRoot(t.db);
    const province = await makeUnit(t.db, root);
    const district = await makeUnit(t.db, province);
    const rec = await note(province.id, 'unit');
    for (const unit of [root, province, district]) {
      const user = await makeUser(t.db, unit, 'officer');
      const res = await t.app.inject({ url: `/api/v1/probe/${rec.id}`, headers: { cookie: await login(t.app, user.email) } });
      expect(res.statusCode).toBe(200);
    }
    const cousin = await makeUser(t.db, await makeUnit(t.db, root), 'officer');
    expect((await t.app.inject({ url: `/api/v1/probe/${rec.id}`, headers: { cookie: await login(t.app, cousin.email) } })).statusCode).toBe(404);
    const updated = await t.app.inject({ method: 'PATCH', url: `/api/v1/probe/${rec.id}`, headers: { cookie: await login(t.app, (await makeUser(t.db, district)).email) }, payload: { body: 'edited' } });
    expect(updated.json().body).toBe('edited');
  });

  it('keeps confidential records to the owner unit and the users named on them', async () => {
    const root = await ensureRoot(t.db);
    const province = await makeUnit(t.db, root);
    const rec = await note(province.id, 'confidential');
    const insider = await makeUser(t.db, province);
    const parentUser = await makeUser(t.db, root, 'admin');
    const named = await makeUser(t.db, await makeUnit(t.db, root));
    await t.db.insert(recordAccess).values({ entity: 'tenancy_probe', recordId: rec.id, userId: named.id });
    const status = async (email: string) => (await t.app.inject({ url: `/api/v1/probe/${rec.id}`, headers: { cookie: await login(t.app, email) } })).statusCode;
    expect(await status(insider.email)).toBe(200);
    expect(await status(named.email)).toBe(200);
    expect(await status(parentUser.email)).toBe(404);
  });

  it('never lets alsoVisible widen a confidential record (a task’s lead unit, a proposal’s target unit)', async () => {
    const root = await ensureRoot(t.db);
    const owner = await makeUnit(t.db, root);
    const other = await makeUnit(t.db, root);
    // The widest rule there is: every record is "also visible" to everyone.
    const widened = scopedTable(notes, 'tenancy_probe', () => sql`true`);
    const user = await makeUser(t.db, other, 'admin');
    const scope = { userId: user.id, unitId: other.id, role: 'admin' as const, relatedUnitIds: [root.id, other.id], subtreeUnitIds: [other.id] };
    const unitRec = await note(owner.id, 'unit');
    const secret = await note(owner.id, 'confidential');
    expect((await widened.get(t.db, scope, unitRec.id)).id).toBe(unitRec.id);
    await expect(widened.get(t.db, scope, secret.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(widened.update(t.db, scope, secret.id, { body: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(widened.remove(t.db, scope, secret.id)).rejects.toMatchObject({ code: 'not_found' });
    await t.db.insert(recordAccess).values({ entity: 'tenancy_probe', recordId: secret.id, userId: user.id });
    expect((await widened.get(t.db, scope, secret.id)).id).toBe(secret.id);
  });

  it('lists only what the scope allows', async () => {
    const root = await ensureRoot(t.db);
    const a = await makeUnit(t.db, root);
    const b = await makeUnit(t.db, root);
    const mine = await note(a.id, 'unit');
    const theirs = await note(b.id, 'unit');
    const user = await makeUser(t.db, a);
    const scope = { userId: user.id, unitId: a.id, role: 'officer' as const, relatedUnitIds: [root.id, a.id], subtreeUnitIds: [a.id] };
    const ids = (await scopedNotes.list(t.db, scope, sql`true`, { limit: 200 })).map((n) => n.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });
});
