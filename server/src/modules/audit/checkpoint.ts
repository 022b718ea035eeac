/**
 * Signed checkpoints of the audit chain's head, kept outside the database.
 *
 * The hash chain alone proves nothing to someone who can write the database: they can rewrite a
 * row, recompute every later hash (SHA-256 has no key) and drop the last rows. A checkpoint
 * records the head (last id, its hash, the number of rows) signed with HMAC-SHA256 under a key the
 * database never sees, as one JSON line appended to a file; audit-verify compares the log with
 * every checkpoint. Rows written after the newest checkpoint are protected by the chain only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/types.js';
import { canonical } from '../../core/audit-hash.js';
import { auditHead, rowsAt } from './checkpoint-repo.js';
import { loadAuditKey, type KeySource } from './keys.js';

/** Why a checkpoint was written; `restore` also tells audit-verify that older checkpoints describe a replaced log. */
export type CheckpointKind = 'start' | 'daily' | 'manual' | 'restore';

export interface Checkpoint {
  at: string;
  lastId: number;
  lastHash: string;
  count: number;
  kind?: CheckpointKind;
  sig: string;
}

export interface CheckpointSettings extends KeySource {
  /** The JSON-lines file the checkpoints are appended to. */
  file: string;
}

/** From the environment: read here rather than in config.ts because only this module uses them. */
export function checkpointSettings(dataDir: string, env: NodeJS.ProcessEnv = process.env): CheckpointSettings {
  return {
    envKey: env.AUDIT_KEY || undefined,
    keyFile: path.join(dataDir, 'audit.key'),
    file: path.resolve(env.AUDIT_CHECKPOINT_FILE || path.join(dataDir, 'audit-checkpoints.jsonl')),
  };
}

const DOMAIN = 'amity-audit-checkpoint-v1\n';

export function signCheckpoint(key: Buffer, body: Omit<Checkpoint, 'sig'>): string {
  const { at, lastId, lastHash, count, kind } = body;
  return createHmac('sha256', key)
    .update(DOMAIN)
    .update(canonical({ at, lastId, lastHash, count, kind }))
    .digest('hex');
}

