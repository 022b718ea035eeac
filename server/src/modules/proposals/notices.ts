import type { Database } from '../../db/types.js';
import type { Actor } from '../../core/actor.js';
import { notify } from '../notifications/service.js';
import type { Proposal } from './types.js';
import { displayNames, unitMembers } from './repo.js';

// Who hears of what (docs/API.md, proposals): "the submitter unit" = its officers and managers and the
// submitter; "the handler" = the handling user, else the handling unit's officers and managers.

export async function actorName(db: Database, actor: Actor) {
  return (await displayNames(db, [actor.scope.userId])).get(actor.scope.userId) ?? actor.email;
}

export async function submitterSide(db: Database, p: Proposal) {
  return [...(await unitMembers(db, p.ownerUnitId)), ...(p.submittedBy ? [p.submittedBy] : [])];
}

export async function handlerSide(db: Database, p: Proposal) {
  if (p.handlerUserId) return [p.handlerUserId];
  return unitMembers(db, p.handlingUnitId ?? p.targetUnitId);
}

/** One notification per user (never to the actor); answers the ids to mail after commit. */
export async function tell(db: Database, actor: Actor, p: Proposal, kind: string, userIds: string[], extra: { comment?: string; dueOn?: string | null } = {}) {
  const to = userIds.filter((u) => u !== actor.scope.userId);
  if (to.length === 0) return [];
  const data: Record<string, unknown> = { title: p.title, code: p.code, actorName: await actorName(db, actor) };
  if (extra.comment) data.comment = extra.comment;
  if (extra.dueOn) data.dueOn = extra.dueOn;
  return notify(db, to, { kind: `proposal.${kind}`, entity: 'proposal', entityId: p.id, data });
}
