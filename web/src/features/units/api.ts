import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';
import type { Body, Reply } from '../../api/contract';

export const unitsKey = ['units'] as const;

export function useUnitTree(enabled = true) {
  return useQuery({
    queryKey: [...unitsKey, 'tree'],
    queryFn: () => api<Reply<'/units/tree'>>('/units/tree'),
    select: (d) => d.items,
    enabled,
  });
}

export type UnitFields = Omit<Body<'/units', 'post'>, 'parentId'>;

export const createUnit = (body: Body<'/units', 'post'>) => api<Reply<'/units', 'post'>>('/units', { method: 'POST', body });

export const updateUnit = (id: string, body: Body<'/units/{id}', 'patch'>) =>
  api<Reply<'/units/{id}', 'patch'>>(`/units/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const moveUnit = (id: string, parentId: string) =>
  api<Reply<'/units/{id}/move', 'post'>>(`/units/${encodeURIComponent(id)}/move`, {
    method: 'POST',
    body: { parentId } satisfies Body<'/units/{id}/move', 'post'>,
  });

export const deleteUnit = (id: string) => api<Reply<'/units/{id}', 'delete'>>(`/units/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Unit names appear in the session, user lists and audit; refresh them all after a change. */
export function useInvalidateUnits() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: unitsKey }),
      qc.invalidateQueries({ queryKey: ['users'] }),
      qc.invalidateQueries({ queryKey: ['me'] }),
    ]);
}
