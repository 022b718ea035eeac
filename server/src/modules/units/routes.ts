import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { pageQuery, pageSchema, offsetOf, sortQuery } from '../../core/pagination.js';
import { notFound } from '../../core/errors.js';
import type { Scope } from '../../core/scope.js';
import { unitKind, pillar, unitLevel } from '../../core/tenancy-schema.js';
import * as repo from './repo.js';
import * as service from './service.js';
import { unitAbilities } from './policy.js';
import { idParams } from '../../http/params.js';

const name = z.string().trim().min(1).max(300);
export const unitFields = {
  nameVi: name,
  nameEn: name,
  nameFr: name,
  kind: z.enum(unitKind.enumValues),
  pillar: z.enum(pillar.enumValues),
  level: z.enum(unitLevel.enumValues),
};

export const unitOut = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameFr: z.string(),
  kind: z.enum(unitKind.enumValues),
  pillar: z.enum(pillar.enumValues),
  level: z.enum(unitLevel.enumValues),
  depth: z.number().int(),
  childCount: z.number().int(),
  userCount: z.number().int(),
  can: z.object({ update: z.boolean(), move: z.boolean(), delete: z.boolean(), createChild: z.boolean() }),
});

const present = (scope: Scope, u: repo.UnitWithCounts): z.infer<typeof unitOut> => ({
  id: u.id,
  parentId: u.parentId,
  nameVi: u.nameVi,
  nameEn: u.nameEn,
  nameFr: u.nameFr,
  kind: u.kind,
  pillar: u.pillar,
  level: u.level,
  depth: u.depth,
  childCount: u.childCount,
  userCount: u.userCount,
  can: unitAbilities(scope, u),
});

const tags = ['units'];

export function unitRoutes(app: App) {
  app.get('/api/v1/units', {
    schema: {
      tags,
      summary: 'List units',
      querystring: z.strictObject({
        ...pageQuery,
        q: z.string().max(200).optional(),
        parentId: z.uuid().optional(),
        sort: sortQuery(['nameVi', 'nameEn', 'nameFr', 'depth', 'createdAt']),
      }),
      response: { 200: pageSchema(unitOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, ...filter } = req.query;
      const { items, total } = await repo.listUnits(app.ctx.db, filter, limit, offsetOf(req.query));
      return { items: items.map((u) => present(actor.scope, u)), total, page, limit };
    },
  });

  app.get('/api/v1/units/tree', {
    schema: { tags, summary: 'The whole unit tree, parents first', response: { 200: z.object({ items: z.array(unitOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return { items: (await repo.unitTree(app.ctx.db)).map((u) => present(actor.scope, u)) };
    },
  });

  app.post('/api/v1/units', {
    schema: { tags, summary: 'Create a unit', body: z.strictObject({ parentId: z.uuid(), ...unitFields }), response: { 201: unitOut } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const unit = await service.createUnit(app.ctx.db, actor, req.body);
      return reply.code(201).send(present(actor.scope, (await repo.findUnit(app.ctx.db, unit.id))!));
    },
  });

  app.get('/api/v1/units/:id', {
    schema: { tags, summary: 'One unit', params: idParams, response: { 200: unitOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const unit = await repo.findUnit(app.ctx.db, req.params.id);
      if (!unit) throw notFound();
      return present(actor.scope, unit);
    },
  });

  app.patch('/api/v1/units/:id', {
    schema: { tags, summary: 'Edit a unit', params: idParams, body: z.strictObject(unitFields).partial(), response: { 200: unitOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      await service.updateUnit(app.ctx.db, actor, req.params.id, req.body);
      return present(actor.scope, (await repo.findUnit(app.ctx.db, req.params.id))!);
    },
  });

  app.post('/api/v1/units/:id/move', {
    schema: { tags, summary: 'Move a unit under another parent', params: idParams, body: z.strictObject({ parentId: z.uuid() }), response: { 200: unitOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return present(actor.scope, await service.moveUnit(app.ctx.db, actor, req.params.id, req.body.parentId));
    },
  });

  app.delete('/api/v1/units/:id', {
    schema: { tags, summary: 'Delete an empty unit', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.deleteUnit(app.ctx.db, actor, req.params.id);
      return reply.code(204).send();
    },
  });
}
