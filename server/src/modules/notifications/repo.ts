import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { users } from '../../core/tenancy-schema.js';
import { notifications, type Notification } from './schema.js';

export interface NewNotification {
  kind: string;
  entity: string;
  entityId: string;
  data: Record<string, unknown>;
}

/** One row per active user among `userIds`; answers the new ids. */
export async function insertForActiveUsers(db: Database, userIds: string[], n: NewNotification): Promise<string[]> {
  if (userIds.length === 0) return [];
  const active = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.active, true)));
  if (active.length === 0) return [];
  const rows = await db
    .insert(notifications)
    .values(active.map((u) => ({ userId: u.id, kind: n.kind, entity: n.entity, entityId: n.entityId, data: n.data })))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}

export async function listForUser(db: Database, userId: string, unreadOnly: boolean, limit: number, offset: number) {
  const where = and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined);
  const [items, [total]] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function unreadCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** False when the notification is not the user's (or does not exist). Reading twice keeps the first time. */
export async function markRead(db: Database, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(db: Database, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

export interface MailRow {
  notification: Notification;
  email: string;
  displayName: string;
  language: 'vi' | 'en' | 'fr';
}

/** The notifications to mail, with their (still active) recipients. */
export async function loadForMail(db: Database, ids: string[]): Promise<MailRow[]> {
  if (ids.length === 0) return [];
  return db
    .select({ notification: notifications, email: users.email, displayName: users.displayName, language: users.language })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(inArray(notifications.id, ids), eq(users.active, true)))
    .orderBy(notifications.createdAt);
}
