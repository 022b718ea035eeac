import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { forbidden, fieldError, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import type { Partner } from './schema.js';
import { partnerPolicy } from './policy.js';
import { scopedPartners, addEvent } from './repo.js';
import { refreshSearchText } from './repo-search.js';
import { dismissPair, refreshCandidates } from './repo-duplicates.js';
import { deleteMerged, moveToSurvivor, updateSurvivor } from './repo-merge.js';

// The duplicates review: two partners are merged, or said not to be the same.

export const PICKABLE = ['type', 'name', 'nameVi', 'nameEn', 'nameFr', 'transliteration', 'countryCode', 'city', 'priority', 'status', 'description', 'website', 'visibility', 'ownerUnitId'] as const;
export type Pickable = (typeof PICKABLE)[number];
export type Pick_ = Partial<Record<Pickable, 'survivor' | 'merged'>>;

/** Later modules that point at partners register here, so a merge moves their links too. */
export type PartnerReferenceMover = (tx: Database, fromId: string, toId: string) => Promise<void>;
const movers: PartnerReferenceMover[] = [];
export const registerPartnerReference = (mover: PartnerReferenceMover) => movers.push(mover);

const NAMES = ['name', 'nameVi', 'nameEn', 'nameFr', 'transliteration'] as const;
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Field by field: the pick, else the survivor's value, else (when empty) the merged one's. */
export function mergedValues(s: Partner, m: Partner, pick: Pick_) {
  const out: Partial<Record<Pickable, unknown>> = {};
  for (const f of PICKABLE) {
    const choice = pick[f] ?? (s[f] === '' || s[f] === null ? 'merged' : 'survivor');
    out[f] = choice === 'merged' ? m[f] : s[f];
  }
  const kept = new Set(NAMES.map((n) => String(out[n] ?? '')).filter(Boolean));
  const aliases = union(s.aliases, [...m.aliases, ...NAMES.map((n) => m[n]), ...NAMES.map((n) => s[n])]).filter((a) => a && !kept.has(a));
  return { ...out, aliases, tags: union(s.tags, m.tags), languages: union(s.languages, m.languages) } as Partial<Partner>;
}

/**
 * Merges one partner into another: the survivor takes the picked values, the
 * other's names become aliases, and every reference moves to the survivor.
 * Fully audited (both records before, the survivor after).
 */
export async function mergePartners(db: Database, actor: Actor, survivorId: string, mergedId: string, pick: Pick_ = {}) {
  if (survivorId === mergedId) throw fieldError('mergedId', 'field.same_partner');
  return inTransaction(db, async (tx) => {
    const survivor = await scopedPartners.get(tx, actor.scope, survivorId);
    const merged = await scopedPartners.get(tx, actor.scope, mergedId);
    if (!partnerPolicy.merge(actor.scope, survivor) || !partnerPolicy.merge(actor.scope, merged)) throw forbidden();
    const values = mergedValues(survivor, merged, pick);

    await moveToSurvivor(tx, mergedId, survivorId);
    for (const move of movers) await move(tx, mergedId, survivorId);

    await deleteMerged(tx, mergedId);
    const after = await updateSurvivor(tx, survivorId, values);
    await refreshSearchText(tx, survivorId);
    await refreshCandidates(tx, survivorId);
    await addEvent(tx, after, { kind: 'merged', actorId: actor.scope.userId, data: { mergedId, mergedNames: NAMES.map((n) => merged[n]).filter(Boolean) } });
    await audit(tx, actor, { action: 'merge', entity: 'partner', entityId: survivorId, diff: { before: { survivor, merged }, after } });
    await audit(tx, actor, { action: 'delete', entity: 'partner', entityId: mergedId, diff: { ...diffOf(merged, null), mergedInto: survivorId } });
    return after;
  });
}

/** "These two are not the same": allowed to who may edit either of them; the pair is not proposed again. */
export async function dismissDuplicate(db: Database, actor: Actor, aId: string, bId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const a = await scopedPartners.get(tx, actor.scope, aId);
    const b = await scopedPartners.get(tx, actor.scope, bId);
    if (!partnerPolicy.update(actor.scope, a) && !partnerPolicy.update(actor.scope, b)) throw forbidden();
    if (!(await dismissPair(tx, a.id, b.id))) throw notFound();
    await audit(tx, actor, { action: 'update', entity: 'partner_duplicate', entityId: `${a.id}:${b.id}`, diff: { after: { dismissed: true } } });
  });
}
