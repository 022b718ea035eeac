import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { analyze } from './repo.js';
import { commitBatch, markCommitted, mergeAndCount, type CommitOptions, type CommitResult } from './repo-commit.js';

/**
 * Rows written per transaction. On the embedded database a transaction holds its only
 * connection: a few hundred rows keep each one short, so other users' requests get their
 * turn between batches (BENCHMARKS.md, "Reads during an import"). Tests lower it.
 */
export const commitTuning = { batchRows: 200, maxYieldMs: 200 };

type PoolStats = { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } };

/**
 * Between two batches on a single-connection pool (PGlite), lets the requests of other users
 * through first: waits until the connection has been free for ~15 ms (their next query had time
 * to come), at most maxYieldMs. FIFO alone would put each of their queries behind another batch.
 */
async function yieldToOthers(db: Database) {
  const pool = (db as unknown as { $client?: PoolStats }).$client;
  if (!pool || pool.options?.max !== 1) return;
  const until = Date.now() + commitTuning.maxYieldMs;
  for (let quiet = 0; quiet < 3 && Date.now() < until; ) {
    await new Promise((r) => setTimeout(r, 5));
    quiet = pool.waitingCount > 0 || pool.idleCount < pool.totalCount ? 0 : quiet + 1;
  }
}

interface Hooks {
  /** After each batch's transaction, and before the last step. */
  progress(phase: 'partners' | 'merge', processed: number): void;
  /** Inside the last transaction, with the counts: the audit row and the 'done' state go there. */
  finish(tx: Database, result: CommitResult): Promise<void>;
}

/**
 * Writes a validated import: new partners in batches of commitTuning.batchRows rows, each batch its
 * own short transaction, every partner tagged with the import (partners.import_id); then one last
 * transaction for the merges into existing partners, the counts and `hooks.finish`. When anything
 * fails (or the process dies) the caller undoes the batches by the import id (recovery.ts):
 * everything or nothing, as the user sees the outcome.
 */
export async function commitImport(db: Database, imp: { id: string; userId: string; totalRows: number }, o: CommitOptions, hooks: Hooks): Promise<CommitResult> {
  // Fresh statistics for the duplicate-pair joins (PGlite has no autovacuum; BENCHMARKS.md).
  await analyze(db);
  const last = imp.totalRows + 1; // data rows are numbered 2..n+1 (the header is row 1)
  for (let lo = 2; lo <= last; lo += commitTuning.batchRows) {
    const hi = Math.min(last, lo + commitTuning.batchRows - 1);
    await inTransaction(db, async (tx) => {
      await commitBatch(tx, imp, o, lo, hi);
      await markCommitted(tx, imp.id, hi - 1);
    });
    hooks.progress('partners', hi - 1);
    await yieldToOthers(db);
  }
  hooks.progress('merge', imp.totalRows);
  return inTransaction(db, async (tx) => {
    const result = await mergeAndCount(tx, imp, o);
    await hooks.finish(tx, result);
    return result;
  });
}
