import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { browserLike, openTestApp, type TestApp } from '../test/app.js';
import { signedIn, uniq } from '../test/factories.js';
import { verifyChain } from '../modules/audit/repo.js';
import { testDbKind } from '../test/db.js';
import type { App } from './context.js';

// Two app instances on one database, as two processes behind a load balancer:
// on PostgreSQL each has its own pool; nothing is shared in memory.
let t: TestApp;
let second: App;
let pool2: pg.Pool | undefined;
beforeAll(async () => {
  t = await openTestApp();
  let db2 = t.db;
  if (testDbKind() === 'postgres') {
    const url = (t.dbh as { url?: string }).url!;
    pool2 = new pg.Pool({ connectionString: url, max: 5 });
    db2 = drizzle(pool2);
  }
  second = browserLike(await buildApp({ config: { ...loadConfig({}), sessionCacheMs: 0, webDist: '/nonexistent' }, dbh: t.dbh, db: db2, migration: t.dbh.migration }));
});
afterAll(async () => {
  await second.close();
  await pool2?.end();
  await t.close();
});

describe('several app processes on one database', () => {
  it('share sessions: signed in on one, recognised and signed out on the other', async () => {
    const admin = await signedIn(t.app, t.db, 'admin');
    expect((await second.inject({ url: '/api/v1/me', headers: { cookie: admin.cookie } })).statusCode).toBe(200);
    await second.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: admin.cookie } });
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: admin.cookie } })).statusCode).toBe(401);
  });

  it('keep one unbroken audit chain under concurrent writes', async () => {
    const admin = await signedIn(t.app, t.db, 'admin');
    const writes = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? second : t.app).inject({ method: 'PATCH', url: '/api/v1/me', headers: { cookie: admin.cookie }, payload: { displayName: uniq('Tên ') } }),
    );
    const statuses = (await Promise.all(writes)).map((r) => r.statusCode);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const chain = await verifyChain(t.db);
    expect(chain.brokenAt).toBeUndefined();
    expect(chain.checked).toBeGreaterThanOrEqual(21);
  });
});
