import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Body, Item, Reply } from '../../api/contract';
import type { ClashCheck, EngagementInput, EngagementListParams, EngagementPatch, FollowUpInput, FollowUpPatch, TransitionBody } from './types';

// Other features (calendar, approvals, home, notifications) import from here: keep these names stable.
export const engagementsKey = ['engagements'] as const;
/** Follow-ups live under the engagements key, so any engagement change refreshes them too. */
export const followUpsKey = [...engagementsKey, 'follow-ups'] as const;
const enc = encodeURIComponent;

export function useEngagements(params: EngagementListParams) {
  return useQuery({
    queryKey: [...engagementsKey, 'list', params],
    queryFn: ({ signal }) => api<Reply<'/engagements'>>(`/engagements${toQuery({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEngagement(id: string | null | undefined) {
  return useQuery({
    queryKey: [...engagementsKey, 'one', id],
    queryFn: ({ signal }) => api<Reply<'/engagements/{id}'>>(`/engagements/${enc(id!)}`, { signal }),
    enabled: !!id,
  });
}

export const createEngagement = (body: EngagementInput) => api<Reply<'/engagements', 'post'>>('/engagements', { method: 'POST', body });
export const updateEngagement = (id: string, body: EngagementPatch) =>
  api<Reply<'/engagements/{id}', 'patch'>>(`/engagements/${enc(id)}`, { method: 'PATCH', body });
export const deleteEngagement = (id: string) => api<Reply<'/engagements/{id}', 'delete'>>(`/engagements/${enc(id)}`, { method: 'DELETE' });
export const checkClashes = (body: ClashCheck, signal?: AbortSignal) =>
  api<Reply<'/engagements/check-clashes', 'post'>>('/engagements/check-clashes', { method: 'POST', body, signal });

export const transitionEngagement = (id: string, body: TransitionBody) =>
  api<Reply<'/engagements/{id}/transitions', 'post'>>(`/engagements/${enc(id)}/transitions`, { method: 'POST', body });

export function useEngagementHistory(id: string) {
  return useQuery({
    queryKey: [...engagementsKey, 'one', id, 'history'],
    queryFn: ({ signal }) => api<Reply<'/engagements/{id}/history'>>(`/engagements/${enc(id)}/history`, { signal }),
    select: (d) => d.items,
  });
}

/** Follow-ups of one engagement. */
export function useFollowUps(engagementId: string) {
  return useQuery({
    queryKey: [...followUpsKey, 'of', engagementId],
    queryFn: ({ signal }) => api<Reply<'/engagements/{id}/follow-ups'>>(`/engagements/${enc(engagementId)}/follow-ups`, { signal }),
    select: (d) => d.items,
  });
}

/** Follow-ups owned by the signed-in user (`overdue`: only those past their due date). */
export function useMyFollowUps(params: { page: number; limit: number; overdue?: boolean }) {
  return useQuery({
    queryKey: [...followUpsKey, 'mine', params],
    queryFn: ({ signal }) =>
      api<Reply<'/me/follow-ups'>>(`/me/follow-ups${toQuery({ page: params.page, limit: params.limit, overdue: params.overdue ? 'true' : undefined })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export const addFollowUp = (engagementId: string, body: FollowUpInput) =>
  api<Reply<'/engagements/{id}/follow-ups', 'post'>>(`/engagements/${enc(engagementId)}/follow-ups`, { method: 'POST', body });
export const updateFollowUp = (id: string, body: FollowUpPatch) => api<Reply<'/follow-ups/{id}', 'patch'>>(`/follow-ups/${enc(id)}`, { method: 'PATCH', body });
export const deleteFollowUp = (id: string) => api<Reply<'/follow-ups/{id}', 'delete'>>(`/follow-ups/${enc(id)}`, { method: 'DELETE' });

export const addDocument = (engagementId: string, body: Body<'/engagements/{id}/documents', 'post'>) =>
  api<Reply<'/engagements/{id}/documents', 'post'>>(`/engagements/${enc(engagementId)}/documents`, { method: 'POST', body });
export const deleteDocument = (engagementId: string, docId: string) =>
  api<Reply<'/engagements/{id}/documents/{docId}', 'delete'>>(`/engagements/${enc(engagementId)}/documents/${enc(docId)}`, { method: 'DELETE' });

/** A colleague from the directory (any signed-in user may search it: names and units only). */
export type Colleague = Item<'/users/directory'>;

export function useUserSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['users', 'directory', q],
    queryFn: ({ signal }) => api<Reply<'/users/directory'>>(`/users/directory${toQuery({ q, limit: 20 })}`, { signal }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The engagement as one iCalendar event (a file download, with the session cookie). */
export const icsHref = (id: string) => `/api/v1/engagements/${enc(id)}.ics`;

/**
 * An engagement change shows in lists, the calendar, approvals, follow-ups, partner timelines,
 * notifications and the audit log. `gone`: deleted engagements, not refetched into a 404.
 */
export function useInvalidateEngagements() {
  const qc = useQueryClient();
  return (gone: string[] = []) =>
    Promise.all([
      qc.invalidateQueries({
        queryKey: engagementsKey,
        predicate: (q) =>
          !(q.queryKey[1] === 'one' && gone.includes(String(q.queryKey[2]))) &&
          !(q.queryKey[1] === 'follow-ups' && q.queryKey[2] === 'of' && gone.includes(String(q.queryKey[3]))),
      }),
      qc.invalidateQueries({ queryKey: ['calendar'] }),
      qc.invalidateQueries({ queryKey: ['approvals'] }),
      qc.invalidateQueries({ queryKey: ['notifications'] }),
      qc.invalidateQueries({ queryKey: ['partners'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}
