import { useTranslation } from 'react-i18next';
import { DUPLICATE_ACTIONS, IGNORE, targetOfField, type Choice, type DuplicateAction, type Target } from './model';

export type ImportFailure = 'unreadable' | 'internal' | 'interrupted';

/** Why background work failed, as the server reports it. */
export const FAILURE_TEXT: Record<ImportFailure, string> = {
  unreadable: 'imports.unreadable',
  internal: 'errors.internal',
  interrupted: 'imports.interrupted',
};

// Literal keys (not built at run time) so the locale test can see every one is used.
export const TARGET_LABELS: Record<Choice, string> = {
  ignore: 'imports.targets.ignore',
  name: 'imports.targets.name',
  nameVi: 'imports.targets.nameVi',
  nameEn: 'imports.targets.nameEn',
  nameFr: 'imports.targets.nameFr',
  transliteration: 'imports.targets.transliteration',
  firstName: 'imports.targets.firstName',
  lastName: 'imports.targets.lastName',
  type: 'imports.targets.type',
  country: 'imports.targets.country',
  city: 'imports.targets.city',
  languages: 'imports.targets.languages',
  priority: 'imports.targets.priority',
  status: 'imports.targets.status',
  description: 'imports.targets.description',
  website: 'imports.targets.website',
  tags: 'imports.targets.tags',
  contactName: 'imports.targets.contactName',
  contactRole: 'imports.targets.contactRole',
  contactEmail: 'imports.targets.contactEmail',
  contactPhone: 'imports.targets.contactPhone',
};

/** Targets in the order and groups the mapping select shows them. */
const TARGET_GROUPS: { label: string; items: Target[] }[] = [
  { label: 'imports.targetGroups.names', items: ['name', 'nameVi', 'nameEn', 'nameFr', 'transliteration', 'firstName', 'lastName'] },
  {
    label: 'imports.targetGroups.details',
    items: ['type', 'country', 'city', 'languages', 'priority', 'status', 'description', 'website', 'tags'],
  },
  { label: 'imports.targetGroups.contact', items: ['contactName', 'contactRole', 'contactEmail', 'contactPhone'] },
];

export const ACTION_LABELS: Record<DuplicateAction, string> = {
  skip: 'imports.actions.skip',
  merge: 'imports.actions.merge',
  create: 'imports.actions.create',
};

export const ACTION_HINTS: Record<DuplicateAction, string> = {
  skip: 'imports.actionHints.skip',
  merge: 'imports.actionHints.merge',
  create: 'imports.actionHints.create',
};

export const REASON_LABELS: Record<string, string> = {
  same_name_country: 'imports.reasons.same_name_country',
  same_website: 'imports.reasons.same_website',
  same_email: 'imports.reasons.same_email',
  in_file: 'imports.reasons.in_file',
};

export const PHASE_LABELS: Record<string, string> = {
  validating: 'imports.phases.validating',
  duplicates: 'imports.phases.duplicates',
  partners: 'imports.phases.partners',
  contacts: 'imports.phases.contacts',
  merge: 'imports.phases.merge',
  search: 'imports.phases.search',
  timeline: 'imports.phases.timeline',
};

/** Translated labels; an unknown value (a newer server) shows as itself. */
export function useImportLabels() {
  const { t } = useTranslation();
  const of = (map: Record<string, string>) => (v: string | null | undefined) => {
    const key = map[String(v)];
    return key ? t(key) : String(v ?? '');
  };
  return {
    target: of(TARGET_LABELS),
    action: of(ACTION_LABELS),
    actionHint: of(ACTION_HINTS),
    reason: of(REASON_LABELS),
    phase: of(PHASE_LABELS),
    /** A row error's field (`contact.email`) as the column target the user knows. */
    field: (field: string) => {
      const target = targetOfField(field);
      return target ? t(TARGET_LABELS[target]) : field;
    },
    targetData: () => [
      { group: t('imports.targetGroups.skip'), items: [{ value: IGNORE, label: t(TARGET_LABELS.ignore) }] },
      ...TARGET_GROUPS.map((g) => ({ group: t(g.label), items: g.items.map((v) => ({ value: v, label: t(TARGET_LABELS[v]) })) })),
    ],
    actionData: () => DUPLICATE_ACTIONS.map((a) => ({ value: a, label: t(ACTION_LABELS[a]) })),
  };
}
