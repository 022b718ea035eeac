import type { DirectiveKind } from '../schema.js';
import type { ReportingCadence, TaskRecurrence } from '../schema.js';

// The compact shape the demo directives are written in (demo-data-*.ts); demo-data-build.ts
// turns each into rows. Days are counted from the load date, so the demo always looks current.

/** [name, unit of measure, baseline, target] */
export type DemoIndicator = [string, string, number, number];

export interface DemoTask {
  /** Key, unique in the demo: plans and the proposal demo refer to tasks by it. */
  k: string;
  n: string;
  vi: string;
  en: string;
  fr: string;
  lead: string;
  sup?: string[];
  /** Start and due: days from the load date; due null: open-ended. A recurring task is due at the end of the current period. */
  start: number;
  due: number | null;
  cad?: ReportingCadence;
  rec?: TaskRecurrence;
  /** Percent of the last report filed; 100 ends it done. */
  pct: number;
  /** The last report says "at risk". */
  risk?: boolean;
  /** How the last report stands: awaiting review, returned with this comment, or an earlier period corrected into a version 2. */
  last?: 'submitted' | { returned: string } | 'corrected';
  ind?: DemoIndicator[];
  /** Cooperation field keys (countries/reference-data.ts). */
  f?: string[];
  w?: number;
  /** In a plan: the task it details; the task the plan implements when absent. */
  parent?: string;
}

export interface DemoGroup {
  n: string;
  vi: string;
  en: string;
  fr: string;
  tasks: DemoTask[];
}

export interface DemoDirective {
  code: string;
  kind: DirectiveKind;
  body: string;
  /** 'YYYY-MM-DD', or days from the load date when the seeds give no date. */
  issued: string | number;
  vi: string;
  en: string;
  fr: string;
  sum: [string, string, string];
  owner: string;
  vis: 'shared' | 'unit';
  /** A plan's cascade: the key of the task it implements. */
  implements?: string;
  groups?: DemoGroup[];
  tasks?: DemoTask[];
}
