import type { Database } from '../../db/types.js';
import { AppError, fieldError } from '../../core/errors.js';
import { auditFrom, type Actor } from '../../core/actor.js';
import { appendAudit } from '../audit/repo.js';
import { diffOf } from '../audit/hash.js';
import { findUserByEmail, updateUser } from '../users/repo.js';
import type { User } from '../users/schema.js';
import { hashPassword, verifyPassword, dummyHash } from './password.js';
import * as repo from './repo.js';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const IP_WINDOW_SECONDS = 15 * 60;
export const IP_MAX_FAILURES = 30;

export interface LoginMeta {
  ip: string;
  userAgent: string | null;
  absoluteSeconds: number;
}

async function failed(db: Database, email: string, meta: LoginMeta, user: User | undefined, patch?: Partial<User>) {
  await db.transaction(async (tx) => {
    if (user && patch) await updateUser(tx, user.id, patch);
    await repo.recordAttempt(tx, email, meta.ip, false);
    await appendAudit(tx, {
      userId: user?.id ?? null,
      userEmail: email.slice(0, 320),
      unitId: user?.unitId ?? null,
      ip: meta.ip,
      action: 'login_failed',
      entity: 'session',
      entityId: null,
      diff: patch?.lockedUntil ? { after: { lockedUntil: patch.lockedUntil } } : null,
    });
  });
}

/**
 * Checks the password, counting failures per account (lock after 5 for 15 min)
 * and per address (refuse after 30 in 15 min), and opens a session.
 */
export async function login(db: Database, email: string, password: string, meta: LoginMeta) {
  if ((await repo.recentFailuresFromIp(db, meta.ip, IP_WINDOW_SECONDS)) >= IP_MAX_FAILURES) {
    throw new AppError('rate_limited');
  }
  const user = await findUserByEmail(db, email);
  if (!user || !user.active) {
    await verifyPassword(await dummyHash(), password); // same cost as a real check
    await failed(db, email, meta, user);
    throw new AppError('invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await failed(db, email, meta, user);
    throw new AppError('account_locked', undefined, { minutes: LOCK_MINUTES });
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= LOCK_AFTER_FAILURES;
    await failed(db, email, meta, user, {
      failedLogins: lock ? 0 : failures,
      lockedUntil: lock ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null,
    });
    if (lock) throw new AppError('account_locked', undefined, { minutes: LOCK_MINUTES });
    throw new AppError('invalid_credentials');
  }
  return db.transaction(async (tx) => {
    if (user.failedLogins || user.lockedUntil) await updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null });
    await repo.recordAttempt(tx, email, meta.ip, true);
    const token = await repo.insertSession(tx, user.id, meta.absoluteSeconds, meta);
    await appendAudit(tx, {
      userId: user.id,
      userEmail: user.email,
      unitId: user.unitId,
      ip: meta.ip,
      action: 'login',
      entity: 'session',
      entityId: null,
      diff: null,
    });
    return { user, token };
  });
}

export async function logout(db: Database, actor: Actor, token: string, everywhere: boolean) {
  await db.transaction(async (tx) => {
    if (everywhere) await repo.deleteSessionsOf(tx, actor.scope.userId);
    else await repo.deleteSession(tx, token);
    await appendAudit(tx, auditFrom(actor, { action: 'logout', entity: 'session', entityId: null, diff: everywhere ? { after: { everywhere } } : null }));
  });
}

export async function changeOwnPassword(db: Database, actor: Actor, user: User, token: string, current: string, next: string) {
  if (!(await verifyPassword(user.passwordHash, current))) throw fieldError('currentPassword', 'field.wrong_password');
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    await repo.deleteSessionsOf(tx, user.id, token);
    await appendAudit(tx, auditFrom(actor, { action: 'password_change', entity: 'user', entityId: user.id, diff: null }));
  });
}

export async function updateProfile(db: Database, actor: Actor, user: User, patch: Partial<Pick<User, 'displayName' | 'language'>>) {
  return db.transaction(async (tx) => {
    const after = await updateUser(tx, user.id, patch);
    await appendAudit(tx, auditFrom(actor, { action: 'update', entity: 'user', entityId: user.id, diff: diffOf(user, after) }));
    return after;
  });
}
