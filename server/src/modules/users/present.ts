import { z } from 'zod';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import type { User } from '../../core/tenancy-schema.js';
import { userOut, presentUsers } from '../auth/present-user.js';
import { userAbilities } from './policy.js';
import { attemptEmail, pairFailures } from '../auth/repo.js';
import { PAIR_FREE_FAILURES, PAIR_WINDOW_SECONDS, throttledUntil } from '../auth/throttle.js';

export const userItemOut = userOut.extend({
  /** Until when sign-in is slowed down for this account from some address (failed passwords); null: it is not. */
  throttledUntil: z.string().nullable(),
  can: z.object({ update: z.boolean(), deactivate: z.boolean(), clearThrottle: z.boolean() }),
});

/** Users as listed to those who manage them: with their sign-in throttle and what the reader may do. */
export async function presentUserItems(db: Database, scope: Scope, list: User[]) {
  const [out, pairs] = await Promise.all([presentUsers(db, list), pairFailures(db, list.map((u) => u.email), PAIR_FREE_FAILURES, PAIR_WINDOW_SECONDS)]);
  return out.map((u) => {
    const until = throttledUntil(pairs.filter((p) => p.email === attemptEmail(u.email)));
    return { ...u, throttledUntil: until?.toISOString() ?? null, can: userAbilities(scope, u) };
  });
}

export const presentUserItem = async (db: Database, scope: Scope, u: User) => (await presentUserItems(db, scope, [u]))[0]!;
