import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../db/connect.js';

// The command line started while the server holds the embedded database: this test process plays the server.
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');
let dataDir: string;
let held: DbHandle;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-lock-'));
  held = await openDatabase({ dataDir });
});
afterAll(async () => {
  await held.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function amity(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, timeout: 90_000 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

describe('npm run amity while the server holds the embedded database', { timeout: 200_000 }, () => {
  it('says so in one sentence and exits 1, without a stack trace', async () => {
    const holder = Number(fs.readFileSync(path.join(dataDir, 'amity.lock'), 'utf8'));
    const sentence = `The Amity server is running and holds the embedded database in ${dataDir} (process ${holder}); stop it first, or use its web pages.\n`;
    const [verify, backup] = await Promise.all([amity('audit-verify'), amity('backup', path.join(dataDir, 'b.gz'))]);
    for (const res of [verify, backup]) {
      expect(res).toEqual({ code: 1, stdout: sentence, stderr: '' });
    }
    // The holder is unharmed.
    expect((await held.pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });
});
