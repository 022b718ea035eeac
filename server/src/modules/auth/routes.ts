import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { setSessionCookie, clearSessionCookie } from '../../http/session.js';
import { language } from '../../core/tenancy-schema.js';
import { userOut, presentUser } from './present-user.js';
import { passwordField } from './password.js';
import * as service from './service.js';
import { AppError } from '../../core/errors.js';
import type { Scope } from '../../core/scope.js';
import type { AmityModule } from '../../http/module.js';

const tags = ['auth'];

// Any scope answers the same keys: abilities are booleans of the scope.
const probe: Scope = { userId: '', unitId: '', role: 'viewer', relatedUnitIds: [], subtreeUnitIds: [] };

/** `/me`'s `can`: every module's abilities (its manifest), named in the response schema. */
function abilitiesOf(modules: AmityModule[]) {
  const keys = modules.flatMap((m) => Object.keys(m.abilities?.(probe) ?? {}));
  return {
    schema: z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()]))),
    of: (scope: Scope) => Object.assign({}, ...modules.map((m) => m.abilities?.(scope) ?? {})) as Record<string, boolean>,
  };
}

export function authRoutes(app: App) {
  const abilities = abilitiesOf(app.modules);
  const meOut = z.object({ user: userOut, can: abilities.schema });
  app.post('/api/v1/auth/login', {
    schema: {
      tags,
      summary: 'Sign in',
      body: z.strictObject({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) }),
      response: { 200: z.object({ user: userOut }) },
    },
    handler: async (req, reply) => {
      const { config, db } = app.ctx;
      const { user, token } = await service
        .login(db, req.body.email, req.body.password, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          absoluteSeconds: config.sessionAbsoluteSeconds,
        })
        .catch((e: unknown) => {
          if (e instanceof AppError && e.code === 'login_throttled') reply.header('retry-after', String(e.params?.seconds));
          throw e;
        });
      setSessionCookie(req, reply, token, config.sessionAbsoluteSeconds);
      return { user: await presentUser(db, user) };
    },
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags, summary: 'Sign out' },
    handler: async (req, reply) => {
      if (req.session) await service.logout(app.ctx.db, req.session.actor, req.session.token, false);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  });

  app.post('/api/v1/auth/logout-all', {
    schema: { tags, summary: 'Sign out of every session' },
    handler: async (req, reply) => {
      const s = requireSession(req);
      await service.logout(app.ctx.db, s.actor, s.token, true);
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  });

  app.get('/api/v1/me', {
    schema: { tags, summary: 'The signed-in user and what they may do', response: { 200: meOut } },
    handler: async (req) => {
      const { user, actor } = requireSession(req);
      const scope = actor.scope;
      return {
        user: await presentUser(app.ctx.db, user),
        can: abilities.of(scope),
      };
    },
  });

  app.patch('/api/v1/me', {
    schema: {
      tags,
      summary: 'Edit own profile',
      body: z.strictObject({ displayName: z.string().trim().min(1).max(200), language: z.enum(language.enumValues) }).partial(),
      response: { 200: z.object({ user: userOut }) },
    },
    handler: async (req) => {
      const { user, actor } = requireSession(req);
      const after = await service.updateProfile(app.ctx.db, actor, user, req.body);
      return { user: await presentUser(app.ctx.db, after) };
    },
  });

  app.post('/api/v1/me/password', {
    schema: {
      tags,
      summary: 'Change own password (other sessions end)',
      body: z.strictObject({ currentPassword: z.string().min(1).max(1000), newPassword: passwordField }),
    },
    handler: async (req, reply) => {
      const { user, actor, token } = requireSession(req);
      await service.changeOwnPassword(app.ctx.db, actor, user, token, req.body.currentPassword, req.body.newPassword);
      return reply.code(204).send();
    },
  });
}
