/**
 * The SQL that server/src/modules/units/repo.ts unitTree() sends, rendered by
 * Drizzle from the app's own query builder, so the baseline always runs
 * exactly the app's SELECT (it has no parameters).
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { unitTreeQuery } from '../../server/src/modules/units/repo.js';

const rendered = unitTreeQuery(drizzle.mock()).toSQL();
if (rendered.params.length > 0) throw new Error('unitTree now has parameters: update the baseline');
export const UNIT_TREE_SQL = rendered.sql;
