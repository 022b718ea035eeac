import type { Database } from '../../db/types.js';
import { AppError, fieldError } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { appendAudit, audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { findUserByEmail, updateUser } from './repo-accounts.js';
import type { User } from '../../core/tenancy-schema.js';
import { hashPassword, verifyPassword, dummyHash } from './password.js';
import * as repo from './repo.js';
import { delayStartedByFailure, waitSeconds, windows as throttleWindows } from './throttle.js';
import { inTransaction } from '../../db/tx.js';

export interface LoginMeta {
  ip: string;
  userAgent: string | null;
  absoluteSeconds: number;
}

/**
 * A wrong password, an unknown or an inactive account: the same writes on every
 * path (the attempt's time, login_failed, and login_throttled when this failure
 * starts a delay), so neither the answer nor its timing tells them apart.
 */
async function failed(db: Database, email: string, meta: LoginMeta, user: User | undefined, attemptId: number, startsDelay: number) {
  await inTransaction(db, async (tx) => {
    await repo.closeFailedAttempt(tx, attemptId);
    const entry = { userId: user?.id ?? null, userEmail: email.slice(0, 320), unitId: user?.unitId ?? null, ip: meta.ip, entity: 'session', entityId: null };
    await appendAudit(tx, { ...entry, action: 'login_failed', diff: null });
    // Once per throttle window: refused requests write nothing, so they cannot flood the log.
    if (startsDelay > 0) await appendAudit(tx, { ...entry, action: 'login_throttled', diff: { after: { seconds: startsDelay } } });
  });
}

/**
 * Checks the password and opens a session. Failures slow down the (e-mail,
 * address) pair and the address with growing delays (throttle.ts); nothing ever
 * locks an account, so failures from one address never refuse another.
 */
export async function login(db: Database, email: string, password: string, meta: LoginMeta) {
  const attempt = await repo.openAttempt(db, email, meta.ip, throttleWindows);
  const wait = waitSeconds(attempt.pair, attempt.address);
  if (wait > 0) {
    // Decided before the account is looked up: known and unknown e-mails are refused alike, unchecked.
    await repo.dropAttempt(db, attempt.id);
    throw new AppError('login_throttled', undefined, { seconds: wait });
  }
  const found = await findUserByEmail(db, email);
  const user = found?.active ? found : undefined;
  // Unknown and inactive accounts verify a dummy hash: the same cost as a real check.
  const dummy = await dummyHash();
  const ok = await verifyPassword(user?.passwordHash ?? dummy, password);
  if (!user || !ok) {
    await failed(db, email, meta, found, attempt.id, delayStartedByFailure(attempt.pair, attempt.address));
    throw new AppError('invalid_credentials');
  }
  return inTransaction(db, async (tx) => {
    await repo.markAttemptSucceeded(tx, attempt.id);
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
  await inTransaction(db, async (tx) => {
    if (everywhere) await repo.deleteSessionsOf(tx, actor.scope.userId);
    else await repo.deleteSession(tx, token);
    await audit(tx, actor, { action: 'logout', entity: 'session', entityId: null, diff: everywhere ? { after: { everywhere } } : null });
  });
}

export async function changeOwnPassword(db: Database, actor: Actor, user: User, token: string, current: string, next: string) {
  if (!(await verifyPassword(user.passwordHash, current))) throw fieldError('currentPassword', 'field.wrong_password');
  const passwordHash = await hashPassword(next);
  await inTransaction(db, async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    await repo.deleteSessionsOf(tx, user.id, token);
    await audit(tx, actor, { action: 'password_change', entity: 'user', entityId: user.id, diff: null });
  });
}

export async function updateProfile(db: Database, actor: Actor, user: User, patch: Partial<Pick<User, 'displayName' | 'language'>>) {
  return inTransaction(db, async (tx) => {
    const after = await updateUser(tx, user.id, patch);
    await audit(tx, actor, { action: 'update', entity: 'user', entityId: user.id, diff: diffOf(user, after) });
    return after;
  });
}
