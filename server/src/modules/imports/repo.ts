import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { visibleWhere } from '../../core/tenancy.js';
import { partners } from '../partners/schema.js';
import { websiteKey } from '../partners/repo-duplicates.js';
import { imports, importRows, type Import } from './schema.js';

export async function insertImport(db: Database, values: typeof imports.$inferInsert): Promise<Import> {
  const [row] = await db.insert(imports).values(values).returning();
  return row!;
}

export async function findImport(db: Database, scope: Scope, id: string): Promise<Import | undefined> {
  // An import belongs to the user who uploaded it.
  const [row] = await db.select().from(imports).where(and(eq(imports.id, id), eq(imports.userId, scope.userId)));
  return row;
}

export async function updateImport(db: Database, id: string, values: Partial<typeof imports.$inferInsert>) {
  await db.update(imports).set({ ...values, updatedAt: new Date() }).where(eq(imports.id, id));
}

/** Forgets every row a validation stored (the next validation stores them again). */
export async function deleteRows(db: Database, importId: string) {
  await db.delete(importRows).where(eq(importRows.importId, importId));
}

export async function insertRows(db: Database, importId: string, rows: { rowNumber: number; data: unknown; errors: unknown }[]) {
  if (rows.length) await db.insert(importRows).values(rows.map((r) => ({ importId, ...r })));
}

