import { describe, expect, it } from 'vitest';
import type { Unit } from '../../ui/types';
import { ancestry, buildTree, filterTree, flatten, subtreeIds } from './tree';

const unit = (id: string, parentId: string | null, nameVi: string): Unit => ({
  id,
  parentId,
  nameVi,
  nameEn: nameVi,
  nameFr: nameVi,
  kind: 'state',
  pillar: 'state',
  level: 'central',
  depth: 0,
  childCount: 0,
  userCount: 0,
  can: { update: true, move: true, delete: true, createChild: true },
});

const items = [unit('a', null, 'Trung ương'), unit('b', 'a', 'Hà Nội'), unit('c', 'b', 'Ba Đình'), unit('d', 'a', 'Huế')];

describe('units tree', () => {
  it('builds nested nodes with depth', () => {
    const roots = buildTree(items);
    expect(roots).toHaveLength(1);
    expect(flatten(roots).map((n) => [n.unit.id, n.depth])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 1],
    ]);
  });

  it('treats units with an invisible parent as roots', () => {
    expect(buildTree(items.slice(1)).map((n) => n.unit.id)).toEqual(['b', 'd']);
  });

  it('finds the subtree of a unit', () => {
    expect([...subtreeIds(items, 'b')].sort()).toEqual(['b', 'c']);
  });

  it('filters without diacritics and keeps ancestors', () => {
    const out = flatten(filterTree(buildTree(items), 'ba dinh')).map((n) => n.unit.id);
    expect(out).toEqual(['a', 'b', 'c']);
  });

  it('gives the path from the root', () => {
    expect(ancestry(items, 'c').map((u) => u.id)).toEqual(['a', 'b', 'c']);
  });
});
