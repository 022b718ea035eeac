import type { Matrix } from './types';

export const cellKey = (unitId: string, groupId: string | null) => `${unitId}|${groupId ?? ''}`;

/** The groups as columns, plus one for ungrouped tasks when a cell has `groupId: null`. */
export function matrixColumns(m: Matrix, ungroupedTitle: string): { id: string | null; number: string; title: string }[] {
  const cols: { id: string | null; number: string; title: string }[] = m.groups.map((g) => ({ id: g.id, number: g.number, title: g.title }));
  if (m.cells.some((c) => c.groupId === null)) cols.push({ id: null, number: '', title: ungroupedTitle });
  return cols;
}
