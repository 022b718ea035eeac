import { z } from 'zod';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { role, language, type User } from '../../core/tenancy-schema.js';
import { unitsByIds } from './repo.js';
import { userAbilities } from './policy.js';
import { attemptEmail, pairFailures } from '../auth/repo.js';
import { PAIR_FREE_FAILURES, PAIR_WINDOW_SECONDS, throttledUntil } from '../auth/throttle.js';

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
export const userItemOut = userOut.extend({
  /** Until when sign-in is slowed down for this account from some address (failed passwords); null: it is not. */
  throttledUntil: z.string().nullable(),
  can: z.object({ update: z.boolean(), deactivate: z.boolean(), clearThrottle: z.boolean() }),
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

/** Users as listed to those who manage them: with their sign-in throttle and what the reader may do. */
export async function presentUserItems(db: Database, scope: Scope, list: User[]) {
  const [out, pairs] = await Promise.all([presentUsers(db, list), pairFailures(db, list.map((u) => u.email), PAIR_FREE_FAILURES, PAIR_WINDOW_SECONDS)]);
  return out.map((u) => {
    const until = throttledUntil(pairs.filter((p) => p.email === attemptEmail(u.email)));
    return { ...u, throttledUntil: until?.toISOString() ?? null, can: userAbilities(scope, u) };
  });
}

export const presentUserItem = async (db: Database, scope: Scope, u: User) => (await presentUserItems(db, scope, [u]))[0]!;