function signatureValid(key: Buffer, cp: Checkpoint): boolean {
  const want = Buffer.from(signCheckpoint(key, cp), 'hex');
  const got = Buffer.from(cp.sig, 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Signs the current head and appends it to the file (one write of one line, made with O_APPEND). */
export async function writeCheckpoint(db: Database, s: CheckpointSettings, kind: CheckpointKind): Promise<Checkpoint> {
  const key = loadAuditKey(s, { create: true })!;
  const head = await auditHead(db);
  const body = { at: new Date().toISOString(), ...head, kind };
  const cp: Checkpoint = { ...body, sig: signCheckpoint(key, body) };
  await fs.promises.mkdir(path.dirname(s.file), { recursive: true });
  await fs.promises.appendFile(s.file, `${JSON.stringify(cp)}\n`);
  return cp;
}

const KINDS = new Set(['start', 'daily', 'manual', 'restore']);
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parseLine(text: string): Checkpoint | undefined {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  const ok =
    v !== null && typeof v === 'object' &&
    typeof v.at === 'string' && !Number.isNaN(Date.parse(v.at)) &&
    isCount(v.lastId) && isCount(v.count) &&
    typeof v.lastHash === 'string' && /^[0-9a-f]{64}$/.test(v.lastHash) &&
    typeof v.sig === 'string' && /^[0-9a-f]{64}$/.test(v.sig) &&
    (v.kind === undefined || (typeof v.kind === 'string' && KINDS.has(v.kind)));
  return ok ? (v as unknown as Checkpoint) : undefined;
}

export interface CheckpointReport {
  /** One sentence per problem; empty when every checkpoint agrees with the log. */
  problems: string[];
  /** What was checked, for the operator. */
  notes: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const laterOnes = (n: number) => (n > 0 ? ` (and ${plural(n, 'later checkpoint')})` : '');

/**
 * Checks every checkpoint of the file: its signature, that its last row still has the signed hash,
 * that the rows up to it are as many as it counted, and that the log has not lost rows it covered.
 * Checkpoints older than the newest restore are checked for their signature only: a restore
 * replaces the log with a backup's, which they never described.
 */
export async function verifyCheckpoints(db: Database, s: CheckpointSettings): Promise<CheckpointReport> {
  const problems: string[] = [];
  const notes: string[] = [];
  let text: string;
  try {
    text = await fs.promises.readFile(s.file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    notes.push(`No checkpoints yet (${s.file} does not exist): only the hash chain was checked. Write one with "npm run amity -- audit-checkpoint".`);
    return { problems, notes };
  }
  const lines = text.split('\n').map((l, i) => ({ n: i + 1, l: l.trim() })).filter((x) => x.l);
  const key = loadAuditKey(s, { create: false });
  if (!key) {
    problems.push(`There is no audit key (AUDIT_KEY or ${s.keyFile}), so the ${plural(lines.length, 'checkpoint')} in ${s.file} cannot be checked.`);
    return { problems, notes };
  }
  const valid: Checkpoint[] = [];
  for (const { n, l } of lines) {
    const cp = parseLine(l);
    if (!cp) problems.push(`Line ${n} of ${s.file} is not a checkpoint.`);
    else if (!signatureValid(key, cp)) problems.push(`The checkpoint on line ${n} of ${s.file} (dated ${cp.at}) has a signature that does not match the audit key: it was forged or altered.`);
    else valid.push(cp);
  }
  let restoreAt = -1;
  valid.forEach((cp, i) => {
    if (cp.kind === 'restore') restoreAt = i;
  });
  const compared = restoreAt >= 0 ? valid.slice(restoreAt) : valid;
  if (restoreAt > 0) notes.push(`${plural(restoreAt, 'checkpoint')} older than the restore of ${valid[restoreAt]!.at} had their signature checked only.`);
  if (compared.length === 0) return { problems, notes };

  const head = await auditHead(db);
  const facts = await rowsAt(db, compared.map((cp) => cp.lastId));
  const byRow = [...compared].sort((a, b) => a.lastId - b.lastId || a.count - b.count);
  // One sentence per kind of damage, naming the oldest checkpoint that shows it (the damage lies before its row).
  const rewritten: Checkpoint[] = [];
  const gone: Checkpoint[] = [];
  const recount: Checkpoint[] = [];
  let truncatedBy: Checkpoint | undefined;
  for (const cp of byRow) {
    if (cp.lastId === 0) continue;
    const f = facts.get(cp.lastId)!;
    if (head.lastId < cp.lastId) truncatedBy = cp; // the newest such checkpoint wins (sorted by row)
    else if (f.hash === null) gone.push(cp);
    else if (f.hash !== cp.lastHash) rewritten.push(cp);
    if (head.lastId >= cp.lastId && f.upTo !== cp.count) recount.push(cp);
  }
  if (rewritten[0]) {
    const cp = rewritten[0];
    problems.push(`Audit row ${cp.lastId} no longer has the hash signed by the checkpoint of ${cp.at}${laterOnes(rewritten.length - 1)}: the log up to that row was rewritten.`);
  }
  if (gone[0]) {
    const cp = gone[0];
    problems.push(`Audit row ${cp.lastId}, signed by the checkpoint of ${cp.at}${laterOnes(gone.length - 1)}, has been deleted.`);
  }
  if (recount[0]) {
    const cp = recount[0];
    const d = cp.count - facts.get(cp.lastId)!.upTo;
    problems.push(
      d > 0
        ? `${plural(d, 'audit row')} up to row ${cp.lastId} ${d === 1 ? 'was' : 'were'} deleted after the checkpoint of ${cp.at}${laterOnes(recount.length - 1)}, which counted ${cp.count}.`
        : `${plural(-d, 'audit row')} up to row ${cp.lastId} ${d === -1 ? 'was' : 'were'} added after the checkpoint of ${cp.at}${laterOnes(recount.length - 1)}, which counted ${cp.count}.`,
    );
  }
  if (truncatedBy) {
    const cp = truncatedBy;
    const missing = Math.max(cp.count - head.count, 0);
    problems.push(
      `${missing > 0 ? `${plural(missing, 'audit row')} ${missing === 1 ? 'is' : 'are'}` : 'Audit rows are'} missing from the end of the log: the checkpoint of ${cp.at} signed ${plural(cp.count, 'row')} up to row ${cp.lastId}, but the log now ends at row ${head.lastId} with ${plural(head.count, 'row')}.`,
    );
  }
  if (problems.length === 0) {
    const newest = byRow[byRow.length - 1]!;
    notes.push(`${plural(valid.length, 'checkpoint')} in ${s.file} verified; the newest covers ${plural(newest.count, 'row')} up to row ${newest.lastId}.`);
  }
  return { problems, notes };
}
