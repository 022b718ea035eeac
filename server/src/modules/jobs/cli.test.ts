import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/main.js';
import { openTestDb, testDbKind } from '../../test/db.js';

// `npm run amity -- jobs run [--date] [--force]` on the database the environment names.
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-jobs-cli-'));
  // On PostgreSQL too: the daily job's audit checkpoint (and its key) go to DATA_DIR.
  process.env.DATA_DIR = path.join(dir, 'data');
  if (testDbKind() === 'postgres') {
    const db = await openTestDb();
    await db.close();
    process.env.DATABASE_URL = db.url!;
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function amity(...args: string[]) {
  const lines: string[] = [];
  const code = await run(args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

describe('npm run amity -- jobs run', { timeout: 120_000 }, () => {
  it('runs a day once, again with --force, and refuses a bad date', async () => {
    const first = await amity('jobs', 'run', '--date', '2031-07-01');
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/^Daily job of 2031-07-01 done: \{.*"rollups":\d+/);
    expect(fs.readFileSync(path.join(dir, 'data', 'audit-checkpoints.jsonl'), 'utf8')).toMatch(/^\{"at":.*"kind":"daily","sig":"[0-9a-f]{64}"\}\n$/);
    const again = await amity('jobs', 'run', '--date', '2031-07-01');
    expect(again).toEqual({ code: 0, out: 'The daily job of 2031-07-01 has already run (use --force to run it again).' });
    expect((await amity('jobs', 'run', '--date', '2031-07-01', '--force')).out).toMatch(/^Daily job of 2031-07-01 done/);
    expect(await amity('jobs', 'run', '--date', '2031-02-30')).toMatchObject({ code: 1, out: expect.stringContaining('Not a date') });
    expect((await amity('jobs', 'walk')).code).toBe(2);
  });
});
