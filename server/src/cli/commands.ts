import type { DbHandle } from '../db/connect.js';
import { verifyChain, appendAudit } from '../modules/audit/repo.js';
import { hashPassword, randomPassword, PASSWORD_MIN } from '../modules/auth/password.js';
import { deleteSessionsOf } from '../modules/auth/repo.js';
import { findUserByEmail, updateUser, insertUser, anyUser, emailTaken } from '../modules/users/repo.js';
import { rootUnit } from '../modules/units/repo.js';
import { setup, systemAudit, auditCreated } from '../modules/setup/service.js';
import { loadDemo, wipeAll } from '../modules/setup/demo.js';
import { backup, restore } from './backup.js';

export type Out = (line: string) => void;
export class CliError extends Error {}

const passwordOrRandom = (given?: string) => {
  if (given !== undefined && given.length < PASSWORD_MIN) throw new CliError(`The password needs at least ${PASSWORD_MIN} characters.`);
  return given ?? randomPassword();
};

export async function createAdmin(h: DbHandle, out: Out, o: { email: string; name: string; password?: string }) {
  const password = passwordOrRandom(o.password);
  if (!(await anyUser(h.db))) {
    // First run from the command line: the root unit is created too.
    await setup(h.db, { rootUnit: { nameVi: 'Đơn vị gốc', nameEn: 'Root unit', nameFr: 'Unité racine', kind: 'party', pillar: 'party' }, admin: { email: o.email, displayName: o.name, password, language: 'vi' } }, null);
  } else {
    if (await emailTaken(h.db, o.email)) throw new CliError(`A user with the email ${o.email} already exists.`);
    const root = await rootUnit(h.db);
    const passwordHash = await hashPassword(password);
    await h.db.transaction(async (tx) => {
      const user = await insertUser(tx, { email: o.email, displayName: o.name, passwordHash, unitId: root!.id, role: 'admin', language: 'vi' });
      await auditCreated(tx, null, 'user', user);
    });
  }
  out(`Administrator ${o.email} created.`);
  if (!o.password) out(`Password: ${password}`);
}

export async function resetPassword(h: DbHandle, out: Out, email: string, given?: string) {
  const user = await findUserByEmail(h.db, email);
  if (!user) throw new CliError(`No user with the email ${email}.`);
  const password = passwordOrRandom(given);
  const passwordHash = await hashPassword(password);
  await h.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash, failedLogins: 0, lockedUntil: null });
    await deleteSessionsOf(tx, user.id);
    await appendAudit(tx, { ...systemAudit(null, user.unitId), action: 'password_change', entity: 'user', entityId: user.id, diff: null });
  });
  out(`Password of ${user.email} reset; their sessions were ended.`);
  if (!given) out(`New password: ${password}`);
}

export async function auditVerify(h: DbHandle, out: Out): Promise<boolean> {
  const r = await verifyChain(h.db);
  if (r.brokenAt) {
    out(`BROKEN: audit row ${r.brokenAt.id} (${r.brokenAt.at.toISOString()}, ${r.brokenAt.action} ${r.brokenAt.entity}) does not match its ${r.reason === 'hash' ? 'content hash' : 'link to the previous row'}; ${r.checked} rows before it are intact.`);
    return false;
  }
  out(`OK: ${r.checked} audit rows, chain intact.`);
  return true;
}

export async function demo(h: DbHandle, out: Out, force: boolean) {
  if (await anyUser(h.db)) {
    if (!force) throw new CliError('This database already has users. Run with --force to erase everything and load the demo data.');
    await wipeAll(h.db);
    out('Existing data erased.');
  }
  const r = await loadDemo(h.db, { password: process.env.AMITY_DEMO_PASSWORD });
  out('Demo data loaded. Accounts:');
  for (const a of r.accounts) out(`  ${a.email.padEnd(30)} ${a.role.padEnd(8)} ${a.unitName}`);
  out(`Password for every account: ${r.password}`);
}

export async function backupCmd(h: DbHandle, out: Out, file: string, migration: string) {
  const counts = await backup(h.pool, file, migration);
  out(`Backup written to ${file}: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
}

export async function restoreCmd(h: DbHandle, out: Out, file: string, migration: string) {
  const counts = await restore(h.pool, file, migration);
  out(`Restored from ${file}: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}.`);
}
