import type { TestApp } from '../app.js';
import { makeUnit, makeUser, signedIn, uniq } from '../factories.js';
import type { Ids } from './arbitraries.js';

/**
 * One record of each kind, made through the API by the people who may, so that paths with ids
 * reach real rows (cheaper than the demo data set). Ids are filed under the path segment that
 * names their collection. A fixture that cannot be made is reported, not fatal: its routes are
 * still fuzzed with random ids.
 */
export async function makeFixtures(t: TestApp) {
  const admin = await signedIn(t.app, t.db, 'admin');
  const officer = await signedIn(t.app, t.db, 'officer', admin.unit);
  const viewer = await signedIn(t.app, t.db, 'viewer', officer.unit);
  // Units and users that the fuzzer may edit, move or delete: never the actors' own.
  const unit = await makeUnit(t.db, officer.unit);
  const user = await makeUser(t.db, unit, 'officer');

  const ids: Ids = { units: [unit.id], users: [user.id], countries: ['VN', 'FR', 'CN'] };
  const missing: string[] = [];
  const file = (key: string, id: unknown) => {
    if (typeof id === 'string') (ids[key] ??= []).push(id);
  };

  async function call(cookie: string, method: string, url: string, body?: object): Promise<any> {
    const res = await t.app.inject({
      method: method as 'POST',
      url,
      headers: { cookie, 'sec-fetch-site': 'same-origin', 'accept-language': 'en' },
      ...(body ? { payload: body } : {}),
    });
    if (res.statusCode >= 300) {
      missing.push(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return undefined;
    }
    return res.body ? res.json() : {};
  }
  const idOf = (r: any) => r?.id ?? r?.engagement?.id ?? r?.partner?.id ?? r?.proposal?.id ?? r?.task?.id;

  const a = admin.cookie;
  const o = officer.cookie;
  for (const path of ['relationship-groups', 'cooperation-fields']) {
    const list = await call(a, 'GET', `/api/v1/${path}`);
    for (const item of (list?.items ?? []).slice(0, 2)) file(path, item.id);
  }

  const partner = await call(o, 'POST', '/api/v1/partners', { type: 'expert', name: uniq('Fuzz expert '), contacts: [{ name: 'Lan', email: 'lan@example.org' }] });
  const other = await call(a, 'POST', '/api/v1/partners', { type: 'foreign_ngo', name: uniq('Fuzz NGO ') });
  file('partners', idOf(partner));
  file('partners', idOf(other));
  const p = idOf(partner);
  if (p) {
    const full = await call(o, 'GET', `/api/v1/partners/${p}`);
    for (const c of full?.contacts ?? []) file('contacts', c.id);
    file('notes', idOf(await call(o, 'POST', `/api/v1/partners/${p}/notes`, { body: 'A first note' })));
    file('relationships', idOf(await call(o, 'POST', `/api/v1/partners/${p}/relationships`, { kind: 'cooperates_with', toPartnerId: idOf(other) })));
  }
  file('saved-filters', idOf(await call(o, 'POST', '/api/v1/saved-filters', { entity: 'partners', name: uniq('f'), query: { q: 'x' } })));

  const e = idOf(await call(o, 'POST', '/api/v1/engagements', { kind: 'meeting', titleEn: uniq('Fuzz meeting '), startsAt: '2031-03-02T08:00:00+07:00', endsAt: '2031-03-02T11:00:00+07:00' }));
  file('engagements', e);
  if (e) {
    file('follow-ups', idOf(await call(o, 'POST', `/api/v1/engagements/${e}/follow-ups`, { text: 'Send thanks', ownerUserId: viewer.user.id })));
    file('documents', idOf(await call(o, 'POST', `/api/v1/engagements/${e}/documents`, { title: 'Memorandum' })));
  }
  const bell = await call(viewer.cookie, 'GET', '/api/v1/notifications');
  for (const n of (bell?.items ?? []).slice(0, 1)) file('notifications', n.id);
  const feed = await call(a, 'POST', '/api/v1/calendar/feed');
  const token = /\/feed\/([^/.]+)\.ics/.exec(JSON.stringify(feed ?? {}))?.[1];
  if (token) file('feed', token);
  file('tokens', idOf(await call(a, 'POST', '/api/v1/users/me/tokens', { name: uniq('fuzz'), scope: 'read' })));

  const d = idOf(await call(a, 'POST', '/api/v1/directives', { code: uniq('47/NQ-'), kind: 'resolution', issuedOn: '2026-01-02', titleVi: 'Nghị quyết' }));
  file('directives', d);
  if (d) {
    const g = idOf(await call(a, 'POST', '/api/v1/task-groups', { directiveId: d, titleVi: 'Nhóm' }));
    file('task-groups', g);
    const task = idOf(await call(a, 'POST', '/api/v1/tasks', { directiveId: d, groupId: g ?? null, leadUnitId: officer.unit.id, titleVi: 'Nhiệm vụ', cadence: 'once' }));
    file('tasks', task);
    if (task) file('task-reports', idOf(await call(o, 'POST', `/api/v1/tasks/${task}/reports`, { period: 'once', status: 'on_track', percent: 10 })));
  }
  const proposal = idOf(await call(o, 'POST', '/api/v1/proposals', { title: uniq('Đề xuất '), body: 'Xin hỗ trợ', targetUnitId: admin.unit.id }));
  file('proposals', proposal);
  if (proposal) file('proposal-groups', idOf(await call(a, 'POST', '/api/v1/proposal-groups', { title: 'Nhóm đề xuất', proposalIds: [proposal] })));

  const allIds = [...new Set([...Object.values(ids).flat().filter((v) => /^[0-9a-f-]{36}$/.test(v)), admin.unit.id, officer.unit.id, admin.user.id, officer.user.id, viewer.user.id])];
  return { actors: { admin, officer, viewer }, ids, allIds, missing };
}
