// Shapes of the partner-network contract (docs/API.md, "Partner network").
import type { UnitNames, UnitRef } from '../../ui/types';

export const PARTNER_TYPES = [
  'foreign_organisation',
  'foreign_ngo',
  'international_organisation',
  'foreign_locality',
  'individual',
  'overseas_vietnamese_association',
  'expert',
  'enterprise',
  'media_outlet',
  'research_institution',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const PARTNER_STATUSES = ['active', 'dormant', 'ended'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export const VISIBILITIES = ['shared', 'unit', 'confidential'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PRIORITIES = [1, 2, 3] as const;

export const RELATIONSHIP_KINDS = [
  'counterpart',
  'member_of',
  'parent_organisation',
  'sister_city_of',
  'funded_by',
  'cooperates_with',
  'other',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const DUPLICATE_REASONS = ['same_name_country', 'similar_name', 'same_website', 'same_email'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export const TIMELINE_KINDS = ['created', 'updated', 'note_added', 'relationship_added', 'relationship_removed', 'merged'] as const;

/** The names every partner carries; any of them may be empty (at least one is not). */
export interface PartnerNames {
  name: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
  transliteration: string;
}

export interface PartnerCan {
  update: boolean;
  delete: boolean;
  merge: boolean;
}

export interface PartnerSummary extends PartnerNames {
  id: string;
  type: PartnerType;
  countryCode: string | null;
  city: string;
  priority: number;
  status: PartnerStatus;
  tags: string[];
  visibility: Visibility;
  ownerUnitId: string;
  updatedAt: string;
}

export interface PartnerListItem extends PartnerSummary {
  can?: Partial<PartnerCan>;
  score?: number;
}

export interface Contact {
  id: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface Partner extends PartnerSummary {
  aliases: string[];
  languages: string[];
  description: string;
  website: string;
  fieldIds: string[];
  contacts: Contact[];
  country: ({ code: string } & UnitNames) | null;
  ownerUnit: UnitRef | null;
  createdAt: string;
  can: PartnerCan;
}

/** Body of create / PATCH / duplicates check. */
export interface PartnerInput extends Partial<PartnerNames> {
  type?: PartnerType;
  countryCode?: string | null;
  city?: string;
  languages?: string[];
  priority?: number;
  status?: PartnerStatus;
  description?: string;
  website?: string;
  tags?: string[];
  fieldIds?: string[];
  contacts?: { id?: string; name: string; role: string; email: string; phone: string }[];
  visibility?: Visibility;
  ownerUnitId?: string;
}

export interface CountryOption extends UnitNames {
  code: string;
  region: string;
  relationshipGroupId: string | null;
}

/** Relationship group or field of cooperation. */
export interface RefItem extends UnitNames {
  id: string;
  key: string;
  sort: number;
}

export interface FacetValue {
  value: string;
  count: number;
}
export const FACETS = ['type', 'countryCode', 'groupId', 'fieldId', 'priority', 'status', 'unitId', 'tag'] as const;
export type FacetName = (typeof FACETS)[number];
export type Facets = Partial<Record<FacetName, FacetValue[]>>;

export interface DuplicateCandidate {
  partner: PartnerSummary;
  score: number;
  reasons: string[];
}

export interface DuplicatePair {
  a: PartnerSummary;
  b: PartnerSummary;
  score: number;
  reasons: string[];
}

export interface Actor {
  id: string;
  displayName: string;
}

export interface TimelineEvent {
  id: string | number;
  at: string;
  kind: string;
  actor: Actor | null;
  refEntity: string | null;
  refId: string | null;
  data: unknown;
}

export interface Note {
  id: string;
  body: string;
  author: Actor | null;
  createdAt: string;
  updatedAt: string;
  can: { update: boolean; delete: boolean };
}

export type RelationshipOther = { kind: 'partner'; partner: PartnerSummary } | { kind: 'unit'; unit: UnitRef };

export interface Relationship {
  id: string;
  kind: RelationshipKind;
  direction: 'out' | 'in';
  other: RelationshipOther;
  startDate: string | null;
  endDate: string | null;
  note: string;
  can: { delete: boolean };
}

export interface GraphNode {
  id: string;
  kind: 'partner' | 'unit';
  label: string;
  type?: string;
  countryCode?: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface SavedFilter {
  id: string;
  name: string;
  query: unknown;
}
