import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, makeUser, signedIn, uniq } from '../../test/factories.js';
import { auditLog } from '../../core/audit-schema.js';
import { verifyChain } from '../audit/repo.js';
import { attachments } from '../attachments/schema.js';

let t: TestApp;
let officer: Awaited<ReturnType<typeof signedIn>>;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-eng-'));
  t = await openTestApp({ dataDir });
  officer = await signedIn(t.app, t.db, 'officer');
  await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
  await ensureCountry(t.db, 'LA', { vi: 'Lào', en: 'Laos', fr: 'Laos' });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
const call = (cookie: string, method: Method, url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
const timed = { startsAt: '2031-03-10T09:00:00+07:00', endsAt: '2031-03-10T11:00:00+07:00' };
async function create(cookie: string, body: object) {
  const res = await call(cookie, 'POST', '/api/v1/engagements', { kind: 'meeting', titleVi: uniq('Gặp gỡ '), ...timed, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().engagement;
}
async function partner(cookie: string, body: object = {}) {
  const res = await call(cookie, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: uniq('Partner '), visibility: 'shared', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('create, read, edit, delete', () => {
  it('creates a draft with every field and reads it back in the reader’s language', async () => {
    const p = await partner(officer.cookie, { nameEn: 'Franco-Vietnamese Friendship', nameFr: 'Amitié franco-vietnamienne', countryCode: 'FR', contacts: [{ name: 'Hélène Dupont' }] });
    const fields = (await call(officer.cookie, 'GET', '/api/v1/cooperation-fields')).json().items;
    const colleague = await makeUser(t.db, officer.unit, 'officer', { displayName: uniq('Chị Lan ') });
    const coUnit = await signedIn(t.app, t.db, 'officer');
    const res = await call(officer.cookie, 'POST', '/api/v1/engagements', {
      kind: 'incoming_delegation',
      titleVi: 'Đón đoàn Hội hữu nghị Pháp',
      titleFr: 'Accueil de la délégation',
      ...timed,
      countryCode: 'fr',
      city: 'Hà Nội',
      venue: 'Nhà khách',
      onlineUrl: 'https://meet.example.org/x',
      coUnitIds: [coUnit.unit.id],
      partnerIds: [p.id],
      participants: [
        { userId: colleague.id, role: 'head_of_delegation' },
        { contactId: p.contacts[0].id, role: 'guest' },
        { name: 'Phiên dịch tự do', role: 'interpreter' },
      ],
      sessions: [{ startsAt: '2031-03-10T09:00:00+07:00', endsAt: '2031-03-10T10:00:00+07:00', title: 'Khai mạc', speakers: 'Chủ tịch', room: 'A1' }],
      level: 'provincial',
      fieldIds: [fields[0].id],
      purpose: 'Thắt chặt quan hệ',
      budgetAmount: '1500.5',
      budgetCurrency: 'usd',
      visibility: 'shared',
    }, 'fr');
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json().engagement;
    expect(e).toMatchObject({
      title: 'Accueil de la délégation',
      state: 'draft',
      startsAt: '2031-03-10T02:00:00.000Z',
      endsAt: '2031-03-10T04:00:00.000Z',
      allDay: false,
      timeZone: 'Asia/Ho_Chi_Minh',
      countryCode: 'FR',
      country: { nameVi: 'Pháp' },
      organiserUnitId: officer.unit.id,
      organiserUnit: { id: officer.unit.id },
      coUnitIds: [coUnit.unit.id],
      partnerIds: [p.id],
      partners: [{ id: p.id, displayName: 'Amitié franco-vietnamienne', countryCode: 'FR' }],
      participants: [
        { userId: colleague.id, name: colleague.displayName, role: 'head_of_delegation', contactId: null },
        { contactId: p.contacts[0].id, partnerId: p.id, name: 'Hélène Dupont', role: 'guest' },
        { userId: null, contactId: null, name: 'Phiên dịch tự do', role: 'interpreter' },
      ],
      sessions: [{ title: 'Khai mạc', startsAt: '2031-03-10T02:00:00.000Z', endsAt: '2031-03-10T03:00:00.000Z', speakers: 'Chủ tịch', room: 'A1' }],
      level: 'provincial',
      fieldIds: [fields[0].id],
      budgetAmount: '1500.50',
      budgetCurrency: 'USD',
      outcome: '',
      documents: [],
      needsApproval: false,
      approverUnitId: null,
      ownerUnitId: officer.unit.id,
      createdBy: officer.user.id,
      can: { update: true, delete: true, submit: true, approve: false, return: false, reject: false, cancel: true, complete: false, reopen: false, addFollowUp: true, attach: true },
    });
    const got = (await call(officer.cookie, 'GET', `/api/v1/engagements/${e.id}`, undefined, 'en')).json();
    expect(got).toMatchObject({ id: e.id, title: 'Đón đoàn Hội hữu nghị Pháp', partners: [{ displayName: 'Franco-Vietnamese Friendship' }] });

    // Lists replace; what is not sent stays.
    const patched = await call(officer.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { participants: [{ name: 'Khách mời', role: 'guest' }], sessions: [], budgetAmount: null, budgetCurrency: null });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().engagement).toMatchObject({ participants: [{ name: 'Khách mời' }], sessions: [], budgetAmount: null, partnerIds: [p.id], coUnitIds: [coUnit.unit.id], city: 'Hà Nội' });
    const big = await call(officer.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { budgetAmount: '99999999999999.99', budgetCurrency: 'VND' });
    expect(big.json().engagement).toMatchObject({ budgetAmount: '99999999999999.99', budgetCurrency: 'VND' });
  });

  it('keeps links to partners the editor cannot see, and does not show them', async () => {
    const mgr = await signedIn(t.app, t.db, 'manager');
    const off = await signedIn(t.app, t.db, 'officer', mgr.unit);
    const secret = await partner(off.cookie, { visibility: 'confidential', contacts: [{ name: 'Mật' }] });
    const open = await partner(mgr.cookie);
    const e = await create(off.cookie, { partnerIds: [secret.id], participants: [{ contactId: secret.contacts[0].id, role: 'guest' }] });
    const asManager = (await call(mgr.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json();
    expect(asManager).toMatchObject({ partnerIds: [], partners: [], participants: [] });
    const res = await call(mgr.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { partnerIds: [open.id], participants: [{ name: 'Khách', role: 'guest' }] });
    expect(res.json().engagement).toMatchObject({ partnerIds: [open.id], participants: [{ name: 'Khách' }] });
    const asOfficer = (await call(off.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json();
    expect([...asOfficer.partnerIds].sort()).toEqual([open.id, secret.id].sort());
    expect(asOfficer.participants.map((p: { name: string }) => p.name).sort()).toEqual(['Khách', 'Mật']);
    // The officer, who sees both, can unlink the hidden one.
    const unlinked = await call(off.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { partnerIds: [open.id], participants: [] });
    expect(unlinked.json().engagement).toMatchObject({ partnerIds: [open.id], participants: [] });
  });

  it('validates with per-field messages', async () => {
    const hidden = await partner((await signedIn(t.app, t.db, 'officer')).cookie, { visibility: 'unit' });
    const res = await call(officer.cookie, 'POST', '/api/v1/engagements', {
      kind: 'meeting',
      startsAt: '2031-03-10T09:00:00+07:00',
      endsAt: '2031-03-10T08:00:00+07:00',
      timeZone: 'Europe/Paris',
      countryCode: 'XX',
      partnerIds: [hidden.id],
      budgetAmount: '100',
      participants: [{ role: 'guest' }, { userId: '00000000-0000-4000-8000-000000000000', role: 'member' }],
    }, 'vi');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual({
      titleVi: 'Hãy nhập tiêu đề bằng ít nhất một ngôn ngữ.',
      endsAt: 'Thời điểm kết thúc không được trước thời điểm bắt đầu.',
      countryCode: 'Quốc gia này không tồn tại.',
      partnerIds: expect.any(String),
      budgetCurrency: expect.any(String),
      'participants.0.name': expect.any(String),
      'participants.1.userId': 'Người dùng này không tồn tại hoặc đã ngừng hoạt động.',
    });
    const bad = async (body: object) => (await call(officer.cookie, 'POST', '/api/v1/engagements', { kind: 'meeting', titleEn: 'x', ...timed, ...body })).json().error?.fields;
    expect(await bad({ timeZone: 'Mars/Olympus' })).toEqual({ timeZone: 'Unknown time zone (use an IANA name such as Asia/Ho_Chi_Minh).' });
    expect(await bad({ timeZone: 'asia/ho_chi_minh' })).toHaveProperty('timeZone');
    expect(await bad({ timeZone: 'UTC' })).toBeUndefined();
    expect(await bad({ allDay: true })).toMatchObject({ startsAt: 'Not a valid date.', endsAt: 'Not a valid date.' });
    expect(await bad({ startsAt: '2031-03-10' })).toEqual({ startsAt: 'Enter a date and time with its offset (ISO 8601).' });
    expect(await bad({ allDay: true, startsAt: '2031-02-29', endsAt: '2031-03-01' })).toEqual({ startsAt: 'Not a valid date.' });
    expect(await bad({ budgetAmount: '12,5', budgetCurrency: 'EURO' })).toEqual({ budgetAmount: 'Enter an amount such as 1500 or 1500.50.', budgetCurrency: 'Enter a three-letter currency code (e.g. VND, USD, EUR).' });
    expect(await bad({ kind: 'picnic' })).toHaveProperty('kind');
    expect(await bad({ colour: 'red' })).toEqual({ colour: 'Unknown field.' });
    expect(await bad({ ownerUnitId: (await signedIn(t.app, t.db, 'officer')).unit.id })).toEqual({ ownerUnitId: 'You cannot assign this unit.' });
    expect(await bad({ organiserUnitId: '00000000-0000-4000-8000-000000000000' })).toEqual({ organiserUnitId: 'This unit does not exist.' });
  });

  it('stores all-day events as local midnights of their time zone', async () => {
    const vn = await create(officer.cookie, { allDay: true, startsAt: '2031-05-01', endsAt: '2031-05-03' });
    expect(vn).toMatchObject({ allDay: true, startsAt: '2031-04-30T17:00:00.000Z', endsAt: '2031-05-03T17:00:00.000Z' });
    // Paris changes to summer time on 30 March 2031: the two midnights have different offsets.
    const paris = await create(officer.cookie, { allDay: true, startsAt: '2031-03-30', endsAt: '2031-03-30', timeZone: 'Europe/Paris' });
    expect(paris).toMatchObject({ startsAt: '2031-03-29T23:00:00.000Z', endsAt: '2031-03-30T22:00:00.000Z', timeZone: 'Europe/Paris' });
    // A new zone alone keeps the days and re-anchors them; the last day alone moves the end.
    const moved = (await call(officer.cookie, 'PATCH', `/api/v1/engagements/${vn.id}`, { timeZone: 'Europe/Paris' })).json().engagement;
    expect(moved).toMatchObject({ startsAt: '2031-04-30T22:00:00.000Z', endsAt: '2031-05-03T22:00:00.000Z' });
    const longer = (await call(officer.cookie, 'PATCH', `/api/v1/engagements/${vn.id}`, { endsAt: '2031-05-04' })).json().engagement;
    expect(longer).toMatchObject({ startsAt: '2031-04-30T22:00:00.000Z', endsAt: '2031-05-04T22:00:00.000Z' });
    // Switching to timed needs both times.
    const sw = await call(officer.cookie, 'PATCH', `/api/v1/engagements/${vn.id}`, { allDay: false, startsAt: '2031-05-01T08:00:00Z' });
    expect(sw.json().error.fields).toEqual({ endsAt: 'Required.' });
    const reversed = await call(officer.cookie, 'POST', '/api/v1/engagements', { kind: 'meeting', titleEn: 'x', allDay: true, startsAt: '2031-05-03', endsAt: '2031-05-01' });
    expect(reversed.json().error.fields).toEqual({ endsAt: 'The end must not be before the start.' });
  });

  it('refuses viewers; only editors change, delete only in early or closed states', async () => {
    const viewer = await signedIn(t.app, t.db, 'viewer', officer.unit);
    expect((await call(viewer.cookie, 'POST', '/api/v1/engagements', { kind: 'meeting', titleEn: 'x', ...timed })).statusCode).toBe(403);
    const e = await create(officer.cookie, { visibility: 'shared' });
    const stranger = await signedIn(t.app, t.db, 'officer');
    const seen = (await call(stranger.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json();
    expect(seen.can).toMatchObject({ update: false, delete: false, submit: false, addFollowUp: false });
    expect((await call(stranger.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { city: 'Huế' })).statusCode).toBe(403);
    expect((await call(stranger.cookie, 'DELETE', `/api/v1/engagements/${e.id}`)).statusCode).toBe(403);
    await call(officer.cookie, 'POST', `/api/v1/engagements/${e.id}/transitions`, { action: 'submit' });
    expect((await call(officer.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json().state).toBe('approved'); // a meeting needs no approval
    expect((await call(officer.cookie, 'DELETE', `/api/v1/engagements/${e.id}`)).json().error.code).toBe('invalid_transition');
    await call(officer.cookie, 'POST', `/api/v1/engagements/${e.id}/transitions`, { action: 'cancel' });
    const closed = await call(officer.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { city: 'Huế' });
    expect(closed.statusCode).toBe(409);
    expect((await call(officer.cookie, 'DELETE', `/api/v1/engagements/${e.id}`)).statusCode).toBe(204);
    expect((await call(officer.cookie, 'GET', `/api/v1/engagements/${e.id}`)).statusCode).toBe(404);
  });

  it('deletes the attachments with the engagement', async () => {
    const e = await create(officer.cookie, {});
    const boundary = `----amity${uniq()}`;
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\n`),
      Buffer.from('Biên bản cuộc gặp\n'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/v1/attachments?entity=engagement&entityId=${e.id}`,
      payload: body,
      headers: { cookie: officer.cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-amity-upload': '1' },
    });
    expect(up.statusCode, up.body).toBe(201);
    const stranger = await signedIn(t.app, t.db, 'officer');
    expect((await call(stranger.cookie, 'GET', `/api/v1/attachments?entity=engagement&entityId=${e.id}`)).statusCode).toBe(404);
    // Another unit's user cannot fetch the bytes, add a file or delete one either.
    expect((await call(stranger.cookie, 'GET', `/api/v1/attachments/${up.json().id}/download`)).statusCode).toBe(404);
    expect((await call(stranger.cookie, 'DELETE', `/api/v1/attachments/${up.json().id}`)).statusCode).toBe(404);
    const sneak = await t.app.inject({
      method: 'POST',
      url: `/api/v1/attachments?entity=engagement&entityId=${e.id}`,
      payload: body,
      headers: { cookie: stranger.cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-amity-upload': '1' },
    });
    expect(sneak.statusCode).toBe(404);
    expect((await call(officer.cookie, 'GET', `/api/v1/attachments/${up.json().id}/download`)).body).toBe('Biên bản cuộc gặp\n');
    expect((await call(officer.cookie, 'GET', `/api/v1/attachments?entity=engagement&entityId=${e.id}`)).json().items).toHaveLength(1);
    expect((await call(officer.cookie, 'DELETE', `/api/v1/engagements/${e.id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(attachments).where(eq(attachments.entityId, e.id))).toEqual([]);
    expect((await call(officer.cookie, 'GET', `/api/v1/attachments/${up.json().id}/download`)).statusCode).toBe(404);
  });

  it('audits every write', async () => {
    const e = await create(officer.cookie, { titleVi: 'Kiểm toán' });
    await call(officer.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { city: 'Đà Nẵng', partnerIds: [], coUnitIds: [officer.unit.id] });
    await call(officer.cookie, 'POST', `/api/v1/engagements/${e.id}/transitions`, { action: 'cancel', comment: 'hoãn' });
    await call(officer.cookie, 'DELETE', `/api/v1/engagements/${e.id}`);
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'engagement'), eq(auditLog.entityId, e.id))).orderBy(auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'delete']);
    expect(rows[0]!.userId).toBe(officer.user.id);
    expect(rows[1]!.diff).toEqual({ before: { city: '', coUnitIds: [] }, after: { city: 'Đà Nẵng', coUnitIds: [officer.unit.id] } });
    expect(rows[0]!.diff).not.toHaveProperty('after.searchText');
    expect(rows[2]!.diff).toMatchObject({ after: { state: 'cancelled' }, transition: { action: 'cancel', comment: 'hoãn' } });
    expect((await verifyChain(t.db)).brokenAt).toBeUndefined();
  });
});

describe('list', () => {
  const tag = uniq('l');
  const ids: Record<string, string> = {};
  let me: Awaited<ReturnType<typeof signedIn>>;
  let p: { id: string };
  beforeAll(async () => {
    me = await signedIn(t.app, t.db, 'officer');
    p = await partner(me.cookie);
    ids.hanoi = (await create(me.cookie, { titleVi: `Hội thảo Hữu nghị Hà Nội ${tag}`, kind: 'seminar', startsAt: '2032-01-10T09:00:00+07:00', endsAt: '2032-01-12T17:00:00+07:00', countryCode: 'LA', partnerIds: [p.id] })).id;
    ids.paris = (await create(me.cookie, { titleEn: `Paris forum ${tag}`, kind: 'forum', startsAt: '2032-02-01T09:00:00+01:00', endsAt: '2032-02-01T12:00:00+01:00', city: 'Paris' })).id;
    ids.zero = (await create(me.cookie, { titleFr: `Appel ${tag}`, startsAt: '2032-03-01T00:00:00Z', endsAt: '2032-03-01T00:00:00Z' })).id;
  });
  const list = async (query: string, cookie = me.cookie) => {
    const res = await call(cookie, 'GET', `/api/v1/engagements?limit=50&q=${encodeURIComponent(tag)}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const idsOf = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

  it('searches titles and place without diacritics, newest start first', async () => {
    const all = await list('');
    expect(idsOf(all)).toEqual([ids.zero, ids.paris, ids.hanoi]);
    expect(all.total).toBe(3);
    expect(all.items[2]).toMatchObject({ kind: 'seminar', partnerIds: [p.id], can: { update: true, delete: true }, title: `Hội thảo Hữu nghị Hà Nội ${tag}` });
    const q = async (words: string) => idsOf((await call(me.cookie, 'GET', `/api/v1/engagements?q=${encodeURIComponent(`${words} ${tag}`)}`)).json());
    expect(await q('HOI THAO huu nghi')).toEqual([ids.hanoi]);
    expect(await q('paris')).toEqual([ids.paris]);
  });

  it('filters by dates (overlap), kind, state, partner, country, unit; sorts', async () => {
    expect(idsOf(await list('from=2032-01-12&to=2032-02-01'))).toEqual([ids.hanoi]);
    expect(idsOf(await list('from=2032-01-13&to=2032-03-02'))).toEqual([ids.zero, ids.paris]);
    expect(idsOf(await list('from=2032-03-01T00:00:00Z&to=2032-03-01T00:00:01Z'))).toEqual([ids.zero]);
    expect(idsOf(await list('kind=forum'))).toEqual([ids.paris]);
    expect(idsOf(await list('state=submitted'))).toEqual([]);
    expect(idsOf(await list(`partnerId=${p.id}`))).toEqual([ids.hanoi]);
    expect(idsOf(await list('countryCode=la'))).toEqual([ids.hanoi]);
    expect(idsOf(await list(`unitId=${me.unit.id}`))).toHaveLength(3);
    expect(idsOf(await list(`unitId=${officer.unit.id}`))).toEqual([]);
    expect(idsOf(await list('sort=startsAt'))).toEqual([ids.hanoi, ids.paris, ids.zero]);
    // By the title the reader sees: "Appel…", "Hội thảo…", "Paris…".
    expect(idsOf(await list('sort=title'))).toEqual([ids.zero, ids.hanoi, ids.paris]);
    expect((await call(me.cookie, 'GET', '/api/v1/engagements?from=yesterday')).statusCode).toBe(422);
  });

  it('hides another unit’s engagements: 404 everywhere, absent from lists', async () => {
    const other = await signedIn(t.app, t.db, 'manager');
    expect((await list('', other.cookie)).items).toEqual([]);
    for (const [method, url, body] of [
      ['GET', `/api/v1/engagements/${ids.hanoi}`],
      ['PATCH', `/api/v1/engagements/${ids.hanoi}`, { city: 'x' }],
      ['DELETE', `/api/v1/engagements/${ids.hanoi}`],
      ['POST', `/api/v1/engagements/${ids.hanoi}/transitions`, { action: 'submit' }],
      ['GET', `/api/v1/engagements/${ids.hanoi}/history`],
      ['GET', `/api/v1/engagements/${ids.hanoi}/follow-ups`],
      ['POST', `/api/v1/engagements/${ids.hanoi}/follow-ups`, { text: 'x' }],
      ['POST', `/api/v1/engagements/${ids.hanoi}/documents`, { title: 'x' }],
    ] as [Method, string, object?][]) {
      expect((await call(other.cookie, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    // The parent unit's manager sees it (visibility "unit" reaches parents).
    const parentMgr = await signedIn(t.app, t.db, 'manager');
    const child = await signedIn(t.app, t.db, 'officer', parentMgr.unit);
    const e = await create(child.cookie, { titleVi: `Con ${tag}` });
    expect(idsOf(await list('', parentMgr.cookie))).toEqual([e.id]);
  });
});

describe('partner timeline', () => {
  it('shows the engagement on each linked partner’s timeline, in step, and drops it when unlinked', async () => {
    const a = await partner(officer.cookie);
    const b = await partner(officer.cookie);
    const e = await create(officer.cookie, { kind: 'conference', titleVi: 'Hội nghị hữu nghị', titleEn: 'Friendship conference', partnerIds: [a.id, b.id] });
    const timeline = async (id: string, cookie = officer.cookie) => (await call(cookie, 'GET', `/api/v1/partners/${id}/timeline?limit=100`)).json().items.filter((i: { kind: string }) => i.kind === 'engagement');
    expect(await timeline(a.id)).toEqual([
      expect.objectContaining({ kind: 'engagement', refEntity: 'engagement', refId: e.id, at: e.startsAt, data: { title: 'Hội nghị hữu nghị', titleVi: 'Hội nghị hữu nghị', titleEn: 'Friendship conference', titleFr: '', kind: 'conference', startsAt: e.startsAt, state: 'draft' } }),
    ]);
    await call(officer.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { partnerIds: [a.id], startsAt: '2031-03-09T09:00:00+07:00' });
    await call(officer.cookie, 'POST', `/api/v1/engagements/${e.id}/transitions`, { action: 'cancel' });
    expect(await timeline(b.id)).toEqual([]);
    expect((await timeline(a.id))[0]).toMatchObject({ data: { state: 'cancelled', startsAt: '2031-03-09T02:00:00.000Z' } });
    // The engagement's visibility ("unit") applies to its timeline rows: another unit sees the shared partner, not the row.
    const stranger = await signedIn(t.app, t.db, 'officer');
    expect(await timeline(a.id, stranger.cookie)).toEqual([]);
    await call(officer.cookie, 'DELETE', `/api/v1/engagements/${e.id}`);
    expect(await timeline(a.id)).toEqual([]);
  });

  it('moves the links when partners merge', async () => {
    const mgr = await signedIn(t.app, t.db, 'manager');
    const survivor = await partner(mgr.cookie, { contacts: [{ name: 'Anna' }] });
    const merged = await partner(mgr.cookie, { contacts: [{ name: 'Boris' }] });
    const both = await create(mgr.cookie, { partnerIds: [survivor.id, merged.id] });
    const one = await create(mgr.cookie, { partnerIds: [merged.id], participants: [{ contactId: merged.contacts[0].id, role: 'guest' }] });
    const res = await call(mgr.cookie, 'POST', '/api/v1/partners/merge', { survivorId: survivor.id, mergedId: merged.id });
    expect(res.statusCode, res.body).toBe(200);
    const get = async (id: string) => (await call(mgr.cookie, 'GET', `/api/v1/engagements/${id}`)).json();
    expect((await get(both.id)).partnerIds).toEqual([survivor.id]);
    expect(await get(one.id)).toMatchObject({ partnerIds: [survivor.id], participants: [{ partnerId: survivor.id, name: 'Boris' }] });
    const rows = await t.db.execute<{ ref_id: string }>(sql`select ref_id from partner_events where partner_id = ${survivor.id} and kind = 'engagement' order by ref_id`);
    expect(rows.rows.map((r) => r.ref_id).sort()).toEqual([both.id, one.id].sort());
  });
});
