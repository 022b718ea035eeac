import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Query, Reply } from '../../api/contract';

// Engagement changes invalidate ['calendar'] (engagements/api.ts): keep this prefix.
export const calendarKey = ['calendar'] as const;

type CalendarQuery = Query<'/calendar'>;
export type CalendarFilters = Omit<CalendarQuery, 'from' | 'to'>;
export type CalendarRange = Pick<CalendarQuery, 'from' | 'to'>;

/** Engagements overlapping [from, to) that the user may see (at most 2,000; the range at most 400 days). */
export function useCalendar(range: CalendarRange | null, filters: CalendarFilters = {}) {
  return useQuery({
    queryKey: [...calendarKey, 'range', range, filters],
    queryFn: ({ signal }) => api<Reply<'/calendar'>>(`/calendar${toQuery({ ...range!, ...filters })}`, { signal }),
    select: (d) => d.items,
    enabled: !!range,
    placeholderData: keepPreviousData,
  });
}

/**
 * `url` is only known right after creation (the server keeps a hash of the token): null here.
 * `active`: the user has a working feed; `lastUsedAt`: when a calendar app last read it.
 */
export type CalendarFeed = Reply<'/calendar/feed'>;

export const feedKey = [...calendarKey, 'feed'] as const;

export function useCalendarFeed(enabled = true) {
  return useQuery({
    queryKey: feedKey,
    queryFn: ({ signal }) => api<CalendarFeed>('/calendar/feed', { signal }),
    enabled,
  });
}

export const createFeed = () => api<Reply<'/calendar/feed', 'post'>>('/calendar/feed', { method: 'POST' });
export const revokeFeed = () => api<Reply<'/calendar/feed', 'delete'>>('/calendar/feed', { method: 'DELETE' });

/** The feed address as calendar apps need it: absolute. */
export function absoluteUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).toString();
  } catch {
    return url;
  }
}
