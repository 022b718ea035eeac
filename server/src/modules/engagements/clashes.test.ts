import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, makeUnit, makeUser, signedIn, uniq } from '../../test/factories.js';
import { findClashes } from './clashes.js';
import { publicHolidaysOn } from './holidays.js';
import { DAY, HOUR, at, makeContact, makeEngagement, makePartner, setClashWindow } from './test/calendar-fixtures.js';

let t: TestApp;
let a: Awaited<ReturnType<typeof signedIn>>;
let b: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  a = await signedIn(t.app, t.db, 'officer');
  b = await signedIn(t.app, t.db, 'officer');
  await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
  await ensureCountry(t.db, 'DE', { vi: 'Đức', en: 'Germany', fr: 'Allemagne' });
});
afterAll(() => t.close());

type Who = { headers: { cookie: string } };
const check = (who: Who, body: object, lang = 'en') =>
  t.app.inject({ method: 'POST', url: '/api/v1/engagements/check-clashes', headers: { ...who.headers, 'accept-language': lang }, payload: body });
const clashesOf = async (who: Who, body: object, lang = 'en') => {
  const res = await check(who, body, lang);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().clashes as Record<string, unknown>[];
};
const timed = (start: Date, end: Date, extra: object = {}) => ({ startsAt: start.toISOString(), endsAt: end.toISOString(), ...extra });
const ofType = (list: Record<string, unknown>[], type: string) => list.filter((c) => c.type === type);

// Mid-March: no public holiday in Viet Nam, France or Germany.
const T = new Date('2031-03-10T02:00:00Z');

describe('partner clashes', () => {
  it('warns within the window of days around the span, not one minute beyond', async () => {
    const p = await makePartner(t.db, a.unit.id);
    const e = await makeEngagement(t.db, { ownerUnitId: a.unit.id, visibility: 'shared', startsAt: T, endsAt: at(T, HOUR), partnerIds: [p.id], title: uniq('Họp ') });
    const after = at(T, HOUR + 7 * DAY);
    const inside = await clashesOf(a, timed(after, at(after, HOUR), { partnerIds: [p.id] }));
    expect(ofType(inside, 'partner')).toEqual([
      {
        type: 'partner',
        otherUnit: false,
        engagementId: e.id,
        title: e.titleEn,
        unitName: a.unit.nameEn,
        startsAt: e.startsAt.toISOString(),
        endsAt: e.endsAt.toISOString(),
        allDay: false,
        timeZone: 'Asia/Ho_Chi_Minh',
        partnerId: p.id,
        partnerName: p.name,
      },
    ]);
    const beyond = at(after, 60_000);
    expect(ofType(await clashesOf(a, timed(beyond, at(beyond, HOUR), { partnerIds: [p.id] })), 'partner')).toEqual([]);
    // Before it: this one ending 7 days before the other starts still warns.
    const before = at(T, -7 * DAY);
    expect(ofType(await clashesOf(a, timed(at(before, -HOUR), before, { partnerIds: [p.id] })), 'partner')).toHaveLength(1);
    expect(ofType(await clashesOf(a, timed(at(before, -HOUR - 60_000), at(before, -60_000), { partnerIds: [p.id] })), 'partner')).toEqual([]);
    // A long engagement of the partner that started long before and is still running warns too.
    const long = await makeEngagement(t.db, { ownerUnitId: a.unit.id, startsAt: at(T, 100 * DAY), endsAt: at(T, 200 * DAY), partnerIds: [p.id] });
    const mid = at(T, 150 * DAY);
    expect(ofType(await clashesOf(a, timed(mid, at(mid, HOUR), { partnerIds: [p.id] })), 'partner').map((c) => c.engagementId)).toEqual([long.id]);
  });

  it('ignores cancelled and rejected engagements, and the engagement itself', async () => {
    const p = await makePartner(t.db, a.unit.id);
    await makeEngagement(t.db, { ownerUnitId: a.unit.id, state: 'cancelled', startsAt: T, endsAt: at(T, HOUR), partnerIds: [p.id] });
    await makeEngagement(t.db, { ownerUnitId: a.unit.id, state: 'rejected', startsAt: T, endsAt: at(T, HOUR), partnerIds: [p.id] });
    const done = await makeEngagement(t.db, { ownerUnitId: a.unit.id, state: 'done', startsAt: T, endsAt: at(T, HOUR), partnerIds: [p.id] });
    const body = timed(T, at(T, HOUR), { partnerIds: [p.id] });
    expect(ofType(await clashesOf(a, body), 'partner').map((c) => c.engagementId)).toEqual([done.id]);
    expect(ofType(await clashesOf(a, { ...body, id: done.id }), 'partner')).toEqual([]);
  });

  it('takes the window from the owner unit, else its nearest ancestor with a setting, else 7 days', async () => {
    const parent = await makeUnit(t.db);
    const child = await signedIn(t.app, t.db, 'officer', parent);
    const p = await makePartner(t.db, child.unit.id);
    await makeEngagement(t.db, { ownerUnitId: child.unit.id, startsAt: T, endsAt: at(T, HOUR), partnerIds: [p.id] });
    const daysAfter = async (days: number) => {
      const s = at(T, HOUR + days * DAY);
      return ofType(await clashesOf(child, timed(s, at(s, HOUR), { partnerIds: [p.id] })), 'partner').length;
    };
    expect(await daysAfter(7)).toBe(1);
    await setClashWindow(t.db, parent.id, 2);
    expect(await daysAfter(3)).toBe(0);
    expect(await daysAfter(2)).toBe(1);
    await setClashWindow(t.db, child.unit.id, 10);
    expect(await daysAfter(10)).toBe(1);
    expect(await daysAfter(10.01)).toBe(0);
    // The body's owner unit decides, not the caller's.
    const s = at(T, HOUR + 9 * DAY);
    const input = { ownerUnitId: parent.id, startsAt: s, endsAt: at(s, HOUR), countryCode: null, partnerIds: [p.id], participantUserIds: [], participantContactIds: [] };
    expect(ofType((await findClashes(t.db, scopeOf(child), input, 'en')) as never, 'partner')).toEqual([]);
    expect(ofType((await findClashes(t.db, scopeOf(child), { ...input, ownerUnitId: child.unit.id }, 'en')) as never, 'partner')).toHaveLength(1);
  });
});

