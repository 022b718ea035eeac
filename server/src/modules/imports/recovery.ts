import type { Database } from '../../db/types.js';
import * as repo from './repo.js';

/** Work running in this process: its progress (finer than what is stored) and the heartbeat's subjects. */
const live = new Map<string, { phase: string; processed: number }>();
export const liveProgress = (id: string) => live.get(id);
export const setProgress = (id: string, phase: string, processed = 0) => live.set(id, { phase, processed });

/** How often a running import says it is alive, and after how long without a sign it counts as dead. */
export const HEARTBEAT_MS = 5_000;
export const STALE_SECONDS = 30;

let heartbeat: NodeJS.Timeout | undefined;

/**
 * Marks an import as running here until `done()`: while any runs, its heartbeat_at is touched every
 * few seconds, so other processes sharing the database leave it alone (recoverImports).
 */
export function startRunning(db: Database, id: string, phase: string): () => void {
  setProgress(id, phase);
  heartbeat ??= setInterval(() => {
    if (live.size) void repo.touchHeartbeat(db, [...live.keys()]).catch(() => {});
  }, HEARTBEAT_MS).unref();
  return () => {
    live.delete(id);
    if (live.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  };
}

/**
 * Undoes what a commit wrote: its partners (their contacts, events and duplicate pairs go with them),
 * a few hundred per statement so that no statement holds the embedded database for long.
 * `owner`: this process runs the import; otherwise only an import still marked failed is touched
 * (a retry started elsewhere meanwhile owns its new rows).
 */
export async function rollbackCommit(db: Database, id: string, owner: boolean): Promise<number> {
  let removed = 0;
  for (;;) {
    const n = await repo.deletePartnersOf(db, id, owner ? null : 'failed');
    removed += n;
    if (n === 0) break;
  }
  if (!owner) await repo.markRolledBack(db, id);
  return removed;
}

/**
 * Work that no live process runs any more: after a crash (kill -9, power loss) an import stays
 * 'validating' or 'committing'. Marks it failed ('interrupted') and undoes its partial commit at once.
 * `everyone` (PGlite: one process uses the database) takes every import not running here; otherwise
 * only those whose heartbeat is older than STALE_SECONDS, so another live process's work is left alone.
 * Also finishes rollbacks a crash cut short (failed imports whose partners remain).
 */
export async function recoverImports(db: Database, opts: { everyone: boolean }) {
  const mine = [...live.keys()];
  const failed = await repo.failStale(db, mine, opts.everyone ? null : STALE_SECONDS);
  const pending = await repo.rollbacksPending(db, mine);
  for (const id of pending) await rollbackCommit(db, id, false);
  return { failed, rolledBack: pending };
}
