import type { Database } from './types.js';

/**
 * A unit of work: `fn` runs in one transaction (nested calls become savepoints). Services use
 * this instead of the driver's API, so only repositories speak to the database directly.
 */
export const inTransaction = <T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> => db.transaction((tx) => fn(tx as unknown as Database));
