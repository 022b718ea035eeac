import { directivePolicy } from '../directives/policy.js';
import { proposalPolicy } from '../proposals/policy.js';
import { engagementPolicy } from '../engagements/policy.js';
import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { setSessionCookie, clearSessionCookie } from '../../http/session.js';
import { language } from '../users/schema.js';
import { userOut, presentUser } from '../users/present.js';
import { passwordField } from '../users/routes.js';
import { userPolicy } from '../users/policy.js';
import { unitPolicy } from '../units/policy.js';
import { partnerPolicy } from '../partners/policy.js';
import * as service from './service.js';
import { AppError } from '../../core/errors.js';

const meOut = z.object({
  user: userOut,
  can: z.object({ manageUnits: z.boolean(), manageUsers: z.boolean(), viewAudit: z.boolean(), createPartners: z.boolean(), writeNotes: z.boolean(), createEngagements: z.boolean(), approveEngagements: z.boolean(), createDirectives: z.boolean(), createProposals: z.boolean() }),
});
const tags = ['auth'];

export function authRoutes(app: App) {
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
        can: {
          manageUnits: unitPolicy.manageAny(scope),
          manageUsers: userPolicy.list(scope),
          viewAudit: userPolicy.list(scope),
          createPartners: partnerPolicy.create(scope),
          writeNotes: partnerPolicy.note(scope),
          createEngagements: engagementPolicy.create(scope),
          approveEngagements: engagementPolicy.approveAny(scope),
          createDirectives: directivePolicy.create(scope),
          createProposals: proposalPolicy.create(scope),
        },
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
