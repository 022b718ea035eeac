import type { Database } from '../../db/types.js';
import { fieldError, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { sessionCache } from '../../core/session-cache.js';
import { newToken, tokenHash } from './repo.js';
import * as repo from './tokens-repo.js';
import { inTransaction } from '../../db/tx.js';

export const MAX_TOKENS_PER_USER = 20;
/** Recognisable in logs and by secret scanners; the random part is 32 bytes like a session's. */
export const TOKEN_PREFIX = 'amity_';
/** Bearer tokens are cached next to sessions (same cache, so deactivating a user forgets both). */
export const tokenCacheKey = (hash: string) => `api:${hash}`;

export const presentToken = (t: repo.ApiTokenRow) => ({
  id: t.id,
  name: t.name,
  scope: t.scope,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

export const listTokens = (db: Database, actor: Actor) => repo.tokensOf(db, actor.scope.userId);

/** A new token for the acting user; the token itself is returned once and only its hash is kept. */
export async function createToken(db: Database, actor: Actor, input: { name: string; scope: repo.TokenScope }) {
  const token = TOKEN_PREFIX + newToken();
  const row = await inTransaction(db, async (tx) => {
    await repo.lockTokensOf(tx, actor.scope.userId);
    if ((await repo.countTokensOf(tx, actor.scope.userId)) >= MAX_TOKENS_PER_USER) {
      throw fieldError('name', 'field.too_many_keys', { max: MAX_TOKENS_PER_USER });
    }
    const created = await repo.insertToken(tx, { userId: actor.scope.userId, name: input.name, scope: input.scope, tokenHash: tokenHash(token) });
    // Neither the token nor its hash goes to the log.
    await audit(tx, actor, { action: 'token_create', entity: 'api_token', entityId: created.id, diff: { after: { name: created.name, scope: created.scope } } });
    return created;
  });
  return { token, row };
}

/** Revokes one of the acting user's tokens; someone else's token id is not found. */
export async function revokeToken(db: Database, actor: Actor, id: string): Promise<void> {
  const hash = await inTransaction(db, async (tx) => {
    const row = await repo.findTokenOf(tx, actor.scope.userId, id);
    if (!row) throw notFound();
    await repo.deleteToken(tx, row.id);
    await audit(tx, actor, { action: 'token_revoke', entity: 'api_token', entityId: row.id, diff: { before: { name: row.name, scope: row.scope } } });
    return row.tokenHash;
  });
  // After the commit, so no request can cache the token again in between.
  sessionCache.forgetKey(tokenCacheKey(hash));
}
