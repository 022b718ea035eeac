import { z } from 'zod';
import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, type FieldErrors } from '../../core/errors.js';
import { DATE_OUT_OF_RANGE, isoYearInRange } from '../../core/dates.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { findCountry, findFieldIds } from '../countries/repo.js';
import { deleteAttachmentsOf } from '../attachments/registry.js';
import type { ClashInput } from './clashes.js';
import type { Engagement } from './schema.js';
import { engagementPolicy, DELETABLE_STATES } from './policy.js';
import * as repo from './repo.js';
import { allDayDates, allDayRange, isDate, isTimeZone, DEFAULT_TIME_ZONE } from './time.js';
import { syncEngagementTimeline } from './repo-timeline.js';
import { resubmitIfChanged } from './workflow.js';
import { revokeAccess } from './repo-workflow.js';
import type { CreateInput, EngagementInput } from './input.js';

/** "1500.5" → "1500.50", without a trip through floating point (16 digits do not fit a double). */
const money = (v: string) => {
  const [int, frac = ''] = v.split('.');
  return `${int!.replace(/^0+(?=\d)/, '')}.${frac.padEnd(2, '0')}`;
};

const isInstant = (v: string) => z.iso.datetime({ offset: true }).safeParse(v).success;

interface Times {
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  timeZone: string;
}

/**
 * Start and end as stored. All-day events come as first and last day and are kept as the
 * local midnights (in their zone) of the first day and of the day after the last; on PATCH a
 * missing date keeps the stored one (re-anchored if the zone changed).
 */
export function resolveTimes(input: Pick<EngagementInput, 'startsAt' | 'endsAt' | 'allDay' | 'timeZone'>, current: Engagement | undefined, fields: FieldErrors): Times | undefined {
  const allDay = input.allDay ?? current?.allDay ?? false;
  const timeZone = input.timeZone ?? current?.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    fields.timeZone = { key: 'field.invalid_time_zone' };
    return undefined;
  }
  // Without a date the stored one stays, unless switching between all-day and timed: then both are needed.
  const keep = current && current.allDay === allDay;
  const stored = keep && allDay ? allDayDates(current.startsAt, current.endsAt, current.timeZone) : undefined;
  const pick = (key: 'startsAt' | 'endsAt') => {
    const v = input[key];
    if (v === undefined) {
      if (!keep) fields[key] = { key: 'field.required' };
      return allDay ? (key === 'startsAt' ? stored?.first : stored?.last) : current?.[key].toISOString();
    }
    if (allDay ? !isDate(v) : !isInstant(v)) fields[key] = { key: allDay ? 'field.invalid_date' : 'field.invalid_instant' };
    else if (!isoYearInRange(v)) fields[key] = { key: DATE_OUT_OF_RANGE };
    return v;
  };
  const start = pick('startsAt');
  const end = pick('endsAt');
  if (fields.startsAt || fields.endsAt || !start || !end) return undefined;
  const range = allDay ? allDayRange(start, end, timeZone) : { startsAt: new Date(start), endsAt: new Date(end) };
  if (range.endsAt.getTime() < range.startsAt.getTime() || (allDay && end < start)) {
    fields.endsAt = { key: 'field.ends_before_start' };
    return undefined;
  }
  return { ...range, allDay, timeZone };
}

const LIST_KEYS = ['partnerIds', 'coUnitIds', 'fieldIds', 'participants', 'sessions', 'startsAt', 'endsAt', 'allDay', 'timeZone'] as const;
const columnsOf = (input: EngagementInput) => {
  const rest: Record<string, unknown> = { ...input };
  for (const k of LIST_KEYS) delete rest[k];
  return rest as Partial<repo.EngagementValues>;
};

interface Resolved {
  columns: Partial<repo.EngagementValues>;
  partnerIds?: string[];
  participants?: { list: repo.ParticipantValues[]; keep: string[] };
  sessions?: repo.SessionValues[];
}

