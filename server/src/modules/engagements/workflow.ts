import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, fieldError, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { notify } from '../notifications/service.js';
import type { Engagement, EngagementState } from './schema.js';
import { canStart, engagementPolicy, TRANSITIONS, type TransitionAction } from './policy.js';
import { scopedEngagements, unitPath } from './repo.js';
import * as wf from './repo-workflow.js';
import { effectiveSettings } from './settings.js';
import { syncEngagementTimeline } from './repo-timeline.js';
import { shiftDays } from './time.js';

// The approval workflow (docs/API.md, transitions): state rules in policy.ts, the effects here.

export const AUTO_APPROVED = 'auto: no approval needed';
export const AUTO_RESUBMITTED = 'auto: changed after approval';

export interface TransitionInput {
  action: TransitionAction;
  comment?: string;
  outcome?: string;
}

/** Outcome of a write: the row, and notifications to mail once committed. */
export interface Moved {
  engagement: Engagement;
  mail: string[];
}

/** A notification's text needs the title; which language is the reader's business, so all three go. */
const titles = (e: Engagement) => ({ title: e.titleVi || e.titleEn || e.titleFr, titleVi: e.titleVi, titleEn: e.titleEn, titleFr: e.titleFr });

async function actorName(db: Database, actor: Actor) {
  return (await wf.displayNames(db, [actor.scope.userId])).get(actor.scope.userId) ?? actor.email;
}

/**
 * Who decides and by when: the owner unit's parent (the unit itself at the root); the decision
 * is due 5 days after submission, or the day before the start when that is sooner.
 */
async function routing(db: Database, e: Engagement, now: Date) {
  const unit = await unitPath(db, e.ownerUnitId);
  if (!unit) throw notFound();
  const dayBefore = shiftDays(e.startsAt, -1);
  const inFive = shiftDays(now, 5);
  return { approverUnitId: unit.parentId ?? unit.id, decisionDueAt: dayBefore < inFive ? dayBefore : inFive };
}

/** Moves the engagement and writes the history row; `actorId` null is the system. */
async function record(db: Database, actor: Actor, actorId: string | null, e: Engagement, to: EngagementState, comment = '', extra: Partial<Engagement> = {}) {
  const after = await scopedEngagements.update(db, actor.scope, e.id, { ...extra, state: to, updatedAt: new Date() });
  await wf.insertTransition(db, { engagementId: e.id, fromState: e.state, toState: to, actorId, comment });
  return after;
}

/** Sends to the approvers (and names them on a confidential record so they can see it). */
async function toApprovers(db: Database, actor: Actor, e: Engagement, comment: string) {
  const ids = (await wf.approverIds(db, e.approverUnitId!)).filter((id) => id !== actor.scope.userId);
  if (e.visibility === 'confidential') await wf.grantAccess(db, e.id, ids);
  return notify(db, ids, { kind: 'engagement.submitted', entity: 'engagement', entityId: e.id, data: { ...titles(e), actorName: await actorName(db, actor), comment } });
}

async function submit(db: Database, actor: Actor, e: Engagement, comment: string): Promise<Moved> {
  const settings = await effectiveSettings(db, e.ownerUnitId);
  const needsApproval = settings.approvalKinds.includes(e.kind);
  const now = new Date();
  const route = await routing(db, e, now);
  const fields = { needsApproval, approverUnitId: route.approverUnitId, decisionDueAt: needsApproval ? route.decisionDueAt : null, submittedAt: now, submittedBy: actor.scope.userId };
  let after = await record(db, actor, actor.scope.userId, e, 'submitted', comment, fields);
  if (!needsApproval) {
    // Recorded as submit, then approve by the system: the history shows why no one decided.
    after = await record(db, actor, null, after, 'approved', AUTO_APPROVED);
    return { engagement: after, mail: [] };
  }
  return { engagement: after, mail: await toApprovers(db, actor, after, comment) };
}

