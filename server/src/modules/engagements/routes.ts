import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import type { Scope } from '../../core/scope.js';
import type { Lang } from '../../i18n/index.js';
import { deliverEmails } from '../notifications/service.js';
import { removeStoredFiles } from '../attachments/registry.js';
import type { AttachmentAccess } from '../../http/module.js';
import { engagementKind, engagementState, type Engagement } from './schema.js';
import * as repo from './repo.js';
import * as service from './service.js';
import * as workflow from './workflow.js';
import { listApprovals } from './repo-workflow.js';
import { findClashes } from './clashes.js';
import { engagementPolicy } from './policy.js';
import { createBody, patchBody, transitionBody } from './input.js';
import { clashOut, engagementItemOut, engagementOut, presentEngagement, presentItems } from './present.js';
import { parseBound } from './time.js';
import { followUpRoutes } from './routes-followups.js';

const tags = ['engagements'];
const bound = z.string().max(40).refine((v) => parseBound(v) !== undefined, 'field.invalid_date');

const withClashes = z.object({ engagement: engagementOut, clashes: z.array(clashOut) });

// Files on engagements: who sees the engagement reads them, who edits it adds and removes them.
/** Who may read and change an engagement's files (listed in the module's manifest). */
export const engagementFiles: AttachmentAccess = {
  canRead: async (db, scope, id) => !!(await repo.scopedEngagements.get(db, scope, id).catch(() => null)),
  canWrite: async (db, scope, id) => {
    const e = await repo.scopedEngagements.get(db, scope, id).catch(() => null);
    return !!e && engagementPolicy.attach(scope, e);
  },
};

/** Engagements CRUD, transitions, approvals, follow-ups, documents, settings (docs/API.md). */
export function engagementRoutes(app: App) {
  const { db } = app.ctx;

  /** After commit: mail the notifications, answer the engagement with its clash warnings. */
  const answer = async (scope: Scope, lang: Lang, w: { engagement: Engagement; mail: string[] }, clashes = true) => {
    deliverEmails(db, w.mail);
    return {
      engagement: await presentEngagement(db, scope, w.engagement, lang),
      clashes: clashes ? await findClashes(db, scope, await service.clashInputOf(db, w.engagement), lang) : [],
    };
  };

  app.get('/api/v1/engagements', {
    schema: {
      tags,
      summary: 'List and search engagements',
      querystring: z.strictObject({
        ...pageQuery,
        q: z.string().max(300).optional(),
        from: bound.optional(),
        to: bound.optional(),
        unitId: z.uuid().optional(),
        kind: z.enum(engagementKind.enumValues).optional(),
        state: z.enum(engagementState.enumValues).optional(),
        partnerId: z.uuid().optional(),
        countryCode: z.string().length(2).toUpperCase().optional(),
        sort: z.enum(['startsAt', '-startsAt', 'title', '-title', 'updatedAt', '-updatedAt']).optional(),
      }),
      response: { 200: pageSchema(engagementItemOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, from, to, ...rest } = req.query;
      const filter = { ...rest, from: from ? parseBound(from) : undefined, to: to ? parseBound(to) : undefined };
      const { items, total } = await repo.listEngagements(db, actor.scope, filter, req.lang, limit, offsetOf(req.query));
      return { items: await presentItems(db, actor.scope, items, req.lang), total, page, limit };
    },
  });

  app.post('/api/v1/engagements', {
    schema: { tags, summary: 'Create an engagement (a draft)', body: createBody, response: { 201: withClashes } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const written = await service.createEngagement(db, actor, req.body);
      return reply.code(201).send(await answer(actor.scope, req.lang, written));
    },
  });

  app.get('/api/v1/engagements/:id', {
    schema: { tags, summary: 'One engagement', params: idParams, response: { 200: engagementOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentEngagement(db, actor.scope, await repo.scopedEngagements.get(db, actor.scope, req.params.id), req.lang);
    },
  });

  app.patch('/api/v1/engagements/:id', {
    schema: {
      tags,
      summary: 'Edit an engagement (lists, when given, replace); an approved one whose dates, partners or place change goes back to submitted',
      params: idParams,
      body: patchBody,
      response: { 200: withClashes },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return answer(actor.scope, req.lang, await service.updateEngagement(db, actor, req.params.id, req.body));
    },
  });

  app.delete('/api/v1/engagements/:id', {
    schema: { tags, summary: 'Delete an engagement (draft, returned, rejected or cancelled) with its attachments', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const files = await service.deleteEngagement(db, actor, req.params.id);
      await removeStoredFiles(files);
      return reply.code(204).send();
    },
  });

  app.post('/api/v1/engagements/:id/transitions', {
    schema: { tags, summary: 'Move an engagement through the workflow', params: idParams, body: transitionBody, response: { 200: withClashes } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const moved = await workflow.transition(db, actor, req.params.id, req.body);
      return answer(actor.scope, req.lang, moved, req.body.action === 'submit');
    },
  });

  app.get('/api/v1/engagements/:id/history', {
    schema: {
      tags,
      summary: 'The workflow history, oldest first',
      params: idParams,
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number().int(),
              fromState: z.enum(engagementState.enumValues),
              toState: z.enum(engagementState.enumValues),
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

  app.get('/api/v1/approvals', {
    schema: {
      tags,
      summary: 'Submitted engagements the user may decide, soonest due first',
      querystring: z.strictObject(pageQuery),
      response: { 200: pageSchema(engagementItemOut.extend({ decisionDueAt: z.string().nullable(), submittedAt: z.string().nullable(), overdue: z.boolean() })) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit } = req.query;
      const { items, total } = await listApprovals(db, actor.scope, limit, offsetOf(req.query));
      const presented = await presentItems(db, actor.scope, items, req.lang);
      const now = Date.now();
      return {
        items: presented.map((p, i) => {
          const e = items[i]!;
          return { ...p, decisionDueAt: e.decisionDueAt?.toISOString() ?? null, submittedAt: e.submittedAt?.toISOString() ?? null, overdue: !!e.decisionDueAt && e.decisionDueAt.getTime() < now };
        }),
        total,
        page,
        limit,
      };
    },
  });

  followUpRoutes(app);
}
