import type { Unit } from '../../ui/types';
import { foldText } from '../../ui/unitName';

export interface UnitNode {
  unit: Unit;
  depth: number;
  children: UnitNode[];
}

/** Builds the forest from the flat list; units whose parent is not visible become roots. */
export function buildTree(items: Unit[]): UnitNode[] {
  const byId = new Map<string, UnitNode>();
  for (const unit of items) byId.set(unit.id, { unit, depth: 0, children: [] });
  const roots: UnitNode[] = [];
  for (const unit of items) {
    const node = byId.get(unit.id)!;
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (nodes: UnitNode[], depth: number) => {
    for (const n of nodes) {
      n.depth = depth;
      setDepth(n.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

/** Depth-first order, as a tree is read. */
export function flatten(nodes: UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (list: UnitNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  return out;
}

/** Ids of the unit and everything below it (not valid as its new parent). */
export function subtreeIds(items: Unit[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of items) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const cur = stack.pop()!;
    if (out.has(cur)) continue;
    out.add(cur);
    stack.push(...(children.get(cur) ?? []));
  }
  return out;
}

/** Keeps matching units and their ancestors; matching is accent- and case-insensitive in any language. */
export function filterTree(nodes: UnitNode[], query: string): UnitNode[] {
  const q = foldText(query.trim());
  if (!q) return nodes;
  const matches = (u: Unit) => [u.nameVi, u.nameEn, u.nameFr].some((n) => foldText(n).includes(q));
  const walk = (list: UnitNode[]): UnitNode[] =>
    list.flatMap((n) => {
      const children = walk(n.children);
      return matches(n.unit) || children.length ? [{ ...n, children }] : [];
    });
  return walk(nodes);
}

/** Path from a root to the unit, e.g. for a breadcrumb. */
export function ancestry(items: Unit[], id: string): Unit[] {
  const byId = new Map(items.map((u) => [u.id, u]));
  const out: Unit[] = [];
  let cur = byId.get(id);
  while (cur && !out.includes(cur)) {
    out.unshift(cur);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return out;
}
