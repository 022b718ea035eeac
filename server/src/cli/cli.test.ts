import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { createHash, randomBytes } from 'node:crypto';
import { run } from './main.js';
import { openTestDb, testDbKind } from '../test/db.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connect.js';
import { LocalStorage, newStorageKey } from '../modules/attachments/storage.js';

// The CLI opens the database named by the environment, as it does for a person.
let dir: string;
let closeDb: (() => Promise<void>) | undefined;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-cli-'));
  process.env.AMITY_DEMO_PASSWORD = 'cli-demo-password';
  // On PostgreSQL too: attached files, the audit key and its checkpoints live in DATA_DIR.
  process.env.DATA_DIR = path.join(dir, 'data');
  if (testDbKind() === 'postgres') {
    const db = await openTestDb();
    await db.close();
    process.env.DATABASE_URL = db.url!;
  }
});
afterAll(async () => {
  await closeDb?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function amity(...args: string[]) {
  const lines: string[] = [];
  const code = await run(args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

const files = () => new LocalStorage(path.join(process.env.DATA_DIR!, 'files'));

/** Attachment rows, with their bytes in DATA_DIR/files except where `bytes` is null (a file gone missing). */
async function attach(...all: Array<Buffer | null>): Promise<string[]> {
  const keys = all.map(() => newStorageKey());
  const h = await openDatabase(loadConfig());
  try {
    for (const [i, bytes] of all.entries()) {
      await h.pool.query(
        `insert into attachments (entity, entity_id, file_name, content_type, size, sha256, storage_key) values ('engagement', gen_random_uuid(), 'a.pdf', 'application/pdf', $1, $2, $3)`,
        [bytes?.length ?? 1, createHash('sha256').update(bytes ?? 'gone').digest('hex'), keys[i]],
      );
      if (bytes) await files().put(keys[i]!, bytes);
    }
  } finally {
    await h.close();
  }
  return keys;
}

// Each command starts its own embedded database: slow on a busy machine.
describe('npm run amity', { timeout: 120_000 }, () => {
  it('migrates, loads the demo once, and refuses a second load without --force', async () => {
    expect((await amity('migrate')).out).toMatch(/at migration 0\d{3}_/);
    const demo = await amity('demo');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('manager.hoabinh@demo.amity');
    expect(demo.out).toContain('cli-demo-password');
    const again = await amity('demo');
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/--force/);
  });

  it('creates an administrator and resets a password', async () => {
    const created = await amity('create-admin', '--email', 'second.admin@demo.amity', '--name', 'Quản trị 2');
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Password: \S{10,}/);
    expect((await amity('create-admin', '--email', 'SECOND.admin@demo.amity', '--name', 'x')).code).toBe(1);
    const reset = await amity('reset-password', 'officer.hanoi@demo.amity', '--password', 'a-new-password-1');
    expect(reset.code).toBe(0);
    expect((await amity('reset-password', 'nobody@demo.amity')).out).toMatch(/No user/);
    expect((await amity('reset-password', 'officer.hanoi@demo.amity', '--password', 'short')).code).toBe(1);
  });

  it('verifies the audit chain', async () => {
    const res = await amity('audit-verify');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^OK: \d+ audit rows/);
  });

  it('round-trips a backup: restore brings back exactly what was saved, attached files included', async () => {
    // More than one chunk of the backup's file lines.
    const bytes = randomBytes(450 * 1024);
    const [key, lost] = await attach(bytes, null);
    expect((await amity('audit-checkpoint')).out).toMatch(/^Audit checkpoint written to .*audit-checkpoints\.jsonl: \d+ rows up to row \d+/);
    const file = path.join(dir, 'backup.jsonl.gz');
    const saved = await amity('backup', file);
    expect(saved.code, saved.out).toBe(0);
    expect(saved.out).toContain(`files 1 (${bytes.length} bytes)`);
    expect(saved.out).toContain(`Missing: the attached file ${lost} is not in the storage; the backup went on without it.`);
    const users = Number(/users (\d+)/.exec(saved.out)?.[1]);
    expect(users).toBeGreaterThan(10); // the demo's accounts and the administrator created above
    // Changes after the backup disappear on restore; so does a checkpoint of the longer log.
    await amity('create-admin', '--email', 'after.backup@demo.amity', '--name', 'Sau');
    expect((await amity('audit-checkpoint')).code).toBe(0);
    // The files are wiped with the data.
    fs.rmSync(path.join(process.env.DATA_DIR!, 'files'), { recursive: true, force: true });
    const restored = await amity('restore', file);
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toMatch(new RegExp(`users ${users}\\b`));
    expect(restored.out).toContain(`files 1 (${bytes.length} bytes)`);
    expect(fs.readFileSync(files().pathOf(key!)).equals(bytes)).toBe(true);
    expect((await amity('reset-password', 'after.backup@demo.amity')).out).toMatch(/No user/);
    // The restore signed a checkpoint of its own: the one of the replaced, longer log is not held against it.
    const verified = await amity('audit-verify');
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toMatch(/checkpoints? older than the restore of .* had their signature checked only/);
    // Sequences continue after the restored ids, so new audit rows still chain.
    expect((await amity('create-admin', '--email', 'after.restore@demo.amity', '--name', 'Sau 2')).code).toBe(0);
    expect((await amity('audit-verify')).code).toBe(0);
    // A second backup of the restored data has the same content.
    const again = await amity('backup', path.join(dir, 'again.gz'));
    expect(again.out).toMatch(new RegExp(`users ${users + 1}\\b`));
  }, 360_000); // a dozen commands, each starting its own embedded database

  it('refuses a file that is not a backup, leaving the data untouched', async () => {
    const bogus = path.join(dir, 'bogus.gz');
    fs.writeFileSync(bogus, (await import('node:zlib')).gzipSync('{"hello":1}\n'));
    const res = await amity('restore', bogus);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/Not an Amity backup/);
    expect((await amity('reset-password', 'after.restore@demo.amity')).code).toBe(0);
  });

  it('restores an old backup without files, and refuses a damaged file copy', async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'backup.jsonl.gz'))).toString().split('\n');
    const header = { ...JSON.parse(lines[0]!), version: 1 };
    const rows = lines.slice(1).filter((l) => l && !l.startsWith('{"file"'));
    const old = path.join(dir, 'old.gz');
    fs.writeFileSync(old, zlib.gzipSync([JSON.stringify(header), ...rows, ''].join('\n')));
    const res = await amity('restore', old);
    expect(res.code, res.out).toBe(0);
    expect(res.out).toContain('files 0 (0 bytes)');
    // One byte changed in a file's copy: the restore stops and the data stays as it was.
    const fileLine = lines.findIndex((l) => l.startsWith('{"file"') && l.includes('"data"'));
    const bad = JSON.parse(lines[fileLine]!);
    const data = Buffer.from(bad.data, 'base64');
    data[0] = data[0]! ^ 1;
    const damaged = [...lines];
    damaged[fileLine] = JSON.stringify({ ...bad, data: data.toString('base64') });
    fs.writeFileSync(path.join(dir, 'damaged.gz'), zlib.gzipSync(damaged.join('\n')));
    await amity('create-admin', '--email', 'before.damaged@demo.amity', '--name', 'Trước');
    const refused = await amity('restore', path.join(dir, 'damaged.gz'));
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/The backup's copy of file \S+ is damaged/);
    expect((await amity('reset-password', 'before.damaged@demo.amity')).code).toBe(0);
  }, 240_000);

  it('reports a line of the checkpoint file that is not a signed checkpoint', async () => {
    const cpFile = path.join(process.env.DATA_DIR!, 'audit-checkpoints.jsonl');
    const last = JSON.parse(fs.readFileSync(cpFile, 'utf8').trim().split('\n').pop()!);
    fs.appendFileSync(cpFile, `${JSON.stringify({ ...last, count: last.count + 1 })}\n`);
    const res = await amity('audit-verify');
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^BROKEN: The checkpoint on line \d+ of .* has a signature that does not match the audit key: it was forged or altered\.$/m);
  });

  it('prints usage for unknown commands', async () => {
    const res = await amity('frobnicate');
    expect(res.code).toBe(2);
    expect(res.out).toMatch(/Usage/);
  });
});
