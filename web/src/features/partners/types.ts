// Shapes of the partner-network contract, read from the generated API types (src/api).
import { enumList, type Body, type Item, type Reply } from '../../api/contract';

export type Partner = Reply<'/partners/{id}'>;
export type PartnerInput = Body<'/partners', 'post'>;
export type PartnerListItem = Item<'/partners'>;
/** The partner as lists, duplicates and relationships name it. */
export type PartnerSummary = Item<'/partners/duplicates'>['a'];
export type Contact = Partner['contacts'][number];
export type CountryOption = Item<'/countries/options'>;
/** Relationship group or field of cooperation. */
export type RefItem = Item<'/relationship-groups'>;
export type Facets = Reply<'/partners/facets'>;
export type FacetName = keyof Facets;
export type DuplicateCandidate = Reply<'/partners/duplicates/check', 'post'>['candidates'][number];
export type DuplicatePair = Item<'/partners/duplicates'>;
export type TimelineEvent = Item<'/partners/{id}/timeline'>;
export type Note = Item<'/partners/{id}/notes'>;
export type Relationship = Item<'/partners/{id}/relationships'>;
export type NewRelationship = Body<'/partners/{id}/relationships', 'post'>;
export type Graph = Reply<'/partners/{id}/graph'>;
export type SavedFilter = Item<'/saved-filters'>;

export type PartnerType = Partner['type'];
export type PartnerStatus = Partner['status'];
export type Visibility = Partner['visibility'];
export type RelationshipKind = Relationship['kind'];
export type DuplicateReason = DuplicateCandidate['reasons'][number];

/** The names every partner carries; any of them may be empty (at least one is not). */
export type PartnerNames = Pick<PartnerSummary, 'name' | 'nameVi' | 'nameEn' | 'nameFr' | 'transliteration'>;

// The order in which the client lists each enum's values (the server's values, checked by the compiler).
export const PARTNER_TYPES = enumList<PartnerType>()([
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
]);
export const PARTNER_STATUSES = enumList<PartnerStatus>()(['active', 'dormant', 'ended']);
export const VISIBILITIES = enumList<Visibility>()(['shared', 'unit', 'confidential']);
export const PRIORITIES = [1, 2, 3] as const;
export const RELATIONSHIP_KINDS = enumList<RelationshipKind>()([
  'counterpart',
  'member_of',
  'parent_organisation',
  'sister_city_of',
  'funded_by',
  'cooperates_with',
  'other',
]);
export const DUPLICATE_REASONS = enumList<DuplicateReason>()(['same_name_country', 'similar_name', 'same_website', 'same_email']);
export const TIMELINE_KINDS = ['created', 'updated', 'note_added', 'relationship_added', 'relationship_removed', 'merged'] as const;
export const FACETS = enumList<FacetName>()(['type', 'countryCode', 'groupId', 'fieldId', 'priority', 'status', 'unitId', 'tag']);
