import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
export const migrationsFolder = path.resolve(here, '..', '..', 'drizzle');

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}
const journal = (): Journal =>
  JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;

/**
 * Applies pending migrations. Several processes may start at once against one
 * PostgreSQL, so an advisory lock lets exactly one of them migrate at a time.
 */
export async function runMigrations(pool: pg.Pool): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(724104)');
    try {
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock(724104)');
    }
    return await currentMigration(client);
  } finally {
    client.release();
  }
}

/** The tag of the newest applied migration, read from Drizzle's bookkeeping table. */
export async function currentMigration(client: pg.Pool | pg.PoolClient): Promise<string> {
  const res = await client.query<{ created_at: string }>(
    'SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1',
  );
  const when = Number(res.rows[0]?.created_at);
  return journal().entries.find((e) => e.when === when)?.tag ?? 'none';
}
