import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';
import type { Level, Pillar, Unit, UnitKind } from '../../ui/types';

export const unitsKey = ['units'] as const;

export function useUnitTree(enabled = true) {
  return useQuery({
    queryKey: [...unitsKey, 'tree'],
    queryFn: () => api<{ items: Unit[] }>('/units/tree'),
    select: (d) => d.items,
    enabled,
  });
}

export interface UnitFields {
  nameVi: string;
  nameEn: string;
  nameFr: string;
  kind: UnitKind;
  pillar: Pillar;
  level: Level;
}

export const createUnit = (body: UnitFields & { parentId: string }) =>
  api<Unit>('/units', { method: 'POST', body });

export const updateUnit = (id: string, body: Partial<UnitFields>) =>
  api<Unit>(`/units/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const moveUnit = (id: string, parentId: string) =>
  api<Unit>(`/units/${encodeURIComponent(id)}/move`, { method: 'POST', body: { parentId } });

export const deleteUnit = (id: string) => api<void>(`/units/${encodeURIComponent(id)}`, { method: 'DELETE' });

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
