import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { login } from '../../../test/factories.js';
import { demo as demoCommand } from '../../../cli/commands.js';
import { verifyChain } from '../../audit/repo.js';
import { auditLog } from '../../../core/audit-schema.js';
import { units } from '../../../core/tenancy-schema.js';
import { users } from '../../../core/tenancy-schema.js';
import { partnerEvents } from '../../partners/schema.js';
import {
  engagements, engagementPartners, engagementParticipants, engagementSessions, engagementFollowUps, engagementTransitions, engagementSettings,
  engagementKind, engagementState, type Engagement,
} from '../schema.js';
import { TRANSITIONS } from '../policy.js';
import { AUTO_APPROVED } from '../workflow.js';
import { demoEngagements, deciderOf, HOABINH_APPROVAL_KINDS } from './index.js';
import type { LookUp } from './types.js';
import { demoPlaces, localDate } from './places.js';
import { buildEngagement } from './build.js';
import { demoPartners } from '../../partners/demo/partners.js';
import { DEFAULT_APPROVAL_KINDS } from '../schema.js';

const PASSWORD = 'demo-password-for-engagement-tests';
const HANOI = 'Asia/Ho_Chi_Minh';
const DAY = 86_400_000;
let t: TestApp;
let all: Engagement[];
let loadedAt: Date;
let today: string;
const byTitle = (vi: string) => {
  const e = all.find((x) => x.titleVi === vi);
  if (!e) throw new Error(`no engagement "${vi}"`);
  return e;
};
const byKey = (k: string) => byTitle(demoEngagements().find((d) => d.k === k)!.vi);
const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  t = await openTestApp();
  process.env.AMITY_DEMO_PASSWORD = PASSWORD;
  loadedAt = new Date();
  today = localDate(loadedAt, HANOI);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo', payload: {} });
  if (res.statusCode !== 201) throw new Error(`demo load: ${res.statusCode} ${res.body}`);
  all = await t.db.select().from(engagements);
});
afterAll(async () => {
  delete process.env.AMITY_DEMO_PASSWORD;
  await t.close();
});

describe('demo engagements (as written)', () => {
  const rows = demoEngagements();

  it('has unique keys and titles, in three languages, in valid time zones', () => {
    expect(new Set(rows.map((e) => e.k)).size).toBe(rows.length);
    expect(new Set(rows.map((e) => e.vi)).size).toBe(rows.length);
    for (const e of rows) expect([e.vi, e.en, e.fr].every((s) => !!s?.trim()), e.k).toBe(true);
    for (const [, , zone] of Object.values(demoPlaces)) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });

  it('tells a consistent story whatever the day it is loaded', () => {
    // The loader's look-ups, with keys for ids: enough for the builder's own checks (it throws on
    // a done event not yet over, a decision on a kind that needs none, a hidden partner…).
    const parent: Record<string, string | null> = {
      central: null, vufo: 'central', mofa: 'central', vff: 'central', propaganda: 'central', hanoi: 'central', hoankiem: 'hanoi', hoabinh: 'central',
      writers: 'vufo', musicians: 'vufo', dance: 'vufo', photo: 'vufo',
    };
    const partners = new Map(demoPartners().map((p) => [p.k, p]));
    const partnerOf = (k: string) => partners.get(k) ?? (() => { throw new Error(`no partner ${k}`); })();
    const look = {
      unit: (k: string) => ({ id: k, parentId: parent[k] ?? null }),
      unitKeyOf: (id: string) => id,
      user: (a: string) => ({ id: a, displayName: a, email: a }),
      partner: (k: string) => ({ id: k, ownerKey: partnerOf(k).u, visibility: partnerOf(k).v ?? 'shared', fields: partnerOf(k).f }),
      contact: (ref: string) => {
        const [k, n] = ref.split('#') as [string, string];
        const c = partnerOf(k).ct?.[Number(n)];
        if (!c) throw new Error(`no contact ${ref}`);
        return { id: ref, partnerId: k, name: c[0] };
      },
      contactsOf: (k: string) => partnerOf(k).ct?.length ?? 0,
      field: (k: string) => k,
      approvalKinds: (u: string) => (u === 'hoabinh' ? HOABINH_APPROVAL_KINDS : DEFAULT_APPROVAL_KINDS),
      decider: (u: string) => ({ id: deciderOf[u as keyof typeof deciderOf]! }),
      writer: (u: string) => ({ id: u }),
    } as unknown as LookUp;
    for (let day = 0; day < 366; day += 5) {
      const now = new Date(Date.UTC(2027, 0, 1) + day * DAY + 7 * 3_600_000);
      for (const e of rows) {
        const b = buildEngagement(e, e.k, now, look);
        for (const tr of b.transitions) expect(tr.at!.getTime(), e.k).toBeLessThan(now.getTime());
        if (b.row.state === 'submitted') expect(b.row.decisionDueAt, e.k).toBeTruthy();
      }
    }
  });
});

