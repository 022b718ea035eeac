import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { isoDate as day } from '../../core/dates.js';
import { deliverEmails } from '../notifications/service.js';
import { engagementKind } from './schema.js';
import { scopedEngagements } from './repo.js';
import * as fr from './repo-followups.js';
import * as svc from './followups.js';
import { effectiveSettings, putSettings } from './settings.js';
import { documentOut, presentDocument } from './present.js';

const tags = ['engagements'];
const isoDate = day();

export const followUpOut = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  engagementTitle: z.string(),
  text: z.string(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
const followUpText = z.string().trim().min(1).max(5000);

const settingsOut = z.object({ unitId: z.uuid(), approvalKinds: z.array(z.enum(engagementKind.enumValues)), clashWindowDays: z.number().int(), inherited: z.boolean() });

/** Follow-ups, signed documents and per-unit settings of engagements (docs/API.md). */
export function followUpRoutes(app: App) {
  const { db } = app.ctx;

  app.get('/api/v1/engagements/:id/follow-ups', {
    schema: { tags, summary: 'Follow-up actions of an engagement, open first', params: idParams, response: { 200: z.object({ items: z.array(followUpOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      await scopedEngagements.get(db, actor.scope, req.params.id);
      const rows = await fr.followUpsOf(db, actor.scope, req.params.id);
      return { items: rows.map((r) => svc.presentFollowUp(actor.scope, r, req.lang)) };
    },
  });

  app.post('/api/v1/engagements/:id/follow-ups', {
    schema: {
      tags,
      summary: 'Add a follow-up action (its owner is notified)',
      params: idParams,
      body: z.strictObject({ text: followUpText, ownerUserId: z.uuid().nullable().optional(), dueDate: isoDate.nullable().optional() }),
      response: { 201: followUpOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const { id, mail } = await svc.addFollowUp(db, actor, req.params.id, req.body);
      deliverEmails(db, mail);
      return reply.code(201).send(svc.presentFollowUp(actor.scope, await fr.getFollowUp(db, actor.scope, id), req.lang));
    },
  });

  app.patch('/api/v1/follow-ups/:id', {
    schema: {
      tags,
      summary: 'Edit a follow-up; its owner may only tick it off',
      params: idParams,
      body: z.strictObject({ text: followUpText, ownerUserId: z.uuid().nullable(), dueDate: isoDate.nullable(), done: z.boolean() }).partial(),
      response: { 200: followUpOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { id, mail } = await svc.updateFollowUp(db, actor, req.params.id, req.body);
      deliverEmails(db, mail);
      return svc.presentFollowUp(actor.scope, await fr.getFollowUp(db, actor.scope, id), req.lang);
    },
  });

  app.delete('/api/v1/follow-ups/:id', {
    schema: { tags, summary: 'Delete a follow-up', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await svc.deleteFollowUp(db, actor, req.params.id);
      return reply.code(204).send();
    },
  });

  app.get('/api/v1/me/follow-ups', {
    schema: {
      tags,
      summary: 'Follow-ups assigned to the signed-in user, open first, soonest due first',
      querystring: z.strictObject({ ...pageQuery, overdue: z.enum(['true', 'false']).optional() }),
      response: { 200: pageSchema(followUpOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, overdue } = req.query;
      const { items, total } = await fr.myFollowUps(db, actor.scope, overdue === 'true' ? svc.today() : undefined, limit, offsetOf(req.query));
      return { items: items.map((r) => svc.presentFollowUp(actor.scope, r, req.lang)), total, page, limit };
    },
  });

  app.post('/api/v1/engagements/:id/documents', {
    schema: {
      tags,
      summary: 'Record a document signed at the engagement',
      params: idParams,
      body: z.strictObject({ title: z.string().trim().min(1).max(1000), signedOn: isoDate.nullable().optional() }),
      response: { 201: documentOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      return reply.code(201).send(presentDocument(await svc.addDocument(db, actor, req.params.id, req.body)));
    },
  });

  app.delete('/api/v1/engagements/:id/documents/:docId', {
    schema: { tags, summary: 'Remove a signed document', params: z.object({ id: z.uuid(), docId: z.uuid() }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await svc.deleteDocument(db, actor, req.params.id, req.params.docId);
      return reply.code(204).send();
    },
  });

  app.get('/api/v1/units/:id/engagement-settings', {
    schema: { tags, summary: 'Which kinds need approval and the clash window of a unit (inherited when it has none)', params: idParams, response: { 200: settingsOut } },
    handler: async (req) => {
      requireSession(req);
      return effectiveSettings(db, req.params.id);
    },
  });

  app.put('/api/v1/units/:id/engagement-settings', {
    schema: {
      tags,
      summary: 'Set a unit’s engagement settings (manager of the unit or admin); inherited: true drops them',
      params: idParams,
      body: z.strictObject({
        unitId: z.uuid().optional(),
        approvalKinds: z.array(z.enum(engagementKind.enumValues)).max(20),
        clashWindowDays: z.number().int().min(0).max(365),
        inherited: z.boolean().optional(),
      }),
      response: { 200: settingsOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return putSettings(db, actor, req.params.id, req.body);
    },
  });
}
