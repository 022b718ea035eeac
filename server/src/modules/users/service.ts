import type { Database } from '../../db/types.js';
import { AppError, forbidden, notFound, fieldError, type FieldErrors } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { hashPassword } from '../auth/password.js';
import { findUnit } from '../units/repo.js';
import { clearFailures, deleteSessionsOf } from '../auth/repo.js';
import * as repo from './repo.js';
import { userPolicy } from './policy.js';
import type { Role, Language, User } from '../../core/tenancy-schema.js';
import { inTransaction } from '../../db/tx.js';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  unitId: string;
  role: Role;
  language: Language;
}

async function checkUnitAndRole(db: Database, actor: Actor, unitId: string | undefined, role: Role | undefined) {
  const fields: FieldErrors = {};
  if (unitId !== undefined) {
    if (!(await findUnit(db, unitId))) fields.unitId = { key: 'field.no_such_unit' };
    else if (!userPolicy.assignUnit(actor.scope, unitId)) fields.unitId = { key: 'field.unit_out_of_scope' };
  }
  if (role !== undefined && !userPolicy.assignRole(actor.scope, role)) fields.role = { key: 'field.role_not_allowed' };
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
}

export async function createUser(db: Database, actor: Actor, input: NewUser): Promise<User> {
  if (!userPolicy.list(actor.scope)) throw forbidden();
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    await checkUnitAndRole(tx, actor, input.unitId, input.role);
    if (await repo.emailTaken(tx, input.email)) throw fieldError('email', 'field.email_taken');
    const { password: _, ...rest } = input;
    const user = await repo.insertUser(tx, { ...rest, email: input.email.trim(), passwordHash });
    await audit(tx, actor, { action: 'create', entity: 'user', entityId: user.id, diff: diffOf(null, user) });
    return user;
  });
}

export type UserChanges = Partial<Pick<User, 'displayName' | 'unitId' | 'role' | 'language' | 'active'>>;

export async function updateUser(db: Database, actor: Actor, id: string, changes: UserChanges): Promise<User> {
  return inTransaction(db, async (tx) => {
    const before = await repo.findUser(tx, id);
    if (!before || !userPolicy.manage(actor.scope, before)) throw notFound();
    const self = id === actor.scope.userId;
    if (self && changes.role !== undefined && changes.role !== before.role) throw fieldError('role', 'field.cannot_change_own_role');
    if (self && changes.active === false) throw fieldError('active', 'field.cannot_deactivate_self');
    await checkUnitAndRole(tx, actor, changes.unitId, changes.role);
    const losesAdmin = before.role === 'admin' && before.active && (changes.active === false || (changes.role && changes.role !== 'admin'));
    if (losesAdmin && (await repo.activeAdminCount(tx)) <= 1) throw new AppError('last_admin');
    const after = await repo.updateUser(tx, id, changes);
    if (changes.active === false) await deleteSessionsOf(tx, id);
    const roleChanged = before.role !== after.role;
    await audit(tx, actor, { action: roleChanged ? 'role_change' : 'update', entity: 'user', entityId: id, diff: diffOf(before, after) });
    return after;
  });
}

/** An admin or manager sets a new password; the user's sessions end. */
export async function setPassword(db: Database, actor: Actor, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (tx) => {
    const target = await repo.findUser(tx, id);
    if (!target || !userPolicy.manage(actor.scope, target)) throw notFound();
    await repo.updateUser(tx, id, { passwordHash });
    await deleteSessionsOf(tx, id);
    await audit(tx, actor, { action: 'password_change', entity: 'user', entityId: id, diff: null });
  });
}

export async function getUser(db: Database, actor: Actor, id: string): Promise<User> {
  const user = await repo.findUser(db, id);
  if (!user || (id !== actor.scope.userId && !userPolicy.manage(actor.scope, user))) throw notFound();
  return user;
}

/** An admin or manager lets a throttled user sign in at once: their counted failures, from every address, are forgotten. */
export async function clearLoginThrottle(db: Database, actor: Actor, id: string): Promise<void> {
  if (!userPolicy.list(actor.scope)) throw forbidden();
  await inTransaction(db, async (tx) => {
    const target = await repo.findUser(tx, id);
    if (!target || !userPolicy.manage(actor.scope, target)) throw notFound();
    const failures = await clearFailures(tx, target.email);
    await audit(tx, actor, { action: 'throttle_clear', entity: 'user', entityId: id, diff: { before: { failures } } });
  });
}