function scopeOf(who: Awaited<ReturnType<typeof signedIn>>) {
  return { userId: who.user.id, unitId: who.unit.id, role: who.user.role, relatedUnitIds: [who.unit.id], subtreeUnitIds: [who.unit.id] };
}

describe('participant clashes', () => {
  it('warns when the same person is in an overlapping engagement; back to back is fine', async () => {
    const person = await makeUser(t.db, a.unit);
    const p = await makePartner(t.db, a.unit.id);
    const contact = await makeContact(t.db, p.id);
    const e = await makeEngagement(t.db, {
      ownerUnitId: a.unit.id,
      startsAt: T,
      endsAt: at(T, 2 * HOUR),
      userIds: [person.id],
      contacts: [{ id: contact.id, partnerId: p.id, name: contact.name }],
    });
    const overlapping = await clashesOf(a, timed(at(T, HOUR), at(T, 3 * HOUR), { participants: [{ userId: person.id, role: 'member' }, { contactId: contact.id }] }));
    expect(ofType(overlapping, 'participant')).toEqual([
      expect.objectContaining({ type: 'participant', engagementId: e.id, otherUnit: false, participantName: person.displayName }),
      expect.objectContaining({ type: 'participant', engagementId: e.id, otherUnit: false, participantName: contact.name }),
    ]);
    const backToBack = await clashesOf(a, timed(at(T, 2 * HOUR), at(T, 3 * HOUR), { participants: [{ userId: person.id }, { contactId: contact.id }] }));
    expect(ofType(backToBack, 'participant')).toEqual([]);
    const someoneElse = await makeUser(t.db, a.unit);
    expect(ofType(await clashesOf(a, timed(T, at(T, HOUR), { participants: [{ userId: someoneElse.id }, { name: 'A guest' }] })), 'participant')).toEqual([]);
  });
});

