import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { units } from '../../core/tenancy-schema.js';
import { proposalSettings } from './schema.js';

export const DEFAULT_SLA_DAYS = 30;
export const DEFAULT_REOPEN_DAYS = 14;

export interface EffectiveProposalSettings {
  unitId: string;
  slaDays: number;
  reopenDays: number;
  /** No row of the unit's own: the values come from the nearest ancestor with one, or the defaults. */
  inherited: boolean;
}

/** The settings of several units at once: each unit's own row, else its nearest ancestor's, else the defaults. */
export async function settingsOfUnits(db: Database, unitIds: string[]): Promise<Map<string, EffectiveProposalSettings>> {
  const list = [...new Set(unitIds)];
  const out = new Map<string, EffectiveProposalSettings>();
  if (list.length === 0) return out;
  const paths = await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, list));
  const chains = new Map(paths.map((u) => [u.id, u.path.split('/').filter(Boolean)])); // root … self
  const all = [...new Set([...chains.values()].flat())];
  const rows = all.length ? await db.select().from(proposalSettings).where(inArray(proposalSettings.unitId, all)) : [];
  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  for (const [id, chain] of chains) {
    const nearest = [...chain].reverse().map((u) => byUnit.get(u)).find((r) => !!r);
    out.set(id, {
      unitId: id,
      slaDays: nearest?.slaDays ?? DEFAULT_SLA_DAYS,
      reopenDays: nearest?.reopenDays ?? DEFAULT_REOPEN_DAYS,
      inherited: nearest?.unitId !== id,
    });
  }
  return out;
}

export async function ownSettings(db: Database, unitId: string) {
  const [row] = await db.select().from(proposalSettings).where(eq(proposalSettings.unitId, unitId));
  return row;
}

export async function upsertSettings(db: Database, unitId: string, v: { slaDays: number; reopenDays: number }) {
  const [row] = await db.insert(proposalSettings).values({ unitId, ...v }).onConflictDoUpdate({ target: proposalSettings.unitId, set: v }).returning();
  return row!;
}

export async function deleteSettings(db: Database, unitId: string) {
  await db.delete(proposalSettings).where(eq(proposalSettings.unitId, unitId));
}

export async function unitExists(db: Database, unitId: string): Promise<boolean> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  return !!row;
}

/** Whether `unitId` is `ancestorId` or below it. */
export async function isAtOrBelow(db: Database, unitId: string, ancestorId: string): Promise<boolean> {
  const [row] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  return !!row && row.path.split('/').includes(ancestorId);
}
