import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { authRoutes } from './routes.js';
import { tokenRoutes } from './routes-tokens.js';

/** Sign-in, sessions, the signed-in user (/me), API tokens. */
export const authModule: AmityModule = {
  name: 'auth',
  tables,
  routes: (app) => {
    authRoutes(app);
    tokenRoutes(app);
  },
};
