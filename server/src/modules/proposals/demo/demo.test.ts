import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, inArray } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { units } from '../../../core/tenancy-schema.js';
import { auditLog } from '../../../core/audit-schema.js';
import { tasks } from '../../plans/schema.js';
import { todayIn } from '../../plans/periods.js';
import { proposals, proposalEvents, proposalGroups, proposalCounters } from '../schema.js';
import { TRANSITIONS } from '../policy.js';

type Proposal = typeof proposals.$inferSelect;
let t: TestApp;
let loadedAt: Date;
let all: Proposal[];

beforeAll(async () => {
  t = await openTestApp();
  process.env.AMITY_DEMO_PASSWORD = 'demo-password-for-proposal-tests';
  loadedAt = new Date();
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo', payload: {} });
  if (res.statusCode !== 201) throw new Error(`demo load: ${res.statusCode} ${res.body}`);
  all = await t.db.select().from(proposals);
});
afterAll(async () => {
  delete process.env.AMITY_DEMO_PASSWORD;
  await t.close();
});

describe('demo proposals', () => {
  it('come from thirty localities, to the Ministry or the Central Commission', async () => {
    expect(all.length).toBeGreaterThanOrEqual(280);
    const unitRows = await t.db.select().from(units);
    const byId = new Map(unitRows.map((u) => [u.id, u]));
    const owners = new Set(all.map((p) => p.ownerUnitId));
    expect(owners.size).toBeGreaterThanOrEqual(30);
    for (const id of owners) expect(byId.get(id)!.kind).toBe('locality');
    const targets = new Set(all.map((p) => byId.get(p.targetUnitId)!.nameEn));
    expect(targets).toEqual(new Set(['Ministry of Foreign Affairs', 'Central Commission for External Relations']));
    expect(all.filter((p) => byId.get(p.targetUnitId)!.nameEn === 'Ministry of Foreign Affairs').length / all.length).toBeGreaterThan(0.7);
    expect(all.every((p) => p.fieldId !== null && p.searchText !== '')).toBe(true);
    expect(new Set(all.map((p) => p.fieldId)).size).toBeGreaterThanOrEqual(8);
    for (const s of ['submitted', 'accepted', 'answered', 'closed', 'rejected']) expect(all.filter((p) => p.state === s).length, s).toBeGreaterThanOrEqual(5);
    for (const u of ['normal', 'urgent', 'very_urgent']) expect(all.some((p) => p.urgency === u), u).toBe(true);
    // Localities are named as written, with their diacritics.
    expect(unitRows.some((u) => u.nameVi === 'Ủy ban nhân dân tỉnh Đắk Lắk')).toBe(true);
  });

  it('numbers them KN-<year>-<NNNN> per target and year, counters at the last number', async () => {
    const seen = new Set<string>();
    for (const p of all) {
      expect(p.code).toMatch(/^KN-\d{4}-\d{4}$/);
      const key = `${p.targetUnitId}|${p.code}`;
      expect(seen.has(key), p.code).toBe(false);
      seen.add(key);
    }
    const counters = await t.db.select().from(proposalCounters);
    for (const c of counters) {
      const numbers = all.filter((p) => p.targetUnitId === c.unitId && p.code.startsWith(`KN-${c.year}-`)).map((p) => Number(p.code.slice(-4)));
      expect(Math.max(...numbers)).toBe(c.last);
      expect(numbers.length).toBe(c.last);
    }
    expect(counters.reduce((n, c) => n + c.last, 0)).toBe(all.length);
  });

  it('tells each one’s history, ending in its state, with the columns it sets', async () => {
    const events = await t.db.select().from(proposalEvents).orderBy(asc(proposalEvents.id));
    for (const p of all) {
      const h = events.filter((e) => e.proposalId === p.id);
      expect(h[0], p.code).toMatchObject({ fromState: null, toState: 'submitted', action: 'submit' });
      for (const [i, e] of h.entries()) {
        if (i === 0) continue;
        expect(e.fromState, p.code).toBe(h[i - 1]!.toState);
        expect(e.at.getTime(), p.code).toBeGreaterThanOrEqual(h[i - 1]!.at.getTime());
        if (e.action === 'comment') expect(e.toState).toBe(e.fromState);
        else expect((TRANSITIONS as Record<string, { from: readonly string[]; to: string }>)[e.action], `${p.code} ${e.action}`).toMatchObject({ to: e.toState });
      }
      expect(h.at(-1)!.toState, p.code).toBe(p.state);
      expect(h.at(-1)!.at.getTime()).toBeLessThanOrEqual(loadedAt.getTime());
      if (p.state !== 'submitted' && p.state !== 'rejected') expect([p.handlingUnitId, p.acceptedAt, p.dueOn].every((x) => x !== null), p.code).toBe(true);
      if (p.state === 'answered' || p.state === 'closed') expect(p.answer !== '' && p.answeredAt !== null, p.code).toBe(true);
      if (p.state === 'closed') expect(p.closedAt, p.code).not.toBeNull();
      if (p.state === 'rejected') expect(p.rejectReason !== '' && p.rejectedAt !== null, p.code).toBe(true);
    }
    expect(all.filter((p) => p.reopenCount === 1)).toHaveLength(1);
  });

  it('leaves several accepted ones past their due date', () => {
    const today = todayIn(loadedAt);
    const overdue = all.filter((p) => p.dueOn !== null && p.dueOn < today && p.state === 'accepted');
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    // Overdue means accepted: the answered ones past their due day are not.
    for (const p of all.filter((x) => x.dueOn !== null && x.dueOn < today && x.state !== 'accepted')) expect(['answered', 'closed', 'rejected']).toContain(p.state);
  });

  it('groups near-identical ones from different localities, answered once', async () => {
    const groups = await t.db.select().from(proposalGroups);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const answered = groups.filter((g) => g.answer !== '');
    expect(answered.length).toBeGreaterThanOrEqual(1);
    for (const g of groups) {
      const members = all.filter((p) => p.groupId === g.id);
      expect(members.length, g.title).toBeGreaterThanOrEqual(3);
      expect(new Set(members.map((p) => p.ownerUnitId)).size).toBe(members.length);
      expect(new Set(members.map((p) => p.targetUnitId))).toEqual(new Set([g.targetUnitId]));
      if (g.answer) for (const p of members) expect([p.answer, p.answeredAt?.getTime()], p.code).toEqual([g.answer, g.answeredAt!.getTime()]);
      else for (const p of members) expect(p.state).toBe('accepted');
    }
  });

  it('made one into a task, both ways, and audited each proposal', async () => {
    const made = all.filter((p) => p.taskId !== null);
    expect(made).toHaveLength(1);
    const [task] = await t.db.select().from(tasks).where(eq(tasks.id, made[0]!.taskId!));
    expect(task!.proposalId).toBe(made[0]!.id);
    expect(made[0]!.state).toBe('answered');
    const audited = await t.db.select({ id: auditLog.entityId }).from(auditLog).where(inArray(auditLog.entity, ['proposal']));
    expect(new Set(audited.map((a) => a.id))).toEqual(new Set(all.map((p) => p.id)));
  });
});
