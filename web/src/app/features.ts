import { approvalsFeature } from '../features/approvals';
import { attachmentsFeature } from '../features/attachments';
import { auditFeature } from '../features/audit';
import { authFeature } from '../features/auth';
import type { Ability } from '../features/auth/me';
import { calendarFeature } from '../features/calendar';
import { directivesFeature } from '../features/directives';
import { engagementsFeature } from '../features/engagements';
import { homeFeature } from '../features/home';
import { importsFeature } from '../features/imports';
import { notificationsFeature } from '../features/notifications';
import { partnersFeature } from '../features/partners';
import { profileFeature } from '../features/profile';
import { proposalsFeature } from '../features/proposals';
import { referenceFeature } from '../features/reference';
import { setupFeature } from '../features/setup';
import { tasksFeature } from '../features/tasks';
import { unitsFeature } from '../features/units';
import { usersFeature } from '../features/users';
import type { StringSource } from '../i18n';
import type { FeatureManifest } from '../ui/manifest';
import { uiStrings } from '../ui/strings';

export type Feature = FeatureManifest<Ability>;

/**
 * Every feature of the web app, once. Routes, the sidebar and the strings come from here; within a
 * sidebar section, entries keep this order. Adding a feature: its folder with an index.ts, and one line here.
 */
export const FEATURES: Feature[] = [
  homeFeature,
  calendarFeature,
  tasksFeature,
  approvalsFeature,
  partnersFeature,
  engagementsFeature,
  directivesFeature,
  proposalsFeature,
  unitsFeature,
  usersFeature,
  auditFeature,
  referenceFeature,
  profileFeature,
  notificationsFeature,
  importsFeature,
  attachmentsFeature,
  authFeature,
  setupFeature,
];

/** The app shell's own strings (app/locales). */
const appStrings: StringSource = {
  vi: () => import('./locales/vi.json'),
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
};

/** Every string of the app: shared UI, the shell, then each feature's (i18n/index.ts merges them). */
export const stringsOf = (features: readonly Feature[]): StringSource[] => [uiStrings, appStrings, ...features.flatMap((f) => (f.strings ? [f.strings] : []))];
export const STRINGS = stringsOf(FEATURES);
