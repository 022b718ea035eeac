import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { users, type User } from '../../core/tenancy-schema.js';
import { units } from '../../core/tenancy-schema.js';
import { apiTokens } from './schema.js';

export type TokenScope = (typeof apiTokens.$inferSelect)['scope'];
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export interface TokenOwner {
  tokenId: string;
  scope: TokenScope;
  lastUsedAt: Date | null;
  user: User;
  unitPath: string;
  subtree: string[];
}

/**
 * The token's user as findSession finds a session's (auth/repo.ts): one round trip with the
 * unit's path and subtree for the tenancy scope. Tokens of deactivated users find nothing.
 */
export async function findTokenOwner(db: Database, hash: string): Promise<TokenOwner | undefined> {
  const [r] = await db
    .select({
      tokenId: apiTokens.id,
      scope: apiTokens.scope,
      lastUsedAt: apiTokens.lastUsedAt,
      user: users,
      unitPath: units.path,
      subtree: sql<string[]>`array(select d.id::text from units d where d.path like ${units.path} || '%')`,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(apiTokens.tokenHash, hash), eq(users.active, true)))
    .limit(1);
  return r;
}

export async function touchToken(db: Database, id: string): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, id));
}

export async function tokensOf(db: Database, userId: string): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.createdAt), asc(apiTokens.id));
}

export async function countTokensOf(db: Database, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(apiTokens).where(eq(apiTokens.userId, userId));
  return row?.n ?? 0;
}

/** Serialises token creation per user (inside a transaction), so two requests cannot both pass the limit. */
export async function lockTokensOf(db: Database, userId: string): Promise<void> {
  await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

export async function insertToken(db: Database, v: { userId: string; name: string; scope: TokenScope; tokenHash: string }): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(v).returning();
  return row!;
}

/** The user's own token, or nothing (another user's token id is not found). */
export async function findTokenOf(db: Database, userId: string, id: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
  return row;
}

export async function deleteToken(db: Database, id: string): Promise<void> {
  await db.delete(apiTokens).where(eq(apiTokens.id, id));
}
