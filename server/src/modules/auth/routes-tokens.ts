import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { forbidden } from '../../core/errors.js';
import { tokenScope } from './schema.js';
import * as service from './tokens-service.js';
import { idParams } from '../../http/params.js';

const tags = ['auth'];
const tokenOut = z.object({
  id: z.uuid(),
  name: z.string(),
  scope: z.enum(tokenScope.enumValues),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

/** Personal API tokens for scripts and other non-browser clients (Authorization: Bearer). */
export function tokenRoutes(app: App) {
  app.get('/api/v1/users/me/tokens', {
    schema: { tags, summary: 'My API tokens (never the tokens themselves)', response: { 200: z.object({ items: z.array(tokenOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return { items: (await service.listTokens(app.ctx.db, actor)).map(service.presentToken) };
    },
  });

  app.post('/api/v1/users/me/tokens', {
    schema: {
      tags,
      summary: 'Create an API token (shown once, in this answer only)',
      body: z.strictObject({ name: z.string().trim().min(1).max(100), scope: z.enum(tokenScope.enumValues) }),
      response: { 201: tokenOut.omit({ lastUsedAt: true }).extend({ token: z.string() }) },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      // A token must not breed tokens: a leaked one could otherwise outlive its own revocation.
      if (req.apiToken) throw forbidden();
      const { token, row } = await service.createToken(app.ctx.db, actor, req.body);
      const { lastUsedAt: _unused, ...out } = service.presentToken(row);
      return reply.code(201).send({ token, ...out });
    },
  });

  app.delete('/api/v1/users/me/tokens/:id', {
    schema: { tags, summary: 'Revoke one of my API tokens', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.revokeToken(app.ctx.db, actor, req.params.id);
      return reply.code(204).send();
    },
  });
}
