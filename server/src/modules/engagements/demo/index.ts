import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../../db/types.js';
import type { DemoContext } from '../../../http/module.js';
import { recordAccess } from '../../../core/tenancy-schema.js';
import { appendAudit } from '../../../core/audit.js';
import { diffOf } from '../../../core/audit-hash.js';
import { cooperationFields } from '../../countries/schema.js';
import { partners, partnerContacts } from '../../partners/schema.js';
import { demoPartners } from '../../partners/demo/partners.js';
import type { DemoUnitKey } from '../../partners/demo/types.js';
import {
  DEFAULT_APPROVAL_KINDS, engagements, engagementPartners, engagementCoUnits, engagementFields, engagementParticipants, engagementSessions,
  engagementFollowUps, engagementDocuments, engagementTransitions, engagementSettings, type EngagementKind,
} from '../schema.js';
import { syncEngagementTimeline } from '../repo-timeline.js';
import { refreshSearchText } from '../repo.js';
import { buildEngagement, demoWriterOf, type Built } from './build.js';
import type { DemoEngagement, LookUp } from './types.js';
import { seedEngagements } from './data-seeds.js';
import { centralEngagements } from './data-central.js';
import { vufoEngagements } from './data-vufo.js';
import { hanoiEngagements } from './data-hanoi.js';
import { hoabinhEngagements } from './data-hoabinh.js';

// A year of engagements across the demo units (data in data-*.ts): about
// nine months back and three ahead of the day the demo is loaded, so the
// calendar, the approvals queue and the overdue follow-ups always look current;
// plus the seed articles' events on their real dates. Rows are inserted
// set-based like the partner demo; each engagement then gets its audit entry and
// its place on the partners' timelines through the module's own function.

export const demoEngagements = (): DemoEngagement[] => [
  ...seedEngagements, ...centralEngagements, ...vufoEngagements, ...hanoiEngagements, ...hoabinhEngagements,
];

/**
 * Who decides for an approver unit. The central manager decides for the root (central, VUFO,
 * Hanoi and Hoa Binh report to it) and, as a manager above Hanoi, for Hoan Kiem too: Hoan Kiem's
 * submissions come from the Hanoi manager, who should not decide on his own.
 */
export const deciderOf: Partial<Record<DemoUnitKey, string>> = { central: 'manager.central', hanoi: 'manager.central' };

/** Hoa Binh asks approval for more kinds than the default, and warns of clashes two weeks apart. */
export const HOABINH_APPROVAL_KINDS: EngagementKind[] = [...DEFAULT_APPROVAL_KINDS, 'exchange_programme', 'aid_handover', 'cultural_event'];
export const HOABINH_CLASH_WINDOW_DAYS = 14;

export async function loadEngagementDemo(tx: Database, ctx: DemoContext): Promise<void> {
  const now = new Date();
  const look = await lookUps(tx, ctx);

  const hoabinh = look.unit('hoabinh');
  const [settings] = await tx
    .insert(engagementSettings)
    .values({ unitId: hoabinh.id, approvalKinds: HOABINH_APPROVAL_KINDS, clashWindowDays: HOABINH_CLASH_WINDOW_DAYS })
    .returning();
  const manager = look.user('manager.hoabinh');
  await appendAudit(tx, {
    userId: manager.id, userEmail: manager.email, unitId: hoabinh.id, ip: ctx.ip,
    action: 'create', entity: 'engagement_settings', entityId: hoabinh.id, diff: diffOf(null, settings as unknown as Record<string, unknown>),
  });

  const built: Built[] = [];
  const keys = new Set<string>();
  for (const e of demoEngagements()) {
    if (keys.has(e.k)) throw new Error(`demo: engagement key "${e.k}" used twice`);
    keys.add(e.k);
    built.push(buildEngagement(e, randomUUID(), now, look));
  }

  await tx.insert(engagements).values(built.map((b) => b.row));
  const many = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
  };
  await many(built.flatMap((b) => b.partnerIds.map((partnerId) => ({ engagementId: b.row.id!, partnerId }))), (r) => tx.insert(engagementPartners).values(r));
  await many(built.flatMap((b) => b.coUnitIds.map((unitId) => ({ engagementId: b.row.id!, unitId }))), (r) => tx.insert(engagementCoUnits).values(r));
  await many(built.flatMap((b) => b.fieldIds.map((fieldId) => ({ engagementId: b.row.id!, fieldId }))), (r) => tx.insert(engagementFields).values(r));
  await many(built.flatMap((b) => b.participants), (r) => tx.insert(engagementParticipants).values(r));
  await many(built.flatMap((b) => b.sessions), (r) => tx.insert(engagementSessions).values(r));
  await many(built.flatMap((b) => b.followUps), (r) => tx.insert(engagementFollowUps).values(r));
  await many(built.flatMap((b) => b.documents), (r) => tx.insert(engagementDocuments).values(r));
  // In order, so the bigserial ids follow each history as well as its timestamps do.
  await many(built.flatMap((b) => b.transitions), (r) => tx.insert(engagementTransitions).values(r));
  await many(built.flatMap((b) => b.access), (r) => tx.insert(recordAccess).values(r));

  for (const b of built) {
    await refreshSearchText(tx, b.row.id!);
    await syncEngagementTimeline(tx, b.row.id!);
    const writer = look.writer(b.unitKey);
    const { searchText: _, ...row } = b.row;
    const diff = diffOf(null, {
      ...row,
      partnerIds: b.partnerIds, coUnitIds: b.coUnitIds, fieldIds: b.fieldIds,
      participants: b.participants.map(({ engagementId: _e, id: _i, ...p }) => p),
      sessions: b.sessions.map(({ engagementId: _e, id: _i, ...s }) => s),
      history: b.transitions.map(({ engagementId: _e, ...t }) => t),
    });
    await appendAudit(tx, { userId: writer.id, userEmail: writer.email, unitId: b.row.ownerUnitId, ip: ctx.ip, action: 'create', entity: 'engagement', entityId: b.row.id!, diff });
  }
}

