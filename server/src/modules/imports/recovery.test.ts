import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, signedIn, uniq } from '../../test/factories.js';
import { commitImport, commitTuning } from './commit.js';
import { liveProgress, recoverImports } from './recovery.js';
import * as repo from './repo.js';

// Commits in batches, all or nothing as the importer sees it; work left by a dead process is failed and undone.
let t: TestApp;
let me: Awaited<ReturnType<typeof signedIn>>;
const defaultBatch = commitTuning.batchRows;
beforeAll(async () => {
  t = await openTestApp({ dataDir: fs.mkdtempSync('/tmp/amity-imp-rec-') });
  me = await signedIn(t.app, t.db, 'officer');
  await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
});
afterEach(() => {
  commitTuning.batchRows = defaultBatch;
});
afterAll(() => t.close());

function multipart(filename: string, content: string) {
  const boundary = `----amity${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}
const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, cookie = me.cookie) =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': 'en' }, ...(payload ? { payload } : {}) });
async function until(id: string, statuses: string[]) {
  for (let i = 0; i < 600; i++) {
    const s = (await call('GET', `/api/v1/imports/${id}`)).json();
    if (statuses.includes(s.status)) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}
/** An import of `names` (one partner each), uploaded, mapped and validated. */
async function validated(names: string[]) {
  const m = multipart('partners.csv', ['Name,Country', ...names.map((n) => `${n},France`)].join('\n'));
  const up = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: m.body, headers: { cookie: me.cookie, 'content-type': m.type, 'x-amity-upload': '1' } });
  expect(up.statusCode, up.body).toBe(201);
  const id: string = up.json().id;
  await call('PUT', `/api/v1/imports/${id}/mapping`, { mapping: { 0: 'name', 1: 'country' }, options: { ownerUnitId: me.unit.id, visibility: 'unit', duplicateAction: 'skip' } });
  await call('POST', `/api/v1/imports/${id}/validate`);
  expect(await until(id, ['validated', 'failed'])).toMatchObject({ status: 'validated', totalRows: names.length, errorRows: 0 });
  return id;
}
const names = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `${tag} ${i + 1}`);
const count = async (q: ReturnType<typeof sql>) => (await t.db.execute<{ n: number }>(q)).rows[0]!.n;
const partnersOf = (id: string) => count(sql`select count(*)::int as n from partners where import_id = ${id}`);
const imported = (tag: string) => count(sql`select count(*)::int as n from partners where name like ${`${tag} %`}`);
const importAudits = (id: string) => count(sql`select count(*)::int as n from audit_log where action = 'import' and entity_id = ${id}`);

/** Commits a few batches of an import, then stops as a killed process would: its state stays 'committing'. */
async function crashMidCommit(id: string) {
  expect(await repo.claimRun(t.db, id, ['validated'], 'committing', { processedRows: 0 })).toBe(true);
  const imp = (await t.db.execute<{ user_id: string; total_rows: number }>(sql`select user_id, total_rows from imports where id = ${id}`)).rows[0]!;
  let batches = 0;
  const killed = commitImport(t.db, { id, userId: imp.user_id, totalRows: imp.total_rows }, { ownerUnitId: me.unit.id, visibility: 'unit', defaultAction: 'skip', actions: {} }, {
    progress: () => {
      if (++batches === 2) throw new Error('kill -9');
    },
    finish: async () => {},
  });
  await expect(killed).rejects.toThrow('kill -9');
}

describe('import commit in batches', () => {
  it('a batch failing halfway leaves no partner of the import, and the commit can be started again', async () => {
    commitTuning.batchRows = 50;
    const tag = uniq('Batch');
    const rows = names(tag, 160);
    rows[129] = `${tag} BOOM`;
    const id = await validated(rows);
    // A constraint only the 130th row violates: the first two batches are written before it fails.
    await t.db.execute(sql.raw(`create or replace function amity_test_boom() returns trigger language plpgsql as $$
      begin if new.name like '% BOOM' then raise exception 'boom'; end if; return new; end $$`));
    await t.db.execute(sql.raw(`create trigger amity_test_boom before insert on partners for each row execute function amity_test_boom()`));
    try {
      expect((await call('POST', `/api/v1/imports/${id}/commit`, { actions: {} })).statusCode).toBe(202);
      const failed = await until(id, ['done', 'failed']);
      expect(failed).toMatchObject({ status: 'failed', failure: 'internal', retry: 'commit', failureMessage: expect.stringContaining('Nothing was imported') });
      expect(await partnersOf(id)).toBe(0);
      expect(await imported(tag)).toBe(0);
      expect(await importAudits(id)).toBe(0);
    } finally {
      await t.db.execute(sql.raw('drop trigger amity_test_boom on partners'));
    }
    expect((await call('POST', `/api/v1/imports/${id}/commit`, { actions: {} })).statusCode).toBe(202);
    expect(await until(id, ['done', 'failed'])).toMatchObject({ status: 'done', result: { created: 160, merged: 0, skipped: 0 } });
    expect(await imported(tag)).toBe(160);
    expect(await importAudits(id)).toBe(1);
    // Written as the partner form writes them: found by search, in the timeline.
    const found = (await call('GET', `/api/v1/partners?q=${encodeURIComponent(`${tag} 77`)}`)).json();
    expect(found.items.map((p: { name: string }) => p.name)).toContain(`${tag} 77`);
  }, 60_000);

  it('another user’s partner list answers while a commit of thousands of rows runs', async () => {
    commitTuning.batchRows = 100;
    const tag = uniq('Read');
    const id = await validated(names(tag, 2000));
    const other = await signedIn(t.app, t.db, 'officer');
    const events: string[] = [];
    expect((await call('POST', `/api/v1/imports/${id}/commit`, { actions: {} })).statusCode).toBe(202);
    const list = await call('GET', '/api/v1/partners?limit=20', undefined, other.cookie);
    expect(list.statusCode).toBe(200);
    // The commit still runs in this process when the list has answered.
    events.push(liveProgress(id) ? 'list answered during the commit' : 'list answered after the commit');
    const done = await until(id, ['done', 'failed']);
    events.push(`commit ${done.status}`);
    expect(events).toEqual(['list answered during the commit', 'commit done']);
    expect(await imported(tag)).toBe(2000);
  }, 120_000);
});

describe('import crash recovery', () => {
  it('fails an import a dead process left committing and removes its partners at once', async () => {
    commitTuning.batchRows = 40;
    const tag = uniq('Crash');
    const id = await validated(names(tag, 150));
    await crashMidCommit(id);
    expect(await partnersOf(id)).toBe(80);
    // Its process is gone: no heartbeat for a minute.
    await t.db.execute(sql`update imports set heartbeat_at = now() - interval '1 minute' where id = ${id}`);
    const out = await recoverImports(t.db, { everyone: false });
    expect(out.failed).toContain(id);
    expect(await partnersOf(id)).toBe(0);
    const s = (await call('GET', `/api/v1/imports/${id}`)).json();
    expect(s).toMatchObject({ status: 'failed', failure: 'interrupted', retry: 'commit', processedRows: 0 });
    expect(s.failureMessage).toMatch(/interrupted/);
    // Started again, it writes every row once.
    expect((await call('POST', `/api/v1/imports/${id}/commit`, { actions: {} })).statusCode).toBe(202);
    expect(await until(id, ['done', 'failed'])).toMatchObject({ status: 'done', result: { created: 150 } });
    expect(await imported(tag)).toBe(150);
  });

  it('leaves the work of a live process alone on a shared database; on the embedded one, fails it whatever its age', async () => {
    commitTuning.batchRows = 40;
    const tag = uniq('Live');
    const id = await validated(names(tag, 100));
    await crashMidCommit(id);
    // Heartbeat a few seconds old: another process still runs it.
    await t.db.execute(sql`update imports set heartbeat_at = now() - interval '3 seconds' where id = ${id}`);
    expect((await recoverImports(t.db, { everyone: false })).failed).not.toContain(id);
    expect((await call('GET', `/api/v1/imports/${id}`)).json().status).toBe('committing');
    expect(await partnersOf(id)).toBe(80);
    expect((await recoverImports(t.db, { everyone: true })).failed).toContain(id);
    expect(await partnersOf(id)).toBe(0);
    expect((await call('GET', `/api/v1/imports/${id}`)).json()).toMatchObject({ status: 'failed', failure: 'interrupted' });
  });

  it('fails an interrupted validation, which may be started again from its file', async () => {
    const id = await validated(names(uniq('Val'), 3));
    await t.db.execute(sql`update imports set status = 'validating', heartbeat_at = now() - interval '2 minutes' where id = ${id}`);
    await recoverImports(t.db, { everyone: false });
    expect((await call('GET', `/api/v1/imports/${id}`)).json()).toMatchObject({ status: 'failed', failure: 'interrupted', retry: 'validate' });
    expect((await call('POST', `/api/v1/imports/${id}/validate`)).statusCode).toBe(202);
    expect(await until(id, ['validated', 'failed'])).toMatchObject({ status: 'validated', totalRows: 3 });
  });

  it('finishes a rollback a crash cut short', async () => {
    commitTuning.batchRows = 40;
    const id = await validated(names(uniq('Half'), 90));
    await crashMidCommit(id);
    // Marked failed, but the process died before its partners were removed.
    await t.db.execute(sql`update imports set status = 'failed', failure = 'internal', failed_step = 'committing' where id = ${id}`);
    expect(await partnersOf(id)).toBe(80);
    expect((await recoverImports(t.db, { everyone: false })).rolledBack).toContain(id);
    expect(await partnersOf(id)).toBe(0);
    expect((await call('GET', `/api/v1/imports/${id}`)).json()).toMatchObject({ status: 'failed', processedRows: 0, retry: 'commit' });
  });
});
