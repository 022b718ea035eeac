/**
 * The one list of modules. Adding a module: its folder with an index.ts manifest (http/module.ts),
 * one line here, and its migration. Order matters for demo data (later modules use earlier ones'
 * rows) and for the daily job.
 */
import type { AmityModule } from '../http/module.js';
import { registerMessages } from '../i18n/index.js';
import { registerAuditedRecords } from './audit/visibility.js';
import { registerAttachmentEntity } from './attachments/registry.js';
import { setupModule } from './setup/index.js';
import { authModule } from './auth/index.js';
import { unitsModule } from './units/index.js';
import { usersModule } from './users/index.js';
import { auditModule } from './audit/index.js';
import { countriesModule } from './countries/index.js';
import { partnersModule } from './partners/index.js';
import { importsModule } from './imports/index.js';
import { engagementsModule } from './engagements/index.js';
import { notificationsModule } from './notifications/index.js';
import { attachmentsModule } from './attachments/index.js';
import { plansModule } from './plans/index.js';
import { proposalsModule } from './proposals/index.js';
import { jobsModule } from './jobs/index.js';

export const modules: AmityModule[] = [
  setupModule,
  authModule,
  unitsModule,
  usersModule,
  auditModule,
  countriesModule,
  partnersModule,
  importsModule,
  engagementsModule,
  notificationsModule,
  attachmentsModule,
  plansModule,
  proposalsModule,
  jobsModule,
];

/** Hands the modules' strings, audited record kinds and attachment kinds to those who serve them. */
export function registerModules(list: AmityModule[]): void {
  registerMessages(list.flatMap((m) => (m.messages ? [m.messages] : [])));
  registerAuditedRecords(list.flatMap((m) => (m.records ? [m.records] : [])));
  for (const m of list) for (const [entity, access] of Object.entries(m.attachments ?? {})) registerAttachmentEntity(entity, access);
}

// Needed as soon as anything translates or checks who may read what (tests, CLI), not only once the app is built.
registerModules(modules);
