import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { openTestDb } from '../../test/db.js';
import type { DbHandle } from '../../db/connect.js';
import { verifyChain } from './repo.js';
import { appendAudit } from '../../core/audit.js';
import { auditHash, GENESIS } from '../../core/audit-hash.js';
import { auditLog } from '../../core/audit-schema.js';
import { checkpointSettings, verifyCheckpoints, writeCheckpoint, type CheckpointSettings } from './checkpoint.js';
import { uniq } from '../../test/factories.js';

// Each test file has its own database, so the log here holds only what these tests write.
let h: DbHandle;
let dir: string;
beforeAll(async () => {
  h = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-checkpoint-'));
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const settingsIn = (name: string, env: NodeJS.ProcessEnv = {}): CheckpointSettings => checkpointSettings(path.join(dir, name), env);

async function writeRows(n: number, tag = uniq('cp')) {
  for (let i = 0; i < n; i++) {
    await h.db.transaction((tx) =>
      appendAudit(tx, { userId: null, userEmail: `${tag}@example.org`, unitId: null, action: 'update', entity: 'partner', entityId: `${tag}-${i}`, diff: { after: { n: i } }, ip: null }),
    );
  }
}

/** What someone with write access to the database (and no audit key) can do. */
async function attackerRewritesAndTruncates(rewriteId: number, drop: number) {
  await h.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
  try {
    await h.db.execute(sql`update audit_log set diff = ${JSON.stringify({ after: { n: 'forged' } })}::jsonb where id = ${rewriteId}`);
    const rows = await h.db.select().from(auditLog).orderBy(asc(auditLog.id));
    let prev = GENESIS;
    for (const row of rows) {
      const hash = auditHash(prev, row);
      if (row.prevHash !== prev || row.hash !== hash) await h.db.update(auditLog).set({ prevHash: prev, hash }).where(eq(auditLog.id, row.id));
      prev = hash;
    }
    const last = rows.slice(-drop).map((r) => r.id);
    await h.db.execute(sql`delete from audit_log where id >= ${last[0]!}`);
  } finally {
    await h.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  }
}

describe('audit checkpoints', () => {
  it('an intact log agrees with its signed checkpoints; the key file is made once, readable by its owner only', async () => {
    const s = settingsIn('intact');
    await writeRows(3);
    const first = await writeCheckpoint(h.db, s, 'manual');
    await writeRows(2);
    const second = await writeCheckpoint(h.db, s, 'daily');
    expect(second.count).toBe(first.count + 2);
    expect(second.lastId).toBeGreaterThan(first.lastId);
    expect(fs.statSync(s.keyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(s.file, 'utf8').trim().split('\n')).toHaveLength(2);
    const r = await verifyCheckpoints(h.db, s);
    expect(r.problems).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/2 checkpoints .* verified/);
  });

  it('reports a rewritten, re-hashed and truncated log that the hash chain alone calls intact', async () => {
    const s = settingsIn('attack');
    await writeRows(6);
    const early = await writeCheckpoint(h.db, s, 'daily');
    await writeRows(8);
    const late = await writeCheckpoint(h.db, s, 'daily');
    expect((await verifyCheckpoints(h.db, s)).problems).toEqual([]);

    await attackerRewritesAndTruncates(early.lastId - 2, 5);
    expect((await verifyChain(h.db)).brokenAt).toBeUndefined(); // the chain alone is fooled

    const r = await verifyCheckpoints(h.db, s);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[0]).toBe(`Audit row ${early.lastId} no longer has the hash signed by the checkpoint of ${early.at}: the log up to that row was rewritten.`);
    expect(r.problems[1]).toBe(
      `5 audit rows are missing from the end of the log: the checkpoint of ${late.at} signed ${late.count} rows up to row ${late.lastId}, but the log now ends at row ${late.lastId - 5} with ${late.count - 5} rows.`,
    );
  });

  it('reports a forged checkpoint line and a line that is not a checkpoint', async () => {
    const s = settingsIn('forged', { AUDIT_KEY: 'k'.repeat(44) });
    const real = await writeCheckpoint(h.db, s, 'manual');
    expect(fs.existsSync(s.keyFile)).toBe(false); // AUDIT_KEY given: no key file
    // A checkpoint claiming a different head, signed with a key of the attacker's.
    const other = await writeCheckpoint(h.db, settingsIn('attacker'), 'manual');
    fs.appendFileSync(s.file, `${JSON.stringify({ ...real, lastHash: 'f'.repeat(64), sig: other.sig })}\nnot json\n`);
    const r = await verifyCheckpoints(h.db, s);
    expect(r.problems).toEqual([
      `The checkpoint on line 2 of ${s.file} (dated ${real.at}) has a signature that does not match the audit key: it was forged or altered.`,
      `Line 3 of ${s.file} is not a checkpoint.`,
    ]);
  });

  it('refuses a short AUDIT_KEY, and cannot check checkpoints without the key', async () => {
    await expect(writeCheckpoint(h.db, settingsIn('short', { AUDIT_KEY: 'ab'.repeat(16 - 1) }), 'manual')).rejects.toThrow(/at least 32 bytes/);
    const s = settingsIn('lost-key');
    await writeCheckpoint(h.db, s, 'manual');
    fs.rmSync(s.keyFile);
    expect((await verifyCheckpoints(h.db, s)).problems).toEqual([`There is no audit key (AUDIT_KEY or ${s.keyFile}), so the 1 checkpoint in ${s.file} cannot be checked.`]);
  });
});
