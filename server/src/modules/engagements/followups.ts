import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import type { Scope } from '../../core/scope.js';
import { AppError, forbidden, fieldError, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { notify } from '../notifications/service.js';
import { scopeOfUser } from '../users/repo.js';
import type { Engagement, EngagementFollowUp } from './schema.js';
import { engagementPolicy } from './policy.js';
import { scopedEngagements } from './repo.js';
import * as fr from './repo-followups.js';
import { displayNames } from './repo-workflow.js';
import { titleIn } from './present.js';
import { localDate, DEFAULT_TIME_ZONE } from './time.js';
import type { Lang } from '../../i18n/index.js';

/** Today where the users work: a follow-up is overdue from the day after its due date. */
export const today = () => localDate(new Date(), DEFAULT_TIME_ZONE);

export function presentFollowUp(scope: Scope, row: fr.FollowUpRow, lang: Lang) {
  const { f, e } = row;
  return {
    id: f.id,
    engagementId: f.engagementId,
    engagementTitle: titleIn(e, lang),
    text: f.text,
    ownerUserId: f.ownerUserId,
    ownerName: f.ownerUserId ? (row.ownerName ?? null) : null,
    dueDate: f.dueDate,
    done: f.done,
    doneAt: f.doneAt?.toISOString() ?? null,
    overdue: !f.done && !!f.dueDate && f.dueDate < today(),
    createdAt: f.createdAt.toISOString(),
    can: { update: engagementPolicy.updateFollowUp(scope, e, f.ownerUserId), delete: engagementPolicy.deleteFollowUp(scope, e) },
  };
}

export interface FollowUpInput {
  text?: string;
  ownerUserId?: string | null;
  dueDate?: string | null;
  done?: boolean;
}

/** The owner must be an active user who may see the engagement (else the follow-up is lost to them). */
async function checkOwner(db: Database, engagementId: string, ownerUserId: string) {
  const scope = await scopeOfUser(db, ownerUserId);
  if (!scope) throw fieldError('ownerUserId', 'field.no_such_user');
  const sees = await scopedEngagements.get(db, scope, engagementId).catch(() => null);
  if (!sees) throw fieldError('ownerUserId', 'field.user_cannot_see');
}

/** Tells a new owner (unless they gave it to themselves). */
async function tellOwner(db: Database, actor: Actor, e: Engagement, f: EngagementFollowUp): Promise<string[]> {
  if (!f.ownerUserId || f.ownerUserId === actor.scope.userId) return [];
  const actorName = (await displayNames(db, [actor.scope.userId])).get(actor.scope.userId) ?? actor.email;
  return notify(db, [f.ownerUserId], {
    kind: 'followup.assigned',
    entity: 'engagement',
    entityId: e.id,
    data: { title: e.titleVi || e.titleEn || e.titleFr, titleVi: e.titleVi, titleEn: e.titleEn, titleFr: e.titleFr, actorName, comment: f.text, followUpId: f.id, dueDate: f.dueDate },
  });
}

export async function addFollowUp(db: Database, actor: Actor, engagementId: string, input: Required<Pick<FollowUpInput, 'text'>> & FollowUpInput) {
  return inTransaction(db, async (tx) => {
    const e = await scopedEngagements.get(tx, actor.scope, engagementId);
    if (!engagementPolicy.addFollowUp(actor.scope, e)) throw forbidden();
    if (input.ownerUserId) await checkOwner(tx, engagementId, input.ownerUserId);
    const f = await fr.insertFollowUp(tx, {
      engagementId,
      text: input.text,
      ownerUserId: input.ownerUserId ?? null,
      dueDate: input.dueDate ?? null,
      done: input.done ?? false,
      doneAt: input.done ? new Date() : null,
      createdBy: actor.scope.userId,
    });
    await audit(tx, actor, { action: 'create', entity: 'engagement_follow_up', entityId: f.id, diff: diffOf(null, f) });
    const mail = await tellOwner(tx, actor, e, f);
    return { id: f.id, mail };
  });
}

export async function updateFollowUp(db: Database, actor: Actor, id: string, input: FollowUpInput) {
  return inTransaction(db, async (tx) => {
    const { f: before, e } = await fr.getFollowUp(tx, actor.scope, id);
    if (!engagementPolicy.updateFollowUp(actor.scope, e, before.ownerUserId)) throw forbidden();
    // The person it is assigned to may tick it off, not hand it on or rewrite it.
    if (!engagementPolicy.deleteFollowUp(actor.scope, e) && (input.text !== undefined || input.ownerUserId !== undefined || input.dueDate !== undefined)) throw forbidden();
    if (input.ownerUserId && input.ownerUserId !== before.ownerUserId) await checkOwner(tx, e.id, input.ownerUserId);
    const doneChange = input.done === undefined || input.done === before.done ? {} : { done: input.done, doneAt: input.done ? new Date() : null };
    const changes = {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.ownerUserId !== undefined ? { ownerUserId: input.ownerUserId } : {}),
      ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
      ...doneChange,
    };
    // Only `done` sent, and already so: nothing to write (an empty SET is an SQL error).
    if (!Object.keys(changes).length) return { id, mail: [] };
    const after = await fr.updateFollowUp(tx, id, changes);
    await audit(tx, actor, { action: 'update', entity: 'engagement_follow_up', entityId: id, diff: diffOf(before, after) });
    const mail = after.ownerUserId !== before.ownerUserId ? await tellOwner(tx, actor, e, after) : [];
    return { id, mail };
  });
}

export async function deleteFollowUp(db: Database, actor: Actor, id: string) {
  await inTransaction(db, async (tx) => {
    const { f, e } = await fr.getFollowUp(tx, actor.scope, id);
    if (!engagementPolicy.deleteFollowUp(actor.scope, e)) throw forbidden();
    await fr.deleteFollowUp(tx, id);
    await audit(tx, actor, { action: 'delete', entity: 'engagement_follow_up', entityId: id, diff: diffOf(f, null) });
  });
}

export async function addDocument(db: Database, actor: Actor, engagementId: string, input: { title: string; signedOn?: string | null }) {
  return inTransaction(db, async (tx) => {
    const e = await scopedEngagements.get(tx, actor.scope, engagementId);
    if (!engagementPolicy.update(actor.scope, e)) throw engagementPolicy.edit(actor.scope, e) ? new AppError('invalid_transition') : forbidden();
    const doc = await fr.insertDocument(tx, { engagementId, title: input.title, signedOn: input.signedOn ?? null });
    await audit(tx, actor, { action: 'create', entity: 'engagement_document', entityId: doc.id, diff: diffOf(null, doc) });
    return doc;
  });
}

export async function deleteDocument(db: Database, actor: Actor, engagementId: string, docId: string) {
  await inTransaction(db, async (tx) => {
    const e = await scopedEngagements.get(tx, actor.scope, engagementId);
    const doc = await fr.findDocument(tx, engagementId, docId);
    if (!doc) throw notFound();
    if (!engagementPolicy.update(actor.scope, e)) throw engagementPolicy.edit(actor.scope, e) ? new AppError('invalid_transition') : forbidden();
    await fr.deleteDocument(tx, docId);
    await audit(tx, actor, { action: 'delete', entity: 'engagement_document', entityId: docId, diff: diffOf(doc, null) });
  });
}
