import type { PartnerType } from '../schema.js';
import type { DemoPartner } from './types.js';
import { friendshipPartners } from './data-friendship.js';
import { aidPartners } from './data-aid.js';
import { peoplePartners } from './data-people.js';
import { placesPartners } from './data-places.js';

/** Every demo partner with its type, in loading order. */
export const demoPartners = (): (DemoPartner & { type: PartnerType })[] =>
  [friendshipPartners, aidPartners, peoplePartners, placesPartners].flatMap((g) =>
    Object.entries(g).flatMap(([type, rows]) => rows.map((r) => ({ ...r, type: type as PartnerType }))),
  );
