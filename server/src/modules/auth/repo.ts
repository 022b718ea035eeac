import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { sessions, loginAttempts } from './schema.js';
import type { User } from '../users/schema.js';
import { sessionCache } from '../../core/session-cache.js';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export async function insertSession(
  db: Database,
  userId: string,
  absoluteSeconds: number,
  meta: { ip: string | null; userAgent: string | null },
): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    expiresAt: new Date(Date.now() + absoluteSeconds * 1000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

export interface SessionRow {
  user: User;
  unitPath: string;
  subtree: string[];
  lastSeenAt: Date;
}

/**
 * One round trip per request: the session, its user and the user's subtree
 * (for the tenancy scope). Expired, idle and deactivated sessions find nothing.
 */
export async function findSession(db: Database, token: string, idleSeconds: number): Promise<SessionRow | undefined> {
  const res = await db.execute<Record<string, unknown>>(sql`
    select u.*, s.last_seen_at as s_last_seen, un.path as unit_path,
      array(select d.id::text from units d where d.path like un.path || '%') as subtree
    from sessions s
      join users u on u.id = s.user_id
      join units un on un.id = u.unit_id
    where s.token_hash = ${tokenHash(token)}
      and s.expires_at > now()
      and s.last_seen_at > now() - make_interval(secs => ${idleSeconds})
      and u.active`);
  const r = res.rows[0];
  if (!r) return undefined;
  const user: User = {
    id: r.id as string,
    email: r.email as string,
    displayName: r.display_name as string,
    passwordHash: r.password_hash as string,
    language: r.language as User['language'],
    unitId: r.unit_id as string,
    role: r.role as User['role'],
    active: r.active as boolean,
    failedLogins: r.failed_logins as number,
    lockedUntil: r.locked_until ? new Date(r.locked_until as string) : null,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
  };
  return { user, unitPath: r.unit_path as string, subtree: r.subtree as string[], lastSeenAt: new Date(r.s_last_seen as string) };
}

export async function touchSession(db: Database, token: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  sessionCache.forgetKey(tokenHash(token));
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function deleteSessionsOf(db: Database, userId: string, exceptToken?: string): Promise<void> {
  sessionCache.forgetUser(userId);
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptToken ? sql`${sessions.tokenHash} <> ${tokenHash(exceptToken)}` : undefined));
}

/** Housekeeping: expired sessions and day-old login attempts serve no one. */
export async function purgeExpired(db: Database, idleSeconds: number): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  await db.delete(sessions).where(lt(sessions.lastSeenAt, new Date(Date.now() - idleSeconds * 1000)));
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(Date.now() - 86_400_000)));
}

export async function recordAttempt(db: Database, email: string, ip: string, success: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email: email.toLowerCase().slice(0, 320), ip, success });
}

export async function recentFailuresFromIp(db: Database, ip: string, windowSeconds: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, new Date(Date.now() - windowSeconds * 1000))),
    );
  return row?.n ?? 0;
}
