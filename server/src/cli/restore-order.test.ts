import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../test/app.js';
import { ensureRoot } from '../test/factories.js';
import { backup, restore } from './backup.js';

// Restore replaces every table of the database: this file has a database of its own (openTestApp).
let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await openTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-restore-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('restore', () => {
  it('brings back a table that refers to itself when children were stored before their parent, past one batch', async () => {
    const root = await ensureRoot(t.db);
    const { rows } = await t.db.execute<{ id: string }>(sql`
      insert into tasks (title_vi, lead_unit_id, owner_unit_id) values ('Nhiệm vụ cha', ${root.id}, ${root.id}) returning id`);
    const parent = rows[0]!.id;
    await t.db.execute(sql`
      insert into tasks (title_vi, lead_unit_id, owner_unit_id, parent_task_id, position)
      select 'Nhiệm vụ con ' || g, ${root.id}, ${root.id}, ${parent}, g from generate_series(1, 700) g`);
    // The parent's new row version is stored after its 700 children (a later batch of the file).
    await t.db.execute(sql`update tasks set title_en = 'Parent task' where id = ${parent}`);
    const file = path.join(dir, 'backup.jsonl.gz');
    await backup(t.dbh.pool, file, t.dbh.migration);
    const { tables } = await restore(t.dbh.pool, file, t.dbh.migration);
    expect(tables.tasks).toBe(701);
    const { rows: after } = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from tasks where parent_task_id = ${parent}`);
    expect(after[0]!.n).toBe(700);
  });
});
