import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageQuery, pageSchema, offsetOf, sortQuery } from '../../core/pagination.js';
import { notFound } from '../../core/errors.js';
import type { Scope } from '../../core/scope.js';
import type { Country } from './schema.js';
import * as repo from './repo.js';
import * as service from './service.js';
import { countryAbilities, listItemAbilities } from './policy.js';

const effective = (c: Country) => ({
  nameVi: c.overrideVi || c.nameVi,
  nameEn: c.overrideEn || c.nameEn,
  nameFr: c.overrideFr || c.nameFr,
});

export const countryOut = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameFr: z.string(),
  overrideVi: z.string().nullable(),
  overrideEn: z.string().nullable(),
  overrideFr: z.string().nullable(),
  region: z.string(),
  subregion: z.string(),
  relationshipGroupId: z.uuid().nullable(),
  can: z.object({ update: z.boolean() }),
});

const countryOption = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameFr: z.string(),
  region: z.string(),
  relationshipGroupId: z.uuid().nullable(),
});

const presentCountry = (scope: Scope, c: Country): z.infer<typeof countryOut> => ({
  code: c.code,
  ...effective(c),
  overrideVi: c.overrideVi,
  overrideEn: c.overrideEn,
  overrideFr: c.overrideFr,
  region: c.region,
  subregion: c.subregion,
  relationshipGroupId: c.relationshipGroupId,
  can: countryAbilities(scope, c),
});

export const listItemOut = z.object({
  id: z.uuid(),
  key: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameFr: z.string(),
  sort: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});

const presentItem = (scope: Scope, kind: repo.ListKind, i: repo.ListItemWithUsage): z.infer<typeof listItemOut> => ({
  id: i.id,
  key: i.key,
  nameVi: i.nameVi,
  nameEn: i.nameEn,
  nameFr: i.nameFr,
  sort: i.sort,
  can: listItemAbilities(scope, { usage: i.usage, deletableInUse: kind === 'group' }),
});

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z]{2}$/, 'field.invalid') });
const override = z.string().max(200).nullable().optional();
const name = z.string().trim().min(1).max(200);
const itemFields = {
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,59}$/, 'field.invalid_key'),
  nameVi: name,
  nameEn: name,
  nameFr: name,
  sort: z.number().int().min(-1_000_000).max(1_000_000).optional(),
};

export function countryRoutes(app: App) {
  const tags = ['reference data'];

  app.get('/api/v1/countries', {
    schema: {
      tags,
      summary: 'List countries and territories (ISO 3166-1)',
      querystring: z.strictObject({
        ...pageQuery,
        q: z.string().max(200).optional(),
        region: z.string().max(100).optional(),
        groupId: z.uuid().optional(),
        sort: sortQuery(['code', 'nameVi', 'nameEn', 'nameFr', 'region']),
      }),
      response: { 200: pageSchema(countryOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, ...filter } = req.query;
      const { items, total } = await repo.listCountries(app.ctx.db, filter, limit, offsetOf(req.query));
      return { items: items.map((c) => presentCountry(actor.scope, c)), total, page, limit };
    },
  });

  app.get('/api/v1/countries/options', {
    schema: { tags, summary: 'Every country, for selects and the map', response: { 200: z.object({ items: z.array(countryOption) }) } },
    handler: async (req) => {
      requireSession(req);
      const rows = await repo.allCountries(app.ctx.db);
      return { items: rows.map((c) => ({ code: c.code, ...effective(c), region: c.region, relationshipGroupId: c.relationshipGroupId })) };
    },
  });

  app.get('/api/v1/countries/:code', {
    schema: { tags, summary: 'One country', params: codeParams, response: { 200: countryOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const country = await repo.findCountry(app.ctx.db, req.params.code.toUpperCase());
      if (!country) throw notFound();
      return presentCountry(actor.scope, country);
    },
  });

  app.patch('/api/v1/countries/:code', {
    schema: {
      tags,
      summary: "Set a country's name overrides and relationship group (null clears)",
      params: codeParams,
      body: z.strictObject({ overrideVi: override, overrideEn: override, overrideFr: override, relationshipGroupId: z.uuid().nullable().optional() }),
      response: { 200: countryOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentCountry(actor.scope, await service.updateCountry(app.ctx.db, actor, req.params.code.toUpperCase(), req.body));
    },
  });

  listRoutes(app, 'group', '/api/v1/relationship-groups', 'relationship group');
  listRoutes(app, 'field', '/api/v1/cooperation-fields', 'field of cooperation');
}

/** Relationship groups and cooperation fields: the same small admin-edited list. */
function listRoutes(app: App, kind: repo.ListKind, base: string, what: string) {
  const tags = ['reference data'];
  const present = (scope: Scope, item: repo.ListItemWithUsage) => presentItem(scope, kind, item);
  const reload = async (id: string) => (await repo.findItem(app.ctx.db, kind, id))!;

  app.get(base, {
    schema: { tags, summary: `List every ${what}`, response: { 200: z.object({ items: z.array(listItemOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return { items: (await repo.listItems(app.ctx.db, kind)).map((i) => present(actor.scope, i)) };
    },
  });

  app.post(base, {
    schema: { tags, summary: `Create a ${what}`, body: z.strictObject(itemFields), response: { 201: listItemOut } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const item = await service.createItem(app.ctx.db, actor, kind, req.body);
      return reply.code(201).send(present(actor.scope, await reload(item.id)));
    },
  });

  app.patch(`${base}/:id`, {
    schema: { tags, summary: `Edit a ${what}`, params: idParams, body: z.strictObject(itemFields).partial(), response: { 200: listItemOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      await service.updateItem(app.ctx.db, actor, kind, req.params.id, req.body);
      return present(actor.scope, await reload(req.params.id));
    },
  });

  app.delete(`${base}/:id`, {
    schema: { tags, summary: `Delete a ${what}`, params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.deleteItem(app.ctx.db, actor, kind, req.params.id);
      return reply.code(204).send();
    },
  });
}
