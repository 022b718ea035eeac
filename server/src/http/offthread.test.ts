import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

describe('the database runs off the request thread', () => {
  // No tight timing (the machine may be busy): what must hold is that /api/health answers while the
  // long query is still running, which an in-process PGlite blocking the event loop could not do.
  it('answers /api/health while a 3-second query runs', async () => {
    const { port } = t.app.server.address() as { port: number };
    let slowDone = false;
    const slow = t.dbh.pool.query('select pg_sleep(3)').then(() => {
      slowDone = true;
    });
    await new Promise((r) => setTimeout(r, 150)); // the slow query is now running
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: t.dbh.kind, migration: t.dbh.migration });
    expect(slowDone).toBe(false);
    await slow;
    expect(slowDone).toBe(true);
  });
});
