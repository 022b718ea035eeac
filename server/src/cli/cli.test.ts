import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './main.js';
import { openTestDb, testDbKind } from '../test/db.js';

// The CLI opens the database named by the environment, as it does for a person.
let dir: string;
let closeDb: (() => Promise<void>) | undefined;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-cli-'));
  process.env.AMITY_DEMO_PASSWORD = 'cli-demo-password';
  if (testDbKind() === 'postgres') {
    const db = await openTestDb();
    await db.close();
    process.env.DATABASE_URL = db.url!;
  } else {
    process.env.DATA_DIR = path.join(dir, 'data');
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

  it('round-trips a backup: restore brings back exactly what was saved', async () => {
    const file = path.join(dir, 'backup.jsonl.gz');
    const saved = await amity('backup', file);
    expect(saved.code).toBe(0);
    const users = Number(/users (\d+)/.exec(saved.out)?.[1]);
    expect(users).toBeGreaterThan(10); // the demo's accounts and the administrator created above
    // Changes after the backup disappear on restore.
    await amity('create-admin', '--email', 'after.backup@demo.amity', '--name', 'Sau');
    const restored = await amity('restore', file);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(new RegExp(`users ${users}\\b`));
    expect((await amity('reset-password', 'after.backup@demo.amity')).out).toMatch(/No user/);
    expect((await amity('audit-verify')).code).toBe(0);
    // Sequences continue after the restored ids, so new audit rows still chain.
    expect((await amity('create-admin', '--email', 'after.restore@demo.amity', '--name', 'Sau 2')).code).toBe(0);
    expect((await amity('audit-verify')).code).toBe(0);
    // A second backup of the restored data has the same content.
    const again = await amity('backup', path.join(dir, 'again.gz'));
    expect(again.out).toMatch(new RegExp(`users ${users + 1}\\b`));
  });

  it('refuses a file that is not a backup, leaving the data untouched', async () => {
    const bogus = path.join(dir, 'bogus.gz');
    fs.writeFileSync(bogus, (await import('node:zlib')).gzipSync('{"hello":1}\n'));
    const res = await amity('restore', bogus);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/Not an Amity backup/);
    expect((await amity('reset-password', 'after.restore@demo.amity')).code).toBe(0);
  });

  it('prints usage for unknown commands', async () => {
    const res = await amity('frobnicate');
    expect(res.code).toBe(2);
    expect(res.out).toMatch(/Usage/);
  });
});
