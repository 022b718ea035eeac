import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { addDays } from '../../core/dates.js';
import { todayIn } from '../plans/periods.js';
import type { Proposal, ProposalGroup } from './types.js';
import { GROUPABLE, groupPolicy, proposalPolicy } from './policy.js';
import * as repo from './repo.js';
import * as groupRepo from './repo-groups.js';
import { effectiveSettings } from './settings.js';
import { tell, submitterSide } from './notices.js';
import { auditRow } from './service.js';

// Proposals on the same question, answered once (docs/API.md, groups). Rights: the target unit's side.

const notGroupable = () => new AppError('validation_failed', { proposalIds: { key: 'proposals.field.not_groupable' } });

/** Every id visible, of one target unit (the group's, when given), not closed or rejected; else 422. */
async function groupable(db: Database, actor: Actor, ids: string[], targetUnitId?: string): Promise<Proposal[]> {
  const unique = [...new Set(ids)];
  const rows = await repo.visibleByIds(db, actor.scope, unique);
  const target = targetUnitId ?? rows[0]?.targetUnitId;
  if (unique.length === 0 || rows.length !== unique.length || rows.some((p) => p.targetUnitId !== target || !GROUPABLE.includes(p.state))) throw notGroupable();
  return rows;
}

async function join(db: Database, actor: Actor, group: ProposalGroup, rows: Proposal[]) {
  for (const p of rows) {
    if (p.groupId === group.id) continue;
    const after = await repo.updateProposal(db, actor.scope, p.id, { groupId: group.id });
    await audit(db, actor, { action: 'update', entity: 'proposal', entityId: p.id, diff: diffOf({ groupId: p.groupId }, { groupId: after.groupId }) });
  }
}

export async function visibleGroup(db: Database, actor: Actor, id: string): Promise<ProposalGroup> {
  const g = await groupRepo.getGroup(db, actor.scope, id);
  if (!g) throw notFound();
  return g;
}

export async function createGroup(db: Database, actor: Actor, input: { title: string; proposalIds: string[] }): Promise<ProposalGroup> {
  return inTransaction(db, async (tx) => {
    const rows = await groupable(tx, actor, input.proposalIds);
    if (!proposalPolicy.targetSide(actor.scope, rows[0]!)) throw forbidden();
    if (!input.title.trim()) throw new AppError('validation_failed', { title: { key: 'field.required' } });
    const group = await groupRepo.insertGroup(tx, { title: input.title.trim(), targetUnitId: rows[0]!.targetUnitId, createdBy: actor.scope.userId });
    await join(tx, actor, group, rows);
    await audit(tx, actor, { action: 'create', entity: 'proposal_group', entityId: group.id, diff: diffOf(null, { ...group, proposalIds: rows.map((p) => p.id) }) });
    return group;
  });
}

export async function addToGroup(db: Database, actor: Actor, id: string, proposalIds: string[]): Promise<ProposalGroup> {
  return inTransaction(db, async (tx) => {
    const group = await visibleGroup(tx, actor, id);
    if (!groupPolicy.update(actor.scope, group)) throw forbidden();
    await join(tx, actor, group, await groupable(tx, actor, proposalIds, group.targetUnitId));
    return group;
  });
}

export async function removeFromGroup(db: Database, actor: Actor, id: string, proposalId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const group = await visibleGroup(tx, actor, id);
    if (!groupPolicy.update(actor.scope, group)) throw forbidden();
    const p = await repo.scopedProposals.get(tx, actor.scope, proposalId);
    if (p.groupId !== group.id) throw notFound();
    await repo.updateProposal(tx, actor.scope, p.id, { groupId: null });
    await audit(tx, actor, { action: 'update', entity: 'proposal', entityId: p.id, diff: diffOf({ groupId: group.id }, { groupId: null }) });
  });
}

/**
 * One answer for the group: every submitted (accepted on the way, handled by the target) or accepted
 * proposal becomes answered, with one history event each and one notification per submitting unit.
 */
export async function answerGroup(db: Database, actor: Actor, id: string, answer: string, now = new Date()): Promise<{ group: ProposalGroup; mail: string[] }> {
  return inTransaction(db, async (tx) => {
    const group = await visibleGroup(tx, actor, id);
    if (!groupPolicy.update(actor.scope, group)) throw forbidden();
    const text = answer.trim();
    if (!text) throw new AppError('validation_failed', { answer: { key: 'field.required' } });
    const settings = await effectiveSettings(tx, group.targetUnitId);
    await repo.lockProposals(tx, (await repo.proposalsOfGroups(tx, actor.scope, [group.id])).map((p) => p.id));
    // Read again under the locks: a proposal answered meanwhile on its own is not answered twice.
    const open = (await repo.proposalsOfGroups(tx, actor.scope, [group.id])).filter((p) => p.state === 'submitted' || p.state === 'accepted');
    const answered: Proposal[] = [];
    for (const p of open) {
      const accepting = p.state === 'submitted' ? { handlingUnitId: p.targetUnitId, dueOn: addDays(todayIn(now), settings.slaDays), acceptedAt: now } : {};
      const after = await repo.updateProposal(tx, actor.scope, p.id, { ...accepting, state: 'answered', answer: text, answeredAt: now, answeredBy: actor.scope.userId });
      await repo.insertEvent(tx, { proposalId: p.id, fromState: p.state, toState: 'answered', action: 'answer', actorId: actor.scope.userId, comment: '' });
      await audit(tx, actor, { action: 'update', entity: 'proposal', entityId: p.id, diff: { ...diffOf(auditRow(p), auditRow(after)), transition: { action: 'answer', groupId: group.id } } });
      answered.push(after);
    }
    const after = await groupRepo.updateGroup(tx, group.id, { answer: text, answeredAt: now, answeredBy: actor.scope.userId });
    await audit(tx, actor, { action: 'update', entity: 'proposal_group', entityId: group.id, diff: diffOf({ answer: group.answer }, { answer: text, proposalIds: answered.map((p) => p.id) }) });
    // One notification per submitting unit: on its first proposal of the group, the others' codes in the title.
    const mail: string[] = [];
    const byUnit = new Map<string, Proposal[]>();
    for (const p of answered) byUnit.set(p.ownerUnitId, [...(byUnit.get(p.ownerUnitId) ?? []), p]);
    for (const list of byUnit.values()) {
      const first = list[0]!;
      const people = [...new Set((await Promise.all(list.map((p) => submitterSide(tx, p)))).flat())];
      const code = list.map((p) => p.code).join(', ');
      mail.push(...(await tell(tx, actor, { ...first, code }, 'answered', people)));
    }
    return { group: after, mail };
  });
}
