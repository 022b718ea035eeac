import { z } from 'zod';
import { and, count, eq } from 'drizzle-orm';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { fieldError, notFound } from '../../core/errors.js';
import { auditFrom } from '../../core/audit.js';
import { appendAudit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { partnerContacts, savedFilters } from './schema.js';
import { scopedPartners } from './repo.js';
import { listQuery } from './routes.js';
import { exportCsv, exportXlsx } from './export.js';
import { contactVcard } from './vcard.js';

const tags = ['partners'];

/** Saved filters are small: a few list parameters, a bounded number per user (a 1 MB query of 10,000 keys is refused). */
export const SAVED_FILTER_LIMITS = { keys: 30, perUser: 100 } as const;
const savedEntity = z.enum(['partners', 'engagements', 'directives', 'tasks', 'proposals']);
const savedQuery = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,49}$/), z.union([z.string().max(300), z.number().finite()]))
  .superRefine((q, ctx) => {
    if (Object.keys(q).length > SAVED_FILTER_LIMITS.keys) ctx.addIssue({ code: 'custom', message: 'field.too_many_keys', params: { max: SAVED_FILTER_LIMITS.keys } });
  });
const asciiName = (s: string) => s.normalize('NFD').replace(/[^\w.-]+/g, '-').replace(/-+/g, '-').slice(0, 80) || 'contact';

export function partnerExportRoutes(app: App) {
  app.get('/api/v1/partners/export', {
    schema: { tags, summary: 'The current list (filters as for the list) as CSV or XLSX', querystring: z.strictObject({ ...listQuery, format: z.enum(['csv', 'xlsx']).default('csv') }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const { format, ...filter } = req.query;
      const stamp = new Date().toISOString().slice(0, 10);
      reply.header('content-disposition', `attachment; filename="partners-${stamp}.${format}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(exportCsv(app.ctx.db, actor.scope, filter, req.lang));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(exportXlsx(app.ctx.db, actor.scope, filter, req.lang));
    },
  });

  app.get('/api/v1/partners/:id/contacts/:contactId/vcard', {
    schema: { tags, summary: 'A contact point as vCard 4.0', params: z.object({ id: z.uuid(), contactId: z.uuid() }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const partner = await scopedPartners.get(app.ctx.db, actor.scope, req.params.id);
      const [contact] = await app.ctx.db
        .select()
        .from(partnerContacts)
        .where(and(eq(partnerContacts.id, req.params.contactId), eq(partnerContacts.partnerId, partner.id)));
      if (!contact) throw notFound();
      reply.header('content-disposition', `attachment; filename="${asciiName(contact.name)}.vcf"`);
      return reply.type('text/vcard; charset=utf-8').send(contactVcard(contact, partner));
    },
  });

  const filterOut = z.object({ id: z.uuid(), name: z.string(), query: z.record(z.string(), z.unknown()) });
  app.get('/api/v1/saved-filters', {
    schema: { tags: ['saved-filters'], summary: 'My saved filters', querystring: z.strictObject({ entity: savedEntity }), response: { 200: z.object({ items: z.array(filterOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const rows = await app.ctx.db
        .select()
        .from(savedFilters)
        .where(and(eq(savedFilters.userId, actor.scope.userId), eq(savedFilters.entity, req.query.entity)))
        .orderBy(savedFilters.name)
        .limit(200);
      return { items: rows.map((r) => ({ id: r.id, name: r.name, query: r.query as Record<string, unknown> })) };
    },
  });

  app.post('/api/v1/saved-filters', {
    schema: {
      tags: ['saved-filters'],
      summary: 'Save a filter',
      body: z.strictObject({ entity: savedEntity, name: z.string().trim().min(1).max(200), query: savedQuery }),
      response: { 201: filterOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const row = await app.ctx.db.transaction(async (tx) => {
        const [n] = await tx.select({ n: count() }).from(savedFilters).where(eq(savedFilters.userId, actor.scope.userId));
        if ((n?.n ?? 0) >= SAVED_FILTER_LIMITS.perUser) throw fieldError('name', 'field.too_many_keys', { max: SAVED_FILTER_LIMITS.perUser });
        const [r] = await tx.insert(savedFilters).values({ ...req.body, userId: actor.scope.userId }).returning();
        await appendAudit(tx, auditFrom(actor, { action: 'create', entity: 'saved_filter', entityId: r!.id, diff: diffOf(null, r!) }));
        return r!;
      });
      return reply.code(201).send({ id: row.id, name: row.name, query: row.query as Record<string, unknown> });
    },
  });

  app.delete('/api/v1/saved-filters/:id', {
    schema: { tags: ['saved-filters'], summary: 'Delete a saved filter', params: z.object({ id: z.uuid() }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await app.ctx.db.transaction(async (tx) => {
        const [r] = await tx.delete(savedFilters).where(and(eq(savedFilters.id, req.params.id), eq(savedFilters.userId, actor.scope.userId))).returning();
        if (!r) throw notFound();
        await appendAudit(tx, auditFrom(actor, { action: 'delete', entity: 'saved_filter', entityId: r.id, diff: diffOf(r, null) }));
      });
      return reply.code(204).send();
    },
  });
}
