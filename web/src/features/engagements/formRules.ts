// Client rules of the engagement form (i18n keys) and where the server's field errors land. Lengths and
// formats come from the server's request schemas (api/rules.ts); what the form alone knows (dates and
// times typed apart, the end after the start, who is listed twice) is written here.
import { fieldRule, type BodyOp } from '../../api/rules';
import { isDate, isTime, isTimeZone } from './time';
import { normalizeAmount, sentParticipants, sentSessions, timesToInput, TITLE_FIELDS, type EngagementFormValues, type ParticipantRow, type SessionRow } from './formModel';

export const oneTitle = (_: unknown, v: EngagementFormValues): string | null =>
  TITLE_FIELDS.some((k) => v[k].trim() !== '') ? null : 'engagements.validation.oneTitle';

const tooLong = 'engagements.validation.tooLong';
/** A text field of an engagement request, checked trimmed (as sent) against the server's schema. */
export const textRule = (field: string, op: BodyOp = 'POST /engagements') => fieldRule(op, field, { tooLong }, { trim: true });

export const dateRule = (value: unknown): string | null =>
  typeof value !== 'string' || !value ? 'validation.required' : isDate(value) ? null : 'engagements.validation.date';

export const timeRule = (value: unknown, v: EngagementFormValues): string | null =>
  v.allDay ? null : typeof value !== 'string' || !value ? 'validation.required' : isTime(value) ? null : 'engagements.validation.time';

export const timeZoneRule = (value: unknown): string | null =>
  typeof value === 'string' && isTimeZone(value) ? null : 'engagements.validation.timeZone';

/** The end may not come before the start (equal is allowed, as on the server). */
export function endAfterStart(_: unknown, v: EngagementFormValues): string | null {
  if (!isDate(v.startDate) || !isDate(v.endDate)) return null;
  if (v.allDay) return v.endDate < v.startDate ? 'engagements.validation.endBeforeStart' : null;
  const times = timesToInput(v);
  return times && times.endsAt < times.startsAt ? 'engagements.validation.endBeforeStart' : null;
}

const onlineUrl = fieldRule('POST /engagements', 'onlineUrl', { tooLong, format: 'engagements.validation.url' }, { trim: true });
/** Only http and https: the server's zod says so, its JSON Schema (format uri) cannot. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname && !/\s/.test(value.trim()) ? null : 'engagements.validation.url';
  } catch {
    return 'engagements.validation.url';
  }
}

export const onlineUrlRule = (value: unknown, v: EngagementFormValues): string | null => {
  if (v.mode !== 'online') return null;
  if (typeof value !== 'string' || !value.trim()) return 'validation.required';
  return httpUrl(value) ?? onlineUrl(value);
};

const amount = fieldRule('POST /engagements', 'budgetAmount', { format: 'engagements.validation.amount' });
export function amountRule(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  return amount(normalizeAmount(value));
}

const currency = 'engagements.validation.currency';
const currencyCode = fieldRule('POST /engagements', 'budgetCurrency', { format: currency, tooLong: currency, tooShort: currency });
export const currencyRule = (value: unknown, v: EngagementFormValues): string | null => {
  if (!v.budgetAmount.trim()) return null;
  if (typeof value !== 'string' || !value.trim()) return 'validation.required';
  // Sent upper-cased, as the server reads it.
  return currencyCode(value.trim().toUpperCase());
};

export type ParticipantField = 'who' | 'name' | 'role';
export type SessionField = 'date' | 'startTime' | 'endTime' | 'title' | 'speakers' | 'room';
/** Errors by row key, then field: i18n keys (client) or text (server). */
export type RowErrors<F extends string> = Record<string, Partial<Record<F, string>>>;

const participant = { name: textRule('participants.name'), role: fieldRule('POST /engagements', 'participants.role') };
const session = { title: textRule('sessions.title'), room: textRule('sessions.room'), speakers: textRule('sessions.speakers') };

export function validateParticipants(rows: ParticipantRow[]): RowErrors<ParticipantField> {
  const out: RowErrors<ParticipantField> = {};
  const seen = new Set<string>();
  for (const p of sentParticipants(rows)) {
    const e: Partial<Record<ParticipantField, string>> = {};
    const role = participant.role(p.role);
    if (role) e.role = role;
    const name = participant.name(p.name);
    if (name) e.name = name;
    const who = p.kind === 'user' ? `u:${p.userId}` : p.kind === 'contact' ? `c:${p.contactId}` : '';
    if (who && seen.has(who)) e.who = 'engagements.validation.duplicateParticipant';
    if (who) seen.add(who);
    if (Object.keys(e).length) out[p.key] = e;
  }
  return out;
}

