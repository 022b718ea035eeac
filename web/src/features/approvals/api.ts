import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Page } from '../../ui/types';
import type { ApprovalItem, EngagementKind } from '../engagements/types';

// Engagement changes invalidate ['approvals'] (engagements/api.ts): keep this prefix.
export const approvalsKey = ['approvals'] as const;

/** Submitted engagements the user may decide, soonest due first. */
export function useApprovals(page: number, limit: number, enabled = true) {
  return useQuery({
    queryKey: [...approvalsKey, 'queue', page, limit],
    queryFn: ({ signal }) => api<Page<ApprovalItem>>(`/approvals${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export interface EngagementSettings {
  unitId: string;
  approvalKinds: EngagementKind[];
  clashWindowDays: number;
  /** True while the unit has no settings of its own (defaults or a parent's). */
  inherited: boolean;
}

export const settingsKey = (unitId: string) => [...approvalsKey, 'settings', unitId] as const;

export function useEngagementSettings(unitId: string | null) {
  return useQuery({
    queryKey: settingsKey(unitId ?? ''),
    queryFn: ({ signal }) => api<EngagementSettings>(`/units/${encodeURIComponent(unitId!)}/engagement-settings`, { signal }),
    enabled: !!unitId,
  });
}

/** `inherited: true` drops the unit's own settings (it inherits again). */
export interface SettingsInput {
  approvalKinds: EngagementKind[];
  clashWindowDays: number;
  inherited?: boolean;
}

export const saveEngagementSettings = (unitId: string, body: SettingsInput) =>
  api<EngagementSettings>(`/units/${encodeURIComponent(unitId)}/engagement-settings`, { method: 'PUT', body });
