import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type * as schema from './schema.js';

/** The database or a transaction: repos accept either. */
export type Database = PgDatabase<NodePgQueryResultHKT, typeof schema>;
