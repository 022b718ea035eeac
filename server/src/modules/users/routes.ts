import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { pageQuery, pageSchema, offsetOf, sortQuery } from '../../core/pagination.js';
import { forbidden } from '../../core/errors.js';
import { passwordField } from '../auth/password.js';
import { idParams } from '../../http/params.js';
import { role, language } from '../../core/tenancy-schema.js';
import { unitsByIds } from '../units/repo.js';
import * as repo from './repo.js';
import * as service from './service.js';
import { userPolicy } from './policy.js';
import { userItemOut, presentUserItems, presentUserItem } from './present.js';

export const emailField = z.email().max(320);
const tags = ['users'];

export function userRoutes(app: App) {
  app.get('/api/v1/users', {
    schema: {
      tags,
      summary: 'List users (admins: all; managers: their subtree)',
      querystring: z.strictObject({
        ...pageQuery,
        q: z.string().max(200).optional(),
        unitId: z.uuid().optional(),
        role: z.enum(role.enumValues).optional(),
        active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
        sort: sortQuery(['displayName', 'email', 'role', 'createdAt']),
      }),
      response: { 200: pageSchema(userItemOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      if (!userPolicy.list(actor.scope)) throw forbidden();
      const { page, limit, ...filter } = req.query;
      const { items, total } = await repo.listUsers(app.ctx.db, actor.scope, filter, limit, offsetOf(req.query));
      return { items: await presentUserItems(app.ctx.db, actor.scope, items), total, page, limit };
    },
  });

  app.get('/api/v1/users/directory', {
    schema: {
      tags,
      summary: 'Colleagues to choose from: active users of every unit, names and units only',
      querystring: z.strictObject({ ...pageQuery, q: z.string().max(200).optional(), unitId: z.uuid().optional() }),
      response: {
        200: pageSchema(z.object({ id: z.uuid(), displayName: z.string(), unit: z.object({ id: z.uuid(), nameVi: z.string(), nameEn: z.string(), nameFr: z.string() }) })),
      },
    },
    handler: async (req) => {
      requireSession(req);
      const { page, limit, q, unitId } = req.query;
      const { items, total } = await repo.directory(app.ctx.db, q, unitId, limit, offsetOf(req.query));
      const units = await unitsByIds(app.ctx.db, items.map((u) => u.unitId));
      return {
        items: items.map((u) => {
          const unit = units.get(u.unitId)!;
          return { id: u.id, displayName: u.displayName, unit };
        }),
        total,
        page,
        limit,
      };
    },
  });

  app.post('/api/v1/users', {
    schema: {
      tags,
      summary: 'Create a user',
      body: z.strictObject({
        email: emailField,
        displayName: z.string().trim().min(1).max(200),
        password: passwordField,
        unitId: z.uuid(),
        role: z.enum(role.enumValues),
        language: z.enum(language.enumValues).default('vi'),
      }),
      response: { 201: userItemOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const user = await service.createUser(app.ctx.db, actor, req.body);
      return reply.code(201).send(await presentUserItem(app.ctx.db, actor.scope, user));
    },
  });

  app.get('/api/v1/users/:id', {
    schema: { tags, summary: 'One user', params: idParams, response: { 200: userItemOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const user = await service.getUser(app.ctx.db, actor, req.params.id);
      return presentUserItem(app.ctx.db, actor.scope, user);
    },
  });

  app.patch('/api/v1/users/:id', {
    schema: {
      tags,
      summary: 'Edit, move, change the role of, deactivate or reactivate a user',
      params: idParams,
      body: z
        .strictObject({
          displayName: z.string().trim().min(1).max(200),
          unitId: z.uuid(),
          role: z.enum(role.enumValues),
          language: z.enum(language.enumValues),
          active: z.boolean(),
        })
        .partial(),
      response: { 200: userItemOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const user = await service.updateUser(app.ctx.db, actor, req.params.id, req.body);
      return presentUserItem(app.ctx.db, actor.scope, user);
    },
  });

  app.post('/api/v1/users/:id/password', {
    schema: { tags, summary: "Set a user's password (ends their sessions)", params: idParams, body: z.strictObject({ password: passwordField }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.setPassword(app.ctx.db, actor, req.params.id, req.body.password);
      return reply.code(204).send();
    },
  });

  app.delete('/api/v1/users/:id/login-throttle', {
    schema: { tags, summary: "Clear a user's sign-in throttle: their counted failed sign-ins are forgotten", params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.clearLoginThrottle(app.ctx.db, actor, req.params.id);
      return reply.code(204).send();
    },
  });
}