export function validateSessions(rows: SessionRow[]): RowErrors<SessionField> {
  const out: RowErrors<SessionField> = {};
  for (const s of sentSessions(rows)) {
    const e: Partial<Record<SessionField, string>> = {};
    const title = session.title(s.title);
    if (title) e.title = title;
    if (!s.date) e.date = 'validation.required';
    else if (!isDate(s.date)) e.date = 'engagements.validation.date';
    if (!s.startTime) e.startTime = 'validation.required';
    else if (!isTime(s.startTime)) e.startTime = 'engagements.validation.time';
    if (s.endTime && !isTime(s.endTime)) e.endTime = 'engagements.validation.time';
    else if (s.endTime && isTime(s.startTime) && s.endTime < s.startTime) e.endTime = 'engagements.validation.endBeforeStart';
    const room = session.room(s.room);
    if (room) e.room = room;
    const speakers = session.speakers(s.speakers);
    if (speakers) e.speakers = speakers;
    if (Object.keys(e).length) out[s.key] = e;
  }
  return out;
}

/** Form field of a top-level server path (lists: `partnerIds.3` → `partners`). */
const FIELD_OF_PATH: Record<string, keyof EngagementFormValues> = {
  startsAt: 'startDate',
  endsAt: 'endDate',
  partnerIds: 'partners',
};

/**
 * Splits the server's `fields` into errors of participant and session rows
 * (`participants.2.name`, `sessions.0.startsAt`) and the rest, keyed by form field.
 * Indices refer to the rows that were sent.
 */
export function splitServerFields(
  fields: Record<string, string>,
  participants: ParticipantRow[],
  sessions: SessionRow[],
): { participants: RowErrors<ParticipantField>; sessions: RowErrors<SessionField>; rest: Record<string, string> } {
  const sentP = sentParticipants(participants);
  const sentS = sentSessions(sessions);
  const pErr: RowErrors<ParticipantField> = {};
  const sErr: RowErrors<SessionField> = {};
  const rest: Record<string, string> = {};
  for (const [path, text] of Object.entries(fields)) {
    const p = /^participants\.(\d+)(?:\.(\w+))?$/.exec(path);
    const s = /^sessions\.(\d+)(?:\.(\w+))?$/.exec(path);
    if (p && sentP[Number(p[1])]) {
      const field: ParticipantField = p[2] === 'role' ? 'role' : p[2] === 'name' ? 'name' : 'who';
      const key = sentP[Number(p[1])]!.key;
      pErr[key] = { ...pErr[key], [field]: text };
    } else if (s && sentS[Number(s[1])]) {
      const sub = s[2] ?? 'title';
      const field: SessionField =
        sub === 'startsAt' ? 'startTime' : sub === 'endsAt' ? 'endTime' : (['title', 'speakers', 'room'].includes(sub) ? sub : 'title') as SessionField;
      const key = sentS[Number(s[1])]!.key;
      sErr[key] = { ...sErr[key], [field]: text };
    } else {
      const list = /^(\w+)\.\d+$/.exec(path);
      const top = list ? list[1]! : path;
      const key = FIELD_OF_PATH[top] ?? top;
      if (!(key in rest)) rest[key] = text;
    }
  }
  return { participants: pErr, sessions: sErr, rest };
}

/**
 * Units that cannot own the engagement, for the owner-unit picker (server policy `ownBy`): administrators
 * may choose any unit, managers their unit and those below it, officers only their own unit.
 * The current owner always stays choosable (an edit by a manager above it).
 */
export function ownerUnitExclusions(
  role: string | undefined,
  myUnitId: string | undefined,
  units: { id: string; parentId: string | null }[],
  current?: string,
): Set<string> {
  if (role === 'admin') return new Set();
  const allowed = new Set<string>();
  if (myUnitId && role === 'manager') {
    const children = new Map<string, string[]>();
    for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
    const stack = [myUnitId];
    while (stack.length) {
      const id = stack.pop()!;
      if (allowed.has(id)) continue;
      allowed.add(id);
      stack.push(...(children.get(id) ?? []));
    }
  } else if (myUnitId) allowed.add(myUnitId);
  if (current) allowed.add(current);
  return new Set(units.map((u) => u.id).filter((id) => !allowed.has(id)));
}