describe('holidays', () => {
  it('finds 2 September in Viet Nam, always, named in the reader’s language', async () => {
    const vi = await clashesOf(a, { allDay: true, startsAt: '2031-09-01', endsAt: '2031-09-03' }, 'vi');
    expect(vi).toEqual([{ type: 'holiday', otherUnit: false, countryCode: 'VN', holidayName: 'Quốc khánh', date: '2031-09-02' }]);
    const en = await clashesOf(a, { allDay: true, startsAt: '2031-09-02', endsAt: '2031-09-02' }, 'en');
    expect(en).toEqual([{ type: 'holiday', otherUnit: false, countryCode: 'VN', holidayName: 'National Day', date: '2031-09-02' }]);
    expect(await clashesOf(a, { allDay: true, startsAt: '2031-09-03', endsAt: '2031-09-05' })).toEqual([]);
  });

  it('finds 14 July for a French partner and the engagement’s own country', async () => {
    const fr = await makePartner(t.db, a.unit.id, { countryCode: 'FR' });
    const july = timed(new Date('2031-07-14T08:00:00Z'), new Date('2031-07-14T10:00:00Z'), { timeZone: 'Europe/Paris', partnerIds: [fr.id] });
    expect(await clashesOf(a, july, 'fr')).toEqual([{ type: 'holiday', otherUnit: false, countryCode: 'FR', holidayName: 'Fête Nationale de la France', date: '2031-07-14' }]);
    expect(await clashesOf(a, { ...july, partnerIds: [] })).toEqual([]);
    // 23:30 on 14 July in Paris is already 15 July in Ha Noi: the engagement's own zone decides the day.
    const lateParis = timed(new Date('2031-07-14T21:30:00Z'), new Date('2031-07-14T21:50:00Z'), { partnerIds: [fr.id] });
    expect(await clashesOf(a, { ...lateParis, timeZone: 'Europe/Paris' })).toEqual([expect.objectContaining({ countryCode: 'FR', date: '2031-07-14' })]);
    expect(await clashesOf(a, { ...lateParis, timeZone: 'Asia/Ho_Chi_Minh' })).toEqual([]);
    const oct = timed(new Date('2031-10-03T08:00:00Z'), new Date('2031-10-03T10:00:00Z'), { timeZone: 'Europe/Berlin', countryCode: 'DE' });
    expect(await clashesOf(a, oct, 'fr')).toEqual([expect.objectContaining({ type: 'holiday', countryCode: 'DE', holidayName: 'Fête nationale', date: '2031-10-03' })]);
  });

  it('reports a long holiday once, and nothing for a country without data', async () => {
    expect(await publicHolidaysOn('VN', ['2031-09-01'], 'en')).toEqual([]);
    // Tết 2031: the eve spans several days; the feast itself starts on the 23rd.
    const tet = (await publicHolidaysOn('VN', ['2031-01-22', '2031-01-23', '2031-01-24', '2031-01-25'], 'en')).map((h) => [h.date, h.name]);
    expect(tet).toEqual([
      ['2031-01-22', 'Vietnamese New Year Holidays'],
      ['2031-01-23', 'Vietnamese New Year'],
    ]);
    expect(await publicHolidaysOn('XX', ['2031-09-02'], 'en')).toEqual([]);
  });
});

describe('what a user may learn of other units', () => {
  it('says only “another unit” for an engagement the user may not see, and everything for a shared one', async () => {
    const p = await makePartner(t.db, a.unit.id, { visibility: 'shared' });
    const person = await makeUser(t.db, a.unit);
    const secret = uniq('Secret visit ');
    const hidden = await makeEngagement(t.db, { ownerUnitId: a.unit.id, visibility: 'unit', title: secret, startsAt: T, endsAt: at(T, HOUR), partnerIds: [p.id], userIds: [person.id] });
    const res = await check(b, timed(T, at(T, HOUR), { partnerIds: [p.id], participants: [{ userId: person.id }] }));
    expect(res.statusCode).toBe(200);
    expect(res.json().clashes).toEqual([
      { type: 'partner', otherUnit: true, partnerId: p.id, partnerName: p.name },
      { type: 'participant', otherUnit: true, participantName: person.displayName },
    ]);
    expect(res.body).not.toContain(secret);
    expect(res.body).not.toContain(hidden.id);
    expect(res.body).not.toContain(a.unit.nameEn);
    // The owner unit sees it in full.
    expect((await clashesOf(a, timed(T, at(T, HOUR), { partnerIds: [p.id] })))[0]).toMatchObject({ engagementId: hidden.id, title: hidden.titleEn, otherUnit: false });

    const shared = await makeEngagement(t.db, { ownerUnitId: a.unit.id, visibility: 'shared', startsAt: at(T, 2 * DAY), endsAt: at(T, 2 * DAY + HOUR), partnerIds: [p.id] });
    const both = ofType(await clashesOf(b, timed(T, at(T, HOUR), { partnerIds: [p.id] })), 'partner');
    expect(both).toEqual([
      { type: 'partner', otherUnit: true, partnerId: p.id, partnerName: p.name },
      expect.objectContaining({ engagementId: shared.id, title: shared.titleEn, unitName: a.unit.nameEn, otherUnit: false, startsAt: shared.startsAt.toISOString() }),
    ]);
  });

  it('ignores partners and contacts the user may not see', async () => {
    const mine = await makePartner(t.db, a.unit.id, { visibility: 'unit', countryCode: 'FR' });
    const contact = await makeContact(t.db, mine.id);
    await makeEngagement(t.db, { ownerUnitId: a.unit.id, visibility: 'shared', startsAt: T, endsAt: at(T, HOUR), partnerIds: [mine.id], contacts: [{ id: contact.id, partnerId: mine.id, name: contact.name }] });
    const res = await check(b, timed(T, at(T, HOUR), { partnerIds: [mine.id], participants: [{ contactId: contact.id }] }));
    expect(res.json().clashes).toEqual([]);
    expect(res.body).not.toContain(mine.name);
    expect(await clashesOf(a, timed(T, at(T, HOUR), { partnerIds: [mine.id], participants: [{ contactId: contact.id }] }))).toHaveLength(2);
  });
});

