import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { visibility } from '../../core/tenancy-schema.js';
import { partnerType, partnerStatus } from './schema.js';
import * as repo from './repo.js';
import * as service from './service.js';
import { withSearchSettings } from './repo-search.js';
import { partnerAbilities } from './policy.js';
import { partnerItemOut, partnerOut, presentPartner, summary } from './present.js';

const text = (max: number) => z.string().trim().max(max);
export const contactIn = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: text(200).optional(),
  email: z.union([z.literal(''), z.email().max(320)]).optional(),
  phone: z.string().trim().max(50).regex(/^[+\d\s().\-/]*$/, 'field.invalid_phone').optional(),
});
export const partnerFieldsIn = {
  type: z.enum(partnerType.enumValues),
  name: text(500),
  nameVi: text(500),
  nameEn: text(500),
  nameFr: text(500),
  transliteration: text(500),
  countryCode: z.string().trim().toUpperCase().length(2).nullable(),
  city: text(200),
  languages: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/)).max(30),
  priority: z.number().int().min(1).max(3),
  status: z.enum(partnerStatus.enumValues),
  description: text(20_000),
  website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  fieldIds: z.array(z.uuid()).max(50),
  contacts: z.array(contactIn).max(100),
  visibility: z.enum(visibility.enumValues),
  ownerUnitId: z.uuid(),
};
export const listQuery = {
  q: z.string().max(300).optional(),
  type: z.enum(partnerType.enumValues).optional(),
  countryCode: z.string().length(2).toUpperCase().optional(),
  groupId: z.uuid().optional(),
  fieldId: z.uuid().optional(),
  priority: z.coerce.number().int().min(1).max(3).optional(),
  status: z.enum(partnerStatus.enumValues).optional(),
  unitId: z.uuid().optional(),
  tag: z.string().max(100).optional(),
  visibility: z.enum(visibility.enumValues).optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt', 'priority', '-priority']).optional(),
};
const facetOut = z.array(z.object({ value: z.string(), count: z.number().int() }));
const tags = ['partners'];

export function partnerRoutes(app: App) {
  app.get('/api/v1/partners', {
    schema: { tags, summary: 'List and search partners', querystring: z.strictObject({ ...pageQuery, ...listQuery }), response: {
        200: pageSchema(partnerItemOut).extend({
          totalCapped: z.boolean().describe('true when a search found more than `total` partners: the count stops there and pages reach no further'),
        }),
      },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, ...filter } = req.query;
      const { items, total, capped } = await withSearchSettings(app.ctx.db, (tx) => repo.listPartners(tx, actor.scope, filter, limit, offsetOf(req.query)));
      return {
        items: items.map((p) => ({ ...summary(p), can: partnerAbilities(actor.scope, p), ...(filter.q ? { score: p.score } : {}) })),
        total,
        totalCapped: capped,
        page,
        limit,
      };
    },
  });

  app.get('/api/v1/partners/facets', {
    schema: {
      tags,
      summary: 'Counts per facet value of the partners the filter finds',
      querystring: z.strictObject(listQuery),
      response: { 200: z.object(Object.fromEntries(['type', 'countryCode', 'groupId', 'fieldId', 'priority', 'status', 'unitId', 'tag'].map((k) => [k, facetOut]))) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return withSearchSettings(app.ctx.db, (tx) => repo.facetCounts(tx, actor.scope, req.query));
    },
  });

  app.post('/api/v1/partners', {
    schema: {
      tags,
      summary: 'Create a partner',
      body: z.strictObject({ ...partnerFieldsIn, type: partnerFieldsIn.type }).partial().required({ type: true }),
      response: { 201: partnerOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const partner = await service.createPartner(app.ctx.db, actor, req.body);
      return reply.code(201).send(await presentPartner(app.ctx.db, actor.scope, partner));
    },
  });

  app.get('/api/v1/partners/:id', {
    schema: { tags, summary: 'One partner', params: idParams, response: { 200: partnerOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentPartner(app.ctx.db, actor.scope, await repo.scopedPartners.get(app.ctx.db, actor.scope, req.params.id));
    },
  });

  app.patch('/api/v1/partners/:id', {
    schema: { tags, summary: 'Edit a partner (contacts, when given, replace the list)', params: idParams, body: z.strictObject(partnerFieldsIn).partial(), response: { 200: partnerOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const partner = await service.updatePartner(app.ctx.db, actor, req.params.id, req.body);
      return presentPartner(app.ctx.db, actor.scope, partner);
    },
  });

  app.delete('/api/v1/partners/:id', {
    schema: { tags, summary: 'Delete a partner', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.deletePartner(app.ctx.db, actor, req.params.id);
      return reply.code(204).send();
    },
  });
}
