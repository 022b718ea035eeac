import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Body, Item, Query, Reply } from '../../api/contract';

// Reference data (docs/API.md, module countries): countries, relationship groups, cooperation fields.

/** `nameVi`…: effective names, the override when set, else the ISO list's name. */
export type Country = Reply<'/countries/{code}'>;
export type CountryOption = Item<'/countries/options'>;
/** Relationship groups and cooperation fields have the same shape. */
export type ReferenceItem = Item<'/relationship-groups'>;

export type ListKind = 'groups' | 'fields';
const listPath: Record<ListKind, string> = { groups: '/relationship-groups', fields: '/cooperation-fields' };

export const referenceKey = ['reference'] as const;
const countriesKey = [...referenceKey, 'countries'] as const;

/** `sort` as the URL has it: the server refuses an unknown one. */
export type CountryFilters = Omit<Query<'/countries'>, 'sort'> & { page: number; limit: number; sort?: string };

export function useCountries(filters: CountryFilters) {
  return useQuery({
    queryKey: [...countriesKey, 'list', filters],
    queryFn: ({ signal }) => api<Reply<'/countries'>>(`/countries${toQuery({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every country, for selects and the map; it changes rarely. */
export function useCountryOptions() {
  return useQuery({
    queryKey: [...countriesKey, 'options'],
    queryFn: () => api<Reply<'/countries/options'>>('/countries/options'),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });
}

export function useReferenceList(kind: ListKind) {
  return useQuery({
    queryKey: [...referenceKey, kind],
    queryFn: () => api<Reply<'/relationship-groups'>>(listPath[kind]),
    select: (d) => d.items,
  });
}

export const fetchCountry = (code: string) => api<Reply<'/countries/{code}'>>(`/countries/${encodeURIComponent(code)}`);

export type CountryPatch = Body<'/countries/{code}', 'patch'>;

export const updateCountry = (code: string, body: CountryPatch) =>
  api<Reply<'/countries/{code}', 'patch'>>(`/countries/${encodeURIComponent(code)}`, { method: 'PATCH', body });

export type ReferenceItemFields = Body<'/relationship-groups', 'post'>;

export const createReferenceItem = (kind: ListKind, body: ReferenceItemFields) =>
  api<Reply<'/relationship-groups', 'post'>>(listPath[kind], { method: 'POST', body });

export const updateReferenceItem = (kind: ListKind, id: string, body: Body<'/relationship-groups/{id}', 'patch'>) =>
  api<Reply<'/relationship-groups/{id}', 'patch'>>(`${listPath[kind]}/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const deleteReferenceItem = (kind: ListKind, id: string) =>
  api<Reply<'/relationship-groups/{id}', 'delete'>>(`${listPath[kind]}/${encodeURIComponent(id)}`, { method: 'DELETE' });

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
