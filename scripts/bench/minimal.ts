/**
 * Minimal baseline for `npm run bench`: plain Fastify, no auth, no schemas,
 * one SELECT per request, rows returned as JSON.
 *
 * It opens the database exactly like the app does (server/src/db/connect.ts):
 * PostgreSQL through a pg Pool of 10, or PGlite in a child process behind a
 * unix socket with a pg Pool of 1. Run with `node --import tsx`.
 *
 * Env: PORT, HOST (default 127.0.0.1), DATABASE_URL or DATA_DIR.
 */
import Fastify from 'fastify';
import { openDatabase } from '../../server/src/db/connect.js';
import { UNIT_TREE_SQL } from './minimal-sql.js';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR;
if (!databaseUrl && !dataDir) throw new Error('minimal: set DATABASE_URL or DATA_DIR');

const dbh = await openDatabase({ databaseUrl, dataDir: dataDir ?? '' });
const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok', database: dbh.kind }));
app.get('/tree', async () => (await dbh.pool.query(UNIT_TREE_SQL)).rows);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close().catch(() => {});
  await dbh.close().catch(() => {});
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await app.listen({ port, host });
