import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../test/app.js';
import { makeUnit, signedIn } from '../test/factories.js';

// node-postgres drops a connection after any failed query and opens a new one at once. On PGlite
// the socket server once had room for a single connection, so the query after a failed one could
// die with ECONNRESET (a refused write, then the next request failed). See pglite-child.mjs.
let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await signedIn(t.app, t.db, 'admin'); // an audit row, so the refused writes below do fail
});
afterAll(() => t.close());

it('answers the query after a failed one, again and again', async () => {
  for (let i = 0; i < 100; i++) {
    await expect(t.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow(/append-only|audit/i);
    await makeUnit(t.db);
  }
  expect((await t.db.execute<{ n: number }>(sql`select count(*)::int as n from units`)).rows[0]!.n).toBeGreaterThanOrEqual(100);
}, 120_000);
