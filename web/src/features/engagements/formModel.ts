// Pure logic of the engagement form: values <-> API body, client rules (mirroring
// server/src/modules/engagements/input.ts), server error paths, what a clash check depends on.
import { addDays } from '../../ui/days';
import { DEFAULT_TIME_ZONE, instantToZoned, isDate, isTime, isTimeZone, zonedToInstant } from './time';
import type {
  ClashCheck,
  Engagement,
  EngagementInput,
  EngagementPatch,
  EngagementKind,
  EngagementLevel,
  ParticipantInput,
  ParticipantRole,
  SessionInput,
  Visibility,
} from './types';

export type ParticipantKind = 'user' | 'contact' | 'guest';

export interface ParticipantRow {
  /** Client key of the row (stable while rows are added and removed). */
  key: string;
  id?: string;
  kind: ParticipantKind;
  userId: string;
  contactId: string;
  partnerId: string;
  name: string;
  role: string;
}

export interface SessionRow {
  key: string;
  id?: string;
  /** YYYY-MM-DD, HH:mm on the engagement's time zone. */
  date: string;
  startTime: string;
  endTime: string;
  title: string;
  speakers: string;
  room: string;
}

export interface PartnerPick {
  id: string;
  name: string;
}

export type PlaceMode = 'in_person' | 'online';

export type EngagementFormValues = {
  kind: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  mode: PlaceMode;
  countryCode: string;
  city: string;
  venue: string;
  onlineUrl: string;
  organiserUnitId: string;
  coUnitIds: string[];
  partners: PartnerPick[];
  participants: ParticipantRow[];
  sessions: SessionRow[];
  level: string;
  fieldIds: string[];
  purpose: string;
  budgetAmount: string;
  budgetCurrency: string;
  ownerUnitId: string;
  visibility: string;
};

export const TITLE_FIELDS = ['titleVi', 'titleEn', 'titleFr'] as const;
export const DEFAULT_START_TIME = '09:00';
export const DEFAULT_END_TIME = '17:00';
/** Budgets are usually in đồng; the field accepts any ISO 4217 code. */
export const CURRENCIES = ['VND', 'USD', 'EUR', 'JPY', 'CNY', 'KRW', 'GBP', 'AUD', 'LAK', 'KHR', 'THB', 'SGD', 'RUB', 'CHF', 'CAD'];

let rowSeq = 0;
export const newParticipantRow = (p?: Partial<ParticipantRow>): ParticipantRow => ({
  key: `p${++rowSeq}`,
  kind: 'guest',
  userId: '',
  contactId: '',
  partnerId: '',
  name: '',
  role: 'member',
  ...p,
});

export const newSessionRow = (s?: Partial<SessionRow>): SessionRow => ({
  key: `s${++rowSeq}`,
  date: '',
  startTime: '',
  endTime: '',
  title: '',
  speakers: '',
  room: '',
  ...s,
});

export function emptyValues(unitId: string): EngagementFormValues {
  return {
    kind: '',
    titleVi: '',
    titleEn: '',
    titleFr: '',
    allDay: false,
    startDate: '',
    startTime: DEFAULT_START_TIME,
    endDate: '',
    endTime: DEFAULT_END_TIME,
    timeZone: DEFAULT_TIME_ZONE,
    mode: 'in_person',
    countryCode: '',
    city: '',
    venue: '',
    onlineUrl: '',
    organiserUnitId: unitId,
    coUnitIds: [],
    partners: [],
    participants: [],
    sessions: [],
    level: '',
    fieldIds: [],
    purpose: '',
    budgetAmount: '',
    budgetCurrency: 'VND',
    ownerUnitId: unitId,
    visibility: 'shared',
  };
}

