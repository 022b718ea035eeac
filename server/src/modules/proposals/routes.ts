import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { isoDate } from '../../core/dates.js';
import { visibility } from '../../core/tenancy-schema.js';
import { deliverEmails } from '../notifications/service.js';
import type { AttachmentAccess } from '../../http/module.js';
import { todayIn } from '../plans/periods.js';
import { proposalState, proposalUrgency } from './schema.js';
import * as repo from './repo.js';
import * as service from './service.js';
import * as workflow from './workflow.js';
import { ACTIONS, proposalPolicy } from './policy.js';
import { presentItems, presentProposal, proposalItemOut, proposalOut, unitRefOut } from './present.js';
import { proposalGroupRoutes } from './routes-groups.js';
import { proposalStatsRoutes } from './routes-stats.js';
import { proposalTaskRoutes } from './routes-task.js';

const tags = ['proposals'];

const day = isoDate();
const title = z.string().trim().min(1).max(1000);
const body = z.string().max(50_000);

// Files on proposals (the proposal's and the answer's): who sees it reads them; its sides add and remove them.
/** Who may read and change a proposal's files (listed in the module's manifest). */
export const proposalFiles: AttachmentAccess = {
  canRead: async (db, scope, id) => !!(await repo.scopedProposals.get(db, scope, id).catch(() => null)),
  canWrite: async (db, scope, id) => {
    const p = await repo.scopedProposals.get(db, scope, id).catch(() => null);
    return !!p && proposalPolicy.attach(scope, p);
  },
};

const withProposal = z.object({ proposal: proposalOut });

/** /api/v1/proposals, /api/v1/proposal-groups, proposal settings (docs/API.md). */
export function proposalRoutes(app: App): void {
  const { db } = app.ctx;

  app.get('/api/v1/proposals', {
    schema: {
      tags,
      summary: 'List and search proposals (inbox, mine or all visible)',
      querystring: z.strictObject({
        ...pageQuery,
        q: z.string().max(300).optional(),
        box: z.enum(['inbox', 'mine', 'all']).optional(),
        state: z.enum(proposalState.enumValues).optional(),
        targetUnitId: z.uuid().optional(),
        ownerUnitId: z.uuid().optional(),
        fieldId: z.uuid().optional(),
        urgency: z.enum(proposalUrgency.enumValues).optional(),
        overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
        groupId: z.uuid().optional(),
        sort: z.enum(['-submittedAt', 'submittedAt', 'dueOn', '-dueOn', 'code', '-code', 'title', '-title']).optional(),
      }),
      response: { 200: pageSchema(proposalItemOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, ...filter } = req.query;
      const { items, total } = await repo.listProposals(db, actor.scope, filter, todayIn(), limit, offsetOf(req.query));
      return { items: await presentItems(db, actor.scope, items), total, page, limit };
    },
  });

  app.post('/api/v1/proposals/similar', {
    schema: {
      tags,
      summary: 'Visible proposals like this one (folded title and body, trigram similarity), best first, at most 10',
      body: z.strictObject({ title: z.string().max(1000), body: body.optional(), targetUnitId: z.uuid().optional(), excludeId: z.uuid().optional() }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.uuid(),
              code: z.string(),
              title: z.string(),
              state: z.enum(proposalState.enumValues),
              ownerUnit: unitRefOut,
              similarity: z.number(),
              groupId: z.uuid().nullable(),
              answer: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return { items: await service.similarProposals(db, actor, req.body) };
    },
  });

  app.post('/api/v1/proposals', {
    schema: {
      tags,
      summary: 'Send a proposal to a target unit (state submitted)',
      body: z.strictObject({
        title,
        body: body.optional(),
        fieldId: z.uuid().nullable().optional(),
        urgency: z.enum(proposalUrgency.enumValues).optional(),
        targetUnitId: z.uuid(),
        visibility: z.enum(visibility.enumValues).optional(),
        namedUserIds: z.array(z.uuid()).max(100).optional(),
      }),
      response: { 201: proposalOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const w = await service.createProposal(db, actor, req.body);
      deliverEmails(db, w.mail);
      return reply.code(201).send(await presentProposal(db, actor.scope, w.proposal));
    },
  });

  app.get('/api/v1/proposals/:id', {
    schema: { tags, summary: 'One proposal', params: idParams, response: { 200: proposalOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentProposal(db, actor.scope, await repo.scopedProposals.get(db, actor.scope, req.params.id));
    },
  });

  app.patch('/api/v1/proposals/:id', {
    schema: {
      tags,
      summary: 'Edit a proposal (the submitting unit, while submitted)',
      params: idParams,
      body: z.strictObject({ title: title.optional(), body: body.optional(), fieldId: z.uuid().nullable().optional(), urgency: z.enum(proposalUrgency.enumValues).optional() }),
      response: { 200: proposalOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const w = await service.updateProposal(db, actor, req.params.id, req.body);
      return presentProposal(db, actor.scope, w.proposal);
    },
  });

  app.post('/api/v1/proposals/:id/transitions', {
    schema: {
      tags,
      summary: 'Accept, answer, close, reject, reopen or comment on a proposal',
      params: idParams,
      body: z.strictObject({
        action: z.enum(ACTIONS),
        comment: z.string().max(20_000).optional(),
        handlingUnitId: z.uuid().optional(),
        handlerUserId: z.uuid().nullable().optional(),
        dueOn: day.optional(),
        answer: z.string().max(50_000).optional(),
        reason: z.string().max(20_000).optional(),
      }),
      response: { 200: withProposal },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const w = await workflow.transition(db, actor, req.params.id, req.body);
      deliverEmails(db, w.mail);
      return { proposal: await presentProposal(db, actor.scope, w.proposal) };
    },
  });

  app.get('/api/v1/proposals/:id/history', {
    schema: {
      tags,
      summary: 'Transitions and comments, oldest first',
      params: idParams,
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number().int(),
              action: z.string(),
              fromState: z.enum(proposalState.enumValues).nullable(),
              toState: z.enum(proposalState.enumValues),
              actorId: z.uuid().nullable(),
              actorName: z.string().nullable(),
              comment: z.string(),
              at: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return { items: await workflow.history(db, actor, req.params.id) };
    },
  });

  proposalGroupRoutes(app);
  proposalStatsRoutes(app);
  proposalTaskRoutes(app);
}
