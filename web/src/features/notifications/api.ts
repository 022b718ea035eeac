import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Reply } from '../../api/contract';

// Engagement changes invalidate ['notifications'] (engagements/api.ts): keep this prefix.
export const notificationsKey = ['notifications'] as const;

/** The bell's badge: refreshed every minute and when the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread-count'],
    queryFn: ({ signal }) => api<Reply<'/notifications/unread-count'>>('/notifications/unread-count', { signal }),
    select: (d) => d.count,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(params: { page: number; limit: number; unread?: boolean }, enabled = true) {
  return useQuery({
    queryKey: [...notificationsKey, 'list', params],
    queryFn: ({ signal }) =>
      api<Reply<'/notifications'>>(
        `/notifications${toQuery({ page: params.page, limit: params.limit, unread: params.unread ? 'true' : undefined })}`,
        { signal },
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const markRead = (id: string) => api<Reply<'/notifications/{id}/read', 'post'>>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
export const markAllRead = () => api<Reply<'/notifications/read-all', 'post'>>('/notifications/read-all', { method: 'POST' });

export function useInvalidateNotifications() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: notificationsKey });
}
