import { sql } from 'drizzle-orm';
import { scopedTable } from '../../core/tenancy.js';
import type { Scope } from '../../core/scope.js';
import { tasks } from './schema.js';

const uuidList = (ids: string[]) => sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

/**
 * Tasks are seen by whoever sees their owner (assigning) unit's records, and by the lead and
 * supporting units and the units above them (docs/API.md, "Visibility and rights").
 */
export const scopedTasks = scopedTable(tasks, 'task', (scope: Scope) =>
  scope.subtreeUnitIds.length === 0
    ? sql`false`
    : sql`(${tasks.leadUnitId} = any(${uuidList(scope.subtreeUnitIds)}) or exists (select 1 from task_supporting_units su
        where su.task_id = ${tasks.id} and su.unit_id = any(${uuidList(scope.subtreeUnitIds)})))`,
);
