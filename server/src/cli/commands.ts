import type { DbHandle } from '../db/connect.js';
import { verifyChain } from '../modules/audit/repo.js';
import { appendAudit } from '../core/audit.js';
import { hashPassword, randomPassword, PASSWORD_MIN } from '../modules/auth/password.js';
import { clearFailures, deleteSessionsOf } from '../modules/auth/repo.js';
import { findUserByEmail, updateUser, insertUser, anyUser, emailTaken } from '../modules/users/repo.js';
import { rootUnit } from '../modules/units/repo.js';
import { setup, systemAudit, auditCreated } from '../modules/setup/service.js';
import { loadDemo } from '../modules/setup/demo/index.js';
import { wipeAll } from '../modules/setup/repo.js';
import { modules } from '../modules/index.js';
import { backup, restore, type BackupSummary } from './backup.js';
import type { Config } from '../config.js';
import { openStorage } from '../modules/attachments/storages.js';
import { checkpointSettings, verifyCheckpoints, writeCheckpoint, type Checkpoint } from '../modules/audit/checkpoint.js';

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
    await updateUser(tx, user.id, { passwordHash });
    await clearFailures(tx, user.email); // a reset lets the user in at once, whatever their throttle
    await deleteSessionsOf(tx, user.id);
    await appendAudit(tx, { ...systemAudit(null, user.unitId), action: 'password_change', entity: 'user', entityId: user.id, diff: null });
  });
  out(`Password of ${user.email} reset; their sessions were ended and their sign-in throttle cleared.`);
  if (!given) out(`New password: ${password}`);
}

/** The hash chain, then every signed checkpoint; one sentence per problem. */
export async function auditVerify(h: DbHandle, out: Out, config: Config): Promise<boolean> {
  const r = await verifyChain(h.db);
  if (r.brokenAt) {
    out(`BROKEN: audit row ${r.brokenAt.id} (${r.brokenAt.at.toISOString()}, ${r.brokenAt.action} ${r.brokenAt.entity}) does not match its ${r.reason === 'hash' ? 'content hash' : 'link to the previous row'}; ${r.checked} rows before it are intact.`);
  } else {
    out(`OK: ${r.checked} audit rows, chain intact.`);
  }
  const c = await verifyCheckpoints(h.db, checkpointSettings(config.dataDir));
  for (const p of c.problems) out(`BROKEN: ${p}`);
  for (const n of c.notes) out(n);
  return !r.brokenAt && c.problems.length === 0;
}

const describeCheckpoint = (file: string, cp: Checkpoint) =>
  `Audit checkpoint written to ${file}: ${cp.count} rows up to row ${cp.lastId}, signed at ${cp.at}.`;

export async function auditCheckpoint(h: DbHandle, out: Out, config: Config) {
  const s = checkpointSettings(config.dataDir);
  const cp = await writeCheckpoint(h.db, s, 'manual');
  out(describeCheckpoint(s.file, cp));
  out(JSON.stringify(cp));
}

export async function demo(h: DbHandle, out: Out, force: boolean) {
  if (await anyUser(h.db)) {
    if (!force) throw new CliError('This database already has users. Run with --force to erase everything and load the demo data.');
    await wipeAll(h.db);
    out('Existing data erased.');
  }
  const r = await loadDemo(h.db, modules, { password: process.env.AMITY_DEMO_PASSWORD });
  out('Demo data loaded. Accounts:');
  for (const a of r.accounts) out(`  ${a.email.padEnd(30)} ${a.role.padEnd(8)} ${a.unitName}`);
  out(`Password for every account: ${r.password}`);
}

const summary = (r: BackupSummary) =>
  `${Object.entries(r.tables).map(([t, n]) => `${t} ${n}`).join(', ')}; files ${r.files.files} (${r.files.bytes} bytes)`;

export async function backupCmd(h: DbHandle, out: Out, file: string, migration: string, config: Config) {
  const r = await backup(h.pool, file, migration, await openStorage(config));
  out(`Backup written to ${file}: ${summary(r)}.`);
  for (const key of r.files.missing) out(`Missing: the attached file ${key} is not in the storage; the backup went on without it.`);
  for (const key of r.files.changed) out(`Changed: the attached file ${key} no longer matches the SHA-256 recorded at upload; it was backed up as it is.`);
}

export async function restoreCmd(h: DbHandle, out: Out, file: string, migration: string, config: Config) {
  const r = await restore(h.pool, file, migration, await openStorage(config));
  out(`Restored from ${file}: ${summary(r)}.`);
  // The restored log is the backup's: a signed restore checkpoint tells audit-verify that the older
  // checkpoints describe the log it replaced (only whoever holds the key can write one).
  const s = checkpointSettings(config.dataDir);
  out(describeCheckpoint(s.file, await writeCheckpoint(h.db, s, 'restore')));
}
