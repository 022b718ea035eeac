import type { FastifyInstance, FastifyRequest, RawServerDefault, FastifyBaseLogger } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { DbHandle } from '../db/connect.js';
import type { Database } from '../db/types.js';
import type { Actor } from '../core/actor.js';
import type { User } from '../core/tenancy-schema.js';
import type { Lang } from '../i18n/index.js';
import { AppError } from '../core/errors.js';

export interface AppContext {
  config: Config;
  dbh: DbHandle;
  db: Database;
  migration: string;
}

export interface Session {
  token: string;
  user: User;
  actor: Actor;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    session: Session | null;
    lang: Lang;
  }
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

/** The signed-in session, or 401. */
export function requireSession(req: FastifyRequest): Session {
  if (!req.session) throw new AppError('unauthenticated');
  return req.session;
}
