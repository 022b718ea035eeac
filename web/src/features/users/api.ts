import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Body, Item, Query, Reply } from '../../api/contract';

export const usersKey = ['users'] as const;

/**
 * A user as listed to those who manage them: with their sign-in throttle (`throttledUntil`: until when
 * failed sign-ins slow this account down from some address; null when they do not).
 */
export type UserRow = Item<'/users'>;

/** Role, state and sort as the URL has them: the server refuses unknown ones. */
export type UserFilters = Omit<Query<'/users'>, 'role' | 'active' | 'sort'> & { page: number; limit: number; role?: string; active?: string; sort?: string };

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, filters],
    queryFn: ({ signal }) => api<Reply<'/users'>>(`/users${toQuery({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export type NewUser = Body<'/users', 'post'>;

export const createUser = (body: NewUser) => api<Reply<'/users', 'post'>>('/users', { method: 'POST', body });

export const updateUser = (id: string, body: Body<'/users/{id}', 'patch'>) =>
  api<Reply<'/users/{id}', 'patch'>>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const setUserPassword = (id: string, password: string) =>
  api<Reply<'/users/{id}/password', 'post'>>(`/users/${encodeURIComponent(id)}/password`, {
    method: 'POST',
    body: { password } satisfies Body<'/users/{id}/password', 'post'>,
  });

/** The user's failed sign-ins are forgotten: they may sign in again at once. */
export const clearLoginThrottle = (id: string) => api<Reply<'/users/{id}/login-throttle', 'delete'>>(`/users/${encodeURIComponent(id)}/login-throttle`, { method: 'DELETE' });

/** User changes show in lists, unit member counts and the audit log. */
export function useInvalidateUsers() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: usersKey }),
      qc.invalidateQueries({ queryKey: ['units'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
      qc.invalidateQueries({ queryKey: ['me'] }),
    ]);
}
