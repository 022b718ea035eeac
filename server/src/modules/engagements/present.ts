import { z } from 'zod';
import { visibility } from '../../core/tenancy-schema.js';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { unitsByIds } from '../units/repo.js';
import { countryNames } from '../countries/repo.js';
import { engagementKind, engagementLevel, engagementState, participantRole, type Engagement } from './schema.js';
import { detailsOf, visiblePartnerIds } from './repo.js';
import { engagementAbilities, itemAbilities } from './policy.js';
import type { Lang } from '../../i18n/index.js';

/** The title in the reader's language, falling back vi → en → fr. */
export function titleIn(e: Pick<Engagement, 'titleVi' | 'titleEn' | 'titleFr'>, lang: Lang): string {
  const own = lang === 'vi' ? e.titleVi : lang === 'en' ? e.titleEn : e.titleFr;
  return own || e.titleVi || e.titleEn || e.titleFr;
}

/** A row of lists, the calendar and the approvals queue (docs/API.md, engagementItem). */
export const engagementItemOut = z.object({
  id: z.uuid(),
  kind: z.enum(engagementKind.enumValues),
  title: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  titleFr: z.string(),
  state: z.enum(engagementState.enumValues),
  startsAt: z.string(),
  endsAt: z.string(),
  allDay: z.boolean(),
  timeZone: z.string(),
  countryCode: z.string().nullable(),
  city: z.string(),
  organiserUnitId: z.uuid(),
  partnerIds: z.array(z.uuid()),
  ownerUnitId: z.uuid(),
  visibility: z.enum(visibility.enumValues),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type EngagementItemOut = z.output<typeof engagementItemOut>;

/** partnerIds: only the partners the reader may see; can: from the engagement policy. */
export function presentItem(e: Engagement, partnerIds: string[], can: EngagementItemOut['can'], lang: Lang): EngagementItemOut {
  return {
    id: e.id,
    kind: e.kind,
    title: titleIn(e, lang),
    titleVi: e.titleVi,
    titleEn: e.titleEn,
    titleFr: e.titleFr,
    state: e.state,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    allDay: e.allDay,
    timeZone: e.timeZone,
    countryCode: e.countryCode,
    city: e.city,
    organiserUnitId: e.organiserUnitId,
    partnerIds,
    ownerUnitId: e.ownerUnitId,
    visibility: e.visibility,
    can,
  };
}

/** Presents rows of lists and the calendar: the partners each reader may see, and what they may do. */
export async function presentItems(db: Database, scope: Scope, rows: Engagement[], lang: Lang): Promise<EngagementItemOut[]> {
  const partnerIds = await visiblePartnerIds(db, scope, rows.map((e) => e.id));
  return rows.map((e) => presentItem(e, partnerIds.get(e.id) ?? [], itemAbilities(scope, e), lang));
}

/** A clash found on saving, on a workflow step or by the form's check (docs/API.md, clash). */
export const clashOut = z.object({
  type: z.enum(['partner', 'participant', 'holiday']),
  engagementId: z.uuid().optional(),
  title: z.string().optional(),
  unitName: z.string().optional(),
  otherUnit: z.boolean(),
  partnerId: z.uuid().optional(),
  partnerName: z.string().optional(),
  participantName: z.string().optional(),
  countryCode: z.string().optional(),
  holidayName: z.string().optional(),
  date: z.string().optional(),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  allDay: z.boolean().optional(),
  timeZone: z.string().optional(),
});

export const documentOut = z.object({ id: z.uuid(), title: z.string(), signedOn: z.string().nullable(), agreementId: z.uuid().nullable() });
export const presentDocument = (d: { id: string; title: string; signedOn: string | null; agreementId: string | null }) => ({ id: d.id, title: d.title, signedOn: d.signedOn, agreementId: d.agreementId });

const names = { nameVi: z.string(), nameEn: z.string(), nameFr: z.string() };
const unitOut = z.object({ id: z.uuid(), ...names });

/** The detail view (docs/API.md, engagement). */
export const engagementOut = engagementItemOut.omit({ can: true }).extend({
  country: z.object({ code: z.string(), ...names }).nullable(),
  venue: z.string(),
  onlineUrl: z.string(),
  organiserUnit: unitOut,
  coUnitIds: z.array(z.uuid()),
  coUnits: z.array(unitOut),
  partners: z.array(z.object({ id: z.uuid(), displayName: z.string(), countryCode: z.string().nullable() })),
  participants: z.array(
    z.object({ id: z.uuid(), userId: z.uuid().nullable(), contactId: z.uuid().nullable(), partnerId: z.uuid().nullable(), name: z.string(), role: z.enum(participantRole.enumValues) }),
  ),
  sessions: z.array(z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string().nullable(), title: z.string(), speakers: z.string(), room: z.string() })),
  level: z.enum(engagementLevel.enumValues).nullable(),
  fieldIds: z.array(z.uuid()),
  purpose: z.string(),
  budgetAmount: z.string().nullable(),
  budgetCurrency: z.string().nullable(),
  outcome: z.string(),
  documents: z.array(documentOut),
  needsApproval: z.boolean(),
  approverUnitId: z.uuid().nullable(),
  decisionDueAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    reject: z.boolean(),
    cancel: z.boolean(),
    complete: z.boolean(),
    reopen: z.boolean(),
    addFollowUp: z.boolean(),
    attach: z.boolean(),
  }),
});
export type EngagementOut = z.output<typeof engagementOut>;

