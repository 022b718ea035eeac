import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { AppError } from '../../core/errors.js';
import { anyUser } from '../auth/repo-accounts.js';

/** Serialises concurrent first-run attempts (several processes may race). */
export async function lockSetup(tx: Database) {
  await tx.execute(sql`select pg_advisory_xact_lock(724106)`);
  if (await anyUser(tx)) throw new AppError('already_setup');
}

/** Every table the app owns, children first, for wiping before a forced demo load or a restore. */
export async function wipeAll(db: Database) {
  await db.execute(sql`truncate table audit_log, record_access, sessions, login_attempts, users, units cascade`);
}
