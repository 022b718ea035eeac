import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { EngagementItem, EngagementKind } from '../engagements/types';

// Engagement changes invalidate ['calendar'] (engagements/api.ts): keep this prefix.
export const calendarKey = ['calendar'] as const;

export interface CalendarFilters {
  unitId?: string;
  kind?: EngagementKind | '';
  countryCode?: string;
  partnerId?: string;
}

export interface CalendarRange {
  from: string;
  to: string;
}

/** Engagements overlapping [from, to) that the user may see (at most 2,000; the range at most 400 days). */
export function useCalendar(range: CalendarRange | null, filters: CalendarFilters = {}) {
  return useQuery({
    queryKey: [...calendarKey, 'range', range, filters],
    queryFn: ({ signal }) => api<{ items: EngagementItem[] }>(`/calendar${toQuery({ ...range!, ...filters })}`, { signal }),
    select: (d) => d.items,
    enabled: !!range,
    placeholderData: keepPreviousData,
  });
}

export interface CalendarFeed {
  /** Only known right after creation (the server keeps a hash of the token): null here. */
  url: string | null;
  /** Whether the user has a working feed. */
  active?: boolean;
  createdAt: string | null;
  /** When a calendar app last read the feed. */
  lastUsedAt?: string | null;
}

export const feedKey = [...calendarKey, 'feed'] as const;

export function useCalendarFeed(enabled = true) {
  return useQuery({
    queryKey: feedKey,
    queryFn: ({ signal }) => api<CalendarFeed>('/calendar/feed', { signal }),
    enabled,
  });
}

export const createFeed = () => api<{ url: string }>('/calendar/feed', { method: 'POST' });
export const revokeFeed = () => api<void>('/calendar/feed', { method: 'DELETE' });

/** The feed address as calendar apps need it: absolute. */
export function absoluteUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).toString();
  } catch {
    return url;
  }
}
