import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openTestDb } from '../test/db.js';
import type { App } from './context.js';

// A built web app in a temporary folder, served as `npm start` serves web/dist.
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-dist-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');

let app: App;
let close: () => Promise<void>;
beforeAll(async () => {
  const dbh = await openTestDb();
  app = await buildApp({ config: { ...loadConfig({}), webDist: dist, sessionCacheMs: 0 }, dbh, db: dbh.db, migration: dbh.migration });
  close = async () => {
    await app.close();
    await dbh.close();
  };
});
afterAll(async () => {
  await close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('web assets after a redeploy', () => {
  it('answers 404 for a chunk that no longer exists, never the page', async () => {
    const res = await app.inject({ url: '/assets/PartnersPage-old999.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toContain('text/html');
    expect((await app.inject({ url: '/favicon-missing.png' })).statusCode).toBe(404);
  });

  it('serves existing chunks for good and the page for client routes, never cached', async () => {
    const chunk = await app.inject({ url: '/assets/index-abc123.js' });
    expect(chunk.statusCode).toBe(200);
    expect(chunk.headers['cache-control']).toContain('immutable');
    const page = await app.inject({ url: '/partners/123e4567-e89b-12d3-a456-426614174000?tab=notes' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
