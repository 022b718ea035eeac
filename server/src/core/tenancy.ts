/**
 * The one place that decides which owned records a user can see. Every table
 * with `owner_unit_id` + `visibility` is read, updated and deleted through
 * `scopedTable(...)`, so no caller has to remember a `where`.
 *
 * shared       -> everyone
 * unit         -> the owner unit, its ancestors and its descendants
 * confidential -> the owner unit only, plus users named in record_access
 */
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { uuid, type PgColumn, type PgTable, type PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database } from '../db/types.js';
import { notFound } from './errors.js';
import type { Scope } from './scope.js';
import { recordAccess, visibility } from './tenancy-schema.js';
import { units } from './tenancy-schema.js';

/** Columns every owned record carries; spread into a pgTable definition. */
export const ownedColumns = () => ({
  ownerUnitId: uuid('owner_unit_id')
    .notNull()
    .references(() => units.id),
  visibility: visibility('visibility').notNull().default('unit'),
});

type OwnedTable = PgTable & {
  id: PgColumn;
  ownerUnitId: PgColumn;
  visibility: PgColumn;
};

export function visibleWhere(scope: Scope, table: OwnedTable, entity: string): SQL {
  const named = sql`exists (select 1 from ${recordAccess} ra where ra.entity = ${entity}
    and ra.record_id::text = ${table.id}::text and ra.user_id = ${scope.userId})`;
  return or(
    eq(table.visibility, 'shared'),
    and(eq(table.visibility, 'unit'), inArray(table.ownerUnitId, scope.relatedUnitIds)),
    and(eq(table.visibility, 'confidential'), or(eq(table.ownerUnitId, scope.unitId), named)),
  )!;
}

/**
 * Scoped access to one owned table. A record the user cannot see does not
 * exist for them: reads, updates and deletes all answer not_found.
 * `alsoVisible` widens the rule for tables whose records name other units that must
 * see them (a task's lead unit, a proposal's target unit) — but never for a confidential
 * record: that stays with its owner unit and the users named on it, whoever else it names.
 */
export function scopedTable<T extends OwnedTable>(table: T, entity: string, alsoVisible?: (scope: Scope) => SQL) {
  const rule = (scope: Scope) =>
    alsoVisible
      ? or(visibleWhere(scope, table, entity), and(sql`${table.visibility} <> 'confidential'`, alsoVisible(scope)))!
      : visibleWhere(scope, table, entity);
  const where = (scope: Scope, extra?: SQL) => and(rule(scope), extra)!;
  return {
    entity,
    where,
    async list(db: Database, scope: Scope, extra?: SQL, opts: { limit?: number; offset?: number } = {}) {
      return db
        .select()
        .from(table as PgTable)
        .where(where(scope, extra))
        .limit(opts.limit ?? 50)
        .offset(opts.offset ?? 0) as Promise<T['$inferSelect'][]>;
    },
    async get(db: Database, scope: Scope, id: string): Promise<T['$inferSelect']> {
      const rows = (await db
        .select()
        .from(table as PgTable)
        .where(where(scope, eq(table.id, id)))
        .limit(1)) as T['$inferSelect'][];
      if (!rows[0]) throw notFound();
      return rows[0];
    },
    async update(db: Database, scope: Scope, id: string, values: PgUpdateSetSource<T>): Promise<T['$inferSelect']> {
      const rows = (await db.update(table).set(values).where(where(scope, eq(table.id, id))).returning()) as T['$inferSelect'][];
      if (!rows[0]) throw notFound();
      return rows[0];
    },
    async remove(db: Database, scope: Scope, id: string): Promise<T['$inferSelect']> {
      const rows = (await db.delete(table).where(where(scope, eq(table.id, id))).returning()) as T['$inferSelect'][];
      if (!rows[0]) throw notFound();
      return rows[0];
    },
  };
}

/**
 * Rows of the units a user manages, for lists that are not owned records (users, audit, queues):
 * undefined (no filter) for an administrator, the subtree for a manager, nothing for anyone else.
 */
export const managedWhere = (scope: Scope, unitColumn: PgColumn): SQL | undefined =>
  scope.role === 'admin' ? undefined : scope.role === 'manager' ? inArray(unitColumn, scope.subtreeUnitIds) : sql`false`;
