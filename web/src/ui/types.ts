// Shapes of the HTTP contract shared by several features, from the generated contract (api/contract.ts).
import type { Item, Reply } from '../api/contract';
import { enumList } from '../api/contract';
export type Language = User['language'];
export const LANGUAGES = enumList<Language>()(['vi', 'en', 'fr']);

export type Role = User['role'];
export const ROLES = enumList<Role>()(['admin', 'manager', 'officer', 'viewer']);

export type UnitKind = Unit['kind'];
export const UNIT_KINDS = enumList<UnitKind>()(['party', 'state', 'people_org', 'locality', 'ministry']);
export type Pillar = Unit['pillar'];
export const PILLARS = enumList<Pillar>()(['party', 'state', 'people']);
export type Level = Unit['level'];
export const LEVELS = enumList<Level>()(['central', 'province', 'district']);

export interface UnitNames {
  nameVi: string;
  nameEn: string;
  nameFr: string;
}

export interface UnitRef extends UnitNames {
  id: string;
}

export type User = Reply<'/me'>['user'];
export type Unit = Item<'/units/tree'>;
export type UserItem = Item<'/users'>;

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

export type AuditEntry = Item<'/audit'>;
