import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Body, Reply } from '../../api/contract';
import type { PartnerFilters } from './filters';
import type { NewRelationship } from './types';

export const partnersKey = ['partners'] as const;
const enc = encodeURIComponent;

export function usePartners(params: PartnerFilters & { page: number; limit: number; sort?: string }) {
  return useQuery({
    queryKey: [...partnersKey, 'list', params],
    queryFn: ({ signal }) => api<Reply<'/partners'>>(`/partners${toQuery({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePartnerFacets(filters: PartnerFilters) {
  return useQuery({
    queryKey: [...partnersKey, 'facets', filters],
    queryFn: ({ signal }) => api<Reply<'/partners/facets'>>(`/partners/facets${toQuery({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePartner(id: string | null | undefined) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id],
    queryFn: ({ signal }) => api<Reply<'/partners/{id}'>>(`/partners/${enc(id!)}`, { signal }),
    enabled: !!id,
  });
}

/** Search for pickers (relationship target, merge partner). */
export function searchPartners(q: string, signal?: AbortSignal) {
  return api<Reply<'/partners'>>(`/partners${toQuery({ q, limit: 20 })}`, { signal });
}

export const createPartner = (body: Body<'/partners', 'post'>) => api<Reply<'/partners', 'post'>>('/partners', { method: 'POST', body });
export const updatePartner = (id: string, body: Body<'/partners/{id}', 'patch'>) => api<Reply<'/partners/{id}', 'patch'>>(`/partners/${enc(id)}`, { method: 'PATCH', body });
export const deletePartner = (id: string) => api<Reply<'/partners/{id}', 'delete'>>(`/partners/${enc(id)}`, { method: 'DELETE' });
export const checkDuplicates = (body: Body<'/partners/duplicates/check', 'post'>) =>
  api<Reply<'/partners/duplicates/check', 'post'>>('/partners/duplicates/check', { method: 'POST', body });
export const dismissDuplicate = (aId: string, bId: string) =>
  api<Reply<'/partners/duplicates/dismiss', 'post'>>('/partners/duplicates/dismiss', { method: 'POST', body: { aId, bId } satisfies Body<'/partners/duplicates/dismiss', 'post'> });
export const mergePartners = (body: Body<'/partners/merge', 'post'>) =>
  api<Reply<'/partners/merge', 'post'>>('/partners/merge', { method: 'POST', body });

export function useDuplicatePairs(page: number, limit: number) {
  return useQuery({
    queryKey: [...partnersKey, 'duplicates', page, limit],
    queryFn: ({ signal }) => api<Reply<'/partners/duplicates'>>(`/partners/duplicates${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTimeline(id: string, page: number, limit: number) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'timeline', page, limit],
    queryFn: ({ signal }) => api<Reply<'/partners/{id}/timeline'>>(`/partners/${enc(id)}/timeline${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNotes(id: string, page: number, limit: number) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'notes', page, limit],
    queryFn: ({ signal }) => api<Reply<'/partners/{id}/notes'>>(`/partners/${enc(id)}/notes${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export const addNote = (id: string, body: string) =>
  api<Reply<'/partners/{id}/notes', 'post'>>(`/partners/${enc(id)}/notes`, { method: 'POST', body: { body } satisfies Body<'/partners/{id}/notes', 'post'> });
export const updateNote = (id: string, noteId: string, body: string) =>
  api<Reply<'/partners/{id}/notes/{noteId}', 'patch'>>(`/partners/${enc(id)}/notes/${enc(noteId)}`, {
    method: 'PATCH',
    body: { body } satisfies Body<'/partners/{id}/notes/{noteId}', 'patch'>,
  });
export const deleteNote = (id: string, noteId: string) => api<Reply<'/partners/{id}/notes/{noteId}', 'delete'>>(`/partners/${enc(id)}/notes/${enc(noteId)}`, { method: 'DELETE' });

export function useRelationships(id: string) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'relationships'],
    queryFn: ({ signal }) => api<Reply<'/partners/{id}/relationships'>>(`/partners/${enc(id)}/relationships`, { signal }),
    select: (d) => d.items,
  });
}

export const addRelationship = (id: string, body: NewRelationship) =>
  api<Reply<'/partners/{id}/relationships', 'post'>>(`/partners/${enc(id)}/relationships`, { method: 'POST', body });
export const deleteRelationship = (id: string, relId: string) =>
  api<Reply<'/partners/{id}/relationships/{relId}', 'delete'>>(`/partners/${enc(id)}/relationships/${enc(relId)}`, { method: 'DELETE' });

export function useGraph(id: string, kinds: string[], enabled: boolean) {
  return useQuery({
    queryKey: [...partnersKey, 'one', id, 'graph', kinds],
    queryFn: ({ signal }) => api<Reply<'/partners/{id}/graph'>>(`/partners/${enc(id)}/graph${toQuery({ depth: 2, kinds: kinds.join(',') })}`, { signal }),
    enabled,
  });
}

export const savedFiltersKey = ['saved-filters', 'partners'] as const;

export function useSavedFilters() {
  return useQuery({
    queryKey: savedFiltersKey,
    queryFn: ({ signal }) => api<Reply<'/saved-filters'>>('/saved-filters?entity=partners', { signal }),
    select: (d) => d.items,
  });
}
export const saveFilter = (name: string, query: Record<string, string>) =>
  api<Reply<'/saved-filters', 'post'>>('/saved-filters', { method: 'POST', body: { entity: 'partners', name, query } satisfies Body<'/saved-filters', 'post'> });
export const deleteSavedFilter = (id: string) => api<Reply<'/saved-filters/{id}', 'delete'>>(`/saved-filters/${enc(id)}`, { method: 'DELETE' });

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
