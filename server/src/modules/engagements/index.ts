import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { engagementRoutes, engagementFiles } from './routes.js';
import { calendarRoutes } from './routes-calendar.js';
import { engagementPolicy } from './policy.js';
import { loadEngagementDemo } from './demo.js';

/** Delegations, visits, conferences: their workflow, approvals, follow-ups and calendar. */
export const engagementsModule: AmityModule = {
  name: 'engagements',
  tables,
  routes: (app) => {
    engagementRoutes(app);
    calendarRoutes(app);
  },
  abilities: (scope) => ({ createEngagements: engagementPolicy.create(scope), approveEngagements: engagementPolicy.approveAny(scope) }),
  demo: async (db, ctx) => {
    await loadEngagementDemo(db, ctx);
  },
  attachments: { engagement: engagementFiles },
};
