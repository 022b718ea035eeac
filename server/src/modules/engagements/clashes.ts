import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { titleIn } from './present.js';
import { publicHolidaysOn } from './holidays.js';
import { DEFAULT_TIME_ZONE, localDate, nextDate } from './time.js';
import * as repo from './repo-calendar.js';
import type { Lang } from '../../i18n/index.js';

/** What clash detection needs to know of an engagement being saved (docs/API.md, check-clashes). */
export interface ClashInput {
  /** Set when the engagement exists already: it never clashes with itself. */
  id?: string;
  ownerUnitId: string;
  startsAt: Date;
  endsAt: Date;
  countryCode: string | null;
  partnerIds: string[];
  participantUserIds: string[];
  participantContactIds: string[];
  /** IANA zone whose calendar days the engagement's days are (holidays); default Asia/Ho_Chi_Minh. */
  timeZone?: string;
}

export interface Clash {
  type: 'partner' | 'participant' | 'holiday';
  /** Set only when the user may see the other engagement. */
  engagementId?: string;
  title?: string;
  unitName?: string;
  /** The other engagement is hidden from the user: the UI says "another unit". */
  otherUnit: boolean;
  partnerId?: string;
  partnerName?: string;
  participantName?: string;
  countryCode?: string;
  holidayName?: string;
  date?: string;
  startsAt?: string;
  endsAt?: string;
  /** With startsAt/endsAt: an all-day engagement's days are read in its own zone. */
  allDay?: boolean;
  timeZone?: string;
}

const DAY_MS = 86_400_000;
/** Enough for any real engagement; a longer span is checked on its first year only. */
const MAX_HOLIDAY_DAYS = 366;
const HOME_COUNTRY = 'VN';

/** The calendar days (in its zone) an engagement touches; the end instant itself is excluded. */
export function daysOf(startsAt: Date, endsAt: Date, timeZone: string): string[] {
  const first = localDate(startsAt, timeZone);
  const last = localDate(endsAt.getTime() > startsAt.getTime() ? new Date(endsAt.getTime() - 1) : startsAt, timeZone);
  const days: string[] = [];
  for (let d = first; d <= last && days.length < MAX_HOLIDAY_DAYS; d = nextDate(d)) days.push(d);
  return days;
}

type OtherRow = Omit<Awaited<ReturnType<typeof repo.partnerClashRows>>[number], 'partnerId'>;

/** What the user may learn of the other engagement: all of it when visible, that it exists otherwise. */
function other(row: OtherRow, lang: Lang): Pick<Clash, 'engagementId' | 'title' | 'unitName' | 'otherUnit' | 'startsAt' | 'endsAt' | 'allDay' | 'timeZone'> {
  if (!row.visible) return { otherUnit: true };
  return {
    engagementId: row.id,
    title: titleIn(row, lang),
    unitName: row.unitName,
    otherUnit: false,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    allDay: row.allDay,
    timeZone: row.timeZone,
  };
}

/**
 * Clashes of an engagement with others and with public holidays (docs/API.md, check-clashes):
 * partner clashes, then participant clashes, then holidays. Partners and contacts the user
 * may not see are left out, so a guessed id teaches nothing.
 */
export async function findClashes(db: Database, scope: Scope, input: ClashInput, lang: Lang): Promise<Clash[]> {
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const partnerIds = [...new Set(input.partnerIds)];
  const userIds = [...new Set(input.participantUserIds)];
  const contactIds = [...new Set(input.participantContactIds)];
  const [windowDays, partners, contacts, people] = await Promise.all([
    repo.clashWindowDays(db, input.ownerUnitId),
    repo.visiblePartners(db, scope, partnerIds, lang),
    repo.visibleContacts(db, scope, contactIds),
    repo.usersNamed(db, userIds),
  ]);
  const window = windowDays * DAY_MS;
  const [byPartner, byPerson] = await Promise.all([
    repo.partnerClashRows(
      db,
      scope,
      {
        partnerIds: partners.map((p) => p.id),
        from: new Date(input.startsAt.getTime() - window),
        to: new Date(input.endsAt.getTime() + window),
        exceptId: input.id,
      },
      lang,
    ),
    repo.participantClashRows(
      db,
      scope,
      { userIds: people.map((u) => u.id), contactIds: contacts.map((c) => c.id), startsAt: input.startsAt, endsAt: input.endsAt, exceptId: input.id },
      lang,
    ),
  ]);

  const clashes: Clash[] = [];
  const seen = new Set<string>();
  // Keys of hidden engagements hold only what is shown, so two hidden ones of one partner read as one.
  const push = (key: string, clash: Clash) => {
    const k = clash.otherUnit ? JSON.stringify(clash) : key;
    if (seen.has(k)) return;
    seen.add(k);
    clashes.push(clash);
  };

  const partnerById = new Map(partners.map((p) => [p.id, p]));
  for (const row of byPartner) {
    const partner = partnerById.get(row.partnerId)!;
    push(`p/${row.id}/${row.partnerId}`, { type: 'partner', ...other(row, lang), partnerId: partner.id, partnerName: partner.name });
  }

  const userName = new Map(people.map((u) => [u.id, u.name]));
  const contactName = new Map(contacts.map((c) => [c.id, c.name]));
  for (const row of byPerson) {
    const who = row.userId && userName.has(row.userId) ? `u/${row.userId}` : `c/${row.contactId}`;
    const participantName = (row.userId && userName.get(row.userId)) || (row.contactId && contactName.get(row.contactId)) || '';
    push(`${row.id}/${who}`, { type: 'participant', ...other(row, lang), participantName });
  }

  // The engagement's own country, each partner's, and always Viet Nam's.
  const countryCodes = [...new Set([input.countryCode, ...partners.map((p) => p.countryCode), HOME_COUNTRY].filter((c): c is string => !!c))];
  const days = daysOf(input.startsAt, input.endsAt, timeZone);
  const holidays = (await Promise.all(countryCodes.map(async (code, order) => (await publicHolidaysOn(code, days, lang)).map((h) => ({ ...h, order }))))).flat();
  holidays.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  for (const h of holidays) {
    push(`h/${h.countryCode}/${h.date}/${h.name}`, { type: 'holiday', otherUnit: false, countryCode: h.countryCode, holidayName: h.name, date: h.date });
  }
  return clashes;
}
