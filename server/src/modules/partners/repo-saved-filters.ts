import { and, count, eq } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { savedFilters } from './schema.js';

export type SavedFilter = typeof savedFilters.$inferSelect;

/** A user's saved filters of one list, by name. */
export async function listSavedFilters(db: Database, userId: string, entity: string): Promise<SavedFilter[]> {
  return db
    .select()
    .from(savedFilters)
    .where(and(eq(savedFilters.userId, userId), eq(savedFilters.entity, entity)))
    .orderBy(savedFilters.name)
    .limit(200);
}

/** How many filters a user has saved, every list together. */
export async function countSavedFilters(db: Database, userId: string): Promise<number> {
  const [n] = await db.select({ n: count() }).from(savedFilters).where(eq(savedFilters.userId, userId));
  return n?.n ?? 0;
}

export async function insertSavedFilter(db: Database, values: typeof savedFilters.$inferInsert): Promise<SavedFilter> {
  const [row] = await db.insert(savedFilters).values(values).returning();
  return row!;
}

/** Deletes one of the user's own filters; undefined when it is not theirs or does not exist. */
export async function deleteSavedFilter(db: Database, userId: string, id: string): Promise<SavedFilter | undefined> {
  const [row] = await db.delete(savedFilters).where(and(eq(savedFilters.id, id), eq(savedFilters.userId, userId))).returning();
  return row;
}
