import { loadConfig, type Config } from '../config.js';
import { buildApp } from '../app.js';
import type { App } from '../http/context.js';
import { openTestDb } from './db.js';

export type TestApp = Awaited<ReturnType<typeof openTestApp>>;

/** The real app on a test database of its own; requests go through app.inject. */
export async function openTestApp(overrides: Partial<Config> = {}) {
  const dbh = await openTestDb();
  // No session cache unless a test asks: tests change rows behind the app's back, as another process would.
  const config = { ...loadConfig({}), sessionCacheMs: 0, ...overrides, webDist: '/nonexistent' };
  const app: App = await buildApp({ config, dbh, db: dbh.db, migration: dbh.migration });
  return {
    app,
    dbh,
    db: dbh.db,
    config,
    close: async () => {
      await app.close();
      await dbh.close();
    },
  };
}
