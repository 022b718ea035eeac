import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { notFound } from '../../core/errors.js';
import { findContact, scopedPartners } from './repo.js';
import { listQuery } from './routes.js';
import { exportCsv, exportXlsx } from './export.js';
import { contactVcard } from './vcard.js';

const tags = ['partners'];
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
      const contact = await findContact(app.ctx.db, partner.id, req.params.contactId);
      if (!contact) throw notFound();
      reply.header('content-disposition', `attachment; filename="${asciiName(contact.name)}.vcf"`);
      return reply.type('text/vcard; charset=utf-8').send(contactVcard(contact, partner));
    },
  });
}