/** A partner's name in the reader's language, else as written, else any. */
export const partnerName = (p: { name: string; nameVi: string; nameEn: string; nameFr: string; transliteration: string }, lang: Lang) =>
  (lang === 'vi' ? p.nameVi : lang === 'en' ? p.nameEn : p.nameFr) || p.name || p.nameVi || p.nameEn || p.nameFr || p.transliteration;

export async function presentEngagement(db: Database, scope: Scope, e: Engagement, lang: Lang): Promise<EngagementOut> {
  const [d, unitMap, countryMap] = await Promise.all([detailsOf(db, scope, e.id), unitsByIds(db, [e.organiserUnitId]), countryNames(db, [e.countryCode])]);
  const partnerList = d.partners.map((p) => ({ id: p.id, displayName: partnerName(p, lang), countryCode: p.countryCode })).sort((a, b) => a.displayName.localeCompare(b.displayName));
  const iso = (x: Date | null) => x?.toISOString() ?? null;
  const { can: _can, ...item } = presentItem(e, partnerList.map((p) => p.id), { update: false, delete: false }, lang);
  return {
    ...item,
    country: (e.countryCode && countryMap.get(e.countryCode)) || null,
    venue: e.venue,
    onlineUrl: e.onlineUrl,
    organiserUnit: unitMap.get(e.organiserUnitId) ?? { id: e.organiserUnitId, nameVi: '', nameEn: '', nameFr: '' },
    coUnitIds: d.coUnits.map((u) => u.id),
    coUnits: d.coUnits,
    partners: partnerList,
    participants: d.participants.map((p) => ({ id: p.id, userId: p.userId, contactId: p.contactId, partnerId: p.partnerId, name: p.name, role: p.role })),
    sessions: d.sessions.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: iso(s.endsAt), title: s.title, speakers: s.speakers, room: s.room })),
    level: e.level,
    fieldIds: d.fieldIds,
    purpose: e.purpose,
    budgetAmount: e.budgetAmount,
    budgetCurrency: e.budgetCurrency,
    outcome: e.outcome,
    documents: d.documents.map(presentDocument),
    needsApproval: e.needsApproval,
    approverUnitId: e.approverUnitId,
    decisionDueAt: iso(e.decisionDueAt),
    submittedAt: iso(e.submittedAt),
    createdBy: e.createdBy,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    can: engagementAbilities(scope, e),
  };
}
