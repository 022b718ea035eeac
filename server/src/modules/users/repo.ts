import { and, count, eq, inArray, sql, asc, ne } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { scopeOf, type Scope } from '../../core/scope.js';
import { unitRelatives } from '../units/repo.js';
import { orderBy } from '../../core/pagination.js';
import { managedWhere } from '../../core/tenancy.js';
import { foldedTokens } from '../../core/search.js';
import { users, type User, type Role, type Language } from '../../core/tenancy-schema.js';
import { byEmail } from '../auth/repo-accounts.js';
export { findUserByEmail, anyUser, updateUser, type UserPatch } from '../auth/repo-accounts.js';

export type UserInsert = Pick<User, 'email' | 'displayName' | 'passwordHash' | 'language' | 'unitId' | 'role'>;

export async function findUser(db: Database, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function emailTaken(db: Database, email: string, exceptId?: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(byEmail(email), exceptId ? ne(users.id, exceptId) : undefined));
  return !!row;
}

export interface UserFilter {
  q?: string;
  unitId?: string;
  role?: Role;
  active?: boolean;
  sort?: string;
}

/** Admins list everyone; managers list the users of their subtree. */
const visibleUsers = (scope: Scope) => managedWhere(scope, users.unitId);

export async function listUsers(db: Database, scope: Scope, f: UserFilter, limit: number, offset: number) {
  const where = and(
    visibleUsers(scope),
    ...foldedTokens(f.q).map((token) => sql`amity_fold(${users.displayName} || ' ' || ${users.email}) like '%' || amity_fold(${token}) || '%'`),
    f.unitId ? eq(users.unitId, f.unitId) : undefined,
    f.role ? eq(users.role, f.role) : undefined,
    f.active === undefined ? undefined : eq(users.active, f.active),
  );
  const order = orderBy(f.sort, { displayName: sql`amity_fold(${users.displayName})`, email: users.email, role: users.role, createdAt: users.createdAt }, 'displayName');
  const [items, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(...order, asc(users.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function insertUser(db: Database, values: UserInsert): Promise<User> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function activeAdminCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));
  return row?.n ?? 0;
}


export type { Language };

/**
 * The colleague directory: active users of every unit, names and units only (no e-mail, no role),
 * for choosing people (participants, owners). Any signed-in user may read it.
 */
export async function directory(db: Database, q: string | undefined, unitId: string | undefined, limit: number, offset: number) {
  const where = and(
    eq(users.active, true),
    unitId ? eq(users.unitId, unitId) : undefined,
    ...foldedTokens(q).map((token) => sql`amity_fold(${users.displayName}) like '%' || amity_fold(${token}) || '%'`),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({ id: users.id, displayName: users.displayName, unitId: users.unitId })
      .from(users)
      .where(where)
      .orderBy(sql`amity_fold(${users.displayName})`, asc(users.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * The scope an active user would have when signed in — to judge what a notification, a calendar
 * feed or a follow-up may show them when they are not the one asking. Undefined for an unknown
 * user, and for an inactive one unless `activeOnly: false`.
 */
export async function scopeOfUser(db: Database, userId: string, opts: { activeOnly?: boolean } = {}): Promise<Scope | undefined> {
  const active = opts.activeOnly === false ? undefined : eq(users.active, true);
  const [u] = await db.select({ id: users.id, unitId: users.unitId, role: users.role }).from(users).where(and(eq(users.id, userId), active));
  if (!u) return undefined;
  const { ancestors, subtree } = await unitRelatives(db, u.unitId);
  return scopeOf(u, ancestors, subtree);
}
