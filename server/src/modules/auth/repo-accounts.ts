import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { users, type User } from '../../core/tenancy-schema.js';
import { sessionCache } from '../../core/session-cache.js';

// The accounts as sign-in needs them; user administration (modules/users) builds on these.

export type UserPatch = Partial<Pick<User, 'displayName' | 'unitId' | 'role' | 'language' | 'active' | 'passwordHash'>>;

export const byEmail = (email: string) => eq(sql`lower(${users.email})`, email.toLowerCase());

export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(byEmail(email));
  return row;
}

export const anyUser = async (db: Database) => !!(await db.select({ id: users.id }).from(users).limit(1))[0];

export async function updateUser(db: Database, id: string, patch: UserPatch): Promise<User> {
  sessionCache.forgetUser(id); // role, unit, language or active flag may have changed
  const [row] = await db.update(users).set({ ...patch, updatedAt: new Date() }).where(eq(users.id, id)).returning();
  return row!;
}
