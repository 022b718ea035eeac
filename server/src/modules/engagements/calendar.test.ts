import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, signedIn, uniq } from '../../test/factories.js';
import { auditLog } from '../../core/audit-schema.js';
import { users } from '../../core/tenancy-schema.js';
import { engagements, calendarFeeds } from './schema.js';
import { DAY, HOUR, at, makeEngagement, makePartner } from './test/calendar-fixtures.js';

let t: TestApp;
let a: Awaited<ReturnType<typeof signedIn>>;
let b: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp({ allowedHosts: ['amity.intranet'] }); // a name the feed tests reach the app by
  a = await signedIn(t.app, t.db, 'officer');
  b = await signedIn(t.app, t.db, 'officer');
  await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
});
afterAll(() => t.close());

type Who = { headers: { cookie: string } };
const get = (who: Who, url: string, lang = 'en') => t.app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': lang } });
const calendar = async (who: Who, query: Record<string, string>) => {
  const res = await get(who, `/api/v1/calendar?${new URLSearchParams(query)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; partnerIds: string[]; title: string; can: { update: boolean } }[];
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('GET /calendar', () => {
  it('shows only what the user may see, with only the partners the user may see', async () => {
    const day = new Date('2032-01-05T02:00:00Z');
    const range = { from: '2032-01-01', to: '2032-02-01' };
    const own = await makePartner(t.db, a.unit.id, { visibility: 'unit' });
    const shared = await makePartner(t.db, a.unit.id, { visibility: 'shared' });
    const hidden = await makeEngagement(t.db, { ownerUnitId: a.unit.id, visibility: 'unit', startsAt: day, endsAt: at(day, HOUR), partnerIds: [own.id, shared.id] });
    const open = await makeEngagement(t.db, { ownerUnitId: a.unit.id, visibility: 'shared', startsAt: at(day, DAY), endsAt: at(day, DAY + HOUR), partnerIds: [own.id, shared.id] });
    const theirs = await makeEngagement(t.db, { ownerUnitId: b.unit.id, visibility: 'unit', startsAt: at(day, 2 * DAY), endsAt: at(day, 2 * DAY + HOUR) });

    const forA = await calendar(a, range);
    expect(ids(forA)).toEqual([hidden.id, open.id]);
    expect(forA[0]!.partnerIds.sort()).toEqual([own.id, shared.id].sort());
    expect(forA[0]!.can.update).toBe(true);

    const forB = await calendar(b, range);
    expect(ids(forB)).toEqual([open.id, theirs.id]);
    expect(forB[0]!).toMatchObject({ partnerIds: [shared.id], title: open.titleEn, can: { update: false } });
  });

  it('returns what overlaps [from, to), soonest first, whatever the state', async () => {
    const from = new Date('2032-03-01T00:00:00Z');
    const to = new Date('2032-03-08T00:00:00Z');
    const mk = (s: Date, e: Date, state: 'draft' | 'cancelled' = 'draft') => makeEngagement(t.db, { ownerUnitId: a.unit.id, startsAt: s, endsAt: e, state });
    const across = await mk(at(from, -DAY), at(from, HOUR));
    const inside = await mk(at(from, 2 * DAY), at(from, 2 * DAY + HOUR), 'cancelled');
    const atTheEnd = await mk(at(to, -HOUR), at(to, DAY));
    const instant = await mk(from, from);
    await mk(at(from, -DAY), from); // ends as the range begins
    await mk(to, at(to, HOUR)); // begins as the range ends
    const items = await calendar(a, { from: from.toISOString(), to: to.toISOString() });
    expect(ids(items)).toEqual([across.id, instant.id, inside.id, atTheEnd.id]);
  });

  it('filters by kind, unit, country and partner', async () => {
    const range = { from: '2032-05-01', to: '2032-05-31' };
    const day = new Date('2032-05-10T02:00:00Z');
    const p = await makePartner(t.db, a.unit.id);
    const conf = await makeEngagement(t.db, { ownerUnitId: a.unit.id, kind: 'conference', countryCode: 'FR', startsAt: day, endsAt: at(day, HOUR), partnerIds: [p.id] });
    const meeting = await makeEngagement(t.db, { ownerUnitId: a.unit.id, visibility: 'shared', startsAt: day, endsAt: at(day, HOUR) });
    const other = await makeEngagement(t.db, { ownerUnitId: b.unit.id, visibility: 'shared', kind: 'conference', startsAt: day, endsAt: at(day, HOUR) });
    expect(ids(await calendar(a, { ...range, kind: 'conference' })).sort()).toEqual([conf.id, other.id].sort());
    expect(ids(await calendar(a, { ...range, countryCode: 'fr' }))).toEqual([conf.id]);
    expect(ids(await calendar(a, { ...range, partnerId: p.id }))).toEqual([conf.id]);
    expect(ids(await calendar(a, { ...range, unitId: a.unit.id })).sort()).toEqual([conf.id, meeting.id].sort());
    expect(ids(await calendar(a, { ...range, unitId: b.unit.id }))).toEqual([other.id]);
  });

  it('needs from and to, in order, at most 400 days apart', async () => {
    const fields = async (query: string, lang = 'en') => {
      const res = await get(a, `/api/v1/calendar?${query}`, lang);
      expect(res.statusCode, res.body).toBe(422);
      return res.json().error.fields;
    };
    expect(await fields('to=2032-01-01')).toEqual({ from: 'Required.' });
    expect(await fields('from=yesterday&to=2032-01-01')).toEqual({ from: 'Not a valid date.' });
    expect(await fields('from=2032-01-02&to=2032-01-01')).toEqual({ to: 'Must be after the start.' });
    expect(await fields('from=2032-01-01&to=2033-02-05', 'vi')).toEqual({ to: 'Tối đa 400 ngày sau ngày bắt đầu.' });
    expect((await get(a, '/api/v1/calendar?from=2032-01-01&to=2033-02-04')).statusCode).toBe(200);
    expect((await get({ headers: { cookie: '' } }, '/api/v1/calendar?from=2032-01-01&to=2032-02-01')).statusCode).toBe(401);
  });

  it('stops at 2,000 engagements', async () => {
    const unit = await signedIn(t.app, t.db, 'officer');
    const start = new Date('2033-06-01T00:00:00Z').getTime();
    const rows = Array.from({ length: 2_003 }, (_, i) => ({
      kind: 'meeting' as const,
      titleVi: `Bulk ${i}`,
      startsAt: new Date(start + i * 60_000),
      endsAt: new Date(start + i * 60_000 + 30_000),
      organiserUnitId: unit.unit.id,
      ownerUnitId: unit.unit.id,
    }));
    await t.db.insert(engagements).values(rows);
    const items = await calendar(unit, { from: '2033-06-01', to: '2033-06-30', unitId: unit.unit.id });
    expect(items).toHaveLength(2_000);
    expect(items[0]!.title).toBe('Bulk 0');
    expect(items[1_999]!.title).toBe('Bulk 1999');
  });
});

describe('calendar feed', () => {
  // Without PUBLIC_URL the address is the one the user reached the app at.
  const post = (who: Who) => t.app.inject({ method: 'POST', url: '/api/v1/calendar/feed', headers: { ...who.headers, host: 'amity.intranet:9000' } });
  const del = (who: Who) => t.app.inject({ method: 'DELETE', url: '/api/v1/calendar/feed', headers: who.headers });
  // No cookie at all: calendar apps have none.
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

  it('is created, replaced and revoked; only a hash is stored; every change is audited', async () => {
    const me = await signedIn(t.app, t.db, 'viewer');
    expect((await get(me, '/api/v1/calendar/feed')).json()).toEqual({ url: null, active: false, createdAt: null, lastUsedAt: null });
    const first = await post(me);
    expect(first.statusCode).toBe(201);
    const url1 = first.json().url as string;
    expect(url1).toMatch(/^http:\/\/amity\.intranet:9000\/api\/v1\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const token1 = url1.split('/').pop()!.replace('.ics', '');
    const status = (await get(me, '/api/v1/calendar/feed')).json();
    expect(status).toMatchObject({ url: null, active: true, createdAt: expect.any(String) });

    const [stored] = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, me.user.id));
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.tokenHash).not.toContain(token1);

    const ok = await fetchFeed(url1);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ok.headers['cache-control']).toBe('private, max-age=300');
    expect(ok.body).toContain('BEGIN:VCALENDAR');
    expect((await get(me, '/api/v1/calendar/feed')).json().lastUsedAt).toEqual(expect.any(String));

    const url2 = (await post(me)).json().url as string;
    expect(url2).not.toBe(url1);
    expect((await fetchFeed(url1)).statusCode).toBe(404);
    expect((await fetchFeed(url2)).statusCode).toBe(200);
    expect(await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, me.user.id))).toHaveLength(1);

    expect((await del(me)).statusCode).toBe(204);
    expect((await fetchFeed(url2)).statusCode).toBe(404);
    expect((await get(me, '/api/v1/calendar/feed')).json().active).toBe(false);
    expect((await del(me)).statusCode).toBe(204);

    const log = await t.db.select().from(auditLog).where(and(eq(auditLog.userId, me.user.id), eq(auditLog.entity, 'calendar_feed'))).orderBy(asc(auditLog.id));
    expect(log.map((r) => r.action)).toEqual(['create', 'create', 'delete']);
    expect(JSON.stringify(log)).not.toContain(stored!.tokenHash);
    expect(JSON.stringify(log)).not.toContain(token1);
  });

  it('uses PUBLIC_URL when it is set, whatever address the request came to', async () => {
    const own = await openTestApp({ publicUrl: 'https://amity.example.org', publicUrlSet: true, allowedHosts: ['internal'] });
    try {
      const me = await signedIn(own.app, own.db, 'officer');
      const res = await own.app.inject({ method: 'POST', url: '/api/v1/calendar/feed', headers: { ...me.headers, host: 'internal:8080' } });
      expect(res.json().url).toMatch(/^https:\/\/amity\.example\.org\/api\/v1\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    } finally {
      await own.close();
    }
  });

  it('answers 404 for unknown tokens and inactive users, without a cookie', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const url = (await post(me)).json().url as string;
    expect((await fetchFeed(url.replace(/[A-Za-z0-9_-]{43}\.ics$/, 'A'.repeat(43) + '.ics'))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/feed/short.ics' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/calendar/feed' })).statusCode).toBe(401);
    await t.db.update(users).set({ active: false }).where(eq(users.id, me.user.id));
    expect((await fetchFeed(url)).statusCode).toBe(404);
    await t.db.update(users).set({ active: true }).where(eq(users.id, me.user.id));
    expect((await fetchFeed(url)).statusCode).toBe(200);
  });

  it('shows what the user may see now, from 90 days ago to a year ahead, not cancelled', async () => {
    const me = await signedIn(t.app, t.db, 'officer');
    const other = await signedIn(t.app, t.db, 'officer');
    const now = Date.now();
    const mk = (owner: string, offsetMs: number, over: { visibility?: 'shared' | 'unit'; state?: 'cancelled' | 'rejected' | 'approved' } = {}) =>
      makeEngagement(t.db, { ownerUnitId: owner, startsAt: new Date(now + offsetMs), endsAt: new Date(now + offsetMs + HOUR), title: uniq('Feed '), ...over });
    const mineSoon = await mk(me.unit.id, 10 * DAY, { state: 'approved' });
    const minePast = await mk(me.unit.id, -80 * DAY);
    const sharedOther = await mk(other.unit.id, 20 * DAY, { visibility: 'shared' });
    const hiddenOther = await mk(other.unit.id, 20 * DAY);
    const tooOld = await mk(me.unit.id, -100 * DAY);
    const tooFar = await mk(me.unit.id, 400 * DAY);
    const cancelled = await mk(me.unit.id, 5 * DAY, { state: 'cancelled' });
    const rejected = await mk(me.unit.id, 5 * DAY, { state: 'rejected' });

    const url = (await post(me)).json().url as string;
    const body = (await fetchFeed(url)).body;
    const has = (e: { id: string }) => body.includes(`UID:${e.id}@amity`);
    expect([mineSoon, minePast, sharedOther].map(has)).toEqual([true, true, true]);
    expect([hiddenOther, tooOld, tooFar, cancelled, rejected].map(has)).toEqual([false, false, false, false, false]);
    expect(body).not.toContain(hiddenOther.titleVi);

    // Moved to the other unit: the feed follows at once.
    await t.db.update(users).set({ unitId: other.unit.id }).where(eq(users.id, me.user.id));
    const after = (await fetchFeed(url)).body;
    expect(after.includes(`UID:${hiddenOther.id}@amity`)).toBe(true);
    expect(after.includes(`UID:${mineSoon.id}@amity`)).toBe(false);
  });
});
