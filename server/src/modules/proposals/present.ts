import { z } from 'zod';
import { visibility } from '../../core/tenancy-schema.js';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { unitsByIds } from '../units/repo.js';
import { addDays } from '../../core/dates.js';
import { todayIn } from '../plans/periods.js';
import { proposalState, proposalUrgency } from './schema.js';
import type { Proposal } from './types.js';
import { displayNames, fieldsByIds, groupTitles } from './repo.js';
import { settingsOfUnits } from './repo-settings.js';
import { proposalAbilities } from './policy.js';

export const unitRefOut = z.object({ id: z.uuid(), nameVi: z.string(), nameEn: z.string(), nameFr: z.string() });
export const fieldRefOut = unitRefOut;

const canOut = z.object({
  update: z.boolean(),
  accept: z.boolean(),
  answer: z.boolean(),
  close: z.boolean(),
  reject: z.boolean(),
  reopen: z.boolean(),
  comment: z.boolean(),
  group: z.boolean(),
  makeTask: z.boolean(),
  attach: z.boolean(),
});

const date = z.string().nullable();

/** A row of lists: the proposal without its body and answer (docs/API.md). */
export const proposalItemOut = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  fieldId: z.uuid().nullable(),
  field: fieldRefOut.nullable(),
  urgency: z.enum(proposalUrgency.enumValues),
  state: z.enum(proposalState.enumValues),
  ownerUnitId: z.uuid(),
  ownerUnit: unitRefOut,
  targetUnitId: z.uuid(),
  targetUnit: unitRefOut,
  handlingUnitId: z.uuid().nullable(),
  handlingUnit: unitRefOut.nullable(),
  handlerUserId: z.uuid().nullable(),
  handlerName: z.string().nullable(),
  dueOn: date,
  overdue: z.boolean(),
  groupId: z.uuid().nullable(),
  group: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  rejectReason: z.string(),
  taskId: z.uuid().nullable(),
  reopenCount: z.number().int(),
  reopenUntil: date,
  submittedBy: z.uuid().nullable(),
  submitterName: z.string().nullable(),
  submittedAt: z.string(),
  acceptedAt: date,
  answeredAt: date,
  closedAt: date,
  rejectedAt: date,
  visibility: z.enum(visibility.enumValues),
  can: canOut,
});
export const proposalOut = proposalItemOut.extend({ body: z.string(), answer: z.string() });
export type ProposalItemOut = z.output<typeof proposalItemOut>;
export type ProposalOut = z.output<typeof proposalOut>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The last day the submitter may reopen: `reopenDays` after the answer's day; null once reopened or unanswered. */
export const reopenUntilOf = (p: Proposal, reopenDays: number) =>
  p.answeredAt && p.reopenCount === 0 && (p.state === 'answered' || p.state === 'closed') ? addDays(todayIn(p.answeredAt), reopenDays) : null;

export const isOverdue = (p: Pick<Proposal, 'state' | 'dueOn'>, today: string) => p.state === 'accepted' && !!p.dueOn && p.dueOn < today;

const missingUnit = (id: string) => ({ id, nameVi: '', nameEn: '', nameFr: '' });

/** Presents several proposals with a handful of queries (units, people, fields, groups, settings). */
export async function presentProposals(db: Database, scope: Scope, rows: Proposal[], now = new Date()): Promise<ProposalOut[]> {
  const today = todayIn(now);
  const groupIds = [...new Set(rows.map((p) => p.groupId).filter((x): x is string => !!x))];
  const [unitMap, names, fields, settings, groups] = await Promise.all([
    unitsByIds(db, rows.flatMap((p) => [p.ownerUnitId, p.targetUnitId, ...(p.handlingUnitId ? [p.handlingUnitId] : [])])),
    displayNames(db, rows.flatMap((p) => [p.handlerUserId, p.submittedBy])),
    fieldsByIds(db, rows.map((p) => p.fieldId)),
    settingsOfUnits(db, rows.map((p) => p.targetUnitId)),
    groupTitles(db, groupIds),
  ]);
  const groupMap = new Map(groups.map((g) => [g.id, g]));
  return rows.map((p) => {
    const reopenUntil = reopenUntilOf(p, settings.get(p.targetUnitId)?.reopenDays ?? 0);
    return {
      id: p.id,
      code: p.code,
      title: p.title,
      body: p.body,
      answer: p.answer,
      fieldId: p.fieldId,
      field: (p.fieldId && fields.get(p.fieldId)) || null,
      urgency: p.urgency,
      state: p.state,
      ownerUnitId: p.ownerUnitId,
      ownerUnit: unitMap.get(p.ownerUnitId) ?? missingUnit(p.ownerUnitId),
      targetUnitId: p.targetUnitId,
      targetUnit: unitMap.get(p.targetUnitId) ?? missingUnit(p.targetUnitId),
      handlingUnitId: p.handlingUnitId,
      handlingUnit: p.handlingUnitId ? (unitMap.get(p.handlingUnitId) ?? missingUnit(p.handlingUnitId)) : null,
      handlerUserId: p.handlerUserId,
      handlerName: p.handlerUserId ? (names.get(p.handlerUserId) ?? null) : null,
      dueOn: p.dueOn,
      overdue: isOverdue(p, today),
      groupId: p.groupId,
      group: (p.groupId && groupMap.get(p.groupId)) || null,
      rejectReason: p.rejectReason,
      taskId: p.taskId,
      reopenCount: p.reopenCount,
      reopenUntil,
      submittedBy: p.submittedBy,
      submitterName: p.submittedBy ? (names.get(p.submittedBy) ?? null) : null,
      submittedAt: p.submittedAt.toISOString(),
      acceptedAt: iso(p.acceptedAt),
      answeredAt: iso(p.answeredAt),
      closedAt: iso(p.closedAt),
      rejectedAt: iso(p.rejectedAt),
      visibility: p.visibility,
      can: proposalAbilities(scope, { proposal: p, reopenUntil, today }),
    };
  });
}

export async function presentProposal(db: Database, scope: Scope, p: Proposal): Promise<ProposalOut> {
  return (await presentProposals(db, scope, [p]))[0]!;
}

/** List rows: without body and answer. */
export async function presentItems(db: Database, scope: Scope, rows: Proposal[]): Promise<ProposalItemOut[]> {
  return (await presentProposals(db, scope, rows)).map(({ body: _b, answer: _a, ...item }) => item);
}
