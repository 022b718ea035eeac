import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Page } from '../../ui/types';
import type { PartnerFilters } from './filters';
import type {
  DuplicateCandidate,
  DuplicatePair,
  Facets,
  Graph,
  Note,
  Partner,
  PartnerInput,
  PartnerListItem,
  Relationship,
  SavedFilter,
  TimelineEvent,
} from './types';

export const partnersKey = ['partners'] as const;
const enc = encodeURIComponent;

export function usePartners(params: PartnerFilters & { page: number; limit: number; sort?: string }) {
  return useQuery({
    queryKey: [...partnersKey, 'list', params],
    queryFn: ({ signal }) => api<Page<PartnerListItem>>(`/partners${toQuery({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePartnerFacets(filters: PartnerFilters) {
  return useQuery({
    queryKey: [...partnersKey, 'facets', filters],
    queryFn: ({ signal }) => api<Facets>(`/partners/facets${toQuery({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePartner(id: string | null | undefined) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id],
    queryFn: ({ signal }) => api<Partner>(`/partners/${enc(id!)}`, { signal }),
    enabled: !!id,
  });
}

/** Search for pickers (relationship target, merge partner). */
export function searchPartners(q: string, signal?: AbortSignal) {
  return api<Page<PartnerListItem>>(`/partners${toQuery({ q, limit: 20 })}`, { signal });
}

export const createPartner = (body: PartnerInput) => api<Partner>('/partners', { method: 'POST', body });
export const updatePartner = (id: string, body: PartnerInput) => api<Partner>(`/partners/${enc(id)}`, { method: 'PATCH', body });
export const deletePartner = (id: string) => api<void>(`/partners/${enc(id)}`, { method: 'DELETE' });
export const checkDuplicates = (body: PartnerInput) =>
  api<{ candidates: DuplicateCandidate[] }>('/partners/duplicates/check', { method: 'POST', body });
export const dismissDuplicate = (aId: string, bId: string) =>
  api<void>('/partners/duplicates/dismiss', { method: 'POST', body: { aId, bId } });
export const mergePartners = (body: { survivorId: string; mergedId: string; pick?: Record<string, string> }) =>
  api<Partner>('/partners/merge', { method: 'POST', body });

export function useDuplicatePairs(page: number, limit: number) {
  return useQuery({
    queryKey: [...partnersKey, 'duplicates', page, limit],
    queryFn: ({ signal }) => api<Page<DuplicatePair>>(`/partners/duplicates${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTimeline(id: string, page: number, limit: number) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'timeline', page, limit],
    queryFn: ({ signal }) => api<Page<TimelineEvent>>(`/partners/${enc(id)}/timeline${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNotes(id: string, page: number, limit: number) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'notes', page, limit],
    queryFn: ({ signal }) => api<Page<Note>>(`/partners/${enc(id)}/notes${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export const addNote = (id: string, body: string) => api<Note>(`/partners/${enc(id)}/notes`, { method: 'POST', body: { body } });
export const updateNote = (id: string, noteId: string, body: string) =>
  api<Note>(`/partners/${enc(id)}/notes/${enc(noteId)}`, { method: 'PATCH', body: { body } });
export const deleteNote = (id: string, noteId: string) => api<void>(`/partners/${enc(id)}/notes/${enc(noteId)}`, { method: 'DELETE' });

export function useRelationships(id: string) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'relationships'],
    queryFn: ({ signal }) => api<{ items: Relationship[] }>(`/partners/${enc(id)}/relationships`, { signal }),
    select: (d) => d.items,
  });
}

export interface NewRelationship {
  kind: string;
  toPartnerId?: string;
  toUnitId?: string;
  startDate?: string;
  endDate?: string;
  note?: string;
}
export const addRelationship = (id: string, body: NewRelationship) =>
  api<Relationship>(`/partners/${enc(id)}/relationships`, { method: 'POST', body });
export const deleteRelationship = (id: string, relId: string) =>
  api<void>(`/partners/${enc(id)}/relationships/${enc(relId)}`, { method: 'DELETE' });

export function useGraph(id: string, kinds: string[], enabled: boolean) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'graph', kinds],
    queryFn: ({ signal }) => api<Graph>(`/partners/${enc(id)}/graph${toQuery({ depth: 2, kinds: kinds.join(',') })}`, { signal }),
    enabled,
  });
}

export const savedFiltersKey = ['saved-filters', 'partners'] as const;

export function useSavedFilters() {
  return useQuery({
    queryKey: savedFiltersKey,
    queryFn: ({ signal }) => api<{ items: SavedFilter[] }>('/saved-filters?entity=partners', { signal }),
    select: (d) => d.items,
  });
}
export const saveFilter = (name: string, query: Record<string, string>) =>
  api<SavedFilter>('/saved-filters', { method: 'POST', body: { entity: 'partners', name, query } });
export const deleteSavedFilter = (id: string) => api<void>(`/saved-filters/${enc(id)}`, { method: 'DELETE' });

/**
 * Any partner change shows in lists, facets, the partner's tabs and the audit log.
 * `gone`: partners that no longer exist (deleted, merged away): not refetched into a 404
 * while their page is still mounted during the navigation away.
 */
export function useInvalidatePartners() {
  const qc = useQueryClient();
  return (gone: string[] = []) =>
    Promise.all([
      qc.invalidateQueries({
        queryKey: partnersKey,
        predicate: (q) => !(q.queryKey[1] === 'one' && gone.includes(String(q.queryKey[2]))),
      }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}
