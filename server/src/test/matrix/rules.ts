// The visibility rules of README "Visibility" and docs/API.md, restated independently of core/tenancy.ts so the
// matrix can judge the server's answers: who may see each object of the world, hence whose responses may carry
// its marker and who must get a 4xx for any operation on it.

export type Vis = 'shared' | 'unit' | 'confidential';
/** A family groups the objects of one visibility (plus `private` records of one user, and reference data). */
export type Family = Vis | 'private' | 'public';
export const FAMILIES: Vis[] = ['shared', 'unit', 'confidential'];

export type CallerRole = 'admin' | 'manager' | 'officer' | 'viewer' | 'anonymous';

export interface Caller {
  name: string;
  role: CallerRole;
  unitId: string | null;
  userId: string | null;
  cookie: string | null;
  /** The secret of the caller's own calendar feed (GET /calendar/feed/{token}.ics reads what they may see). */
  feedToken?: string;
}

/** How an object's own visibility is decided (before the objects it depends on). */
export type Rule =
  | { vis: Vis; ownerUnitId: string; alsoUnitIds?: string[]; access?: { entity: string; id: string } }
  | { vis: 'private'; ownerUserId: string }
  | { vis: 'public' } // reference data, units, users: any signed-in user
  | { vis: 'none'; alsoUnitIds: string[] }; // seen only through alsoUnitIds or orDeps (proposal groups)

export interface Obj {
  kind: string;
  id: string;
  family: Family;
  /** Unique text put in the object's title/name/body; must never reach a caller who may not see the object. */
  marker: string | null;
  label: string;
  rule: Rule;
  /** Seen only if these are seen too (a note and its partner; a relationship and both its ends). */
  deps?: Obj[];
  /** Also seen by whoever sees one of these (a proposal group through its proposals). */
  orDeps?: Obj[];
  /** For units and users: the unit whose managers (and admins) may change it. */
  managedIn?: string;
}

export interface Tree {
  parentOf: Map<string, string | null>;
}

export function ancestorsOrSelf(tree: Tree, unitId: string): string[] {
  const out: string[] = [];
  for (let u: string | null | undefined = unitId; u; u = tree.parentOf.get(u)) out.push(u);
  return out;
}

/** The owner unit, its ancestors and its descendants (README: `unit` visibility). */
export function related(tree: Tree, ownerUnitId: string, unitId: string): boolean {
  return ancestorsOrSelf(tree, ownerUnitId).includes(unitId) || ancestorsOrSelf(tree, unitId).includes(ownerUnitId);
}

export interface Judge {
  tree: Tree;
  /** record_access as stored: `${entity}:${id}` → user ids named on it (read from the database after the world is built). */
  named: Map<string, Set<string>>;
}

function ownRule(j: Judge, c: Caller, o: Obj): boolean {
  if (c.role === 'anonymous' || !c.unitId || !c.userId) return false;
  const r = o.rule;
  const viaAlso = (ids: string[] | undefined) => (ids ?? []).some((u) => ancestorsOrSelf(j.tree, u).includes(c.unitId!));
  switch (r.vis) {
    case 'public':
      return true;
    case 'private':
      return r.ownerUserId === c.userId;
    case 'none':
      return viaAlso(r.alsoUnitIds);
    default: {
      if (r.vis === 'shared') return true;
      if (r.access && j.named.get(`${r.access.entity}:${r.access.id}`)?.has(c.userId)) return true;
      // Confidential: the owner unit and the named users, whatever else (lead, supporting, target unit) it names.
      if (r.vis === 'confidential') return c.unitId === r.ownerUnitId;
      return related(j.tree, r.ownerUnitId, c.unitId) || viaAlso(r.alsoUnitIds);
    }
  }
}

export function visible(j: Judge, c: Caller, o: Obj): boolean {
  if (ownRule(j, c, o) && (o.deps ?? []).every((d) => visible(j, c, d))) return true;
  return (o.orDeps ?? []).some((d) => visible(j, c, d));
}

/** Units and users: changed only by admins and by managers of the unit or a unit above it (users/units policy). */
export function mayManage(j: Judge, c: Caller, o: Obj): boolean {
  if (!o.managedIn) return true;
  if (c.role === 'admin') return true;
  return c.role === 'manager' && !!c.unitId && ancestorsOrSelf(j.tree, o.managedIn).includes(c.unitId);
}
