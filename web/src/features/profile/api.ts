import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';
import type { Body, Item, Reply } from '../../api/contract';
import type { Me } from '../auth/me';
import { meKey } from '../auth/api';

export const updateMe = (body: Body<'/me', 'patch'>) => api<Reply<'/me', 'patch'>>('/me', { method: 'PATCH', body });

export const changePassword = (body: Body<'/me/password', 'post'>) => api<Reply<'/me/password', 'post'>>('/me/password', { method: 'POST', body });

/** PATCH /me and put the answered user into the session cache. */
export function useUpdateMe() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: ({ user }) => {
      qc.setQueryData<Me | null>(meKey, (prev) => (prev ? { ...prev, user: { ...prev.user, ...user } } : prev));
    },
  });
}

export type ApiToken = Item<'/users/me/tokens'>;
export type TokenScope = ApiToken['scope'];

export const tokensKey = ['api-tokens'] as const;
export const listTokens = () => api<Reply<'/users/me/tokens'>>('/users/me/tokens');
/** The answer holds the token itself: it is shown once and never again. */
export const createToken = (body: Body<'/users/me/tokens', 'post'>) => api<Reply<'/users/me/tokens', 'post'>>('/users/me/tokens', { method: 'POST', body });
export const revokeToken = (id: string) => api<Reply<'/users/me/tokens/{id}', 'delete'>>(`/users/me/tokens/${id}`, { method: 'DELETE' });
