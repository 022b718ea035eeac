/**
 * Runs embedded PGlite in its own process and serves it on a private unix
 * socket: PGlite blocks its event loop for each query, so it must never share
 * the request thread. The parent speaks to it through node-postgres.
 *
 * Plain JavaScript, started without the TypeScript loader: the loader alone costs
 * this process about 70 MB (BENCHMARKS.md, "Memory of the PGlite process").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const dataDir = process.env.AMITY_PGLITE_DIR ?? 'memory://';
/** @param {unknown} msg */
const send = (msg) => process.send?.(msg);

/** @param {string} dir @returns {string | undefined} */
function takeLock(dir) {
  if (dir.startsWith('memory://')) return undefined;
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(path.dirname(dir), 'amity.lock');
  try {
    const pid = Number(fs.readFileSync(lock, 'utf8'));
    if (pid && pid !== process.pid) {
      try {
        process.kill(pid, 0);
        // The parent turns `locked` into one sentence for the operator (connect.ts, DatabaseLockedError).
        throw Object.assign(new Error(`The database in ${dir} is in use by process ${pid}. Stop it first.`), { code: 'AMITY_LOCKED', pid });
      } catch (e) {
        if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ESRCH') throw e;
      }
    }
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT') throw e;
  }
  fs.writeFileSync(lock, String(process.pid));
  return lock;
}

async function main() {
  const lock = takeLock(dataDir);
  // PGlite's default shared_buffers (128MB) is allocated up front; 16MB halves the process
  // (BENCHMARKS.md) and the operating system's file cache still holds the data.
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent }, postgresqlconf: [`shared_buffers=${process.env.AMITY_PGLITE_SHARED_BUFFERS ?? '16MB'}`] });
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-pg-'));
  fs.chmodSync(socketDir, 0o700);
  const port = 5432;
  // The app's pool holds one connection, but node-postgres drops a connection after any failed
  // query and opens a new one at once; with room for one only, Node refused the new one until the
  // old one's close was processed (the next query failed with ECONNRESET). Queries still run one
  // at a time, and pglite-socket keeps a transaction to the connection that opened it.
  const server = new PGLiteSocketServer({
    db,
    path: path.join(socketDir, `.s.PGSQL.${port}`),
    maxConnections: 4,
    debug: process.env.AMITY_PGLITE_DEBUG === '1',
  });
  await server.start();

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.stop().catch(() => {});
    await db.close().catch(() => {});
    fs.rmSync(socketDir, { recursive: true, force: true });
    if (lock) fs.rmSync(lock, { force: true });
    process.exit(0);
  };
  // The parent going away (crash or exit) must not leave the database open.
  process.on('disconnect', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('message', (m) => {
    if (m === 'shutdown') void shutdown();
  });
  send({ type: 'ready', host: socketDir, port });
}

main().catch((/** @type {Error & { code?: string, pid?: number }} */ err) => {
  const msg = { type: 'error', message: err.message, locked: err.code === 'AMITY_LOCKED', pid: err.pid };
  // Exit once the message is sent: exiting at once may drop it, and the parent would only see the exit.
  if (process.send) process.send(msg, () => process.exit(1));
  else process.exit(1);
});
