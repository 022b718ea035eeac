import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, type FieldErrors } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import type { Visibility } from '../../core/tenancy-schema.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { todayIn } from '../plans/periods.js';
import type { ProposalUrgency } from './schema.js';
import type { Proposal } from './types.js';
import { proposalPolicy } from './policy.js';
import * as repo from './repo.js';
import { unitExists } from './repo-settings.js';
import { findSimilar, type SimilarInput } from './repo-similar.js';
import { tell } from './notices.js';
import { unitMembers } from './repo.js';

export interface CreateInput {
  title: string;
  body?: string;
  fieldId?: string | null;
  urgency?: ProposalUrgency;
  targetUnitId: string;
  visibility?: Visibility;
  /** Who may read a confidential proposal beyond the submitting unit (the target unit is not told otherwise). */
  namedUserIds?: string[];
}
export type PatchInput = Partial<Pick<CreateInput, 'title' | 'body' | 'fieldId' | 'urgency'>>;

/** Outcome of a write: the row, and notifications to mail once committed. */
export interface Written {
  proposal: Proposal;
  mail: string[];
}

/** The audit log keeps the row less the derived search text. */
export const auditRow = (p: Proposal | null) => {
  if (!p) return null;
  const { searchText: _s, ...row } = p;
  return row;
};

/** "KN-2026-0042": the target unit's next number in the year (4 digits, more when it overflows). */
export const formatCode = (year: number, n: number) => `KN-${year}-${String(n).padStart(4, '0')}`;

async function checkField(db: Database, fieldId: string | null | undefined, fields: FieldErrors) {
  if (fieldId && !(await repo.fieldsByIds(db, [fieldId])).has(fieldId)) fields.fieldId = { key: 'field.no_such_field' };
}

export async function createProposal(db: Database, actor: Actor, input: CreateInput, now = new Date()): Promise<Written> {
  if (!proposalPolicy.create(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    const fields: FieldErrors = {};
    if (!input.title.trim()) fields.title = { key: 'field.required' };
    if (!(await unitExists(tx, input.targetUnitId))) fields.targetUnitId = { key: 'field.no_such_unit' };
    else if (input.targetUnitId === actor.scope.unitId) fields.targetUnitId = { key: 'proposals.field.own_unit' };
    await checkField(tx, input.fieldId, fields);
    const named = input.visibility === 'confidential' ? (input.namedUserIds ?? []) : [];
    const active = await repo.activeUserIds(tx, named);
    named.forEach((id, i) => {
      if (!active.has(id)) fields[`namedUserIds.${i}`] = { key: 'field.no_such_user' };
    });
    if (Object.keys(fields).length) throw new AppError('validation_failed', fields);

    const year = Number(todayIn(now).slice(0, 4));
    const n = await repo.nextNumber(tx, input.targetUnitId, year);
    const proposal = await repo.insertProposal(tx, {
      code: formatCode(year, n),
      title: input.title.trim(),
      body: input.body ?? '',
      fieldId: input.fieldId ?? null,
      urgency: input.urgency ?? 'normal',
      state: 'submitted',
      targetUnitId: input.targetUnitId,
      ownerUnitId: actor.scope.unitId,
      visibility: input.visibility ?? 'unit',
      submittedBy: actor.scope.userId,
      submittedAt: now,
    });
    await repo.insertEvent(tx, { proposalId: proposal.id, fromState: null, toState: 'submitted', action: 'submit', actorId: actor.scope.userId });
    await repo.nameUsers(tx, proposal.id, named);
    await audit(tx, actor, { action: 'create', entity: 'proposal', entityId: proposal.id, diff: diffOf(null, { ...auditRow(proposal), namedUserIds: named.length ? named : undefined }) });
    // Only those who may read it hear of it: of a confidential one, the named users (notify filters).
    const mail = await tell(tx, actor, proposal, 'submitted', [...(await unitMembers(tx, proposal.targetUnitId)), ...named]);
    return { proposal, mail };
  });
}

export async function updateProposal(db: Database, actor: Actor, id: string, input: PatchInput): Promise<Written> {
  return inTransaction(db, async (tx) => {
    const before = await repo.scopedProposals.get(tx, actor.scope, id);
    if (!proposalPolicy.submitterSide(actor.scope, before)) throw forbidden();
    if (before.state !== 'submitted') throw new AppError('invalid_transition');
    const fields: FieldErrors = {};
    if (input.title !== undefined && !input.title.trim()) fields.title = { key: 'field.required' };
    await checkField(tx, input.fieldId, fields);
    if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
    const values = { ...input, ...(input.title !== undefined ? { title: input.title.trim() } : {}) };
    const after = await repo.updateProposal(tx, actor.scope, id, values);
    await audit(tx, actor, { action: 'update', entity: 'proposal', entityId: id, diff: diffOf(auditRow(before), auditRow(after)) });
    return { proposal: after, mail: [] };
  });
}

/** The form asks while typing: nothing for fewer than 3 letters (every proposal would match). */
export async function similarProposals(db: Database, actor: Actor, input: SimilarInput) {
  if (input.title.trim().length < 3) return [];
  return findSimilar(db, actor.scope, input);
}
