import { z } from 'zod';
import type { Database } from '../../db/types.js';
import { role, language, type User } from '../../core/tenancy-schema.js';
import { unitsByIds } from '../units/repo.js';

/** An account as the API shows it (sign-in, /me, setup, user administration). */
export const userOut = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  language: z.enum(language.enumValues),
  role: z.enum(role.enumValues),
  active: z.boolean(),
  unitId: z.uuid(),
  unit: z.object({ id: z.uuid(), nameVi: z.string(), nameEn: z.string(), nameFr: z.string() }).nullable(),
  createdAt: z.string(),
});
type Out = z.input<typeof userOut>;

/** Users with their unit's names, in one query for the whole page. */
export async function presentUsers(db: Database, list: User[]): Promise<Out[]> {
  const unitMap = await unitsByIds(db, list.map((u) => u.unitId));
  return list.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    language: u.language,
    role: u.role,
    active: u.active,
    unitId: u.unitId,
    unit: unitMap.get(u.unitId) ?? null,
    createdAt: u.createdAt.toISOString(),
  }));
}

export const presentUser = async (db: Database, u: User) => (await presentUsers(db, [u]))[0]!;

