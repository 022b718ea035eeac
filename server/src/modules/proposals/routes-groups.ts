import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { deliverEmails } from '../notifications/service.js';
import type { ProposalGroup } from './types.js';
import * as groups from './groups.js';
import { groupStates, listGroups } from './repo-groups.js';
import { proposalsOfGroups } from './repo.js';
import { groupPolicy } from './policy.js';
import { presentItems, proposalItemOut } from './present.js';

const tags = ['proposals'];

const groupOut = z.object({
  id: z.uuid(),
  title: z.string(),
  targetUnitId: z.uuid(),
  count: z.number().int(),
  states: z.object({ submitted: z.number().int(), accepted: z.number().int(), answered: z.number().int(), closed: z.number().int(), rejected: z.number().int() }),
  answer: z.string(),
  answeredAt: z.string().nullable(),
  can: z.object({ update: z.boolean(), answer: z.boolean() }),
});
const groupDetailOut = groupOut.extend({ proposals: z.array(proposalItemOut) });
const ids = z.array(z.uuid()).min(1).max(500);

/** count and states: the proposals of the group the reader sees. */
async function presentGroups(db: Database, scope: Scope, rows: ProposalGroup[]) {
  const states = await groupStates(db, scope, rows.map((g) => g.id));
  return rows.map((g) => {
    const s = states.get(g.id)!;
    return {
      id: g.id,
      title: g.title,
      targetUnitId: g.targetUnitId,
      count: Object.values(s).reduce((a, b) => a + b, 0),
      states: s,
      answer: g.answer,
      answeredAt: g.answeredAt?.toISOString() ?? null,
      can: groupPolicy.can(scope, { targetUnitId: g.targetUnitId, open: s.submitted + s.accepted }),
    };
  });
}

export function proposalGroupRoutes(app: App): void {
  const { db } = app.ctx;
  const detail = async (scope: Scope, g: ProposalGroup) => ({
    ...(await presentGroups(db, scope, [g]))[0]!,
    proposals: await presentItems(db, scope, await proposalsOfGroups(db, scope, [g.id])),
  });

  app.get('/api/v1/proposal-groups', {
    schema: {
      tags,
      summary: 'Groups of proposals on the same question, newest first',
      querystring: z.strictObject({ ...pageQuery, targetUnitId: z.uuid().optional() }),
      response: { 200: pageSchema(groupOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, targetUnitId } = req.query;
      const { items, total } = await listGroups(db, actor.scope, { targetUnitId }, limit, offsetOf(req.query));
      return { items: await presentGroups(db, actor.scope, items), total, page, limit };
    },
  });

  app.get('/api/v1/proposal-groups/:id', {
    schema: { tags, summary: 'A group with its (visible) proposals', params: idParams, response: { 200: groupDetailOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return detail(actor.scope, await groups.visibleGroup(db, actor, req.params.id));
    },
  });

  app.post('/api/v1/proposal-groups', {
    schema: {
      tags,
      summary: 'Group proposals of one target unit (its officers and managers)',
      body: z.strictObject({ title: z.string().trim().min(1).max(1000), proposalIds: ids }),
      response: { 201: groupDetailOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const g = await groups.createGroup(db, actor, req.body);
      return reply.code(201).send(await detail(actor.scope, g));
    },
  });

  app.post('/api/v1/proposal-groups/:id/proposals', {
    schema: { tags, summary: 'Add proposals to a group', params: idParams, body: z.strictObject({ proposalIds: ids }), response: { 200: groupDetailOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return detail(actor.scope, await groups.addToGroup(db, actor, req.params.id, req.body.proposalIds));
    },
  });

  app.delete('/api/v1/proposal-groups/:id/proposals/:proposalId', {
    schema: { tags, summary: 'Take a proposal out of a group', params: z.object({ id: z.uuid(), proposalId: z.uuid() }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await groups.removeFromGroup(db, actor, req.params.id, req.params.proposalId);
      return reply.code(204).send();
    },
  });

  app.post('/api/v1/proposal-groups/:id/answer', {
    schema: {
      tags,
      summary: 'Answer every open proposal of the group at once',
      params: idParams,
      body: z.strictObject({ answer: z.string().max(50_000) }),
      response: { 200: groupDetailOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { group, mail } = await groups.answerGroup(db, actor, req.params.id, req.body.answer);
      deliverEmails(db, mail);
      return detail(actor.scope, group);
    },
  });
}
