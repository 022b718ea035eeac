// Test data for the calendar, clash and iCal tests: rows written straight to the tables,
// so these tests depend on nothing but the schema.
import type { Database } from '../../../db/types.js';
import { partners, partnerContacts } from '../../partners/schema.js';
import { engagementSettings, engagements, engagementParticipants, engagementPartners, type Engagement } from '../schema.js';

type Visibility = 'shared' | 'unit' | 'confidential';

const uniq = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export async function makePartner(db: Database, ownerUnitId: string, over: { countryCode?: string | null; visibility?: Visibility; name?: string } = {}) {
  const [p] = await db
    .insert(partners)
    .values({ type: 'foreign_organisation', name: over.name ?? uniq('Partner '), countryCode: over.countryCode ?? null, ownerUnitId, visibility: over.visibility ?? 'shared' })
    .returning();
  return p!;
}

export async function makeContact(db: Database, partnerId: string, name = uniq('Contact ')) {
  const [c] = await db.insert(partnerContacts).values({ partnerId, name }).returning();
  return c!;
}

export interface EngagementSeed {
  ownerUnitId: string;
  startsAt: Date | string;
  endsAt: Date | string;
  title?: string;
  titleFr?: string;
  visibility?: Visibility;
  state?: Engagement['state'];
  kind?: Engagement['kind'];
  allDay?: boolean;
  timeZone?: string;
  countryCode?: string | null;
  city?: string;
  venue?: string;
  partnerIds?: string[];
  userIds?: string[];
  contacts?: { id: string; partnerId: string; name: string }[];
}

export async function makeEngagement(db: Database, s: EngagementSeed): Promise<Engagement> {
  const [e] = await db
    .insert(engagements)
    .values({
      kind: s.kind ?? 'meeting',
      titleVi: s.title ?? uniq('Hoạt động '),
      titleEn: s.title ? `${s.title} (en)` : uniq('Engagement '),
      titleFr: s.titleFr ?? '',
      state: s.state ?? 'draft',
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      allDay: s.allDay ?? false,
      timeZone: s.timeZone ?? 'Asia/Ho_Chi_Minh',
      countryCode: s.countryCode ?? null,
      city: s.city ?? '',
      venue: s.venue ?? '',
      organiserUnitId: s.ownerUnitId,
      ownerUnitId: s.ownerUnitId,
      visibility: s.visibility ?? 'unit',
    })
    .returning();
  const id = e!.id;
  if (s.partnerIds?.length) await db.insert(engagementPartners).values(s.partnerIds.map((partnerId) => ({ engagementId: id, partnerId })));
  const people = [
    ...(s.userIds ?? []).map((userId) => ({ engagementId: id, userId, name: 'user' })),
    ...(s.contacts ?? []).map((c) => ({ engagementId: id, contactId: c.id, partnerId: c.partnerId, name: c.name })),
  ];
  if (people.length) await db.insert(engagementParticipants).values(people);
  return e!;
}

export async function setClashWindow(db: Database, unitId: string, days: number) {
  await db
    .insert(engagementSettings)
    .values({ unitId, approvalKinds: [], clashWindowDays: days })
    .onConflictDoUpdate({ target: engagementSettings.unitId, set: { clashWindowDays: days } });
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const at = (d: Date | string, plusMs: number) => new Date(new Date(d).getTime() + plusMs);
