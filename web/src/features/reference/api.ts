import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Page } from '../../ui/types';

// Reference data (docs/API.md, module countries): countries, relationship groups, cooperation fields.

export interface Country {
  code: string;
  /** Effective names: the override when set, else the ISO list's name. */
  nameVi: string;
  nameEn: string;
  nameFr: string;
  overrideVi: string | null;
  overrideEn: string | null;
  overrideFr: string | null;
  region: string;
  subregion: string;
  relationshipGroupId: string | null;
  can: { update: boolean };
}

export type CountryOption = Pick<Country, 'code' | 'nameVi' | 'nameEn' | 'nameFr' | 'region' | 'relationshipGroupId'>;

export interface ReferenceItem {
  id: string;
  key: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
  sort: number;
  can: { update: boolean; delete: boolean };
}

export type ListKind = 'groups' | 'fields';
const listPath: Record<ListKind, string> = { groups: '/relationship-groups', fields: '/cooperation-fields' };

export const referenceKey = ['reference'] as const;
const countriesKey = [...referenceKey, 'countries'] as const;

export interface CountryFilters {
  page: number;
  limit: number;
  q?: string;
  region?: string;
  groupId?: string;
  sort?: string;
}

export function useCountries(filters: CountryFilters) {
  return useQuery({
    queryKey: [...countriesKey, 'list', filters],
    queryFn: ({ signal }) => api<Page<Country>>(`/countries${toQuery({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every country, for selects and the map; it changes rarely. */
export function useCountryOptions() {
  return useQuery({
    queryKey: [...countriesKey, 'options'],
    queryFn: () => api<{ items: CountryOption[] }>('/countries/options'),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });
}

export function useReferenceList(kind: ListKind) {
  return useQuery({
    queryKey: [...referenceKey, kind],
    queryFn: () => api<{ items: ReferenceItem[] }>(listPath[kind]),
    select: (d) => d.items,
  });
}

export const fetchCountry = (code: string) => api<Country>(`/countries/${encodeURIComponent(code)}`);

export interface CountryPatch {
  overrideVi?: string | null;
  overrideEn?: string | null;
  overrideFr?: string | null;
  relationshipGroupId?: string | null;
}

export const updateCountry = (code: string, body: CountryPatch) =>
  api<Country>(`/countries/${encodeURIComponent(code)}`, { method: 'PATCH', body });

export interface ReferenceItemFields {
  key: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
  sort?: number;
}

export const createReferenceItem = (kind: ListKind, body: ReferenceItemFields) =>
  api<ReferenceItem>(listPath[kind], { method: 'POST', body });

export const updateReferenceItem = (kind: ListKind, id: string, body: Partial<ReferenceItemFields>) =>
  api<ReferenceItem>(`${listPath[kind]}/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const deleteReferenceItem = (kind: ListKind, id: string) =>
  api<void>(`${listPath[kind]}/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Names and groups appear in partner lists, filters and the audit log too. */
export function useInvalidateReference() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: referenceKey }),
      qc.invalidateQueries({ queryKey: ['partners'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

/** The name in the UI language. */
export function localName(item: { nameVi: string; nameEn: string; nameFr: string }, lang: string): string {
  return lang === 'vi' ? item.nameVi : lang === 'fr' ? item.nameFr : item.nameEn;
}
