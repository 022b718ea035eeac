import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Page } from '../../ui/types';
import type { ListParams } from './filters';
import type {
  HistoryEntry,
  MakeTaskBody,
  Proposal,
  ProposalGroup,
  ProposalGroupDetail,
  ProposalInput,
  ProposalItem,
  ProposalSettings,
  ProposalStats,
  SimilarProposal,
  TransitionBody,
} from './types';

export const proposalsKey = ['proposals'] as const;
const groupsKey = [...proposalsKey, 'groups'] as const;
const enc = encodeURIComponent;

export function useProposals(params: ListParams, enabled = true) {
  return useQuery({
    queryKey: [...proposalsKey, 'list', params],
    queryFn: ({ signal }) => api<Page<ProposalItem>>(`/proposals${toQuery({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProposal(id: string) {
  return useQuery({
    queryKey: [...proposalsKey, 'one', id],
    queryFn: ({ signal }) => api<Proposal>(`/proposals/${enc(id)}`, { signal }),
    enabled: !!id,
  });
}

export function useProposalHistory(id: string) {
  return useQuery({
    queryKey: [...proposalsKey, 'one', id, 'history'],
    queryFn: ({ signal }) => api<{ items: HistoryEntry[] }>(`/proposals/${enc(id)}/history`, { signal }),
    select: (d) => d.items,
    enabled: !!id,
  });
}

export const createProposal = (body: ProposalInput) => api<Proposal>('/proposals', { method: 'POST', body });
/** The submitting unit corrects its proposal while it is still `submitted` (the target is fixed). */
export const updateProposal = (id: string, body: Omit<ProposalInput, 'targetUnitId'>) => api<Proposal>(`/proposals/${enc(id)}`, { method: 'PATCH', body });
export const findSimilar = (body: { title: string; body?: string; targetUnitId?: string; excludeId?: string }, signal?: AbortSignal) =>
  api<{ items: SimilarProposal[] }>('/proposals/similar', { method: 'POST', body, signal });
export const transitionProposal = (id: string, body: TransitionBody) =>
  api<{ proposal: Proposal }>(`/proposals/${enc(id)}/transitions`, { method: 'POST', body });
export const makeTask = (id: string, body: MakeTaskBody) =>
  api<{ task: { id: string }; proposal: Proposal }>(`/proposals/${enc(id)}/task`, { method: 'POST', body });

export function useGroups(params: { page: number; limit: number; targetUnitId?: string }) {
  return useQuery({
    queryKey: [...groupsKey, 'list', params],
    queryFn: ({ signal }) => api<Page<ProposalGroup>>(`/proposal-groups${toQuery({ ...params })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: string) {
  return useQuery({
    queryKey: [...groupsKey, 'one', id],
    queryFn: ({ signal }) => api<ProposalGroupDetail>(`/proposal-groups/${enc(id)}`, { signal }),
    enabled: !!id,
  });
}

export const createGroup = (body: { title: string; proposalIds: string[] }) => api<ProposalGroup>('/proposal-groups', { method: 'POST', body });
export const addToGroup = (id: string, proposalIds: string[]) =>
  api<ProposalGroup>(`/proposal-groups/${enc(id)}/proposals`, { method: 'POST', body: { proposalIds } });
export const removeFromGroup = (id: string, proposalId: string) =>
  api<void>(`/proposal-groups/${enc(id)}/proposals/${enc(proposalId)}`, { method: 'DELETE' });
export const answerGroup = (id: string, answer: string) => api<ProposalGroup>(`/proposal-groups/${enc(id)}/answer`, { method: 'POST', body: { answer } });

export function useProposalStats(query: string) {
  return useQuery({
    queryKey: [...proposalsKey, 'stats', query],
    queryFn: ({ signal }) => api<ProposalStats>(`/proposals/stats${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

const settingsKey = (unitId: string) => [...proposalsKey, 'settings', unitId] as const;

export function useProposalSettings(unitId: string | null | undefined) {
  return useQuery({
    queryKey: settingsKey(unitId ?? ''),
    queryFn: ({ signal }) => api<ProposalSettings>(`/units/${enc(unitId!)}/proposal-settings`, { signal }),
    enabled: !!unitId,
  });
}

export const saveProposalSettings = (unitId: string, body: { slaDays: number; reopenDays: number; inherited?: boolean }) =>
  api<ProposalSettings>(`/units/${enc(unitId)}/proposal-settings`, { method: 'PUT', body });

/** Active users of one unit, for the handler picker (the colleague directory: anyone may read it). */
export function useUnitUsers(unitId: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'of-unit', unitId],
    queryFn: ({ signal }) => api<Page<{ id: string; displayName: string }>>(`/users/directory${toQuery({ unitId, limit: 200 })}`, { signal }),
    select: (d) => d.items,
    enabled: enabled && !!unitId,
    staleTime: 30_000,
  });
}

/** Directives the user can see, for "make a task" (first 50 matching the search). */
export function useDirectiveOptions(q: string) {
  return useQuery({
    queryKey: ['directives', 'pick', q],
    queryFn: ({ signal }) => api<Page<{ id: string; code: string; title: string }>>(`/directives${toQuery({ q, limit: 50 })}`, { signal }),
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