describe('check-clashes', () => {
  it('lists partner, then participant, then holiday clashes', async () => {
    const p = await makePartner(t.db, a.unit.id, { countryCode: 'FR' });
    const person = await makeUser(t.db, a.unit);
    const day = new Date('2031-07-14T03:00:00Z');
    await makeEngagement(t.db, { ownerUnitId: a.unit.id, startsAt: day, endsAt: at(day, HOUR), userIds: [person.id] });
    await makeEngagement(t.db, { ownerUnitId: a.unit.id, startsAt: at(day, 3 * DAY), endsAt: at(day, 3 * DAY + HOUR), partnerIds: [p.id] });
    const list = await clashesOf(a, timed(day, at(day, HOUR), { partnerIds: [p.id], participants: [{ userId: person.id }] }));
    expect(list.map((c) => c.type)).toEqual(['partner', 'participant', 'holiday']);
  });

  it('answers on create and edit too, through the same rules', async () => {
    const p = await makePartner(t.db, a.unit.id);
    const create = (titleVi: string, start: Date) =>
      t.app.inject({ method: 'POST', url: '/api/v1/engagements', headers: a.headers, payload: { kind: 'meeting', titleVi, partnerIds: [p.id], ...timed(start, at(start, HOUR)) } });
    const first = await create(uniq('Một '), at(T, 30 * DAY));
    expect(first.statusCode, first.body).toBe(201);
    const second = await create(uniq('Hai '), at(T, 32 * DAY));
    expect(second.statusCode, second.body).toBe(201);
    expect(ofType(second.json().clashes, 'partner')).toEqual([expect.objectContaining({ engagementId: first.json().engagement.id, partnerId: p.id })]);
    // Checking the saved one again with its id: it does not clash with itself, only with the first.
    const again = await clashesOf(a, { id: second.json().engagement.id, partnerIds: [p.id], ...timed(at(T, 32 * DAY), at(T, 32 * DAY + HOUR)) });
    expect(ofType(again, 'partner').map((c) => c.engagementId)).toEqual([first.json().engagement.id]);
  });

  it('takes the whole form body, checks only what clashes depend on', async () => {
    const whole = { kind: 'meeting', titleVi: 'Họp', budgetAmount: 'not checked here', sessions: [{ nonsense: true }], ...timed(T, at(T, HOUR)) };
    expect((await check(a, whole)).statusCode).toBe(200);
    const missing = await check(a, { endsAt: T.toISOString() });
    expect(missing.statusCode).toBe(422);
    expect(Object.keys(missing.json().error.fields)).toEqual(['startsAt']);
    const wrongShape = await check(a, { allDay: true, startsAt: T.toISOString(), endsAt: '2031-03-11' });
    expect(wrongShape.statusCode).toBe(422);
    expect(Object.keys(wrongShape.json().error.fields)).toEqual(['startsAt']);
    const reversed = await check(a, timed(at(T, HOUR), T));
    expect(Object.keys(reversed.json().error.fields)).toEqual(['endsAt']);
    expect((await check({ headers: { cookie: '' } }, timed(T, at(T, HOUR)))).statusCode).toBe(401);
  });
});
