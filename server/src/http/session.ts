import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Session } from './context.js';
import type { Config } from '../config.js';
import { AppError } from '../core/errors.js';
import { pickLanguage, type Lang } from '../i18n/index.js';
import { sessionCache } from '../core/session-cache.js';
import { scopeOf } from '../core/scope.js';
import type { User } from '../core/tenancy-schema.js';
import type { Database } from '../db/types.js';

export const SESSION_COOKIE = 'amity_session';
const TOUCH_EVERY_MS = 60_000;
const READ_METHODS = ['GET', 'HEAD'];
const OPEN_BEFORE_SETUP = ['/api/v1/setup', '/api/v1/openapi.json'];

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, maxAgeSeconds: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: maxAgeSeconds,
  });
}

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });

export type TokenScope = 'read' | 'write';

/** A signed-in user as the store finds them, with what the tenancy scope needs. */
export interface FoundUser {
  user: User;
  /** The user's unit's materialized path. */
  unitPath: string;
  /** Ids of the user's unit and its descendants. */
  subtree: string[];
}

/**
 * Where sessions and API tokens are looked up: the auth module's (its manifest's `sessions`),
 * handed in by the composition root so this layer imports no module.
 */
export interface SessionStore {
  /** Whether the first administrator exists. */
  setupDone(db: Database): Promise<boolean>;
  /** Cache keys (core/session-cache) of a cookie token and of a Bearer token. */
  cookieKey(token: string): string;
  bearerKey(token: string): string;
  findSession(db: Database, token: string, idleSeconds: number): Promise<(FoundUser & { lastSeenAt: Date }) | undefined>;
  touchSession(db: Database, token: string): Promise<void>;
  findBearer(db: Database, token: string): Promise<(FoundUser & { tokenId: string; scope: TokenScope; lastUsedAt: Date | null }) | undefined>;
  touchBearer(db: Database, tokenId: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The personal API token (Authorization: Bearer) the request was authenticated by; null for a cookie or nobody. */
    apiToken: { id: string; scope: TokenScope } | null;
  }
}

/** The signed-in user's session and tenancy scope, the same for a cookie and a Bearer token. */
function sessionOf(req: FastifyRequest, token: string, found: FoundUser): Session {
  return {
    token,
    user: found.user,
    actor: { scope: scopeOf(found.user, found.unitPath, found.subtree), email: found.user.email, ip: req.ip, lang: req.lang },
  };
}

/** `Authorization: Bearer <token>`: the token, '' when the header is malformed, undefined for no Bearer header. */
function bearerOf(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (!h || !/^bearer(\s|$)/i.test(h)) return undefined;
  return h.slice(6).trim();
}

/** A personal API token authenticates as its user; a revoked token, or one of a deactivated user, is 401. */
async function resolveBearer(app: App, store: SessionStore, req: FastifyRequest, token: string, headerLang: Lang | undefined) {
  if (!token || token.length > 200) throw new AppError('unauthenticated');
  const { db } = app.ctx;
  const key = store.bearerKey(token);
  type Found = Awaited<ReturnType<SessionStore['findBearer']>>;
  const found = (sessionCache.get(key) as Found) ?? (await store.findBearer(db, token));
  if (!found) throw new AppError('unauthenticated');
  sessionCache.set(key, found.user.id, found);
  if (found.scope === 'read' && !READ_METHODS.includes(req.method)) throw new AppError('token_read_only');
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await store.touchBearer(db, found.tokenId);
    found.lastUsedAt = new Date();
  }
  req.lang = headerLang ?? found.user.language;
  req.apiToken = { id: found.tokenId, scope: found.scope };
  req.session = sessionOf(req, token, found);
}

