import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { forbidden, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { DEFAULT_APPROVAL_KINDS, DEFAULT_CLASH_WINDOW_DAYS, type EngagementKind } from './schema.js';
import { unitPath } from './repo.js';
import { deleteSettings, settingsOf, settingsOfUnits, upsertSettings } from './repo-settings.js';
import { engagementPolicy } from './policy.js';

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
  const rows = await settingsOfUnits(db, chain);
  const nearest = rows.sort((a, b) => chain.indexOf(b.unitId) - chain.indexOf(a.unitId))[0];
  return {
    unitId,
    approvalKinds: nearest?.approvalKinds ?? [...DEFAULT_APPROVAL_KINDS],
    clashWindowDays: nearest?.clashWindowDays ?? DEFAULT_CLASH_WINDOW_DAYS,
    inherited: nearest?.unitId !== unitId,
  };
}

export interface SettingsInput {
  approvalKinds: EngagementKind[];
  clashWindowDays: number;
  /** true: drop the unit's own settings and inherit again. */
  inherited?: boolean;
}

export async function putSettings(db: Database, actor: Actor, unitId: string, input: SettingsInput): Promise<EffectiveSettings> {
  return inTransaction(db, async (tx) => {
    if (!(await unitPath(tx, unitId))) throw notFound();
    if (!engagementPolicy.configure(actor.scope, unitId)) throw forbidden();
    const before = await settingsOf(tx, unitId);
    let after = null;
    if (input.inherited) {
      await deleteSettings(tx, unitId);
    } else {
      after = await upsertSettings(tx, unitId, { approvalKinds: [...new Set(input.approvalKinds)], clashWindowDays: input.clashWindowDays, updatedAt: new Date() });
    }
    if (before || after) {
      await audit(tx, actor, { action: before ? (after ? 'update' : 'delete') : 'create', entity: 'engagement_settings', entityId: unitId, diff: diffOf(before ?? null, after ?? null) });
    }
    return effectiveSettings(tx, unitId);
  });
}
