import type { Database } from '../../db/types.js';
import { AppError } from '../../core/errors.js';
import { appendAudit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { insertUnit, type UnitInsert } from '../units/repo.js';
import { anyUser, insertUser, emailTaken } from '../users/repo.js';
import { hashPassword } from '../auth/password.js';
import type { Language, User } from '../../core/tenancy-schema.js';
import type { Unit } from '../../core/tenancy-schema.js';
import { inTransaction } from '../../db/tx.js';
import { lockSetup } from './repo.js';

export interface SetupInput {
  rootUnit: Omit<UnitInsert, 'level'> & { level?: UnitInsert['level'] };
  admin: { email: string; displayName: string; password: string; language: Language };
}


export const systemAudit = (ip: string | null, unitId: string | null) => ({
  userId: null,
  userEmail: 'system',
  unitId,
  ip,
});

export async function auditCreated(tx: Database, ip: string | null, entity: 'unit' | 'user', row: Unit | User) {
  await appendAudit(tx, {
    ...systemAudit(ip, 'unitId' in row ? row.unitId : row.id),
    action: 'create',
    entity,
    entityId: row.id,
    diff: diffOf(null, row as unknown as Record<string, unknown>),
  });
}

/** First run: the root unit and the first administrator, in one transaction. */
export async function setup(db: Database, input: SetupInput, ip: string | null): Promise<User> {
  // Refused before the costly hash: otherwise anyone could burn CPU on a set-up instance (lockSetup checks again).
  if (await anyUser(db)) throw new AppError('already_setup');
  const passwordHash = await hashPassword(input.admin.password);
  return inTransaction(db, async (tx) => {
    await lockSetup(tx);
    if (await emailTaken(tx, input.admin.email)) throw new AppError('already_setup');
    const root = await insertUnit(tx, null, { level: 'central', ...input.rootUnit });
    const { password: _, ...admin } = input.admin;
    const user = await insertUser(tx, { ...admin, email: admin.email.trim(), passwordHash, unitId: root.id, role: 'admin' });
    await appendAudit(tx, { ...systemAudit(ip, root.id), action: 'setup', entity: 'system', entityId: null, diff: null });
    await auditCreated(tx, ip, 'unit', root);
    await auditCreated(tx, ip, 'user', user);
    return user;
  });
}
