import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { sessions, loginAttempts } from './schema.js';
import type { User } from '../../core/tenancy-schema.js';
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

/** How e-mails are kept in login_attempts: lower case, bounded. */
export const attemptEmail = (email: string) => email.toLowerCase().slice(0, 320);

export interface FailureCount {
  failures: number;
  /** Seconds since the latest of them (by the database's clock); null when none. */
  elapsed: number | null;
}

export interface OpenedAttempt {
  id: number;
  /** Failures of this (e-mail, address) pair since its last success. */
  pair: FailureCount;
  /** Failures of this address, any e-mail, within the address window. */
  address: FailureCount;
}

/**
 * Records an attempt as failed before the password is checked, and counts the
 * failures before it, in one statement: requests sent all at once see each
 * other, so a burst cannot slip past the throttle. Uses the (email, ip, at)
 * and (ip, at) indexes.
 */
export async function openAttempt(
  db: Database,
  email: string,
  ip: string,
  windows: { pairSeconds: number; addressSeconds: number },
): Promise<OpenedAttempt> {
  const e = attemptEmail(email);
  const res = await db.execute<{ id: string | number; pair_n: number; pair_elapsed: number | null; addr_n: number; addr_elapsed: number | null }>(sql`
    with me as (
      insert into login_attempts (email, ip, success) values (${e}, ${ip}, false) returning id
    ), ok as (
      select coalesce(max(id), 0) as id from login_attempts where email = ${e} and ip = ${ip} and success
    ), pair as (
      select count(*)::int as n, extract(epoch from now() - max(a.at))::float8 as elapsed
      from login_attempts a, ok
      where a.email = ${e} and a.ip = ${ip} and not a.success and a.id > ok.id
        and a.at > now() - make_interval(secs => ${windows.pairSeconds})
    ), addr as (
      select count(*)::int as n, extract(epoch from now() - max(at))::float8 as elapsed
      from login_attempts
      where ip = ${ip} and not success and at > now() - make_interval(secs => ${windows.addressSeconds})
    )
    select me.id, pair.n as pair_n, pair.elapsed as pair_elapsed, addr.n as addr_n, addr.elapsed as addr_elapsed
    from me, pair, addr`);
  const r = res.rows[0]!;
  return {
    id: Number(r.id),
    pair: { failures: Number(r.pair_n), elapsed: r.pair_elapsed === null ? null : Number(r.pair_elapsed) },
    address: { failures: Number(r.addr_n), elapsed: r.addr_elapsed === null ? null : Number(r.addr_elapsed) },
  };
}

/** A refused attempt checked no password: it is not counted. */
export async function dropAttempt(db: Database, id: number): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.id, id));
}

/** The attempt failed: its delay counts from now, when the answer leaves, not from when it arrived. */
export async function closeFailedAttempt(db: Database, id: number): Promise<void> {
  await db.update(loginAttempts).set({ at: sql`now()` }).where(eq(loginAttempts.id, id));
}

export async function markAttemptSucceeded(db: Database, id: number): Promise<void> {
  await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id));
}

/** Forgets an account's counted failures (from every address); answers how many. */
export async function clearFailures(db: Database, email: string): Promise<number> {
  const rows = await db
    .delete(loginAttempts)
    .where(and(eq(loginAttempts.email, attemptEmail(email)), eq(loginAttempts.success, false)))
    .returning({ id: loginAttempts.id });
  return rows.length;
}

export interface PairFailures {
  email: string;
  failures: number;
  last: Date;
  now: Date;
}

/**
 * For a page of users: each (e-mail, address) pair with at least `min` failures
 * since its last success, with the time of the latest and the database's clock.
 */
export async function pairFailures(db: Database, emails: string[], min: number, windowSeconds: number): Promise<PairFailures[]> {
  if (emails.length === 0) return [];
  const list = [...new Set(emails.map(attemptEmail))];
  const res = await db.execute<{ email: string; n: number; last: string | Date; now: string | Date }>(sql`
    select a.email, count(*)::int as n, max(a.at) as last, now() as now
    from login_attempts a
    where a.email in (${sql.join(
      list.map((e) => sql`${e}`),
      sql`, `,
    )})
      and not a.success
      and a.at > now() - make_interval(secs => ${windowSeconds})
      and a.id > coalesce((select max(s.id) from login_attempts s where s.email = a.email and s.ip = a.ip and s.success), 0)
    group by a.email, a.ip
    having count(*) >= ${min}`);
  return res.rows.map((r) => ({ email: r.email, failures: Number(r.n), last: new Date(r.last), now: new Date(r.now) }));
}