export async function transition(db: Database, actor: Actor, id: string, input: TransitionInput): Promise<Moved> {
  return inTransaction(db, async (tx) => {
    const e = await scopedEngagements.get(tx, actor.scope, id);
    const { action } = input;
    if (!canStart(action, e.state)) throw new AppError('invalid_transition');
    if (!engagementPolicy.mayAct(actor.scope, action, e)) throw forbidden();
    const comment = input.comment?.trim() ?? '';
    if ((action === 'return' || action === 'reject') && !comment) throw fieldError('comment', 'field.required');
    if (action === 'complete' && !input.outcome?.trim()) throw fieldError('outcome', 'field.required');

    let moved: Moved;
    if (action === 'submit') moved = await submit(tx, actor, e, comment);
    else {
      const extra: Partial<Engagement> = action === 'complete' ? { outcome: input.outcome!.trim() } : {};
      const after = await record(tx, actor, actor.scope.userId, e, TRANSITIONS[action].to, comment, extra);
      let mail: string[] = [];
      if (action === 'approve' || action === 'return' || action === 'reject') {
        const to = [after.createdBy, after.submittedBy].filter((u): u is string => !!u && u !== actor.scope.userId);
        mail = await notify(tx, [...new Set(to)], { kind: `engagement.${TRANSITIONS[action].to}`, entity: 'engagement', entityId: id, data: { ...titles(after), actorName: await actorName(tx, actor), comment } });
      }
      moved = { engagement: after, mail };
    }
    await syncEngagementTimeline(tx, id);
    await audit(tx, actor, { action: 'update', entity: 'engagement', entityId: id, diff: { ...diffOf(e, moved.engagement), transition: { action, comment } } });
    return moved;
  });
}

/**
 * An approved engagement whose dates, partners, place (or link) or owner unit change needs a new decision: it goes
 * back to submitted (by the editor, with a comment saying why). Only when it needed approval.
 */
export async function resubmitIfChanged(db: Database, actor: Actor, before: Engagement, after: Engagement, partnersChanged: boolean): Promise<Moved | undefined> {
  if (before.state === 'submitted' && before.needsApproval) return reroute(db, actor, after);
  if (before.state !== 'approved' || !before.needsApproval) return undefined;
  const moved =
    partnersChanged ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.countryCode !== after.countryCode ||
    before.city !== after.city ||
    before.venue !== after.venue ||
    before.onlineUrl !== after.onlineUrl ||
    // Another owner unit means another approver, and maybe other rules.
    before.ownerUnitId !== after.ownerUnitId;
  if (!moved) return undefined;
  const now = new Date();
  const route = await routing(db, after, now);
  const back = await record(db, actor, actor.scope.userId, after, 'submitted', AUTO_RESUBMITTED, { ...route, submittedAt: now, submittedBy: actor.scope.userId });
  await audit(db, actor, { action: 'update', entity: 'engagement', entityId: after.id, diff: { ...diffOf(after, back), transition: { action: 'submit', comment: AUTO_RESUBMITTED } } });
  return { engagement: back, mail: await toApprovers(db, actor, back, AUTO_RESUBMITTED) };
}

/**
 * A submitted engagement that moved (new start, new owner unit) keeps its submission date but
 * may get a sooner deadline or another approver unit, whose managers are then told.
 */
async function reroute(db: Database, actor: Actor, e: Engagement): Promise<Moved | undefined> {
  const route = await routing(db, e, e.submittedAt ?? new Date());
  if (route.approverUnitId === e.approverUnitId && route.decisionDueAt.getTime() === e.decisionDueAt?.getTime()) return undefined;
  const after = await scopedEngagements.update(db, actor.scope, e.id, route);
  await audit(db, actor, { action: 'update', entity: 'engagement', entityId: e.id, diff: diffOf(e, after) });
  const mail = route.approverUnitId !== e.approverUnitId ? await toApprovers(db, actor, after, '') : [];
  return { engagement: after, mail };
}

export async function history(db: Database, actor: Actor, id: string) {
  await scopedEngagements.get(db, actor.scope, id);
  const rows = await wf.listTransitions(db, id);
  return rows.map(({ t, actorName }) => ({
    id: t.id,
    fromState: t.fromState,
    toState: t.toState,
    actorId: t.actorId,
    actorName: t.actorId ? (actorName ?? null) : null,
    comment: t.comment,
    at: t.at.toISOString(),
  }));
}
