// Shapes of the proposals contract, read from the generated API types (src/api).
import { enumList, type Body, type Item, type Reply } from '../../api/contract';

export type Proposal = Reply<'/proposals/{id}'>;
/** A list row: the proposal without body and answer. */
export type ProposalItem = Item<'/proposals'>;
export type SimilarProposal = Item<'/proposals/similar', 'post'>;
export type HistoryEntry = Item<'/proposals/{id}/history'>;
export type ProposalGroup = Item<'/proposal-groups'>;
export type ProposalGroupDetail = Reply<'/proposal-groups/{id}'>;
export type ProposalStats = Reply<'/proposals/stats'>;
export type ProposalSettings = Reply<'/units/{id}/proposal-settings'>;
export type ProposalInput = Body<'/proposals', 'post'>;
export type ProposalPatch = Body<'/proposals/{id}', 'patch'>;
export type TransitionBody = Body<'/proposals/{id}/transitions', 'post'>;
export type MakeTaskBody = Body<'/proposals/{id}/task', 'post'>;

export type ProposalState = Proposal['state'];
export type Urgency = Proposal['urgency'];
/** Workflow steps of `POST /proposals/:id/transitions`. */
export type ProposalAction = TransitionBody['action'];

// The order in which the client lists each enum's values (the server's values, checked by the compiler).
export const PROPOSAL_STATES = enumList<ProposalState>()(['submitted', 'accepted', 'answered', 'closed', 'rejected']);
export const URGENCIES = enumList<Urgency>()(['normal', 'urgent', 'very_urgent']);