/** Checks every reference and rule; throws one 422 with all the field errors. */
async function resolve(db: Database, actor: Actor, input: EngagementInput, current?: Engagement): Promise<Resolved> {
  const fields: FieldErrors = {};
  const times = resolveTimes(input, current, fields);
  const merged = { ...current, ...input };
  if (![merged.titleVi, merged.titleEn, merged.titleFr].some((t) => t?.trim())) fields.titleVi = { key: 'field.one_title_required' };
  if ((merged.budgetAmount == null) !== (merged.budgetCurrency == null)) {
    fields[merged.budgetAmount == null ? 'budgetAmount' : 'budgetCurrency'] = { key: 'field.required' };
  }
  if (input.countryCode) {
    if (!(await findCountry(db, input.countryCode))) fields.countryCode = { key: 'field.no_such_country' };
  }
  if (input.fieldIds?.length) {
    const found = await findFieldIds(db, input.fieldIds);
    if (found.length !== new Set(input.fieldIds).size) fields.fieldIds = { key: 'field.no_such_field' };
  }
  const unitIds = await repo.existingUnitIds(db, [...(input.coUnitIds ?? []), input.organiserUnitId, input.ownerUnitId].filter((x): x is string => !!x));
  if (input.organiserUnitId && !unitIds.has(input.organiserUnitId)) fields.organiserUnitId = { key: 'field.no_such_unit' };
  if (input.coUnitIds?.some((u) => !unitIds.has(u))) fields.coUnitIds = { key: 'field.no_such_unit' };
  if (input.ownerUnitId && input.ownerUnitId !== current?.ownerUnitId) {
    if (!unitIds.has(input.ownerUnitId)) fields.ownerUnitId = { key: 'field.no_such_unit' };
    else if (!engagementPolicy.ownBy(actor.scope, input.ownerUnitId)) fields.ownerUnitId = { key: 'field.unit_out_of_scope' };
  }

  const out: Resolved = { columns: columnsOf(input) };
  // Links to partners the editor cannot see stay as they are: the editor could not have sent them.
  const linked = current ? await repo.linkedPartnerIds(db, current.id) : [];
  const hiddenLinked = new Set(linked);
  for (const id of await repo.seePartners(db, actor.scope, linked)) hiddenLinked.delete(id);
  if (input.partnerIds) {
    const visible = await repo.seePartners(db, actor.scope, input.partnerIds);
    if (input.partnerIds.some((id) => !visible.has(id))) fields.partnerIds = { key: 'field.no_such_partner' };
    out.partnerIds = [...new Set([...input.partnerIds, ...hiddenLinked])];
  }
  if (input.participants) out.participants = await resolveParticipants(db, actor, input.participants, current, fields);
  if (input.sessions) {
    out.sessions = input.sessions.map((s, i) => {
      const startsAt = new Date(s.startsAt);
      const endsAt = s.endsAt ? new Date(s.endsAt) : null;
      if (endsAt && endsAt < startsAt) fields[`sessions.${i}.endsAt`] = { key: 'field.ends_before_start' };
      return { startsAt, endsAt, title: s.title, speakers: s.speakers ?? '', room: s.room ?? '' };
    });
  }
  if (Object.keys(fields).length || !times) throw new AppError('validation_failed', fields);
  if (input.budgetAmount) out.columns.budgetAmount = money(input.budgetAmount);
  Object.assign(out.columns, times);
  return out;
}

/** A participant is a user, a contact of a visible partner, or a guest by name. */
async function resolveParticipants(db: Database, actor: Actor, list: NonNullable<EngagementInput['participants']>, current: Engagement | undefined, fields: FieldErrors) {
  const people = new Map((await repo.usersByIds(db, list.map((p) => p.userId).filter((x): x is string => !!x))).map((u) => [u.id, u]));
  const contacts = new Map((await repo.contactsByIds(db, list.map((p) => p.contactId).filter((x): x is string => !!x))).map((c) => [c.id, c]));
  const partnerIds = [...contacts.values()].map((c) => c.partnerId).concat(list.map((p) => p.partnerId).filter((x): x is string => !!x));
  const visible = await repo.seePartners(db, actor.scope, partnerIds);
  const rows = list.map((p, i): repo.ParticipantValues => {
    const at = (k: string, key: string) => (fields[`participants.${i}.${k}`] = { key });
    const base = { userId: null, contactId: null, partnerId: null, role: p.role };
    if (p.userId && p.contactId) at('contactId', 'field.user_or_contact');
    if (p.userId) {
      const u = people.get(p.userId);
      if (!u) at('userId', 'field.no_such_user');
      return { ...base, userId: p.userId, name: p.name || u?.displayName || '' };
    }
    if (p.contactId) {
      const c = contacts.get(p.contactId);
      if (!c || !visible.has(c.partnerId)) at('contactId', 'field.no_such_contact');
      return { ...base, contactId: p.contactId, partnerId: c?.partnerId ?? null, name: p.name || c?.name || '' };
    }
    if (!p.name) at('name', 'field.required');
    if (p.partnerId && !visible.has(p.partnerId)) at('partnerId', 'field.no_such_partner');
    return { ...base, partnerId: p.partnerId ?? null, name: p.name ?? '' };
  });
  // People of partners the editor cannot see are kept (see partnerIds above).
  const existing = current ? await repo.participantsOf(db, current.id) : [];
  const seen = await repo.seePartners(db, actor.scope, existing.map((p) => p.partnerId).filter((x): x is string => !!x));
  const keep = existing.filter((p) => p.partnerId && !seen.has(p.partnerId)).map((p) => p.id);
  return { list: rows, keep };
}

async function writeLists(db: Database, id: string, r: Resolved, input: EngagementInput) {
  if (r.partnerIds) await repo.replacePartners(db, id, r.partnerIds);
  if (input.coUnitIds) await repo.replaceCoUnits(db, id, input.coUnitIds);
  if (input.fieldIds) await repo.replaceFields(db, id, input.fieldIds);
  if (r.participants) await repo.replaceParticipants(db, id, r.participants.list, r.participants.keep);
  if (r.sessions) await repo.replaceSessions(db, id, r.sessions);
  await repo.refreshSearchText(db, id);
}

