import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';

/**
 * The database or a transaction: repos accept either. Queries are built from each module's tables
 * (no relational `db.query.*` API), so the type needs no schema and this layer imports no module.
 */
export type Database = PgDatabase<NodePgQueryResultHKT>;
