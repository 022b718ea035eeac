import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { isoDate as day } from '../../core/dates.js';
import { relationshipKind } from './schema.js';
import { scopedPartners } from './repo.js';
import { partnerPolicy } from './policy.js';
import { listNotes, listRelationships, listEvents } from './repo-related.js';
import { neighbourhood } from './graph.js';
import * as svc from './related-service.js';
import { summary, partnerSummaryOut } from './present.js';

const tags = ['partners'];
const actorOut = z.object({ id: z.uuid(), displayName: z.string() }).nullable();
const noteOut = z.object({ id: z.uuid(), body: z.string(), author: actorOut, createdAt: z.string(), updatedAt: z.string(), can: z.object({ update: z.boolean(), delete: z.boolean() }) });
const names = { nameVi: z.string(), nameEn: z.string(), nameFr: z.string() };
const relOut = z.object({
  id: z.uuid(),
  kind: z.enum(relationshipKind.enumValues),
  direction: z.enum(['out', 'in']),
  other: z.union([
    z.object({ kind: z.literal('partner'), partner: partnerSummaryOut }),
    z.object({ kind: z.literal('unit'), unit: z.object({ id: z.uuid(), ...names }) }),
  ]),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  note: z.string(),
  can: z.object({ delete: z.boolean() }),
});
const isoDate = day().nullable().optional();

export function partnerRelatedRoutes(app: App) {
  app.get('/api/v1/partners/:id/notes', {
    schema: { tags, summary: 'Notes on a partner, newest first', params: idParams, querystring: z.strictObject(pageQuery), response: { 200: pageSchema(noteOut) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const partner = await scopedPartners.get(app.ctx.db, actor.scope, req.params.id);
      const { items, total } = await listNotes(app.ctx.db, partner.id, req.query.limit, offsetOf(req.query));
      const may = (authorId: string | null) => partnerPolicy.editNote(actor.scope, partner, authorId);
      return {
        items: items.map(({ note, authorName }) => ({
          id: note.id,
          body: note.body,
          author: note.authorId ? { id: note.authorId, displayName: authorName ?? '' } : null,
          createdAt: note.createdAt.toISOString(),
          updatedAt: note.updatedAt.toISOString(),
          can: { update: may(note.authorId), delete: may(note.authorId) },
        })),
        total,
        page: req.query.page,
        limit: req.query.limit,
      };
    },
  });

  const noteBody = z.strictObject({ body: z.string().trim().min(1).max(20_000) });
  app.post('/api/v1/partners/:id/notes', {
    schema: { tags, summary: 'Add a note', params: idParams, body: noteBody, response: { 201: z.object({ id: z.uuid() }) } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const note = await svc.addNote(app.ctx.db, actor, req.params.id, req.body.body);
      return reply.code(201).send({ id: note.id });
    },
  });

  const noteParams = z.object({ id: z.uuid(), noteId: z.uuid() });
  app.patch('/api/v1/partners/:id/notes/:noteId', {
    schema: { tags, summary: 'Edit a note', params: noteParams, body: noteBody },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await svc.editNote(app.ctx.db, actor, req.params.id, req.params.noteId, req.body.body);
      return reply.code(204).send();
    },
  });
  app.delete('/api/v1/partners/:id/notes/:noteId', {
    schema: { tags, summary: 'Delete a note', params: noteParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await svc.editNote(app.ctx.db, actor, req.params.id, req.params.noteId, null);
      return reply.code(204).send();
    },
  });

  app.get('/api/v1/partners/:id/relationships', {
    schema: { tags, summary: 'Relationships of a partner, both directions', params: idParams, response: { 200: z.object({ items: z.array(relOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const partner = await scopedPartners.get(app.ctx.db, actor.scope, req.params.id);
      const canDelete = partnerPolicy.update(actor.scope, partner);
      const rows = await listRelationships(app.ctx.db, actor.scope, partner.id);
      return {
        items: rows.map((r) => ({
          id: r.rel.id,
          kind: r.rel.kind,
          direction: r.direction,
          other: r.partner
            ? { kind: 'partner' as const, partner: summary(r.partner) }
            : { kind: 'unit' as const, unit: { id: r.unit.id, nameVi: r.unit.nameVi, nameEn: r.unit.nameEn, nameFr: r.unit.nameFr } },
          startDate: r.rel.startDate,
          endDate: r.rel.endDate,
          note: r.rel.note,
          can: { delete: canDelete },
        })),
      };
    },
  });

  app.post('/api/v1/partners/:id/relationships', {
    schema: {
      tags,
      summary: 'Relate a partner to another partner or to one of our units',
      params: idParams,
      body: z
        .strictObject({ kind: z.enum(relationshipKind.enumValues), toPartnerId: z.uuid().optional(), toUnitId: z.uuid().optional(), startDate: isoDate, endDate: isoDate, note: z.string().trim().max(2000).optional() })
        .refine((b) => !!b.toPartnerId !== !!b.toUnitId, { message: 'field.required', path: ['toPartnerId'] }),
      response: { 201: z.object({ id: z.uuid() }) },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const rel = await svc.addRelationship(app.ctx.db, actor, req.params.id, req.body);
      return reply.code(201).send({ id: rel.id });
    },
  });

  app.delete('/api/v1/partners/:id/relationships/:relId', {
    schema: { tags, summary: 'Remove a relationship', params: z.object({ id: z.uuid(), relId: z.uuid() }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await svc.removeRelationship(app.ctx.db, actor, req.params.id, req.params.relId);
      return reply.code(204).send();
    },
  });

  app.get('/api/v1/partners/:id/timeline', {
    schema: {
      tags,
      summary: 'Everything that involved a partner, newest first',
      params: idParams,
      querystring: z.strictObject(pageQuery),
      response: { 200: pageSchema(z.object({ id: z.number().int(), at: z.string(), kind: z.string(), actor: actorOut, refEntity: z.string().nullable(), refId: z.string().nullable(), data: z.unknown() })) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const partner = await scopedPartners.get(app.ctx.db, actor.scope, req.params.id);
      const { items, total } = await listEvents(app.ctx.db, actor.scope, partner.id, req.query.limit, offsetOf(req.query));
      return {
        items: items.map(({ event: e, actorName }) => ({
          id: e.id,
          at: e.at.toISOString(),
          kind: e.kind,
          actor: e.actorId ? { id: e.actorId, displayName: actorName ?? '' } : null,
          refEntity: e.refEntity,
          refId: e.refId,
          data: e.data,
        })),
        total,
        page: req.query.page,
        limit: req.query.limit,
      };
    },
  });

  app.get('/api/v1/partners/:id/graph', {
    schema: {
      tags,
      summary: 'Partners and units around a partner',
      params: idParams,
      querystring: z.strictObject({ depth: z.coerce.number().int().min(1).max(2).default(2), kinds: z.string().max(300).optional() }),
      response: {
        200: z.object({
          nodes: z.array(z.object({ id: z.string(), kind: z.enum(['partner', 'unit']), label: z.string(), type: z.string().optional(), countryCode: z.string().nullable().optional() })),
          edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), kind: z.string() })),
        }),
      },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const partner = await scopedPartners.get(app.ctx.db, actor.scope, req.params.id);
      const kinds = req.query.kinds?.split(',').filter(Boolean);
      return neighbourhood(app.ctx.db, actor.scope, partner, req.query.depth, kinds, req.lang);
    },
  });
}
