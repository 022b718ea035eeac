import { z } from 'zod';
import { coercedDate } from '../../core/dates.js';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { forbidden } from '../../core/errors.js';
import { userPolicy } from '../users/policy.js';
import { listAudit } from './repo.js';

const auditOut = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.uuid().nullable(),
  userEmail: z.string().nullable(),
  unitId: z.uuid().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  diff: z.unknown(),
  /** True when the entry is about a record the reader cannot read: `diff` is then null. */
  redacted: z.boolean(),
  ip: z.string().nullable(),
});

export function auditRoutes(app: App) {
  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'],
      summary: 'Browse the audit log (admins: all; managers: their subtree)',
      querystring: z.strictObject({
        ...pageQuery,
        userId: z.uuid().optional(),
        entity: z.string().max(50).optional(),
        entityId: z.string().max(100).optional(),
        action: z.string().max(50).optional(),
        from: coercedDate().optional(),
        to: coercedDate().optional(),
      }),
      response: { 200: pageSchema(auditOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      if (!userPolicy.list(actor.scope)) throw forbidden();
      const { page, limit, ...filter } = req.query;
      const { items, total } = await listAudit(app.ctx.db, actor.scope, filter, limit, offsetOf(req.query));
      return { items: items.map((a) => ({ ...a, at: a.at.toISOString() })), total, page, limit };
    },
  });
}
