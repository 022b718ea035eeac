import { z } from 'zod';
import { visibility } from '../../core/tenancy-schema.js';
import { pageQuery } from '../../core/pagination.js';
import { isoDate } from '../../core/dates.js';
import { directiveKind, directiveStatus } from './schema.js';

// Request bodies of /api/v1/directives and /api/v1/task-groups (docs/API.md).

const text = (max: number) => z.string().trim().max(max);
const day = isoDate();

const directiveFieldsIn = {
  code: z.string().trim().min(1).max(100),
  kind: z.enum(directiveKind.enumValues),
  issuingBody: text(500),
  issuedOn: day,
  titleVi: text(1000),
  titleEn: text(1000),
  titleFr: text(1000),
  summaryVi: text(20_000),
  summaryEn: text(20_000),
  summaryFr: text(20_000),
  fullText: text(500_000),
  status: z.enum(directiveStatus.enumValues),
  supersededById: z.uuid().nullable(),
  implementsTaskId: z.uuid().nullable(),
  ownerUnitId: z.uuid(),
  visibility: z.enum(visibility.enumValues),
};

export const directiveCreateBody = z.strictObject(directiveFieldsIn).partial().required({ code: true, kind: true, issuedOn: true });
export const directivePatchBody = z.strictObject(directiveFieldsIn).partial();
export type DirectiveCreateInput = z.output<typeof directiveCreateBody>;
export type DirectivePatchInput = z.output<typeof directivePatchBody>;

export const directiveListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().max(300).optional(),
  kind: z.enum(directiveKind.enumValues).optional(),
  status: z.enum(directiveStatus.enumValues).optional(),
  unitId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  implementsTaskId: z.uuid().optional(),
  sort: z.enum(['issuedOn', '-issuedOn', 'code', '-code', 'title', '-title', 'updatedAt', '-updatedAt']).optional(),
});

const groupFieldsIn = {
  number: text(50),
  titleVi: text(1000),
  titleEn: text(1000),
  titleFr: text(1000),
  description: text(20_000),
  position: z.number().int().min(0).max(100_000),
};
export const groupCreateBody = z.strictObject({ directiveId: z.uuid(), ...groupFieldsIn }).partial().required({ directiveId: true });
export const groupPatchBody = z.strictObject(groupFieldsIn).partial();
export type GroupCreateInput = z.output<typeof groupCreateBody>;
export type GroupPatchInput = z.output<typeof groupPatchBody>;
