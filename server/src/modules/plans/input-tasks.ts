import { z } from 'zod';
import { visibility } from '../../core/tenancy-schema.js';
import { pageQuery } from '../../core/pagination.js';
import { isoDate } from '../../core/dates.js';
import { progressStatus, reportingCadence, taskRecurrence } from './schema.js';

// Request bodies of /api/v1/tasks (docs/API.md, "Task"). Field messages are i18n keys.

const text = (max: number) => z.string().trim().max(max);
export const day = isoDate();
/** Numbers travel as strings, 4 decimals at most (numeric(18, 4)). */
export const decimal = z.string().trim().regex(/^-?\d{1,14}(\.\d{1,4})?$/, 'field.invalid');

export const indicatorIn = z.strictObject({
  /** Sent back by the form: an existing indicator keeps its id (report values refer to it). */
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(500),
  unitOfMeasure: text(100).optional(),
  baseline: decimal.nullable().optional(),
  target: decimal.nullable().optional(),
});

export const linkIn = z.strictObject({ entity: z.enum(['partner', 'engagement']), recordId: z.uuid() });

const taskFieldsIn = {
  directiveId: z.uuid().nullable(),
  groupId: z.uuid().nullable(),
  parentTaskId: z.uuid().nullable(),
  number: text(50),
  titleVi: text(1000),
  titleEn: text(1000),
  titleFr: text(1000),
  description: text(20_000),
  leadUnitId: z.uuid(),
  supportingUnitIds: z.array(z.uuid()).max(100),
  startOn: day.nullable(),
  dueOn: day.nullable(),
  recurrence: z.enum(taskRecurrence.enumValues),
  cadence: z.enum(reportingCadence.enumValues),
  weight: z.number().int().min(1).max(100),
  fieldIds: z.array(z.uuid()).max(50),
  indicators: z.array(indicatorIn).max(100),
  links: z.array(linkIn).max(200),
  position: z.number().int().min(0).max(100_000),
  ownerUnitId: z.uuid(),
  visibility: z.enum(visibility.enumValues),
};

export const taskCreateBody = z.strictObject(taskFieldsIn).partial().required({ leadUnitId: true });
export const taskPatchBody = z.strictObject(taskFieldsIn).partial();
export type TaskCreateInput = z.output<typeof taskCreateBody>;
export type TaskPatchInput = z.output<typeof taskPatchBody>;

export const cascadeBody = z.strictObject({
  code: z.string().trim().min(1).max(100),
  titleVi: text(1000).optional(),
  titleEn: text(1000).optional(),
  titleFr: text(1000).optional(),
  issuedOn: day.optional(),
  visibility: z.enum(visibility.enumValues).optional(),
});
export type CascadeInput = z.output<typeof cascadeBody>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const taskListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().max(300).optional(),
  directiveId: z.uuid().optional(),
  groupId: z.uuid().optional(),
  parentTaskId: z.uuid().optional(),
  leadUnitId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  assignedBy: z.uuid().optional(),
  status: z.enum(progressStatus.enumValues).optional(),
  overdue: flag.optional(),
  mine: flag.optional(),
  sort: z.enum(['dueOn', '-dueOn', '-updatedAt', 'updatedAt', 'title', '-title', 'number', '-number']).optional(),
});
export type TaskListQuery = z.output<typeof taskListQuery>;
