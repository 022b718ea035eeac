import type { SessionStore } from '../../http/session.js';
import { anyUser } from './repo-accounts.js';
import { findSession, touchSession, tokenHash } from './repo.js';
import { findTokenOwner, touchToken } from './tokens-repo.js';
import { tokenCacheKey } from './tokens-service.js';

/** How the session hook (http/session.ts) finds a cookie's session and a Bearer token's owner. */
export const sessionStore: SessionStore = {
  setupDone: anyUser,
  // The cache is keyed by the token's hash, never the token itself.
  cookieKey: (token) => tokenHash(token),
  bearerKey: (token) => tokenCacheKey(tokenHash(token)),
  findSession,
  touchSession,
  findBearer: (db, token) => findTokenOwner(db, tokenHash(token)),
  touchBearer: touchToken,
};