describe('demo engagements (loaded)', () => {
  it('loads a year of engagements of every kind and state', () => {
    expect(all.length).toBe(demoEngagements().length);
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(engagementKind.enumValues));
    expect(new Set(all.map((e) => e.state))).toEqual(new Set(engagementState.enumValues));
    // Apart from the seeds' events, from about nine months back to three months ahead of the load.
    const seeds = new Set(demoEngagements().filter((d) => typeof d.on === 'string' && /^\d{4}-/.test(d.on)).map((d) => d.vi));
    expect(seeds.size).toBe(3);
    const recent = all.filter((e) => !seeds.has(e.titleVi));
    for (const e of recent) {
      expect(e.startsAt.getTime(), e.titleVi).toBeGreaterThan(loadedAt.getTime() - 280 * DAY);
      expect(e.startsAt.getTime(), e.titleVi).toBeLessThan(loadedAt.getTime() + 95 * DAY);
    }
    const ahead = recent.filter((e) => e.startsAt > loadedAt).length;
    expect(ahead).toBeGreaterThanOrEqual(30);
    expect(recent.length - ahead).toBeGreaterThanOrEqual(60);
  });

  it('puts the seeds’ events on their real dates', async () => {
    const days = (e: Engagement) => [localDate(e.startsAt, e.timeZone), localDate(new Date(e.endsAt.getTime() - 1), e.timeZone)];
    const diplo = all.find((e) => e.titleEn === '32nd Diplomatic Conference')!;
    expect(diplo).toMatchObject({ kind: 'conference', state: 'done', city: 'Hà Nội', timeZone: HANOI });
    expect(days(diplo)).toEqual(['2023-12-19', '2023-12-23']);
    const sessions = await t.db.select().from(engagementSessions).where(eq(engagementSessions.engagementId, diplo.id));
    expect(sessions).toHaveLength(23);
    expect(sessions.filter((s) => s.title.startsWith('Phiên chuyên đề'))).toHaveLength(9);
    expect(diplo.outcome).toMatch(/23 phiên.*9 phiên chuyên đề.*300/);

    const review = byTitle('Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023, triển khai nhiệm vụ năm 2024');
    expect(review).toMatchObject({ kind: 'conference', state: 'done', city: 'Hà Nội' });
    expect(days(review)).toEqual(['2024-01-03', '2024-01-03']);
    expect(review.outcome).toMatch(/5 cờ thi đua.*39 bằng khen/);

    const training = byTitle('Hội nghị tập huấn công tác thông tin đối ngoại và công tác nhân quyền năm 2024');
    expect(training).toMatchObject({ kind: 'training', state: 'done', city: 'Hòa Bình' });
    expect(days(training)).toEqual(['2024-08-07', '2024-08-07']);
    expect(training.outcome).toMatch(/14 tỉnh/);
  });

  it('enters times in the place’s zone: a Paris delegation in Europe/Paris, all-day events from local midnight', () => {
    const paris = byKey('h_paris');
    expect(paris).toMatchObject({ timeZone: 'Europe/Paris', countryCode: 'FR', city: 'Paris', allDay: true });
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(paris.startsAt)).toBe('00:00');
    expect(Math.round((paris.endsAt.getTime() - paris.startsAt.getTime()) / DAY)).toBe(6);
    expect(byKey('v_havana').timeZone).toBe('America/Havana');
    expect(byKey('m_korea_forum').timeZone).toBe('Asia/Seoul');
    const online = byKey('c_vaorrc');
    expect(online.countryCode).toBeNull();
    expect(online.onlineUrl).toMatch(/^https:\/\//);
  });

  it('routes every submitted engagement to the owner unit’s parent, with a due date', async () => {
    const unitRows = await t.db.select().from(units);
    const parentOf = new Map(unitRows.map((u) => [u.id, u.parentId ?? u.id]));
    const submitted = all.filter((e) => e.state === 'submitted');
    expect(submitted.length).toBeGreaterThanOrEqual(5);
    for (const e of submitted) {
      expect(e.needsApproval, e.titleVi).toBe(true);
      expect(e.approverUnitId, e.titleVi).toBe(parentOf.get(e.ownerUnitId));
      expect(e.decisionDueAt, e.titleVi).not.toBeNull();
      expect(e.submittedAt!.getTime()).toBeLessThanOrEqual(loadedAt.getTime());
      expect(e.decisionDueAt!.getTime()).toBeLessThanOrEqual(Math.min(e.submittedAt!.getTime() + 5 * DAY, e.startsAt.getTime() - DAY));
    }
    expect(submitted.some((e) => e.decisionDueAt! < loadedAt), 'some decisions overdue').toBe(true);
    // Hoa Binh's own settings ask approval for aid handovers and cultural events too.
    const settings = await t.db.select().from(engagementSettings);
    expect(settings).toHaveLength(1);
    expect(new Set(settings[0]!.approvalKinds)).toEqual(new Set(HOABINH_APPROVAL_KINDS));
    expect(byKey('b_hollows').needsApproval).toBe(true);
    expect(byKey('v_demining').needsApproval).toBe(false);
  });

  it('gives each engagement a history consistent with its state', async () => {
    const rows = await t.db.select().from(engagementTransitions).orderBy(asc(engagementTransitions.at), asc(engagementTransitions.id));
    const managers = await t.db.select({ id: users.id, role: users.role, path: units.path }).from(users).innerJoin(units, eq(units.id, users.unitId));
    const who = new Map(managers.map((m) => [m.id, m]));
    const unitPath = new Map((await t.db.select().from(units)).map((u) => [u.id, u.path]));
    for (const e of all) {
      const h = rows.filter((r) => r.engagementId === e.id);
      if (h.length === 0) {
        expect(e.state, e.titleVi).toBe('draft');
        continue;
      }
      expect(h[0]!.fromState, e.titleVi).toBe('draft');
      for (const [i, r] of h.entries()) {
        if (i > 0) expect(r.fromState, e.titleVi).toBe(h[i - 1]!.toState);
        const action = Object.values(TRANSITIONS).find((a) => a.to === r.toState && (a.from as readonly string[]).includes(r.fromState));
        expect(action, `${e.titleVi}: ${r.fromState} → ${r.toState}`).toBeDefined();
        expect(r.at.getTime()).toBeLessThanOrEqual(loadedAt.getTime() + 60_000);
        expect(r.at.getTime()).toBeGreaterThanOrEqual(e.createdAt.getTime());
        if (r.fromState === 'submitted' && r.toState !== 'cancelled') {
          if (r.actorId === null) expect(r.comment).toBe(AUTO_APPROVED);
          else {
            // Only managers of the approver unit or of a unit above it (and admins) decide.
            const m = who.get(r.actorId)!;
            expect(m.role, e.titleVi).toBe('manager');
            expect(unitPath.get(e.approverUnitId!)!.startsWith(m.path), e.titleVi).toBe(true);
            expect(r.at.getTime(), e.titleVi).toBeLessThan(e.startsAt.getTime());
          }
        }
        if (r.toState === 'returned' || r.toState === 'rejected') expect(r.comment, e.titleVi).not.toBe('');
        if (r.toState === 'done') expect(r.at.getTime(), e.titleVi).toBeGreaterThan(e.endsAt.getTime());
      }
      expect(h[h.length - 1]!.toState, e.titleVi).toBe(e.state);
      expect(e.updatedAt.getTime()).toBe(h[h.length - 1]!.at.getTime());
    }
    for (const e of all.filter((x) => x.state === 'done')) expect(e.outcome, e.titleVi).not.toBe('');
    // A reopened draft tells its story: submitted, rejected, back to draft.
    const reopened = rows.filter((r) => r.engagementId === byKey('c_scholars').id).map((r) => r.toState);
    expect(reopened).toEqual(['submitted', 'rejected', 'draft']);
  });

  it('leaves overdue follow-ups on the Hanoi and Hoa Binh officers’ home pages', async () => {
    for (const email of ['officer.hanoi@demo.amity', 'officer.hoabinh@demo.amity']) {
      const [u] = await t.db.select().from(users).where(eq(users.email, email));
      const open = await t.db.select().from(engagementFollowUps).where(eq(engagementFollowUps.ownerUserId, u!.id));
      const overdue = open.filter((f) => !f.done && f.dueDate! < today);
      expect(overdue.length, email).toBeGreaterThanOrEqual(2);
      expect(open.some((f) => !f.done && f.dueDate! >= today), `${email} has some not yet due`).toBe(true);
      const cookie = await login(t.app, email, PASSWORD);
      const res = await get(cookie, '/api/v1/me/follow-ups?overdue=true&limit=50');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().total, email).toBe(overdue.length);
    }
    const followUps = await t.db.select({ f: engagementFollowUps, state: engagements.state }).from(engagementFollowUps).innerJoin(engagements, eq(engagements.id, engagementFollowUps.engagementId));
    expect(followUps.length).toBeGreaterThanOrEqual(40);
    expect(followUps.every((r) => r.state === 'done')).toBe(true);
  });

  it('has deliberate clashes: one partner met by two units within a week, and National Day', async () => {
    const links = await t.db.select().from(engagementPartners);
    const byId = new Map(all.map((e) => [e.id, e]));
    const live = links.filter((l) => !['cancelled', 'rejected'].includes(byId.get(l.engagementId)!.state));
    const pairs = live.flatMap((a) =>
      live.filter((b) => {
        const ea = byId.get(a.engagementId)!;
        const eb = byId.get(b.engagementId)!;
        return a.partnerId === b.partnerId && ea.id < eb.id && ea.ownerUnitId !== eb.ownerUnitId && Math.abs(ea.startsAt.getTime() - eb.startsAt.getTime()) <= 7 * DAY;
      }),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    const nationalDay = byKey('v_national_day');
    expect(localDate(nationalDay.startsAt, HANOI).slice(5)).toBe('09-02');

    // The clash check the form calls says so too.
    const cookie = await login(t.app, 'officer.vufo@demo.amity', PASSWORD);
    const check = async (e: Engagement) => {
      const partnerIds = links.filter((l) => l.engagementId === e.id).map((l) => l.partnerId);
      const body = { id: e.id, kind: e.kind, titleVi: e.titleVi, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), timeZone: e.timeZone, countryCode: e.countryCode, partnerIds };
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/engagements/check-clashes', headers: { cookie }, payload: body });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().clashes as { type: string; engagementId?: string }[];
    };
    expect(await check(byKey('v_aafv'))).toContainEqual(expect.objectContaining({ type: 'partner', engagementId: byKey('h_aafv').id }));
    const onNationalDay = await check(nationalDay);
    expect(onNationalDay).toContainEqual(expect.objectContaining({ type: 'holiday' }));
    expect(onNationalDay).toContainEqual(expect.objectContaining({ type: 'partner', engagementId: byKey('h_icap').id }));
  });

  it('is mostly shared, some for the unit, a confidential one seen by its unit and the named manager only', async () => {
    const count = (v: string) => all.filter((e) => e.visibility === v).length;
    expect(count('shared') / all.length).toBeGreaterThan(0.8);
    expect(count('unit')).toBeGreaterThanOrEqual(5);
    expect(count('confidential')).toBeGreaterThanOrEqual(1);
    expect(count('confidential')).toBeLessThanOrEqual(2);
    const secret = byKey('b_park');
    expect(secret.visibility).toBe('confidential');
    const status = async (email: string) => (await get(await login(t.app, email, PASSWORD), `/api/v1/engagements/${secret.id}`)).statusCode;
    expect(await status('officer.hoabinh@demo.amity')).toBe(200);
    expect(await status('manager.central@demo.amity')).toBe(200);
    expect(await status('officer.hanoi@demo.amity')).toBe(404);
  });

  it('presents through the API, with participants from the accounts and the partners’ contacts', async () => {
    const cookie = await login(t.app, 'admin@demo.amity', PASSWORD);
    const aafv = byKey('v_aafv');
    const res = await get(cookie, `/api/v1/engagements/${aafv.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.participants.map((p: { role: string }) => p.role)).toEqual(['head_of_delegation', 'member', 'organiser', 'interpreter']);
    expect(body.participants[0]).toMatchObject({ name: 'Claire Moreau', contactId: expect.any(String), partnerId: expect.any(String) });
    const roles = await t.db.selectDistinct({ role: engagementParticipants.role }).from(engagementParticipants);
    expect(roles.map((r) => r.role).sort()).toEqual(['guest', 'head_of_delegation', 'interpreter', 'member', 'organiser', 'speaker']);
    // The administrator sits in the central unit: the confidential ones of Hanoi and Hoa Binh are not his.
    const list = (await get(cookie, '/api/v1/engagements?limit=1')).json();
    expect(list.total).toBe(all.filter((e) => e.visibility !== 'confidential').length);
    const manager = await login(t.app, 'manager.hanoi@demo.amity', PASSWORD);
    expect((await get(manager, '/api/v1/approvals?limit=50')).json().total).toBeGreaterThanOrEqual(2);
  });

  it('puts every engagement on its partners’ timelines and audits each one', async () => {
    const [{ n: links }] = (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from engagement_partners`)).rows as [{ n: number }];
    const events = await t.db.select().from(partnerEvents).where(eq(partnerEvents.kind, 'engagement'));
    expect(events.length).toBe(links);
    const aafv = byKey('v_aafv');
    expect(events.find((ev) => ev.refId === aafv.id)).toMatchObject({ refEntity: 'engagement', visibility: 'shared', data: expect.objectContaining({ state: 'approved', kind: 'incoming_delegation' }) });
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.entity, 'engagement'));
    expect(audited.filter((a) => a.action === 'create').length).toBe(all.length);
    expect((await verifyChain(t.db)).brokenAt).toBeUndefined();
  });

  it('loads again over itself with --force', async () => {
    const lines: string[] = [];
    await demoCommand(t.dbh, (l) => lines.push(l), true);
    expect(lines.join('\n')).toMatch(/erased/);
    const again = await t.db.select().from(engagements);
    expect(again.length).toBe(all.length);
    expect(new Set(again.map((e) => e.titleVi))).toEqual(new Set(all.map((e) => e.titleVi)));
    expect(again.some((e) => all.some((x) => x.id === e.id))).toBe(false);
    const [{ n }] = (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from partner_events where kind = 'engagement'`)).rows as [{ n: number }];
    expect(n).toBeGreaterThan(100);
    expect((await verifyChain(t.db)).brokenAt).toBeUndefined();
  });
});
