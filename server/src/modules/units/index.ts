import type { AmityModule } from '../../http/module.js';
import { unitRoutes } from './routes.js';
import { unitPolicy } from './policy.js';

/** The unit tree (its table lives in core/tenancy-schema.ts: every module references it). */
export const unitsModule: AmityModule = {
  name: 'units',
  records: { unscoped: ['unit'] },
  routes: unitRoutes,
  abilities: (scope) => ({ manageUnits: unitPolicy.manageAny(scope) }),
};
