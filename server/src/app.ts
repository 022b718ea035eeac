import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext, App } from './http/context.js';
import { errorHandler, errorBody, frameworkErrorHandler } from './http/errors.js';
import { registerSession, registerCsrf } from './http/session.js';
import { registerInputGuard } from './http/input-guard.js';
import { registerOpenApi, openApiRoute } from './http/openapi.js';
import { sessionCache } from './core/session-cache.js';
import { modules as allModules, registerModules } from './modules/index.js';
import type { AmityModule } from './http/module.js';

export const BODY_LIMIT = 1024 * 1024;

/** The app of `modules` (by default the one list, modules/index.ts). */
export async function buildApp(ctx: AppContext, opts: { logger?: boolean; modules?: AmityModule[] } = {}): Promise<App> {
  const modules = opts.modules ?? allModules;
  registerModules(modules);
  const app = Fastify({
    logger: opts.logger ? { level: ctx.config.logLevel } : false,
    bodyLimit: BODY_LIMIT,
    frameworkErrors: frameworkErrorHandler,
    trustProxy: ctx.config.trustProxy,
    // A log line per request costs more than the request itself; opt in with LOG_REQUESTS=true.
    logController: new LogController({ disableRequestLogging: process.env.LOG_REQUESTS !== 'true' }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorate('ctx', ctx);
  sessionCache.ttlMs = ctx.config.sessionCacheMs;
  // Only JSON bodies: a cross-site form can send text/plain, never JSON.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine writes its CSS variables into <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
  });
  await registerOpenApi(app);
  const sessions = modules.find((m) => m.sessions)?.sessions;
  if (!sessions) throw new Error('No module provides sessions (modules/auth)');
  registerSession(app, sessions);
  registerCsrf(app);
  registerInputGuard(app);

  app.get('/api/health', {
    schema: {
      tags: ['system'],
      summary: 'Liveness, database kind and migration version',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), migration: z.string() }) },
    },
    // Answers from memory: it must stay quick even while the database is busy.
    handler: async () => ({ status: 'ok' as const, database: ctx.dbh.kind, migration: ctx.migration }),
  });
  openApiRoute(app);
  app.decorate('modules', modules);
  for (const m of modules) await m.routes?.(app);

  const index = path.join(ctx.config.webDist, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: ctx.config.webDist,
      wildcard: false,
      index: false,
      // Built files have content hashes in their names: cache them for good; index.html is never cached.
      setHeaders: (reply, file) => reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0]!;
    // A missing file (an old chunk after a redeploy) is a 404, never the page: the app then reloads itself.
    if (pathname.startsWith('/api/') || pathname.startsWith('/assets/') || /\.[A-Za-z0-9]{1,8}$/.test(pathname) || !hasWeb || req.method !== 'GET') {
      return reply.code(404).send(errorBody(req.lang ?? 'en', 'not_found'));
    }
    // Client-side routes: every other page is the single-page app.
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}