/** Ids of what the demo refers to by key: units, accounts, the partner demo's partners and contacts, fields. */
async function lookUps(tx: Database, ctx: DemoContext): Promise<LookUp> {
  const unit = (key: string) => {
    const u = ctx.unitsByKey.get(key);
    if (!u) throw new Error(`demo: no unit "${key}"`);
    return u;
  };
  const keyOfUnit = new Map([...ctx.unitsByKey].map(([k, u]) => [u.id, k as DemoUnitKey]));
  const user = (account: string) => {
    const u = ctx.usersByEmail.get(`${account.replace(/^@/, '')}@demo.amity`);
    if (!u) throw new Error(`demo: no account "${account}"`);
    return u;
  };

  // The partner demo keeps its generated ids to itself: find its rows again by name and country, unique in the set.
  const rows = demoPartners();
  const stored = await tx.select({ id: partners.id, name: partners.name, countryCode: partners.countryCode, visibility: partners.visibility }).from(partners);
  const idByName = new Map(stored.map((p) => [`${p.name}|${p.countryCode}`, p]));
  const byKey = new Map<string, ReturnType<LookUp['partner']>>();
  const seen = new Set<string>();
  for (const p of rows) {
    if (seen.has(`${p.n}|${p.c}`)) throw new Error(`demo: two partners named "${p.n}" in ${p.c}`);
    seen.add(`${p.n}|${p.c}`);
    const s = idByName.get(`${p.n}|${p.c}`);
    if (s) byKey.set(p.k, { id: s.id, ownerKey: p.u, visibility: s.visibility, fields: p.f });
  }
  const partnerIds = [...byKey.values()].map((p) => p.id);
  const contacts = partnerIds.length
    ? await tx.select({ id: partnerContacts.id, partnerId: partnerContacts.partnerId, name: partnerContacts.name, sort: partnerContacts.sort }).from(partnerContacts).where(inArray(partnerContacts.partnerId, partnerIds))
    : [];
  const fields = new Map((await tx.select({ id: cooperationFields.id, key: cooperationFields.key }).from(cooperationFields)).map((f) => [f.key, f.id]));

  const partner = (key: string) => {
    const p = byKey.get(key);
    if (!p) throw new Error(`demo: no partner "${key}"`);
    return p;
  };
  return {
    unit,
    unitKeyOf: (id) => keyOfUnit.get(id)!,
    user,
    partner,
    contact(ref) {
      const [key, n] = ref.split('#') as [string, string];
      const p = partner(key);
      const c = contacts.filter((x) => x.partnerId === p.id).sort((a, b) => a.sort - b.sort)[Number(n)];
      if (!c) throw new Error(`demo: no contact "${ref}"`);
      return c;
    },
    contactsOf: (key) => contacts.filter((x) => x.partnerId === partner(key).id).length,
    field(key) {
      const id = fields.get(key);
      if (!id) throw new Error(`demo: no cooperation field "${key}"`);
      return id;
    },
    approvalKinds: (u) => (u === 'hoabinh' ? HOABINH_APPROVAL_KINDS : DEFAULT_APPROVAL_KINDS),
    decider(approverUnit) {
      const account = deciderOf[approverUnit];
      if (!account) throw new Error(`demo: nobody decides for "${approverUnit}"`);
      return user(account);
    },
    writer: (u) => user(demoWriterOf[u]),
  };
}

