import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Body, Reply } from '../../api/contract';

// Engagement changes invalidate ['approvals'] (engagements/api.ts): keep this prefix.
export const approvalsKey = ['approvals'] as const;

/** Submitted engagements the user may decide, soonest due first. */
export function useApprovals(page: number, limit: number, enabled = true) {
  return useQuery({
    queryKey: [...approvalsKey, 'queue', page, limit],
    queryFn: ({ signal }) => api<Reply<'/approvals'>>(`/approvals${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** `inherited`: the unit has no settings of its own (defaults or a parent's). */
export type EngagementSettings = Reply<'/units/{id}/engagement-settings'>;

export const settingsKey = (unitId: string) => [...approvalsKey, 'settings', unitId] as const;

export function useEngagementSettings(unitId: string | null) {
  return useQuery({
    queryKey: settingsKey(unitId ?? ''),
    queryFn: ({ signal }) => api<Reply<'/units/{id}/engagement-settings'>>(`/units/${encodeURIComponent(unitId!)}/engagement-settings`, { signal }),
    enabled: !!unitId,
  });
}

/** `inherited: true` drops the unit's own settings (it inherits again). */
export type SettingsInput = Body<'/units/{id}/engagement-settings', 'put'>;

export const saveEngagementSettings = (unitId: string, body: SettingsInput) =>
  api<Reply<'/units/{id}/engagement-settings', 'put'>>(`/units/${encodeURIComponent(unitId)}/engagement-settings`, { method: 'PUT', body });
