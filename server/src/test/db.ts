import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { inject } from 'vitest';
import { openDatabase, type DbHandle } from '../db/connect.js';
import { runMigrations } from '../db/migrate.js';
import { pgAdminUrl } from './global-setup.js';
import { ensureReferenceData } from '../modules/countries/reference.js';
// The composition root: modules' strings and record kinds are registered, as in the app and the CLI.
import '../modules/index.js';

export const testDbKind = (): 'pglite' | 'postgres' => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/**
 * A migrated database of its own for one test file: an in-memory PGlite in its
 * child process, or a fresh copy of the migrated PostgreSQL template.
 */
export async function openTestDb(): Promise<DbHandle & { url?: string; migration: string }> {
  if (testDbKind() === 'pglite') {
    const h = await openDatabase({ dataDir: 'memory://' });
    const migration = await runMigrations(h.pool);
    await ensureReferenceData(h.db);
    return { ...h, migration };
  }
  const template = inject('pgTemplate');
  const name = `${template.replace(/_tpl$/, '')}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client(pgAdminUrl());
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 5 });
  const migration = await runMigrations(pool);
  const db = drizzle(pool);
  await ensureReferenceData(db); // one query: the template already has it (global-setup.ts)
  return { kind: 'postgres', pool, db, close: () => pool.end(), url: url.toString(), migration };
}
