import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { refName } from './names';
import type { CountryOption, RefItem } from './types';

// Own query keys: the reference-data screens may cache these endpoints in another shape.
const STALE = 5 * 60_000;

export function useCountryOptions() {
  return useQuery({
    queryKey: ['partners-ref', 'countries'],
    queryFn: ({ signal }) => api<{ items: CountryOption[] }>('/countries/options', { signal }),
    select: (d) => d.items,
    staleTime: STALE,
  });
}

export function useRelationshipGroups() {
  return useQuery({
    queryKey: ['partners-ref', 'groups'],
    queryFn: ({ signal }) => api<{ items: RefItem[] }>('/relationship-groups', { signal }),
    select: (d) => [...d.items].sort((a, b) => a.sort - b.sort),
    staleTime: STALE,
  });
}

export function useCooperationFields() {
  return useQuery({
    queryKey: ['partners-ref', 'fields'],
    queryFn: ({ signal }) => api<{ items: RefItem[] }>('/cooperation-fields', { signal }),
    select: (d) => [...d.items].sort((a, b) => a.sort - b.sort),
    staleTime: STALE,
  });
}

/** Country names by code in the UI language, and select options sorted by name. */
export function useCountries() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const q = useCountryOptions();
  return useMemo(() => {
    const byCode = new Map((q.data ?? []).map((c) => [c.code, c]));
    const name = (code: string | null | undefined) => (code ? refName(byCode.get(code), lang, code) : '');
    const options = (q.data ?? [])
      .map((c) => ({ value: c.code, label: refName(c, lang, c.code) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
    return { name, options, byCode, isPending: q.isPending };
  }, [q.data, q.isPending, lang]);
}

/** Names of groups or fields by id, and options in their configured order. */
export function useRefNames(items: RefItem[] | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const byId = new Map((items ?? []).map((g) => [g.id, g]));
    return {
      name: (id: string) => refName(byId.get(id), lang, id),
      options: (items ?? []).map((g) => ({ value: g.id, label: refName(g, lang, g.key) })),
    };
  }, [items, lang]);
}
