import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { listSavedFilters } from './repo-saved-filters.js';
import { deleteFilter, saveFilter, SAVED_FILTER_LIMITS } from './saved-filters.js';

// Saved list filters, per user, of every list that has filters (partners, engagements, …).

const tags = ['saved-filters'];
const savedEntity = z.enum(['partners', 'engagements', 'directives', 'tasks', 'proposals']);
const savedQuery = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,49}$/), z.union([z.string().max(300), z.number().finite()]))
  .superRefine((q, ctx) => {
    if (Object.keys(q).length > SAVED_FILTER_LIMITS.keys) ctx.addIssue({ code: 'custom', message: 'field.too_many_keys', params: { max: SAVED_FILTER_LIMITS.keys } });
  });
const filterOut = z.object({ id: z.uuid(), name: z.string(), query: z.record(z.string(), z.unknown()) });
const present = (r: { id: string; name: string; query: unknown }) => ({ id: r.id, name: r.name, query: r.query as Record<string, unknown> });

export function savedFilterRoutes(app: App) {
  app.get('/api/v1/saved-filters', {
    schema: { tags, summary: 'My saved filters', querystring: z.strictObject({ entity: savedEntity }), response: { 200: z.object({ items: z.array(filterOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const rows = await listSavedFilters(app.ctx.db, actor.scope.userId, req.query.entity);
      return { items: rows.map(present) };
    },
  });

  app.post('/api/v1/saved-filters', {
    schema: {
      tags,
      summary: 'Save a filter',
      body: z.strictObject({ entity: savedEntity, name: z.string().trim().min(1).max(200), query: savedQuery }),
      response: { 201: filterOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const row = await saveFilter(app.ctx.db, actor, req.body);
      return reply.code(201).send(present(row));
    },
  });

  app.delete('/api/v1/saved-filters/:id', {
    schema: { tags, summary: 'Delete a saved filter', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await deleteFilter(app.ctx.db, actor, req.params.id);
      return reply.code(204).send();
    },
  });
}
