import type { AmityModule } from '../../http/module.js';
import { userRoutes } from './routes.js';
import { userPolicy } from './policy.js';

/** Accounts (their table lives in core/tenancy-schema.ts: every module references it). */
export const usersModule: AmityModule = {
  name: 'users',
  records: { unscoped: ['user'] },
  routes: userRoutes,
  abilities: (scope) => ({ manageUsers: userPolicy.list(scope) }),
};
