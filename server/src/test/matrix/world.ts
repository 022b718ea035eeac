import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/types.js';
import type { App } from '../../http/context.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import type { Unit } from '../../core/tenancy-schema.js';
import { ensureRoot, makeUnit, makeUser, PASSWORD } from '../factories.js';
import { FAMILIES, type Caller, type Family, type Judge, type Obj, type Rule, type Vis } from './rules.js';

// The world the matrix probes: units root → A, B, D and C under A; the objects are made through the API by A's
// officer and manager (so every path is real), one family per visibility, each object carrying a unique marker.

export const ORIGIN = 'http://localhost:80';
const rand = () => randomBytes(6).toString('hex');

export interface World extends Judge {
  units: Record<'root' | 'A' | 'B' | 'C' | 'D' | 'E', Unit>;
  callers: Caller[];
  objects: Obj[];
  /** Per family, a word found in every title of the family (searches send it; echoes of it are harmless). */
  probe: Record<Family, string>;
  /** The day every engagement of the world happens on (YYYY-MM-DD), so clash checks meet them. */
  day: string;
  year: number;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export function multipart(fileName: string, text: string) {
  const boundary = `----matrix${rand()}`;
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`;
  return { payload: Buffer.from(body), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function buildWorld(app: App, db: Database): Promise<World> {
  const root = await ensureRoot(db);
  const A = await makeUnit(db, root, { level: 'province' });
  const B = await makeUnit(db, root, { level: 'province' });
  const D = await makeUnit(db, root, { level: 'province' });
  const C = await makeUnit(db, A, { level: 'district' });
  const Eu = await makeUnit(db, A, { level: 'district' }); // no users: the target of unit operations
  const units = { root, A, B, C, D, E: Eu };
  const tree = { parentOf: new Map<string, string | null>(Object.values(units).map((u) => [u.id, u.parentId])) };

  const login = async (email: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { origin: ORIGIN }, payload: { email, password: PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`world: login ${email} → ${res.statusCode} ${res.body}`);
    return `amity_session=${res.cookies.find((c) => c.name === 'amity_session')!.value}`;
  };
  const person = async (name: string, unit: Unit, role: Exclude<Caller['role'], 'anonymous'>): Promise<Caller> => {
    const u = await makeUser(db, unit, role);
    return { name, role, unitId: unit.id, userId: u.id, cookie: await login(u.email) };
  };
  const owner = await person('owner officer (A)', A, 'officer');
  const ownerManager = await person('owner manager (A)', A, 'manager');
  const callers: Caller[] = [
    await person('sibling officer (B)', B, 'officer'),
    await person('sibling manager (B)', B, 'manager'),
    await person('sibling viewer (B)', B, 'viewer'),
    await person('parent manager (root)', root, 'manager'),
    await person('parent officer (root)', root, 'officer'),
    await person('admin of another branch (D)', D, 'admin'),
    await person('viewer of the owner unit (A)', A, 'viewer'),
    await person('child officer (C)', C, 'officer'),
    { name: 'anonymous', role: 'anonymous', unitId: null, userId: null, cookie: null },
  ];
  const spareUser = await makeUser(db, A, 'officer');

  const call = async (who: Caller, method: Method, url: string, payload?: object, expected = 201) => {
    const res = await app.inject({ method, url, headers: { cookie: who.cookie!, origin: ORIGIN, 'accept-language': 'en' }, ...(payload ? { payload } : {}) });
    if (res.statusCode !== expected) throw new Error(`world: ${method} ${url} → ${res.statusCode} ${res.body}`);
    return res.body ? res.json() : null;
  };
  const upload = async (who: Caller, url: string, fileName: string, text: string) => {
    const m = multipart(fileName, text);
    const res = await app.inject({ method: 'POST', url, payload: m.payload, headers: { cookie: who.cookie!, origin: ORIGIN, 'content-type': m.contentType, 'x-amity-upload': '1' } });
    if (res.statusCode !== 201) throw new Error(`world: upload ${url} → ${res.statusCode} ${res.body}`);
    return res.json();
  };

  const objects: Obj[] = [];
  const probe = { shared: `probes${rand()}`, unit: `probeu${rand()}`, confidential: `probec${rand()}`, private: `probep${rand()}`, public: `probex${rand()}` };
  const mark = () => `HIDDEN${rand()}`;
  const add = (kind: string, id: string, family: Family, marker: string | null, rule: Rule, more: Partial<Obj> = {}) => {
    const o: Obj = { kind, id, family, marker, rule, label: `${kind}(${family})`, ...more };
    objects.push(o);
    return o;
  };
  const owned = (vis: Vis, entity: string, id: string, alsoUnitIds?: string[]): Rule => ({ vis, ownerUnitId: A.id, alsoUnitIds, access: { entity, id } });
  const attach = async (entity: string, parent: Obj, fam: Vis) => {
    const m = mark();
    const a = await upload(owner, `/api/v1/attachments?entity=${entity}&entityId=${parent.id}`, `${m}.txt`, `${m} ${probe[fam]} evidence`);
    add('attachment', a.id, fam, m, { vis: 'public' }, { deps: [parent], label: `attachment of ${parent.label}` });
  };

  const now = new Date();
  const year = now.getUTCFullYear();
  const day = new Date(now.getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
  const title = (m: string, fam: Family, words: string) => `${m} ${probe[fam]} ${words}`;

  // Partners: P (with contact, note, tag) and P2 of each family; relationships P→P2 and shared P→P of the others.
  const P = {} as Record<Vis, Obj>;
  const P2 = {} as Record<Vis, Obj>;
  for (const fam of FAMILIES) {
    const m = mark();
    const contact = mark();
    const tag = mark();
    const p = await call(owner, 'POST', '/api/v1/partners', {
      type: 'foreign_organisation', name: title(m, fam, 'Hội hữu nghị'), nameEn: title(m, fam, 'Friendship Society'), countryCode: 'FR', city: 'Lyon', tags: [tag],
      website: `https://${probe[fam]}.example.org`,
      contacts: [{ name: `${contact} ${probe[fam]}`, email: `${contact.toLowerCase()}@example.org` }], visibility: fam,
    });
    P[fam] = add('partner', p.id, fam, m, owned(fam, 'partner', p.id));
    add('contact', p.contacts[0].id, fam, contact, { vis: 'public' }, { deps: [P[fam]] });
    add('tag', `tag:${p.id}`, fam, tag, { vis: 'public' }, { deps: [P[fam]] });
    const m2 = mark();
    const p2 = await call(owner, 'POST', '/api/v1/partners', { type: 'foreign_ngo', name: title(m2, fam, 'Quỹ'), visibility: fam });
    P2[fam] = add('partner2', p2.id, fam, m2, owned(fam, 'partner', p2.id));
    const nm = mark();
    const note = await call(owner, 'POST', `/api/v1/partners/${p.id}/notes`, { body: `${nm} ${probe[fam]} ghi chú` });
    add('note', note.id, fam, nm, { vis: 'public' }, { deps: [P[fam]] });
    const rm = mark();
    const rel = await call(owner, 'POST', `/api/v1/partners/${p.id}/relationships`, { kind: 'cooperates_with', toPartnerId: p2.id, note: `${rm} quan hệ` });
    add('relationship', rel.id, fam, rm, { vis: 'public' }, { deps: [P[fam], P2[fam]] });
  }
  // B's own partners with the same website: stored duplicate pairs that B's duplicate list must not show.
  for (const fam of FAMILIES) {
    await call(callers[0]!, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: `${probe[fam]} Amis`, website: `https://${probe[fam]}.example.org`, countryCode: 'FR', visibility: 'unit' });
  }
  for (const fam of ['unit', 'confidential'] as const) {
    const rm = mark();
    const rel = await call(owner, 'POST', `/api/v1/partners/${P.shared.id}/relationships`, { kind: 'counterpart', toPartnerId: P[fam].id, note: `${rm} quan hệ chéo` });
    add('crossRelationship', rel.id, fam, rm, { vis: 'public' }, { deps: [P.shared, P[fam]] });
  }

  // Engagements: each linked to the shared partner (its timeline) and its own family's; the shared one to all.
  const at = (h: number) => `${day}T${String(h).padStart(2, '0')}:00:00+07:00`;
  const Eng = {} as Record<Vis, Obj>;
  for (const fam of FAMILIES) {
    const m = mark();
    const partnerIds = fam === 'shared' ? [P.shared.id, P.unit.id, P.confidential.id] : [P.shared.id, P[fam].id];
    const contactOf = (f: Vis) => ({ contactId: objects.find((o) => o.kind === 'contact' && o.deps?.[0] === P[f])!.id, role: 'guest' });
    // B's officer takes part in the unit and confidential ones: their own clash check must not name them.
    const participants = fam === 'shared' ? FAMILIES.map(contactOf) : [contactOf(fam), { userId: callers[0]!.userId, role: 'member' }];
    const e = (await call(owner, 'POST', '/api/v1/engagements', {
      kind: 'incoming_delegation', titleVi: title(m, fam, 'Đón đoàn'), titleEn: title(m, fam, 'Delegation'), startsAt: at(9), endsAt: at(11),
      city: 'Hà Nội', venue: `${m} venue`, purpose: `${m} purpose`, partnerIds, participants, coUnitIds: [B.id], visibility: fam,
    })).engagement;
    Eng[fam] = add('engagement', e.id, fam, m, owned(fam, 'engagement', e.id));
    const fm = mark();
    const fu = await call(owner, 'POST', `/api/v1/engagements/${e.id}/follow-ups`, { text: `${fm} ${probe[fam]} việc tiếp theo`, ownerUserId: owner.userId, dueDate: day });
    add('followUp', fu.id, fam, fm, { vis: 'public' }, { deps: [Eng[fam]] });
    const dm = mark();
    const doc = await call(owner, 'POST', `/api/v1/engagements/${e.id}/documents`, { title: `${dm} biên bản` });
    add('document', doc.id, fam, dm, { vis: 'public' }, { deps: [Eng[fam]] });
    await attach('engagement', Eng[fam], fam);
    await call(owner, 'POST', `/api/v1/engagements/${e.id}/transitions`, { action: 'submit' }, 200); // notifies the approvers
  }

  // Directives with a task group, a task (lead A, supporting B: a unit it widens to) and a report with evidence.
  const D_ = {} as Record<Vis, Obj>;
  for (const fam of FAMILIES) {
    const m = mark();
    const d = await call(owner, 'POST', '/api/v1/directives', { code: `${m}-CT`, kind: 'directive', issuedOn: `${year}-01-02`, titleVi: title(m, fam, 'Chỉ thị'), summaryVi: `${m} tóm tắt`, visibility: fam });
    D_[fam] = add('directive', d.id, fam, m, owned(fam, 'directive', d.id));
    await attach('directive', D_[fam], fam);
    const gm = mark();
    const g = await call(owner, 'POST', '/api/v1/task-groups', { directiveId: d.id, number: 'I', titleVi: title(gm, fam, 'Nhóm') });
    add('taskGroup', g.id, fam, gm, { vis: 'public' }, { deps: [D_[fam]] });
    const tm = mark();
    const links = fam === 'shared' ? [{ entity: 'partner', recordId: P.confidential.id }, { entity: 'engagement', recordId: Eng.confidential.id }] : [{ entity: 'partner', recordId: P[fam].id }];
    const task = await call(owner, 'POST', '/api/v1/tasks', {
      directiveId: d.id, groupId: g.id, titleVi: title(tm, fam, 'Nhiệm vụ'), description: `${tm} mô tả`, leadUnitId: A.id, supportingUnitIds: [B.id],
      startOn: `${year}-01-01`, dueOn: `${year}-12-31`, cadence: 'quarterly', indicators: [{ name: `${tm} chỉ số`, target: '10' }], links,
    });
    const T = add('task', task.id, fam, tm, owned(fam, 'task', task.id, [A.id, B.id]));
    await attach('task', T, fam);
    const rm = mark();
    const report = await call(owner, 'POST', `/api/v1/tasks/${task.id}/reports`, { period: `${year}-Q1`, status: 'on_track', percent: 40, narrative: `${rm} ${probe[fam]} tường thuật`, submit: true });
    const R = add('taskReport', report.id, fam, rm, { vis: 'public' }, { deps: [T] });
    await attach('task_report', R, fam);
    await call(ownerManager, 'POST', `/api/v1/task-reports/${report.id}/transitions`, { action: 'return', comment: `${rm} xin bổ sung` }, 200);
  }

  // Cascades: two tasks of the shared directive led by B, which B turns into plans of its own (unit, confidential)
  // with a sub-task each. A, which assigned them, is neither above nor below B: it must not see those plans.
  const bOfficer = callers[0]!;
  for (const fam of ['unit', 'confidential'] as const) {
    const tm = mark();
    const task = await call(owner, 'POST', '/api/v1/tasks', { directiveId: D_.shared.id, titleVi: title(tm, 'shared', 'Nhiệm vụ giao B'), leadUnitId: B.id, dueOn: `${year}-12-31` });
    add('task', task.id, 'shared', tm, { vis: 'shared', ownerUnitId: A.id }, { label: 'task(shared, led by B)' });
    const pm = mark();
    const plan = await call(bOfficer, 'POST', `/api/v1/tasks/${task.id}/cascade`, { code: `${pm}-KH`, titleVi: title(pm, fam, 'Kế hoạch của B'), visibility: fam });
    add('plan', plan.id, fam, pm, { vis: fam, ownerUnitId: B.id, access: { entity: 'directive', id: plan.id } }, { label: `plan of B(${fam})` });
    const sm = mark();
    const sub = await call(bOfficer, 'POST', '/api/v1/tasks', { directiveId: plan.id, titleVi: title(sm, fam, 'Việc của B'), leadUnitId: B.id, dueOn: `${year}-12-31` });
    add('planTask', sub.id, fam, sm, { vis: fam, ownerUnitId: B.id, alsoUnitIds: [B.id], access: { entity: 'task', id: sub.id } }, { label: `task of B's plan(${fam})` });
  }

  // Proposals from A to B (the target unit sees the non-confidential ones), each with a comment and a file.
  const Pr = {} as Record<Vis, Obj>;
  for (const fam of FAMILIES) {
    const m = mark();
    const p = await call(owner, 'POST', '/api/v1/proposals', { title: title(m, fam, 'Kiến nghị hỗ trợ'), body: `${m} nội dung`, targetUnitId: B.id, visibility: fam });
    Pr[fam] = add('proposal', p.id, fam, m, owned(fam, 'proposal', p.id, [B.id]));
    await call(owner, 'POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'comment', comment: `${m} bình luận` }, 200);
    await attach('proposal', Pr[fam], fam);
  }
  for (const fam of ['shared', 'unit'] as const) {
    const gm = mark();
    const g = await call(bOfficer, 'POST', '/api/v1/proposal-groups', { title: title(gm, fam, 'Nhóm kiến nghị'), proposalIds: [Pr[fam].id] });
    add('proposalGroup', g.id, fam, gm, { vis: 'none', alsoUnitIds: [B.id] }, { orDeps: [Pr[fam]] });
  }

  // Records of one user: a saved filter, an import, the notifications A's officer received.
  const sm = mark();
  const sf = await call(owner, 'POST', '/api/v1/saved-filters', { entity: 'partners', name: `${sm} ${probe.private}`, query: { q: sm } });
  add('savedFilter', sf.id, 'private', sm, { vis: 'private', ownerUserId: owner.userId! });
  const im = mark();
  const imp = await upload(owner, '/api/v1/imports', `${im}.csv`, `name,country\n${im} ${probe.private},FR\n`);
  add('import', imp.id, 'private', im, { vis: 'private', ownerUserId: owner.userId! });
  const tm = mark();
  const token = await app.inject({ method: 'POST', url: '/api/v1/users/me/tokens', headers: { cookie: owner.cookie!, origin: ORIGIN }, payload: { name: `${tm} script`, scope: 'read' } });
  if (token.statusCode === 201) add('apiToken', token.json().id, 'private', tm, { vis: 'private', ownerUserId: owner.userId! });
  const notes = await call(owner, 'GET', '/api/v1/notifications?limit=200', undefined, 200);
  for (const n of notes.items) add('notification', n.id, 'private', null, { vis: 'private', ownerUserId: owner.userId! });

  // Reference data and the organisation (any signed-in user reads them; only admins and managers above change them).
  add('unit', Eu.id, 'public', null, { vis: 'public' }, { managedIn: Eu.id });
  add('user', spareUser.id, 'public', null, { vis: 'public' }, { managedIn: A.id });
  const groups = await call(owner, 'GET', '/api/v1/relationship-groups', undefined, 200);
  add('relationshipGroup', groups.items[0].id, 'public', null, { vis: 'public' }, { managedIn: root.id });
  const fields = await call(owner, 'GET', '/api/v1/cooperation-fields', undefined, 200);
  add('cooperationField', fields.items[0].id, 'public', null, { vis: 'public' }, { managedIn: root.id });

  for (const c of callers.filter((x) => x.cookie)) c.feedToken = (await call(c, 'POST', '/api/v1/calendar/feed')).url.match(/feed\/([^/]+)\.ics$/)![1];

  const named = new Map<string, Set<string>>();
  for (const r of await db.select().from(recordAccess)) {
    const k = `${r.entity}:${r.recordId}`;
    named.set(k, (named.get(k) ?? new Set()).add(r.userId));
  }
  return { tree, named, units, callers, objects, probe, day, year };
}