/** The form's start and end of a stored engagement, on its own time zone's wall clock. */
export function datesFromEngagement(e: Pick<Engagement, 'startsAt' | 'endsAt' | 'allDay' | 'timeZone'>) {
  const tz = isTimeZone(e.timeZone) ? e.timeZone : DEFAULT_TIME_ZONE;
  const start = instantToZoned(e.startsAt, tz);
  const end = instantToZoned(e.endsAt, tz);
  if (e.allDay) {
    // Stored: the midnight after the last day.
    const last = end.date > start.date ? addDays(end.date, -1) : start.date;
    return { startDate: start.date, startTime: DEFAULT_START_TIME, endDate: last, endTime: DEFAULT_END_TIME };
  }
  return { startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
}

export function valuesFromEngagement(e: Engagement): EngagementFormValues {
  const tz = e.timeZone || DEFAULT_TIME_ZONE;
  const zone = isTimeZone(tz) ? tz : DEFAULT_TIME_ZONE;
  const online = !!e.onlineUrl && !e.countryCode && !e.city && !e.venue;
  const partnerNames = new Map((e.partners ?? []).map((p) => [p.id, p.displayName]));
  return {
    kind: e.kind,
    titleVi: e.titleVi ?? '',
    titleEn: e.titleEn ?? '',
    titleFr: e.titleFr ?? '',
    allDay: e.allDay,
    ...datesFromEngagement(e),
    timeZone: tz,
    mode: online ? 'online' : 'in_person',
    countryCode: e.countryCode ?? '',
    city: e.city ?? '',
    venue: e.venue ?? '',
    onlineUrl: e.onlineUrl ?? '',
    organiserUnitId: e.organiserUnitId,
    coUnitIds: e.coUnitIds ?? [],
    // Only partners the reader may see come with a name; the others are not shown (nor sent back).
    partners: (e.partnerIds ?? []).filter((id) => partnerNames.has(id)).map((id) => ({ id, name: partnerNames.get(id)! })),
    participants: (e.participants ?? []).map((p) =>
      newParticipantRow({
        id: p.id,
        kind: p.userId ? 'user' : p.contactId ? 'contact' : 'guest',
        userId: p.userId ?? '',
        contactId: p.contactId ?? '',
        partnerId: p.partnerId ?? '',
        name: p.name ?? '',
        role: p.role,
      }),
    ),
    sessions: (e.sessions ?? []).map((s) => {
      const start = instantToZoned(s.startsAt, zone);
      return newSessionRow({
        id: s.id,
        date: start.date,
        startTime: start.time,
        endTime: s.endsAt ? instantToZoned(s.endsAt, zone).time : '',
        title: s.title,
        speakers: s.speakers ?? '',
        room: s.room ?? '',
      });
    }),
    level: e.level ?? '',
    fieldIds: e.fieldIds ?? [],
    purpose: e.purpose ?? '',
    budgetAmount: e.budgetAmount ?? '',
    budgetCurrency: e.budgetCurrency ?? (e.budgetAmount ? '' : 'VND'),
    ownerUnitId: e.ownerUnitId,
    visibility: e.visibility,
  };
}

// ---- values -> API body ----

/** `startsAt` / `endsAt` as the API wants them: dates when all-day, else instants. Null while incomplete. */
export function timesToInput(v: Pick<EngagementFormValues, 'allDay' | 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'timeZone'>): {
  startsAt: string;
  endsAt: string;
} | null {
  if (!isDate(v.startDate) || !isDate(v.endDate)) return null;
  if (v.allDay) return { startsAt: v.startDate, endsAt: v.endDate };
  if (!isTime(v.startTime) || !isTime(v.endTime) || !isTimeZone(v.timeZone)) return null;
  return { startsAt: zonedToInstant(v.startDate, v.startTime, v.timeZone), endsAt: zonedToInstant(v.endDate, v.endTime, v.timeZone) };
}

const isBlankParticipant = (p: ParticipantRow) =>
  p.kind === 'user' ? !p.userId : p.kind === 'contact' ? !p.contactId : !p.name.trim();
/** The day alone does not count: new rows come with one. */
const isBlankSession = (s: SessionRow) => !s.title.trim() && !s.startTime && !s.endTime && !s.speakers.trim() && !s.room.trim();

/** Rows sent to the server, in order (rows left empty are dropped). */
export const sentParticipants = (rows: ParticipantRow[]) => rows.filter((p) => !isBlankParticipant(p));
export const sentSessions = (rows: SessionRow[]) => rows.filter((s) => !isBlankSession(s));

export function participantToInput(p: ParticipantRow): ParticipantInput {
  const role = p.role as ParticipantRole;
  const name = p.name.trim();
  const id = p.id ? { id: p.id } : {};
  if (p.kind === 'user') return { ...id, userId: p.userId, ...(name ? { name } : {}), role };
  if (p.kind === 'contact') return { ...id, contactId: p.contactId, ...(name ? { name } : {}), role };
  return { ...id, name, role };
}

export function sessionToInput(s: SessionRow, timeZone: string): SessionInput {
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  return {
    ...(s.id ? { id: s.id } : {}),
    startsAt: zonedToInstant(s.date, s.startTime, zone),
    endsAt: s.endTime ? zonedToInstant(s.date, s.endTime, zone) : null,
    title: s.title.trim(),
    speakers: s.speakers.trim(),
    room: s.room.trim(),
  };
}

/**
 * What a user types ("1.500.000", "1 500 000,5", "2,500.75") → "1500000.00", "1500000.50", "2500.75".
 * Both separators: the last one is the decimal point. One separator once followed by exactly three
 * digits, or several times: thousands. Anything else is returned trimmed, for validation to refuse.
 */
export function normalizeAmount(raw: string): string {
  const trimmed = raw.trim();
  let s = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  if (!s) return '';
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    s = s.split(thousands).join('').replace(decimal, '.');
  } else if (dot >= 0 || comma >= 0) {
    const sep = dot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const thousands = parts.length > 2 || parts[1]!.length === 3;
    s = thousands ? parts.join('') : parts.join('.');
  }
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return trimmed;
  const [int, frac = ''] = s.split('.');
  return `${int!.replace(/^0+(?=\d)/, '')}.${frac.padEnd(2, '0')}`;
}

