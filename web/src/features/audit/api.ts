import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Query, Reply } from '../../api/contract';

/** The OpenAPI document leaves `from` and `to` untyped (the server reads ISO instants): they are strings here. */
export type AuditFilters = Omit<Query<'/audit'>, 'from' | 'to'> & { page: number; limit: number; from?: string; to?: string };

export function useAudit(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => api<Reply<'/audit'>>(`/audit${toQuery({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Local calendar day (YYYY-MM-DD) to the ISO instant where it starts or ends. */
export function dayBoundary(day: string, edge: 'start' | 'end'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = edge === 'start' ? new Date(y, m - 1, d, 0, 0, 0, 0) : new Date(y, m - 1, d, 23, 59, 59, 999);
  return date.toISOString();
}
