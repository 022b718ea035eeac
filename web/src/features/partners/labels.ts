import { useTranslation } from 'react-i18next';
import type { FacetName, PartnerStatus, PartnerType, RelationshipKind, Visibility } from './types';

// Literal keys (not built at run time) so the locale test can see every one is used.
export const TYPE_LABELS: Record<PartnerType, string> = {
  foreign_organisation: 'partners.types.foreign_organisation',
  foreign_ngo: 'partners.types.foreign_ngo',
  international_organisation: 'partners.types.international_organisation',
  foreign_locality: 'partners.types.foreign_locality',
  individual: 'partners.types.individual',
  overseas_vietnamese_association: 'partners.types.overseas_vietnamese_association',
  expert: 'partners.types.expert',
  enterprise: 'partners.types.enterprise',
  media_outlet: 'partners.types.media_outlet',
  research_institution: 'partners.types.research_institution',
};

export const STATUS_LABELS: Record<PartnerStatus, string> = {
  active: 'partners.statuses.active',
  dormant: 'partners.statuses.dormant',
  ended: 'partners.statuses.ended',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  shared: 'partners.visibilities.shared',
  unit: 'partners.visibilities.unit',
  confidential: 'partners.visibilities.confidential',
};

export const VISIBILITY_HINTS: Record<Visibility, string> = {
  shared: 'partners.visibilityHints.shared',
  unit: 'partners.visibilityHints.unit',
  confidential: 'partners.visibilityHints.confidential',
};

export const PRIORITY_LABELS: Record<string, string> = {
  '1': 'partners.priorities.p1',
  '2': 'partners.priorities.p2',
  '3': 'partners.priorities.p3',
};

export const RELATIONSHIP_LABELS: Record<RelationshipKind, string> = {
  counterpart: 'partners.relationshipKinds.counterpart',
  member_of: 'partners.relationshipKinds.member_of',
  parent_organisation: 'partners.relationshipKinds.parent_organisation',
  sister_city_of: 'partners.relationshipKinds.sister_city_of',
  funded_by: 'partners.relationshipKinds.funded_by',
  cooperates_with: 'partners.relationshipKinds.cooperates_with',
  other: 'partners.relationshipKinds.other',
};

export const REASON_LABELS: Record<string, string> = {
  same_name_country: 'partners.reasons.same_name_country',
  similar_name: 'partners.reasons.similar_name',
  same_website: 'partners.reasons.same_website',
  same_email: 'partners.reasons.same_email',
};

export const EVENT_LABELS: Record<string, string> = {
  created: 'partners.events.created',
  updated: 'partners.events.updated',
  note_added: 'partners.events.note_added',
  relationship_added: 'partners.events.relationship_added',
  relationship_removed: 'partners.events.relationship_removed',
  merged: 'partners.events.merged',
  engagement: 'partners.events.engagement',
};

export const FACET_LABELS: Record<FacetName, string> = {
  type: 'partners.fields.type',
  countryCode: 'partners.fields.country',
  groupId: 'partners.fields.group',
  fieldId: 'partners.fields.cooperationFields',
  priority: 'partners.fields.priority',
  status: 'partners.fields.status',
  unitId: 'partners.fields.ownerUnit',
  tag: 'partners.fields.tags',
};

/** Labels of partner fields by their API name (merge screen, timeline). */
export const PARTNER_FIELD_LABELS: Record<string, string> = {
  type: 'partners.fields.type',
  name: 'partners.fields.nameOriginal',
  nameVi: 'fields.nameVi',
  nameEn: 'fields.nameEn',
  nameFr: 'fields.nameFr',
  transliteration: 'partners.fields.transliteration',
  countryCode: 'partners.fields.country',
  city: 'partners.fields.city',
  languages: 'partners.fields.languages',
  priority: 'partners.fields.priority',
  status: 'partners.fields.status',
  fieldIds: 'partners.fields.cooperationFields',
  tags: 'partners.fields.tags',
  website: 'partners.fields.website',
  description: 'partners.fields.description',
  visibility: 'partners.fields.visibility',
  ownerUnitId: 'partners.fields.ownerUnit',
  aliases: 'partners.fields.aliases',
  contacts: 'partners.tabs.contacts',
};

export const PRIORITY_COLORS: Record<string, string> = { '1': 'red', '2': 'orange', '3': 'gray' };
export const STATUS_COLORS: Record<string, string> = { active: 'green', dormant: 'yellow', ended: 'gray' };
export const VISIBILITY_COLORS: Record<string, string> = { shared: 'teal', unit: 'blue', confidential: 'red' };

/** Translated labels; a value the UI does not know yet (a newer server) shows as itself. */
export function useLabels() {
  const { t } = useTranslation();
  const of = (map: Record<string, string>) => (v: string | number | null | undefined) => {
    const key = map[String(v)];
    return key ? t(key) : String(v ?? '');
  };
  return {
    type: of(TYPE_LABELS),
    status: of(STATUS_LABELS),
    visibility: of(VISIBILITY_LABELS),
    visibilityHint: of(VISIBILITY_HINTS),
    priority: of(PRIORITY_LABELS),
    relationship: of(RELATIONSHIP_LABELS),
    reason: of(REASON_LABELS),
    event: of(EVENT_LABELS),
    field: (f: string) => (PARTNER_FIELD_LABELS[f] ? t(PARTNER_FIELD_LABELS[f]!) : ''),
  };
}

/** Select options for an enumeration. */
export function useEnumOptions() {
  const { t } = useTranslation();
  const opts = (map: Record<string, string>) => Object.entries(map).map(([value, key]) => ({ value, label: t(key) }));
  return {
    types: opts(TYPE_LABELS),
    statuses: opts(STATUS_LABELS),
    visibilities: opts(VISIBILITY_LABELS),
    priorities: opts(PRIORITY_LABELS),
    relationshipKinds: opts(RELATIONSHIP_LABELS),
  };
}
