import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { configureMail } from './mailer.js';
import * as service from './service.js';
import type { Notification } from './schema.js';
import { idParams } from '../../http/params.js';

const tags = ['notifications'];
const notificationOut = z.object({
  id: z.uuid(),
  kind: z.string(),
  entity: z.string(),
  entityId: z.uuid(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

const present = (n: Notification): z.output<typeof notificationOut> => ({
  id: n.id,
  kind: n.kind,
  entity: n.entity,
  entityId: n.entityId,
  data: (n.data ?? {}) as Record<string, unknown>,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** The notification bell (docs/API.md). */
export function notificationRoutes(app: App) {
  // Mails go out after other modules' commits, with only a db handle in hand: tie this app's settings to it.
  configureMail(app.ctx.db, app.ctx.config, app.log);
  // Mails still on their way get a few seconds before the database goes away.
  app.addHook('onClose', () => Promise.race([service.mailIdle(), new Promise<void>((r) => setTimeout(r, 5000).unref())]));

  app.get('/api/v1/notifications', {
    schema: {
      tags,
      summary: 'My notifications, newest first',
      querystring: z.strictObject({ ...pageQuery, unread: z.enum(['true', 'false']).optional() }),
      response: { 200: pageSchema(notificationOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, unread } = req.query;
      const { items, total } = await service.listNotifications(app.ctx.db, actor.scope.userId, unread === 'true', limit, offsetOf(req.query));
      return { items: items.map(present), total, page, limit };
    },
  });

  app.get('/api/v1/notifications/unread-count', {
    schema: { tags, summary: 'How many of my notifications are unread', response: { 200: z.object({ count: z.number().int() }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return { count: await service.unreadCount(app.ctx.db, actor.scope.userId) };
    },
  });

  app.post('/api/v1/notifications/:id/read', {
    schema: { tags, summary: 'Mark one of my notifications read', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.markRead(app.ctx.db, actor.scope.userId, req.params.id);
      return reply.code(204).send();
    },
  });

  app.post('/api/v1/notifications/read-all', {
    schema: { tags, summary: 'Mark all my notifications read' },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.markAllRead(app.ctx.db, actor.scope.userId);
      return reply.code(204).send();
    },
  });
}
