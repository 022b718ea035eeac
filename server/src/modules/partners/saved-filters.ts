import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { fieldError, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import * as repo from './repo-saved-filters.js';

/** Saved filters are small: a few list parameters, a bounded number per user (a 1 MB query of 10,000 keys is refused). */
export const SAVED_FILTER_LIMITS = { keys: 30, perUser: 100 } as const;

export async function saveFilter(db: Database, actor: Actor, input: { entity: string; name: string; query: Record<string, string | number> }) {
  return inTransaction(db, async (tx) => {
    if ((await repo.countSavedFilters(tx, actor.scope.userId)) >= SAVED_FILTER_LIMITS.perUser) throw fieldError('name', 'field.too_many_keys', { max: SAVED_FILTER_LIMITS.perUser });
    const row = await repo.insertSavedFilter(tx, { ...input, userId: actor.scope.userId });
    await audit(tx, actor, { action: 'create', entity: 'saved_filter', entityId: row.id, diff: diffOf(null, row) });
    return row;
  });
}

/** Only the user's own filter; another's does not exist for them. */
export async function deleteFilter(db: Database, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await repo.deleteSavedFilter(tx, actor.scope.userId, id);
    if (!row) throw notFound();
    await audit(tx, actor, { action: 'delete', entity: 'saved_filter', entityId: row.id, diff: diffOf(row, null) });
  });
}
