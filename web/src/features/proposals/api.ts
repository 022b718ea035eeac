import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Body, Reply } from '../../api/contract';
import type { ListParams } from './filters';
import type { MakeTaskBody, ProposalInput, ProposalPatch, TransitionBody } from './types';

export const proposalsKey = ['proposals'] as const;
const groupsKey = [...proposalsKey, 'groups'] as const;
const enc = encodeURIComponent;

export function useProposals(params: ListParams, enabled = true) {
  return useQuery({
    queryKey: [...proposalsKey, 'list', params],
    queryFn: ({ signal }) => api<Reply<'/proposals'>>(`/proposals${toQuery({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProposal(id: string) {
  return useQuery({
    queryKey: [...proposalsKey, 'one', id],
    queryFn: ({ signal }) => api<Reply<'/proposals/{id}'>>(`/proposals/${enc(id)}`, { signal }),
    enabled: !!id,
  });
}

export function useProposalHistory(id: string) {
  return useQuery({
    queryKey: [...proposalsKey, 'one', id, 'history'],
    queryFn: ({ signal }) => api<Reply<'/proposals/{id}/history'>>(`/proposals/${enc(id)}/history`, { signal }),
    select: (d) => d.items,
    enabled: !!id,
  });
}

export const createProposal = (body: ProposalInput) => api<Reply<'/proposals', 'post'>>('/proposals', { method: 'POST', body });
/** The submitting unit corrects its proposal while it is still `submitted` (the target is fixed). */
export const updateProposal = (id: string, body: ProposalPatch) => api<Reply<'/proposals/{id}', 'patch'>>(`/proposals/${enc(id)}`, { method: 'PATCH', body });
export const findSimilar = (body: Body<'/proposals/similar', 'post'>, signal?: AbortSignal) =>
  api<Reply<'/proposals/similar', 'post'>>('/proposals/similar', { method: 'POST', body, signal });
export const transitionProposal = (id: string, body: TransitionBody) =>
  api<Reply<'/proposals/{id}/transitions', 'post'>>(`/proposals/${enc(id)}/transitions`, { method: 'POST', body });
export const makeTask = (id: string, body: MakeTaskBody) =>
  api<Reply<'/proposals/{id}/task', 'post'>>(`/proposals/${enc(id)}/task`, { method: 'POST', body });

export function useGroups(params: { page: number; limit: number; targetUnitId?: string }) {
  return useQuery({
    queryKey: [...groupsKey, 'list', params],
    queryFn: ({ signal }) => api<Reply<'/proposal-groups'>>(`/proposal-groups${toQuery({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: [...groupsKey, 'one', id],
    queryFn: ({ signal }) => api<Reply<'/proposal-groups/{id}'>>(`/proposal-groups/${enc(id)}`, { signal }),
    enabled: !!id,
  });
}

export const createGroup = (body: Body<'/proposal-groups', 'post'>) => api<Reply<'/proposal-groups', 'post'>>('/proposal-groups', { method: 'POST', body });
export const addToGroup = (id: string, proposalIds: string[]) =>
  api<Reply<'/proposal-groups/{id}/proposals', 'post'>>(`/proposal-groups/${enc(id)}/proposals`, {
    method: 'POST',
    body: { proposalIds } satisfies Body<'/proposal-groups/{id}/proposals', 'post'>,
  });
export const removeFromGroup = (id: string, proposalId: string) =>
  api<Reply<'/proposal-groups/{id}/proposals/{proposalId}', 'delete'>>(`/proposal-groups/${enc(id)}/proposals/${enc(proposalId)}`, { method: 'DELETE' });
export const answerGroup = (id: string, answer: string) =>
  api<Reply<'/proposal-groups/{id}/answer', 'post'>>(`/proposal-groups/${enc(id)}/answer`, {
    method: 'POST',
    body: { answer } satisfies Body<'/proposal-groups/{id}/answer', 'post'>,
  });

export function useProposalStats(query: string) {
  return useQuery({
    queryKey: [...proposalsKey, 'stats', query],
    queryFn: ({ signal }) => api<Reply<'/proposals/stats'>>(`/proposals/stats${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

const settingsKey = (unitId: string) => [...proposalsKey, 'settings', unitId] as const;

export function useProposalSettings(unitId: string | null | undefined) {
  return useQuery({
    queryKey: settingsKey(unitId ?? ''),
    queryFn: ({ signal }) => api<Reply<'/units/{id}/proposal-settings'>>(`/units/${enc(unitId!)}/proposal-settings`, { signal }),
    enabled: !!unitId,
  });
}

export const saveProposalSettings = (unitId: string, body: Body<'/units/{id}/proposal-settings', 'put'>) =>
  api<Reply<'/units/{id}/proposal-settings', 'put'>>(`/units/${enc(unitId)}/proposal-settings`, { method: 'PUT', body });

/** Active users of one unit, for the handler picker (the colleague directory: anyone may read it). */
export function useUnitUsers(unitId: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'of-unit', unitId],
    queryFn: ({ signal }) => api<Reply<'/users/directory'>>(`/users/directory${toQuery({ unitId, limit: 200 })}`, { signal }),
    select: (d) => d.items,
    enabled: enabled && !!unitId,
    staleTime: 30_000,
  });
}

/** Directives the user can see, for "make a task" (first 50 matching the search). */
export function useDirectiveOptions(q: string) {
  return useQuery({
    queryKey: ['directives', 'pick', q],
    queryFn: ({ signal }) => api<Reply<'/directives'>>(`/directives${toQuery({ q, limit: 50 })}`, { signal }),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** A proposal change shows in lists, groups, statistics, notifications, tasks and the audit log. */
export function useInvalidateProposals() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: proposalsKey }),
      qc.invalidateQueries({ queryKey: ['notifications'] }),
      qc.invalidateQueries({ queryKey: ['tasks'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}
