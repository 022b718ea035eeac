import { z } from 'zod';
import type { App } from '../../http/context.js';
import { setSessionCookie } from '../../http/session.js';
import { AppError } from '../../core/errors.js';
import { anyUser } from '../users/repo.js';
import { language, role } from '../../core/tenancy-schema.js';
import { userOut, presentUser } from '../auth/present-user.js';
import { emailField } from '../users/routes.js';
import { passwordField } from '../auth/password.js';
import { unitFields } from '../units/routes.js';
import { insertSession } from '../auth/repo.js';
import { setup } from './service.js';
import { loadDemo } from './demo/index.js';

const tags = ['setup'];

export function setupRoutes(app: App) {
  app.get('/api/v1/setup', {
    schema: { tags, summary: 'Whether first-run setup is still needed', response: { 200: z.object({ required: z.boolean() }) } },
    handler: async () => ({ required: !(await anyUser(app.ctx.db)) }),
  });

  app.post('/api/v1/setup', {
    schema: {
      tags,
      summary: 'Create the root unit and the first administrator (signs in)',
      body: z.strictObject({
        rootUnit: z.strictObject({ ...unitFields, level: unitFields.level.optional() }),
        admin: z.strictObject({
          email: emailField,
          displayName: z.string().trim().min(1).max(200),
          password: passwordField,
          language: z.enum(language.enumValues).default('vi'),
        }),
      }),
      response: { 201: z.object({ user: userOut }) },
    },
    handler: async (req, reply) => {
      const { db, config } = app.ctx;
      const user = await setup(db, req.body, req.ip);
      const token = await insertSession(db, user.id, config.sessionAbsoluteSeconds, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      setSessionCookie(req, reply, token, config.sessionAbsoluteSeconds);
      return reply.code(201).send({ user: await presentUser(db, user) });
    },
  });

  app.post('/api/v1/setup/demo', {
    schema: {
      tags,
      summary: 'Load the demo data set into an empty database',
      body: z.strictObject({}).optional(),
      response: {
        201: z.object({
          password: z.string(),
          accounts: z.array(z.object({ email: z.string(), role: z.enum(role.enumValues), unitName: z.string() })),
        }),
      },
    },
    handler: async (req, reply) => {
      if (await anyUser(app.ctx.db)) throw new AppError('already_setup');
      const result = await loadDemo(app.ctx.db, app.modules, { password: process.env.AMITY_DEMO_PASSWORD, ip: req.ip });
      return reply.code(201).send(result);
    },
  });
}