/** Resolves language, setup state and session (cookie or Bearer token) for every API request. */
export function registerSession(app: App, store: SessionStore) {
  let setupDone = false; // only ever cached once true: a set-up database stays set up
  app.decorateRequest('session', null);
  app.decorateRequest('apiToken', null);
  app.decorateRequest('lang', 'en');

  app.addHook('onRequest', async (req, reply) => {
    const headerLang = pickLanguage(req.headers['accept-language']);
    req.lang = headerLang ?? 'en';
    const url = req.url.split('?')[0]!;
    // Before anything else, even the setup check: a rebound DNS name must learn nothing.
    if (url.startsWith('/api/') && url !== '/api/health' && !hostAllowed(req.host, app.ctx.config)) throw new AppError('host_not_allowed');
    if (!url.startsWith('/api/v1/')) return;

    if (!setupDone && !OPEN_BEFORE_SETUP.some((p) => url === p || url.startsWith(`${p}/`))) {
      setupDone = await store.setupDone(app.ctx.db);
      if (!setupDone) throw new AppError('setup_required');
    }

    const bearer = bearerOf(req);
    if (bearer !== undefined) return resolveBearer(app, store, req, bearer, headerLang);

    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const { config, db } = app.ctx;
    const key = store.cookieKey(token);
    type Found = Awaited<ReturnType<SessionStore['findSession']>>;
    const found = (sessionCache.get(key) as Found) ?? (await store.findSession(db, token, config.sessionIdleSeconds));
    if (!found) {
      clearSessionCookie(reply);
      return;
    }
    sessionCache.set(key, found.user.id, found);
    // Writing on every request would double the load; a minute's slack is harmless.
    if (Date.now() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await store.touchSession(db, token);
      found.lastSeenAt = new Date();
    }
    req.lang = headerLang ?? found.user.language;
    req.session = sessionOf(req, token, found);
  });
}

/**
 * Against DNS rebinding: an attacker's name that resolves to us would make the browser treat the
 * attacker's page as our origin. Only our own names are answered; IP literals and localhost are
 * safe (rebinding needs a DNS name the attacker controls) and keep the app usable on a LAN by IP.
 */
export function hostAllowed(host: string | undefined, config: Pick<Config, 'publicUrl' | 'allowedHosts'>): boolean {
  const req = parseHost(host);
  if (!req) return false;
  if (req.hostname === 'localhost' || req.hostname.startsWith('[') || isIPv4(req.hostname)) return true;
  if (req.hostname === parseHost(new URL(config.publicUrl).host)?.hostname) return true;
  return config.allowedHosts.some((entry) => {
    const allowed = parseHost(entry);
    return !!allowed && allowed.hostname === req.hostname && (!allowed.port || allowed.port === req.port);
  });
}

/** Hostname (lower case, IPv6 in brackets) and port ('' for none or 80) of a Host header value. */
function parseHost(host: string | undefined): { hostname: string; port: string } | undefined {
  if (!host || /[/?#@\s\\]/.test(host)) return undefined;
  try {
    const u = new URL(`http://${host}`);
    return { hostname: u.hostname, port: u.port };
  } catch {
    return undefined;
  }
}

const isIPv4 = (h: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(h);

/**
 * Whether an Origin header names the host the request came to. The Host is read with the Origin's
 * scheme, so a default port written out on one side only (localhost:80) still matches; "null"
 * (sandboxed frames) and anything else unparsable never does.
 */
function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!parseHost(host)) return false;
  try {
    const o = new URL(origin);
    return o.host === new URL(`${o.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

/**
 * CSRF defence for state-changing requests. A request carrying the session cookie (ambient
 * authority a cross-site page could borrow) must prove it comes from our own page: a same-origin
 * Origin, else Sec-Fetch-Site: same-origin. A request without the cookie (sign-in, setup, a Bearer
 * token client) may say nothing, but one that names a foreign origin or site is refused. Bodies
 * must also be JSON (app.ts), which no plain cross-site form can send.
 */
export function registerCsrf(app: App) {
  app.addHook('onRequest', async (req) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return;
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    if (origin !== undefined) {
      if (!sameOrigin(origin, req.host)) throw new AppError('csrf_failed');
      return;
    }
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new AppError('csrf_failed');
    // A Bearer request's identity is its Authorization header, which no cross-site page can set.
    const ambient = req.cookies[SESSION_COOKIE] !== undefined && !req.apiToken;
    if (ambient && site !== 'same-origin') throw new AppError('csrf_failed');
  });
}
