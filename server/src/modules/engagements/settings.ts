import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { forbidden, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { auditFrom } from '../../core/audit.js';
import { appendAudit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { engagementSettings, DEFAULT_APPROVAL_KINDS, type EngagementKind } from './schema.js';
import { unitPath } from './repo.js';

export const DEFAULT_CLASH_WINDOW_DAYS = 7;

export interface EffectiveSettings {
  unitId: string;
  approvalKinds: EngagementKind[];
  clashWindowDays: number;
  /** No row of the unit's own: the values come from the nearest ancestor with one, or the defaults. */
  inherited: boolean;
}

/** The unit's settings, else its nearest ancestor's, else the defaults (schema.ts). */
export async function effectiveSettings(db: Database, unitId: string): Promise<EffectiveSettings> {
  const unit = await unitPath(db, unitId);
  if (!unit) throw notFound();
  const chain = unit.path.split('/').filter(Boolean); // root … self
  const rows = await db.select().from(engagementSettings).where(inArray(engagementSettings.unitId, chain));
  const nearest = rows.sort((a, b) => chain.indexOf(b.unitId) - chain.indexOf(a.unitId))[0];
  return {
    unitId,
    approvalKinds: nearest?.approvalKinds ?? [...DEFAULT_APPROVAL_KINDS],
    clashWindowDays: nearest?.clashWindowDays ?? DEFAULT_CLASH_WINDOW_DAYS,
    inherited: nearest?.unitId !== unitId,
  };
}

export const mayConfigure = (actor: Actor, unitId: string) =>
  actor.scope.role === 'admin' || (actor.scope.role === 'manager' && actor.scope.subtreeUnitIds.includes(unitId));

export interface SettingsInput {
  approvalKinds: EngagementKind[];
  clashWindowDays: number;
  /** true: drop the unit's own settings and inherit again. */
  inherited?: boolean;
}

export async function putSettings(db: Database, actor: Actor, unitId: string, input: SettingsInput): Promise<EffectiveSettings> {
  return db.transaction(async (tx) => {
    if (!(await unitPath(tx, unitId))) throw notFound();
    if (!mayConfigure(actor, unitId)) throw forbidden();
    const [before] = await tx.select().from(engagementSettings).where(eq(engagementSettings.unitId, unitId));
    let after = null;
    if (input.inherited) {
      await tx.delete(engagementSettings).where(eq(engagementSettings.unitId, unitId));
    } else {
      const values = { approvalKinds: [...new Set(input.approvalKinds)], clashWindowDays: input.clashWindowDays, updatedAt: new Date() };
      [after] = await tx
        .insert(engagementSettings)
        .values({ unitId, ...values })
        .onConflictDoUpdate({ target: engagementSettings.unitId, set: values })
        .returning();
    }
    if (before || after) await appendAudit(
      tx,
      auditFrom(actor, { action: before ? (after ? 'update' : 'delete') : 'create', entity: 'engagement_settings', entityId: unitId, diff: diffOf(before ?? null, after ?? null) }),
    );
    return effectiveSettings(tx, unitId);
  });
}
