import type { Database } from '../../../db/types.js';
import { uniq } from '../../../test/factories.js';
import { taskIndicators, taskSupportingUnits, tasks } from '../schema.js';

// Test data for reports and reminders: tasks written straight to the table (the tasks API is another module's).

export type TaskValues = Partial<typeof tasks.$inferInsert> & { ownerUnitId: string; leadUnitId: string };

export async function insertTask(db: Database, v: TaskValues & { supportingUnitIds?: string[]; indicators?: string[] }) {
  const { supportingUnitIds = [], indicators = [], ...values } = v;
  const [task] = await db
    .insert(tasks)
    .values({ titleVi: uniq('Nhiệm vụ '), titleEn: uniq('Task '), cadence: 'quarterly', visibility: 'unit', ...values })
    .returning();
  if (supportingUnitIds.length) await db.insert(taskSupportingUnits).values(supportingUnitIds.map((unitId) => ({ taskId: task!.id, unitId })));
  const inds = indicators.length
    ? await db
        .insert(taskIndicators)
        .values(indicators.map((name, position) => ({ taskId: task!.id, name, position })))
        .returning()
    : [];
  return { ...task!, indicatorIds: inds.map((i) => i.id) };
}
