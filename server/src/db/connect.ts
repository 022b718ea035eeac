import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Database } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface DbHandle {
  kind: 'pglite' | 'postgres';
  pool: pg.Pool;
  db: Database;
  close(): Promise<void>;
}

/** Another process (the server, or another command) holds the embedded database's lock file. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid?: number,
  ) {
    super(`The embedded database in ${dataDir} is in use by process ${pid ?? '?'}.`);
  }
}

/** Starts the PGlite child process and resolves with its socket address. */
async function startPglite(dir: string, dataDir: string) {
  // The child is plain JavaScript in src/db, whether this file runs from src (tests, tsx) or dist (npm start).
  const child = fork(path.resolve(here, '..', '..', 'src', 'db', 'pglite-child.mjs'), [], {
    env: { ...process.env, AMITY_PGLITE_DIR: dir },
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const addr = await new Promise<{ host: string; port: number }>((resolve, reject) => {
    child.once('message', (m: { type: string; host: string; port: number; message?: string; locked?: boolean; pid?: number }) =>
      m.type === 'ready' ? resolve(m) : reject(m.locked ? new DatabaseLockedError(dataDir, m.pid) : new Error(m.message)),
    );
    child.once('exit', (code) => reject(new Error(`PGlite process exited (${code})`)));
  });
  return { child, addr };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<DbHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    return { kind: 'postgres', pool, db: drizzle(pool), close: () => pool.end() };
  }
  const dir = opts.dataDir.startsWith('memory://') ? opts.dataDir : path.join(opts.dataDir, 'pglite');
  const { child, addr } = await startPglite(dir, opts.dataDir);
  // One connection: PGlite runs one query at a time, and transactions must never interleave.
  const pool = new pg.Pool({ host: addr.host, port: addr.port, user: 'postgres', database: 'postgres', max: 1 });
  let closing = false;
  // The database going away on its own is never normal: say so where the operator looks.
  child.once('exit', (code, signal) => {
    if (!closing) console.error(`The PGlite process stopped unexpectedly (exit code ${code}, signal ${signal}).`);
  });
  const close = async () => {
    closing = true;
    await pool.end();
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.send('shutdown');
    await exited;
  };
  return { kind: 'pglite', pool, db: drizzle(pool), close };
}
