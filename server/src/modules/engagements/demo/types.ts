import type { DemoFieldKey, DemoUnitKey } from '../../partners/demo/types.js';
import type { EngagementKind, EngagementState, engagementLevel, participantRole } from '../schema.js';
import type { Unit, User } from '../../../core/tenancy-schema.js';
import type { DemoPlaceKey } from './places.js';

// The shape of the demo engagements (data-*.ts), and what the builder may look up.

export type EngagementLevel = (typeof engagementLevel.enumValues)[number];
export type ParticipantRole = (typeof participantRole.enumValues)[number];
/** [who, role]: '@officer.hanoi' a demo account, 'aafv#0' a partner's first contact, anything else a guest's name. */
export type DemoParticipant = [string, ParticipantRole];
/** [text, owner ('@account'), due (days from today, or 'YYYY-MM-DD'), done?] */
export type DemoFollowUp = [string, string, number | string, boolean?];
/** [day of the event (0 = first), start 'HH:MM', end 'HH:MM' or '', title, speakers?, room?] */
export type DemoSession = [number, string, string, string, string?, string?];

/** One engagement, written compactly; the loader derives the rest (history, times, defaults). */
export interface DemoEngagement {
  k: string;
  kind: EngagementKind;
  vi: string;
  en?: string;
  fr?: string;
  /** First day: days from today (Hanoi), 'MM-DD' in the demo year's 2 September season, or a fixed 'YYYY-MM-DD' (the seeds). */
  on: number | string;
  /** Timed, local start and end 'HH:MM' (the end on the last day); all-day when absent. */
  at?: [string, string];
  days?: number;
  place: DemoPlaceKey;
  venue?: string;
  /** The organising unit, and the owner unless it has no demo account of its own (see build.ts, ownerOf). */
  u: DemoUnitKey;
  org?: DemoUnitKey;
  co?: DemoUnitKey[];
  /** Partner keys from the partner demo. */
  p?: string[];
  lvl?: EngagementLevel;
  /** Fields of cooperation; the first partner's when absent. */
  f?: DemoFieldKey[];
  why?: string;
  $?: [number, 'VND' | 'USD' | 'EUR'];
  s: EngagementState;
  /** Comment of the last decision: returned, rejected, cancelled, or the rejection before a reopened draft. */
  c?: string;
  /** Submitted eight days ago: the decision is overdue. */
  late?: boolean;
  /** An earlier round: returned with this comment, then submitted again. */
  rt?: string;
  /** Cancelled from this state (default: approved). */
  cf?: 'draft' | 'submitted' | 'approved';
  /** Draft that was rejected (comment `c`) and reopened. */
  re?: boolean;
  /** Visibility; shared when absent. */
  v?: 'unit' | 'confidential';
  /** Demo accounts outside the owner unit named to see a confidential one. */
  acc?: string[];
  ppl?: DemoParticipant[];
  out?: string;
  fu?: DemoFollowUp[];
  /** Documents signed on the first day. */
  docs?: string[];
  ses?: DemoSession[];
}

/** Units whose engagements a demo account enters (build.ts, demoWriterOf). */
export type DemoOwnerKey = 'central' | 'vufo' | 'hanoi' | 'hoankiem' | 'hoabinh';

export interface LookUp {
  unit(key: string): Unit;
  unitKeyOf(id: string): DemoUnitKey;
  user(account: string): User;
  partner(key: string): { id: string; ownerKey: DemoUnitKey; visibility: string; fields: DemoFieldKey[] };
  contact(ref: string): { id: string; partnerId: string; name: string };
  contactsOf(key: string): number;
  field(key: string): string;
  approvalKinds(unit: DemoUnitKey): EngagementKind[];
  decider(approverUnit: DemoUnitKey): User;
  writer(unit: DemoOwnerKey): User;
}
