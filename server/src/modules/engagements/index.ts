import { refTo, type AmityModule } from '../../http/module.js';
import { messages } from './messages.js';
import * as tables from './schema.js';
import { engagements, engagementDocuments, engagementFollowUps } from './schema.js';
import { scopedEngagements } from './repo.js';
import { engagementRoutes, engagementFiles } from './routes.js';
import { calendarRoutes } from './routes-calendar.js';
import { engagementPolicy } from './policy.js';
import { loadEngagementDemo } from './demo/index.js';

/** The engagement an audited child row (its facts) hangs under. */

/** Delegations, visits, conferences: their workflow, approvals, follow-ups and calendar. */
export const engagementsModule: AmityModule = {
  name: 'engagements',
  messages,
  records: {
    owned: { engagement: { table: engagements, scoped: scopedEngagements } },
    children: {
      engagement_follow_up: { table: engagementFollowUps, parents: (f) => refTo('engagement', f.engagementId) },
      follow_up: { table: engagementFollowUps, parents: (f) => refTo('engagement', f.engagementId) },
      engagement_document: { table: engagementDocuments, parents: (f) => refTo('engagement', f.engagementId) },
    },
    unscoped: ['engagement_settings', 'calendar_feed'],
  },
  tables,
  routes: (app) => {
    engagementRoutes(app);
    calendarRoutes(app);
  },
  abilities: (scope) => ({ createEngagements: engagementPolicy.create(scope), approveEngagements: engagementPolicy.approveAny(scope) }),
  demo: loadEngagementDemo,
  attachments: { engagement: engagementFiles },
};