export async function rowErrors(db: Database, importId: string, limit: number, offset: number) {
  const where = and(eq(importRows.importId, importId), sql`${importRows.errors} is not null`);
  const [items, [total]] = await Promise.all([
    db.select().from(importRows).where(where).orderBy(asc(importRows.rowNumber)).limit(limit).offset(offset),
    db.select({ n: count() }).from(importRows).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function duplicateRowsPage(db: Database, importId: string, limit: number, offset: number) {
  const where = and(eq(importRows.importId, importId), sql`${importRows.duplicateReason} is not null`);
  const [items, [total]] = await Promise.all([
    db.select().from(importRows).where(where).orderBy(asc(importRows.rowNumber)).limit(limit).offset(offset),
    db.select({ n: count() }).from(importRows).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * Flags likely duplicates of valid rows, set-based so 100,000 rows take one
 * pass: the same names in the same country, the same website or contact email
 * as a partner the importer can see, or the same names as an earlier row.
 */
export async function flagDuplicates(db: Database, scope: Scope, importId: string): Promise<number> {
  const visible = visibleWhere(scope, partners, 'partner');
  await db.execute(sql`update import_rows r set
      name_key = amity_fold(concat_ws(' ', coalesce(r.data->>'name', ''), coalesce(r.data->>'nameVi', ''), coalesce(r.data->>'nameEn', ''),
        coalesce(r.data->>'nameFr', ''), coalesce(r.data->>'transliteration', ''))),
      site_key = nullif(${websiteKey(sql`coalesce(r.data->>'website', '')`)}, ''),
      email_key = nullif(lower(coalesce(r.data->'contacts'->0->>'email', '')), '')
    where r.import_id = ${importId} and r.errors is null`);
  // Fresh statistics, or the planner (PGlite has no autovacuum) expects a handful of rows where
  // there are 100,000 and nests loops over them: minutes instead of seconds (BENCHMARKS.md).
  await analyze(db);
  // "partners" is not aliased: the visibility condition names its columns in full.
  await db.execute(sql`update import_rows r set duplicate_of = partners.id, duplicate_reason = 'same_name_country'
    from partners where r.import_id = ${importId} and r.errors is null and ${visible}
      and md5(partners.name_key) = md5(r.name_key) and partners.name_key = r.name_key
      and partners.country_code is not distinct from (r.data->>'countryCode')`);
  await db.execute(sql`update import_rows r set duplicate_of = partners.id, duplicate_reason = 'same_website'
    from partners where r.import_id = ${importId} and r.duplicate_of is null and r.site_key is not null and ${visible}
      and partners.website <> '' and ${websiteKey(sql`partners.website`)} = r.site_key`);
  await db.execute(sql`update import_rows r set duplicate_of = c.partner_id, duplicate_reason = 'same_email'
    from partner_contacts c join partners on partners.id = c.partner_id
    where r.import_id = ${importId} and r.duplicate_of is null and r.email_key is not null and ${visible}
      and lower(c.email) = r.email_key`);
  // Later rows with the same names and country as an earlier row: a window, not a self-join.
  await db.execute(sql`update import_rows r set duplicate_reason = 'in_file'
    from (select row_number as rn, row_number() over (partition by name_key, data->>'countryCode' order by row_number) as k
          from import_rows where import_id = ${importId} and errors is null and name_key <> '') d
    where r.import_id = ${importId} and r.row_number = d.rn and d.k > 1 and r.duplicate_reason is null`);
  const [row] = await db.select({ n: count() }).from(importRows).where(and(eq(importRows.importId, importId), sql`${importRows.duplicateReason} is not null`));
  return row?.n ?? 0;
}

/** Refreshes the planner's statistics of the tables an import joins; a fraction of a second at 100,000 rows. */
export async function analyze(db: Database): Promise<void> {
  await db.execute(sql`analyze import_rows`);
  await db.execute(sql`analyze partners`);
}

const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;

/**
 * Moves an import into running work if it is in one of the states `from`, in one statement, so two
 * requests cannot both start it; the heartbeat starts with it. Answers whether it moved.
 */
export async function claimRun(db: Database, id: string, from: Import['status'][], to: 'validating' | 'committing', values: Partial<typeof imports.$inferInsert> = {}) {
  const rows = await db
    .update(imports)
    .set({ ...values, status: to, failure: null, failedStep: null, updatedAt: new Date(), heartbeatAt: new Date() })
    .where(and(eq(imports.id, id), inArray(imports.status, from)))
    .returning({ id: imports.id });
  return rows.length === 1;
}

export async function touchHeartbeat(db: Database, ids: string[]) {
  await db.execute(sql`update imports set heartbeat_at = now() where id = any(${uuidArray(ids)}::uuid[])`);
}

/** Imports left running by a process that is gone, now failed ('interrupted'); `staleSeconds` null: all but ours. */
export async function failStale(db: Database, mine: string[], staleSeconds: number | null): Promise<string[]> {
  const stale = staleSeconds === null ? sql`true` : sql`coalesce(heartbeat_at, updated_at) < now() - make_interval(secs => ${staleSeconds})`;
  const r = await db.execute<{ id: string }>(sql`update imports set status = 'failed', failure = 'interrupted', failed_step = status::text, updated_at = now()
    where status in ('validating', 'committing') and not (id = any(${uuidArray(mine)}::uuid[])) and ${stale}
    returning id`);
  return r.rows.map((x) => x.id);
}

/** Failed commits whose partners may remain (processed_rows is zeroed once they are removed). */
export async function rollbacksPending(db: Database, mine: string[]): Promise<string[]> {
  const r = await db.execute<{ id: string }>(sql`select id from imports where status = 'failed' and failed_step = 'committing'
    and processed_rows > 0 and not (id = any(${uuidArray(mine)}::uuid[]))`);
  return r.rows.map((x) => x.id);
}

/** Deletes up to 500 partners written by an import (only while it is in `onlyIfStatus`, when given); answers how many. */
export async function deletePartnersOf(db: Database, importId: string, onlyIfStatus: 'failed' | null): Promise<number> {
  const guard = onlyIfStatus === null ? sql`true` : sql`exists (select 1 from imports where id = ${importId} and status = ${onlyIfStatus})`;
  const r = await db.execute<{ n: number }>(sql`with gone as (delete from partners where id in
      (select id from partners where import_id = ${importId} limit 500) and ${guard} returning 1)
    select count(*)::int as n from gone`);
  return r.rows[0]?.n ?? 0;
}

export async function markRolledBack(db: Database, id: string) {
  await db.execute(sql`update imports set processed_rows = 0 where id = ${id} and status = 'failed'`);
}
