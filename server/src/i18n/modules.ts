/**
 * Messages kept beside a feature (modules/<m>/messages.ts: `{ en, vi, fr }` of the same keys), so
 * features do not all edit en.ts/vi.ts/fr.ts. Merged into the catalogs by index.ts and checked by
 * i18n.test.ts like the main ones.
 */
import { messages as directives } from '../modules/directives/messages.js';
import { messages as tasks } from '../modules/tasks/messages.js';
import { messages as jobs } from '../modules/jobs/messages.js';
import { messages as proposals } from '../modules/proposals/messages.js';
import { messages as imports } from '../modules/imports/messages.js';

export interface ModuleMessages {
  en: Record<string, string>;
  vi: Record<string, string>;
  fr: Record<string, string>;
}

export const moduleMessages: ModuleMessages[] = [directives, tasks, jobs, proposals, imports];
