import type { InjectOptions } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import { buildApp } from '../app.js';
import type { AmityModule } from '../http/module.js';
import type { App } from '../http/context.js';
import { openTestDb } from './db.js';

export type TestApp = Awaited<ReturnType<typeof openTestApp>>;

/** The real app on a test database of its own; requests go through app.inject. */
export async function openTestApp(overrides: Partial<Config> = {}, opts: { modules?: AmityModule[] } = {}) {
  const dbh = await openTestDb();
  // No session cache unless a test asks: tests change rows behind the app's back, as another process would.
  const config = { ...loadConfig({}), sessionCacheMs: 0, ...overrides, webDist: '/nonexistent' };
  const app: App = browserLike(await buildApp({ config, dbh, db: dbh.db, migration: dbh.migration }, { modules: opts.modules }));
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

const rawInjects = new WeakMap<App, App['inject']>();

/**
 * Makes app.inject send what a browser sends: the page's own Origin (that of the Host the request
 * goes to; inject's default Host is localhost:80), unless the test chose an Origin or a
 * Sec-Fetch-Site itself. Tests of the CSRF rules pass those headers explicitly.
 */
export function browserLike(app: App): App {
  const inject = app.inject.bind(app) as (opts?: unknown, cb?: unknown) => unknown;
  rawInjects.set(app, inject as App['inject']);
  const withOrigin = (opts: unknown) => {
    if (!opts || typeof opts !== 'object') return opts;
    const o = opts as { headers?: Record<string, unknown> };
    const headers = Object.fromEntries(Object.entries(o.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    if (headers.origin !== undefined || headers['sec-fetch-site'] !== undefined) return opts;
    return { ...o, headers: { ...o.headers, origin: `http://${String(headers.host ?? 'localhost:80')}` } };
  };
  app.inject = ((opts?: unknown, cb?: unknown) => inject(withOrigin(opts), cb)) as App['inject'];
  return app;
}

/** app.inject exactly as the test writes it, without the browser's Origin (for tests of the CSRF rules). */
export const rawInject = (app: App, opts: InjectOptions) => (rawInjects.get(app) ?? app.inject.bind(app))(opts);
