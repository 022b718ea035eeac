import { refTo, type AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { proposals } from './schema.js';
import { scopedProposals } from './repo.js';
import { proposalRoutes, proposalFiles } from './routes.js';
import { proposalPolicy } from './policy.js';
import { messages } from './messages.js';
import { loadProposalDemo } from './demo/index.js';

/** Localities' proposals and the answers they get. */
export const proposalsModule: AmityModule = {
  name: 'proposals',
  records: {
    owned: { proposal: { table: proposals, scoped: scopedProposals } },
    // A group's entries list the proposals they touch.
    children: { proposal_group: { parents: (f) => (Array.isArray(f.proposalIds) ? f.proposalIds : []).flatMap((id) => refTo('proposal', id)) } },
    unscoped: ['proposal_settings'],
  },
  tables,
  routes: proposalRoutes,
  messages,
  abilities: (scope) => ({ createProposals: proposalPolicy.create(scope) }),
  demo: async (db, ctx) => {
    await loadProposalDemo(db, ctx);
  },
  attachments: { proposal: proposalFiles },
};
