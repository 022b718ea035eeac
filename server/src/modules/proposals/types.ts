import type { proposalEvents, proposalGroups, proposals } from './schema.js';

export type Proposal = typeof proposals.$inferSelect;
export type ProposalGroup = typeof proposalGroups.$inferSelect;
export type ProposalEvent = typeof proposalEvents.$inferSelect;