export function toInput(v: EngagementFormValues): EngagementInput {
  const times = timesToInput(v);
  const online = v.mode === 'online';
  const amount = normalizeAmount(v.budgetAmount);
  return {
    kind: v.kind as EngagementKind,
    titleVi: v.titleVi.trim(),
    titleEn: v.titleEn.trim(),
    titleFr: v.titleFr.trim(),
    ...(times ?? { startsAt: '', endsAt: '' }),
    allDay: v.allDay,
    timeZone: v.timeZone,
    countryCode: online ? null : v.countryCode || null,
    city: online ? '' : v.city.trim(),
    venue: online ? '' : v.venue.trim(),
    onlineUrl: online ? v.onlineUrl.trim() : '',
    organiserUnitId: v.organiserUnitId,
    coUnitIds: v.coUnitIds.filter((id) => id !== v.organiserUnitId),
    partnerIds: v.partners.map((p) => p.id),
    participants: sentParticipants(v.participants).map(participantToInput),
    sessions: sentSessions(v.sessions).map((s) => sessionToInput(s, v.timeZone)),
    level: (v.level || null) as EngagementLevel | null,
    fieldIds: v.fieldIds,
    purpose: v.purpose.trim(),
    budgetAmount: amount || null,
    budgetCurrency: amount ? v.budgetCurrency.trim().toUpperCase() || null : null,
    ownerUnitId: v.ownerUnitId,
    visibility: v.visibility as Visibility,
  };
}

/** Fields that only mean something together: one changed, all go (the server reads dates with allDay and the zone). */
const TIME_KEYS = ['startsAt', 'endsAt', 'allDay', 'timeZone'] as const;
const BUDGET_KEYS = ['budgetAmount', 'budgetCurrency'] as const;

/** PATCH body: only what changed since the form opened (lists replace the whole list, so they go whole). */
export function changedInput(initial: EngagementFormValues, v: EngagementFormValues): EngagementPatch {
  const before = toInput(initial) as Record<string, unknown>;
  const after = toInput(v) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  for (const group of [TIME_KEYS, BUDGET_KEYS]) {
    if (group.some((k) => k in out)) for (const k of group) out[k] = after[k];
  }
  return out as EngagementPatch;
}

// ---- clash checks ----

/** The body of `check-clashes`, or null while the dates are incomplete or wrong. */
export function clashInput(v: EngagementFormValues, id?: string): ClashCheck | null {
  const times = timesToInput(v);
  if (!times) return null;
  if (v.allDay ? v.endDate < v.startDate : times.endsAt < times.startsAt) return null;
  const body = toInput(v);
  return {
    ...(id ? { id } : {}),
    ...(body.kind ? { kind: body.kind } : {}),
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    allDay: v.allDay,
    timeZone: v.timeZone,
    countryCode: body.countryCode ?? null,
    partnerIds: body.partnerIds ?? [],
    participants: (body.participants ?? []).filter((p) => p.userId || p.contactId),
    ...(v.ownerUnitId ? { ownerUnitId: v.ownerUnitId } : {}),
  };
}

/** Same string = same clashes: the check runs again only when this changes. */
export const clashKey = (v: EngagementFormValues, id?: string): string => {
  const body = clashInput(v, id);
  return body ? JSON.stringify(body) : '';
};
