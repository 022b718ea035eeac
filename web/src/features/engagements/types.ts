// Engagement shapes, read from the generated API types (src/api).
import { enumList, type Body, type Item, type Query, type Reply } from '../../api/contract';

export type EngagementItem = Item<'/engagements'>;
export type ApprovalItem = Item<'/approvals'>;
export type Engagement = Reply<'/engagements/{id}'>;
/** Answer of create, PATCH and transitions. */
export type EngagementSaved = Reply<'/engagements', 'post'>;
export type Clash = EngagementSaved['clashes'][number];
export type FollowUp = Item<'/engagements/{id}/follow-ups'>;
export type AppNotification = Item<'/notifications'>;
export type EngagementCan = Engagement['can'];
export type EngagementDocument = Engagement['documents'][number];
export type HistoryEntry = Item<'/engagements/{id}/history'>;

/** Body of create; PATCH and check-clashes take the same fields (all optional). All-day: `startsAt`/`endsAt` are `YYYY-MM-DD` (inclusive). */
export type EngagementInput = Body<'/engagements', 'post'>;
export type EngagementPatch = Body<'/engagements/{id}', 'patch'>;
export type ClashCheck = Body<'/engagements/check-clashes', 'post'>;
/** A participant as sent: a user, a partner's contact point, or a guest known by name. */
export type ParticipantInput = NonNullable<EngagementInput['participants']>[number];
export type SessionInput = NonNullable<EngagementInput['sessions']>[number];
export type TransitionBody = Body<'/engagements/{id}/transitions', 'post'>;
export type FollowUpInput = Body<'/engagements/{id}/follow-ups', 'post'>;
export type FollowUpPatch = Body<'/follow-ups/{id}', 'patch'>;

/** Query of `GET /engagements`: every filter optional, the page always given. */
export type EngagementListParams = Query<'/engagements'> & { page: number; limit: number };

export type EngagementKind = Engagement['kind'];
export type EngagementState = Engagement['state'];
export type EngagementLevel = NonNullable<Engagement['level']>;
export type ParticipantRole = Engagement['participants'][number]['role'];
export type EngagementAction = TransitionBody['action'];
export type Visibility = Engagement['visibility'];

// The order in which the client lists each enum's values (the server's values, checked by the compiler).
export const ENGAGEMENT_KINDS = enumList<EngagementKind>()([
  'incoming_delegation',
  'outgoing_delegation',
  'meeting',
  'exchange_programme',
  'conference',
  'seminar',
  'forum',
  'training',
  'cultural_event',
  'aid_handover',
  'online_meeting',
]);
export const ENGAGEMENT_STATES = enumList<EngagementState>()(['draft', 'submitted', 'approved', 'returned', 'rejected', 'done', 'cancelled']);
export const ENGAGEMENT_LEVELS = enumList<EngagementLevel>()(['state_leader', 'ministerial', 'central_agency', 'provincial', 'district', 'organisation']);
export const PARTICIPANT_ROLES = enumList<ParticipantRole>()(['head_of_delegation', 'member', 'speaker', 'interpreter', 'organiser', 'guest']);
export const ENGAGEMENT_ACTIONS = enumList<EngagementAction>()(['submit', 'approve', 'return', 'reject', 'cancel', 'complete', 'reopen']);
