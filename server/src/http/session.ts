import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './context.js';
import { AppError } from '../core/errors.js';
import { pickLanguage } from '../i18n/index.js';
import { findSession, touchSession, tokenHash, type SessionRow } from '../modules/auth/repo.js';
import { sessionCache } from '../core/session-cache.js';
import { anyUser } from '../modules/users/repo.js';

export const SESSION_COOKIE = 'amity_session';
const TOUCH_EVERY_MS = 60_000;
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

/** Resolves language, setup state and session for every API request. */
export function registerSession(app: App) {
  let setupDone = false; // only ever cached once true: a set-up database stays set up
  app.decorateRequest('session', null);
  app.decorateRequest('lang', 'en');

  app.addHook('onRequest', async (req, reply) => {
    const headerLang = pickLanguage(req.headers['accept-language']);
    req.lang = headerLang ?? 'en';
    const url = req.url.split('?')[0]!;
    if (!url.startsWith('/api/v1/')) return;

    if (!setupDone && !OPEN_BEFORE_SETUP.some((p) => url === p || url.startsWith(`${p}/`))) {
      setupDone = await anyUser(app.ctx.db);
      if (!setupDone) throw new AppError('setup_required');
    }

    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const { config, db } = app.ctx;
    const key = tokenHash(token);
    const found = (sessionCache.get(key) as SessionRow | undefined) ?? (await findSession(db, token, config.sessionIdleSeconds));
    if (!found) {
      clearSessionCookie(reply);
      return;
    }
    sessionCache.set(key, found.user.id, found);
    // Writing on every request would double the load; a minute's slack is harmless.
    if (Date.now() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await touchSession(db, token);
      found.lastSeenAt = new Date();
    }
    const ancestors = found.unitPath.split('/').filter((id) => id && id !== found.user.unitId);
    req.lang = headerLang ?? found.user.language;
    req.session = {
      token,
      user: found.user,
      actor: {
        scope: {
          userId: found.user.id,
          unitId: found.user.unitId,
          role: found.user.role,
          subtreeUnitIds: found.subtree,
          relatedUnitIds: [...ancestors, ...found.subtree],
        },
        email: found.user.email,
        ip: req.ip,
        lang: req.lang,
      },
    };
  });
}

/**
 * CSRF defence: a state-changing request must come from our own origin
 * (Origin, else Sec-Fetch-Site), and bodies must be JSON, which no plain
 * cross-site form can send.
 */
export function registerCsrf(app: App) {
  app.addHook('onRequest', async (req) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return;
    const origin = req.headers.origin;
    if (origin !== undefined) {
      let host: string | undefined;
      try {
        host = new URL(origin).host;
      } catch {
        host = undefined;
      }
      if (host !== req.headers.host) throw new AppError('csrf_failed');
    } else if (req.headers['sec-fetch-site'] === 'cross-site') {
      throw new AppError('csrf_failed');
    }
  });
}
