import type { User } from '../../ui/types';
import type { Reply } from '../../api/contract';

/** What the signed-in user may do, as `/me` says (every module's abilities): the web shows and routes by it. */
export type MeCan = Reply<'/me'>['can'];

export interface Me {
  user: User;
  can: MeCan;
}

/** What a page or a navigation entry may require: one of `/me`'s abilities, or being an administrator. */
export type Ability = keyof MeCan | 'admin';

/** `admin` is the role (reference data is the administrators'); every other ability is the server's `can`. */
export function allows(me: Me, ability: Ability | undefined): boolean {
  if (!ability) return true;
  return ability === 'admin' ? me.user.role === 'admin' : me.can[ability];
}
