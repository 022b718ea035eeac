import { z } from 'zod';
import { visibility } from '../../core/tenancy-schema.js';
import { isoDateTime } from '../../core/dates.js';
import { engagementKind, engagementLevel, participantRole } from './schema.js';

// Request bodies (docs/API.md, engagements). Field messages are i18n keys.

const text = (max: number) => z.string().trim().max(max);
const instant = isoDateTime();

export const participantIn = z.strictObject({
  /** Sent back by the form; the list is replaced as a whole. */
  id: z.uuid().optional(),
  userId: z.uuid().nullable().optional(),
  contactId: z.uuid().nullable().optional(),
  /** Derived from the contact; accepted so the form may send back what it got. */
  partnerId: z.uuid().nullable().optional(),
  name: text(300).optional(),
  role: z.enum(participantRole.enumValues).default('member'),
});

export const sessionIn = z.strictObject({
  id: z.uuid().optional(),
  startsAt: instant,
  endsAt: instant.nullable().optional(),
  title: z.string().trim().min(1).max(500),
  speakers: text(2000).optional(),
  room: text(200).optional(),
});

export const engagementFieldsIn = {
  kind: z.enum(engagementKind.enumValues),
  titleVi: text(500),
  titleEn: text(500),
  titleFr: text(500),
  /** An instant, or a date YYYY-MM-DD when allDay (checked by the service, which knows allDay on PATCH). */
  startsAt: z.string().trim().min(1).max(40),
  endsAt: z.string().trim().min(1).max(40),
  allDay: z.boolean(),
  timeZone: z.string().trim().min(1).max(64),
  countryCode: z.string().trim().toUpperCase().length(2).nullable(),
  city: text(200),
  venue: text(500),
  onlineUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]),
  organiserUnitId: z.uuid(),
  coUnitIds: z.array(z.uuid()).max(50),
  partnerIds: z.array(z.uuid()).max(200),
  participants: z.array(participantIn).max(500),
  sessions: z.array(sessionIn).max(300),
  level: z.enum(engagementLevel.enumValues).nullable(),
  fieldIds: z.array(z.uuid()).max(50),
  purpose: text(20_000),
  budgetAmount: z.string().trim().regex(/^\d{1,14}(\.\d{1,2})?$/, 'field.invalid_amount').nullable(),
  budgetCurrency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'field.invalid_currency').nullable(),
  ownerUnitId: z.uuid(),
  visibility: z.enum(visibility.enumValues),
};

export const createBody = z.strictObject(engagementFieldsIn).partial().required({ kind: true, startsAt: true, endsAt: true });
/** PATCH also takes the outcome, to correct it after the event. */
export const patchBody = z.strictObject({ ...engagementFieldsIn, outcome: text(50_000) }).partial();

export type CreateInput = z.output<typeof createBody>;
export type PatchInput = z.output<typeof patchBody>;
export type EngagementInput = PatchInput;

export const transitionBody = z.strictObject({
  action: z.enum(['submit', 'approve', 'return', 'reject', 'cancel', 'complete', 'reopen']),
  comment: text(5000).optional(),
  outcome: text(50_000).optional(),
});
