// Shapes of the HTTP contract (docs/API.md).
export type Language = 'vi' | 'en' | 'fr';
export const LANGUAGES: Language[] = ['vi', 'en', 'fr'];

export type Role = 'admin' | 'manager' | 'officer' | 'viewer';
export const ROLES: Role[] = ['admin', 'manager', 'officer', 'viewer'];

export type UnitKind = 'party' | 'state' | 'people_org' | 'locality' | 'ministry';
export const UNIT_KINDS: UnitKind[] = ['party', 'state', 'people_org', 'locality', 'ministry'];
export type Pillar = 'party' | 'state' | 'people';
export const PILLARS: Pillar[] = ['party', 'state', 'people'];
export type Level = 'central' | 'province' | 'district';
export const LEVELS: Level[] = ['central', 'province', 'district'];

export interface UnitNames {
  nameVi: string;
  nameEn: string;
  nameFr: string;
}

export interface UnitRef extends UnitNames {
  id: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  role: Role;
  active: boolean;
  unitId: string;
  unit: UnitRef | null;
  createdAt: string;
}

export interface Unit extends UnitNames {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  pillar: Pillar;
  level: Level;
  depth: number;
  childCount: number;
  userCount: number;
  can: { update: boolean; move: boolean; delete: boolean; createChild: boolean };
}

export interface UserItem extends User {
  can: { update: boolean; deactivate: boolean };
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
  /** Set on searches that found more than `total`: the count stopped there. */
  totalCapped?: boolean;
}

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'role_change'
  | 'password_change'
  | 'setup';
export const AUDIT_ACTIONS: AuditAction[] = [
  'create',
  'update',
  'delete',
  'login',
  'login_failed',
  'logout',
  'role_change',
  'password_change',
  'setup',
];

export interface AuditEntry {
  id: string | number;
  at: string;
  userId: string | null;
  userEmail: string | null;
  unitId: string | null;
  action: AuditAction | string;
  entity: string;
  entityId: string | null;
  diff: unknown;
  /** The entry is about a record the reader cannot see: no diff is sent. */
  redacted?: boolean;
  ip: string | null;
}
