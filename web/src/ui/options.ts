import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, LANGUAGES, LEVELS, PILLARS, ROLES, UNIT_KINDS } from './types';

export interface Option {
  value: string;
  label: string;
}

/** Select options with translated labels for the contract's enumerations. */
export function useOptions() {
  const { t } = useTranslation();
  const map = (values: readonly string[], family: string): Option[] =>
    values.map((value) => ({ value, label: t(`${family}.${value}`) }));
  return {
    kinds: map(UNIT_KINDS, 'kinds'),
    pillars: map(PILLARS, 'pillars'),
    levels: map(LEVELS, 'levels'),
    roles: map(ROLES, 'roles'),
    languages: map(LANGUAGES, 'languages'),
    actions: map(AUDIT_ACTIONS, 'actions'),
  };
}
