import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { forbidden, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { proposalPolicy } from './policy.js';
import * as repo from './repo-settings.js';
import type { EffectiveProposalSettings } from './repo-settings.js';

/** A target unit's SLA and reopen window (inherited down the unit tree; defaults 30 and 14 days). */
export async function effectiveSettings(db: Database, unitId: string): Promise<EffectiveProposalSettings> {
  const s = (await repo.settingsOfUnits(db, [unitId])).get(unitId);
  if (!s) throw notFound();
  return s;
}

export interface SettingsInput {
  slaDays: number;
  reopenDays: number;
  /** true: drop the unit's own settings and inherit again. */
  inherited?: boolean;
}

export async function putSettings(db: Database, actor: Actor, unitId: string, input: SettingsInput): Promise<EffectiveProposalSettings> {
  return inTransaction(db, async (tx) => {
    if (!(await repo.unitExists(tx, unitId))) throw notFound();
    if (!proposalPolicy.configure(actor.scope, unitId)) throw forbidden();
    const before = await repo.ownSettings(tx, unitId);
    let after = null;
    if (input.inherited) await repo.deleteSettings(tx, unitId);
    else after = await repo.upsertSettings(tx, unitId, { slaDays: input.slaDays, reopenDays: input.reopenDays });
    if (before || after) {
      await audit(tx, actor, { action: before ? (after ? 'update' : 'delete') : 'create', entity: 'proposal_settings', entityId: unitId, diff: diffOf(before ?? null, after ?? null) });
    }
    return effectiveSettings(tx, unitId);
  });
}