/** What the audit log keeps: the row (less the derived search text) and the lists the write touched. */
async function snapshot(db: Database, e: Engagement, input: EngagementInput) {
  const lists = await repo.listsOf(db, e.id);
  const { searchText: _s, ...row } = e;
  return { ...row, ...Object.fromEntries(Object.entries(lists).filter(([k]) => k in input)) };
}

/** Outcome of a write: the row, and notifications to mail once committed. */
export interface Written {
  engagement: Engagement;
  mail: string[];
}

export async function createEngagement(db: Database, actor: Actor, input: CreateInput): Promise<Written> {
  if (!engagementPolicy.create(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    const r = await resolve(tx, actor, input);
    const engagement = await repo.insertEngagement(tx, {
      ...(r.columns as repo.EngagementValues),
      kind: input.kind,
      state: 'draft',
      organiserUnitId: input.organiserUnitId ?? actor.scope.unitId,
      ownerUnitId: input.ownerUnitId ?? actor.scope.unitId,
      createdBy: actor.scope.userId,
    });
    await writeLists(tx, engagement.id, r, input);
    await syncEngagementTimeline(tx, engagement.id);
    await audit(tx, actor, { action: 'create', entity: 'engagement', entityId: engagement.id, diff: diffOf(null, await snapshot(tx, engagement, input)) });
    return { engagement, mail: [] };
  });
}

export async function updateEngagement(db: Database, actor: Actor, id: string, input: EngagementInput): Promise<Written> {
  return inTransaction(db, async (tx) => {
    const before = await repo.scopedEngagements.get(tx, actor.scope, id);
    if (!engagementPolicy.update(actor.scope, before)) throw engagementPolicy.edit(actor.scope, before) ? new AppError('invalid_transition') : forbidden();
    if (input.outcome !== undefined && !['approved', 'done'].includes(before.state)) throw new AppError('invalid_transition');
    const r = await resolve(tx, actor, input, before);
    const snapBefore = await snapshot(tx, before, input);
    const partnersBefore = await repo.linkedPartnerIds(tx, id);
    const after = await repo.scopedEngagements.update(tx, actor.scope, id, { ...r.columns, updatedAt: new Date() });
    await writeLists(tx, id, r, input);
    await audit(tx, actor, { action: 'update', entity: 'engagement', entityId: id, diff: diffOf(snapBefore, await snapshot(tx, after, input)) });
    const partnersChanged = partnersBefore.join() !== (await repo.linkedPartnerIds(tx, id)).join();
    const back = await resubmitIfChanged(tx, actor, before, after, partnersChanged);
    await syncEngagementTimeline(tx, id);
    return back ?? { engagement: after, mail: [] };
  });
}

export async function deleteEngagement(db: Database, actor: Actor, id: string): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const before = await repo.scopedEngagements.get(tx, actor.scope, id);
    if (!engagementPolicy.edit(actor.scope, before)) throw forbidden();
    if (!DELETABLE_STATES.includes(before.state)) throw new AppError('invalid_transition');
    const files = await deleteAttachmentsOf(tx, 'engagement', id);
    await repo.scopedEngagements.remove(tx, actor.scope, id);
    await revokeAccess(tx, id);
    await syncEngagementTimeline(tx, id);
    await audit(tx, actor, { action: 'delete', entity: 'engagement', entityId: id, diff: diffOf(before, null) });
    return files;
  });
}

/** What clash detection needs of a stored engagement (all its partners and people, seen or not). */
export async function clashInputOf(db: Database, e: Engagement): Promise<ClashInput> {
  const people = await repo.participantsOf(db, e.id);
  return {
    id: e.id,
    ownerUnitId: e.ownerUnitId,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    countryCode: e.countryCode,
    timeZone: e.timeZone,
    partnerIds: await repo.linkedPartnerIds(db, e.id),
    participantUserIds: people.map((p) => p.userId).filter((x): x is string => !!x),
    participantContactIds: people.map((p) => p.contactId).filter((x): x is string => !!x),
  };
}

/**
 * For POST /engagements/check-clashes: the form's body as clash detection needs it, without
 * saving (the body's id names the engagement being edited; it must be visible). Invalid times → 422.
 */
export async function clashInputOfBody(db: Database, actor: Actor, body: CreateInput & { id?: string }): Promise<ClashInput> {
  const current = body.id ? await repo.scopedEngagements.get(db, actor.scope, body.id) : undefined;
  const fields: FieldErrors = {};
  const times = resolveTimes(body, current, fields);
  if (!times) throw new AppError('validation_failed', fields);
  const stored = current ? await clashInputOf(db, current) : undefined;
  return {
    id: current?.id,
    ownerUnitId: body.ownerUnitId ?? current?.ownerUnitId ?? actor.scope.unitId,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    timeZone: times.timeZone,
    countryCode: body.countryCode !== undefined ? body.countryCode : (current?.countryCode ?? null),
    partnerIds: body.partnerIds ?? stored?.partnerIds ?? [],
    participantUserIds: body.participants ? body.participants.map((p) => p.userId).filter((x): x is string => !!x) : (stored?.participantUserIds ?? []),
    participantContactIds: body.participants ? body.participants.map((p) => p.contactId).filter((x): x is string => !!x) : (stored?.participantContactIds ?? []),
  };
}
