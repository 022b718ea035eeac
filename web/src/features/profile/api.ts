import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';
import type { Language, User } from '../../ui/types';
import type { Me } from '../auth/me';
import { meKey } from '../auth/api';

export const updateMe = (body: { displayName?: string; language?: Language }) =>
  api<{ user: User }>('/me', { method: 'PATCH', body });

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  api<void>('/me/password', { method: 'POST', body });

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

export type TokenScope = 'read' | 'write';
export interface ApiToken {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsedAt: string | null;
}

export const tokensKey = ['api-tokens'] as const;
export const listTokens = () => api<{ items: ApiToken[] }>('/users/me/tokens');
/** The answer holds the token itself: it is shown once and never again. */
export const createToken = (body: { name: string; scope: TokenScope }) =>
  api<Omit<ApiToken, 'lastUsedAt'> & { token: string }>('/users/me/tokens', { method: 'POST', body });
export const revokeToken = (id: string) => api<void>(`/users/me/tokens/${id}`, { method: 'DELETE' });
