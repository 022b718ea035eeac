import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { authRoutes } from './routes.js';
import { tokenRoutes } from './routes-tokens.js';
import { sessionStore } from './session-store.js';
import { purgeExpired } from './repo.js';

/** Sign-in, sessions, the signed-in user (/me), API tokens. */
export const authModule: AmityModule = {
  name: 'auth',
  records: { unscoped: ['session', 'api_token'] },
  tables,
  sessions: sessionStore,
  start: async (app) => {
    const { db, config } = app.ctx;
    const purge = () => purgeExpired(db, config.sessionIdleSeconds).catch((e: Error) => app.log.warn(e, 'purge failed'));
    void purge();
    const timer = setInterval(purge, 3600_000);
    timer.unref();
    return () => clearInterval(timer);
  },
  routes: (app) => {
    authRoutes(app);
    tokenRoutes(app);
  },
};
