import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { engagementSettings, type EngagementKind } from './schema.js';

/** The settings rows of these units (a unit's chain of ancestors): the caller picks the nearest. */
export const settingsOfUnits = (db: Database, unitIds: string[]) => db.select().from(engagementSettings).where(inArray(engagementSettings.unitId, unitIds));

export async function settingsOf(db: Database, unitId: string) {
  const [row] = await db.select().from(engagementSettings).where(eq(engagementSettings.unitId, unitId));
  return row;
}

/** The unit's own settings, written or replaced. */
export async function upsertSettings(db: Database, unitId: string, values: { approvalKinds: EngagementKind[]; clashWindowDays: number; updatedAt: Date }) {
  const [row] = await db.insert(engagementSettings).values({ unitId, ...values }).onConflictDoUpdate({ target: engagementSettings.unitId, set: values }).returning();
  return row!;
}

/** Drops the unit's own settings: it inherits again. */
export async function deleteSettings(db: Database, unitId: string) {
  await db.delete(engagementSettings).where(eq(engagementSettings.unitId, unitId));
}
