// Shapes of the tasks and progress reports contract, read from the generated API types (src/api).
import { enumList, type Body, type Item, type Reply } from '../../api/contract';

export type Task = Reply<'/tasks/{id}'>;
export type TaskItem = Item<'/tasks'>;
/** Body of create; PATCH takes the same fields, all optional. */
export type TaskInput = Body<'/tasks', 'post'>;
export type TaskPatch = Body<'/tasks/{id}', 'patch'>;
export type TaskGroup = Item<'/task-groups'>;
export type Report = Item<'/tasks/{id}/reports'>;
export type ReportInput = Body<'/tasks/{id}/reports', 'post'>;
export type ReportPatch = Body<'/task-reports/{id}', 'patch'>;
export type BoardColumn = Reply<'/tasks/board'>['columns'][number];
export type Progress = TaskGroup['progress'];
export type PlanRef = Task['plans'][number];
export type Indicator = Task['indicators'][number];
export type CascadeInput = Body<'/tasks/{id}/cascade', 'post'>;

export type ProgressStatus = Task['status'];
export type Cadence = Task['cadence'];
export type Recurrence = Task['recurrence'];
export type ReportState = Report['state'];
export type ReportAction = Body<'/task-reports/{id}/transitions', 'post'>['action'];
export type Visibility = Task['visibility'];

// The order in which the client lists each enum's values (the server's values, checked by the compiler).
export const PROGRESS_STATUSES = enumList<ProgressStatus>()(['not_started', 'on_track', 'at_risk', 'late', 'done']);
export const CADENCES = enumList<Cadence>()(['monthly', 'quarterly', 'half_yearly', 'yearly', 'once']);
export const RECURRENCES = enumList<Recurrence>()(['none', 'monthly', 'quarterly', 'half_yearly', 'yearly']);
