import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { proposalRoutes, proposalFiles } from './routes.js';
import { proposalPolicy } from './policy.js';
import { messages } from './messages.js';
import { loadProposalDemo } from './demo.js';

/** Localities' proposals and the answers they get. */
export const proposalsModule: AmityModule = {
  name: 'proposals',
  tables,
  routes: proposalRoutes,
  messages,
  abilities: (scope) => ({ createProposals: proposalPolicy.create(scope) }),
  demo: async (db, ctx) => {
    await loadProposalDemo(db, ctx);
  },
  attachments: { proposal: proposalFiles },
};
