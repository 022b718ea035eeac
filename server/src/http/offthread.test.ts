import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

describe('the database runs off the request thread', () => {
  it('answers /api/health within 100 ms while a 1-second query runs', async () => {
    const { port } = t.app.server.address() as { port: number };
    const slow = t.dbh.pool.query('select pg_sleep(1)');
    await new Promise((r) => setTimeout(r, 150)); // the slow query is now running
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: t.dbh.kind, migration: t.dbh.migration });
    expect(elapsed).toBeLessThan(100);
    const before = performance.now();
    await slow;
    // Proves the query was still running when health answered.
    expect(performance.now() - before).toBeGreaterThan(300);
  });
});
