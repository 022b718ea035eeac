import { randomUUID } from 'node:crypto';
import { addDays } from '../../../core/dates.js';
import type { DemoUnitKey } from '../../partners/demo/types.js';
import type {
  EngagementState, engagements, engagementParticipants, engagementSessions, engagementFollowUps, engagementDocuments, engagementTransitions,
} from '../schema.js';
import { AUTO_APPROVED } from '../workflow.js';
import type { DemoEngagement, DemoOwnerKey, DemoParticipant, EngagementLevel, LookUp } from './types.js';
import { demoPlaces, localDate, weekday, zoned } from './places.js';

// Turns one compact demo engagement into its rows: times in the place's zone,
// the workflow history its state implies (docs/API.md, transitions), and the
// columns that history sets. Random spreads (lead times, reply delays) come
// from a generator seeded by the engagement's key, so every load tells the
// same story relative to its own "today".

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HANOI = 'Asia/Ho_Chi_Minh';

export interface Built {
  unitKey: DemoOwnerKey;
  row: typeof engagements.$inferInsert;
  partnerIds: string[];
  coUnitIds: string[];
  fieldIds: string[];
  participants: (typeof engagementParticipants.$inferInsert)[];
  sessions: (typeof engagementSessions.$inferInsert)[];
  followUps: (typeof engagementFollowUps.$inferInsert)[];
  documents: (typeof engagementDocuments.$inferInsert)[];
  transitions: (typeof engagementTransitions.$inferInsert)[];
  access: { entity: string; recordId: string; userId: string }[];
}

/**
 * Officers may own only their own unit's records (policy.ownBy), and the demo accounts sit in
 * central, VUFO, Hanoi and Hoa Binh: an engagement organised by a unit without an account of its
 * own is owned by the nearest unit above that has one, and the organising unit stays its organiser.
 */
const ownerOf: Partial<Record<DemoUnitKey, DemoUnitKey>> = {
  mofa: 'central', vff: 'central', propaganda: 'central', writers: 'vufo', musicians: 'vufo', dance: 'vufo', photo: 'vufo',
};
/** Who enters and submits an owner unit's engagements; Hoan Kiem has no officer, its city manager does it. */
export const demoWriterOf: Record<DemoOwnerKey, string> = {
  central: 'officer.central', vufo: 'officer.vufo', hanoi: 'officer.hanoi', hoankiem: 'manager.hanoi', hoabinh: 'officer.hoabinh',
};
/**
 * The member associations' own staff (no demo accounts) organise their events: were VUFO's
 * officer the organiser of them all, she would be in two places at once all year.
 */
const associationStaff: Partial<Record<DemoUnitKey, string>> = {
  writers: 'Nguyễn Thị Minh Thu', musicians: 'Trần Văn Hải', dance: 'Lê Thu Hương', photo: 'Đỗ Mạnh Cường',
};

/** mulberry32 over an FNV-1a hash of the key. */
function generator(key: string) {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (lo: number, hi: number) => lo + (hi - lo) * next();
}

/** The year whose 2 September lies in the demo's window (nine months back, three ahead). */
function seasonYear(today: string): number {
  let y = Number(today.slice(0, 4)) + 1;
  while (`${y}-09-02` > addDays(today, 90)) y--;
  return y;
}

const defaultLevel: Record<DemoUnitKey, EngagementLevel> = {
  central: 'central_agency', mofa: 'ministerial', vff: 'central_agency', propaganda: 'central_agency', vufo: 'central_agency',
  writers: 'organisation', musicians: 'organisation', dance: 'organisation', photo: 'organisation',
  hanoi: 'provincial', hoankiem: 'district', hoabinh: 'provincial',
};

/** Kinds that happen on any day; the rest move off weekends. */
const weekendKinds = new Set(['cultural_event', 'exchange_programme']);

export function buildEngagement(e: DemoEngagement, id: string, now: Date, look: LookUp): Built {
  const fail = (why: string): never => {
    throw new Error(`demo engagement "${e.k}": ${why}`);
  };
  const rnd = generator(e.k);
  const today = localDate(now, HANOI);
  const nowMs = now.getTime();
  const unitKey = (ownerOf[e.u] ?? e.u) as DemoOwnerKey;
  if (!(unitKey in demoWriterOf)) fail(`no demo account may own ${unitKey}'s engagements`);
  const [city, countryCode, timeZone] = demoPlaces[e.place];

  // When.
  let first: string;
  if (typeof e.on === 'number') {
    first = addDays(today, e.on);
    const days = e.days ?? 1;
    if (days === 1 && !weekendKinds.has(e.kind) && Math.abs(e.on) >= 3) {
      const wd = weekday(first);
      if (wd === 6) first = addDays(first, -1);
      if (wd === 0) first = addDays(first, 1);
    }
  } else if (/^\d{2}-\d{2}$/.test(e.on)) first = `${seasonYear(today)}-${e.on}`;
  else first = e.on;
  const days = e.days ?? 1;
  const last = addDays(first, days - 1);
  const startsAt = e.at ? zoned(first, e.at[0], timeZone) : zoned(first, '00:00', timeZone);
  const endsAt = e.at ? zoned(last, e.at[1], timeZone) : zoned(addDays(first, days), '00:00', timeZone);
  if (endsAt <= startsAt) fail('ends before it starts');
  const start = startsAt.getTime();
  const end = endsAt.getTime();

  // The seasonal events may fall ahead of "today": then they are approved, not yet done.
  let state: EngagementState = e.s;
  const anchored = typeof e.on === 'string' && /^\d{2}-\d{2}$/.test(e.on);
  if (state === 'done' && end > nowMs - 2 * HOUR) {
    if (!anchored) fail('done but not over');
    state = 'approved';
  }
  if (state === 'done' && !e.out) fail('done without an outcome');
  if (state !== 'done' && e.out && !anchored) fail('an outcome before the event is done');
  if (state !== 'done' && e.fu?.length && !anchored) fail('follow-ups before the event is done');
  if (state === 'submitted' && start < nowMs + DAY) fail('awaiting a decision but starting within a day');

  // Who.
  const writer = look.writer(unitKey);
  const needsApproval = look.approvalKinds(unitKey).includes(e.kind);
  const ownerUnit = look.unit(unitKey);
  const approverKey: DemoUnitKey = ownerUnit.parentId ? look.unitKeyOf(ownerUnit.parentId) : unitKey;
  const decider = needsApproval ? look.decider(approverKey) : null;
  const mustDecide = () => (decider ? decider.id : fail(`a decision on "${e.kind}", which needs no approval for ${unitKey}`));

  // The history the state implies (docs/API.md: allowed transitions).
  type Step = { from: EngagementState; to: EngagementState; actorId: string | null; comment: string; withPrevious?: boolean };
  const steps: Step[] = [];
  let at: EngagementState = 'draft';
  const go = (to: EngagementState, actorId: string | null, comment = '', withPrevious = false) => {
    steps.push({ from: at, to, actorId, comment, withPrevious });
    at = to;
  };
  // A kind that needs no approval is approved by the system at submission.
  const submit = () => {
    go('submitted', writer.id);
    if (!needsApproval) go('approved', null, AUTO_APPROVED, true);
  };
  const approved = () => {
    if (e.rt) {
      submit();
      go('returned', mustDecide(), e.rt);
    }
    submit();
    if (needsApproval) go('approved', mustDecide());
  };
  switch (state) {
    case 'draft':
      if (e.re) {
        submit();
        go('rejected', mustDecide(), e.c ?? fail('reopened without the rejection comment'));
        go('draft', writer.id);
      }
      break;
    case 'submitted':
      mustDecide();
      if (e.rt) {
        submit();
        go('returned', mustDecide(), e.rt);
      }
      submit();
      break;
    case 'approved':
      approved();
      break;
    case 'returned':
    case 'rejected':
      submit();
      go(state, mustDecide(), e.c ?? fail(`${state} without a comment`));
      break;
    case 'done':
      approved();
      go('done', writer.id);
      break;
    case 'cancelled': {
      const from = e.cf ?? 'approved';
      if (from === 'submitted') {
        mustDecide();
        submit();
      } else if (from === 'approved') approved();
      go('cancelled', writer.id, e.c ?? '');
      break;
    }
  }
  if (at !== state) fail(`history ends in ${at}, not ${state}`);

  // When each step happened: decisions before the start (and before now), completion after the end.
  const pending = state === 'submitted' ? nowMs - (e.late ? rnd(7.5, 9) : rnd(0.2, 3)) * DAY : undefined;
  const createdAt = pending !== undefined ? pending - rnd(1, 10) * DAY : Math.min(start - rnd(25, 60) * DAY, nowMs - rnd(2, 21) * DAY);
  const limit = pending ?? Math.min(nowMs, start) - HOUR;
  const timed = steps.filter((s) => !s.withPrevious && s.to !== 'done');
  const gap = (limit - createdAt) / (timed.length + (pending !== undefined ? 0 : 1));
  let t = createdAt;
  const transitions: Built['transitions'] = [];
  let lastSubmit: number | undefined;
  let i = 0;
  for (const s of steps) {
    if (s.to === 'done') t = Math.min(end + rnd(0.5, 6) * DAY, nowMs - HOUR);
    else if (!s.withPrevious) {
      i++;
      t = pending !== undefined && i === timed.length ? pending : createdAt + gap * (i - 0.3 + rnd(0, 0.6));
    }
    if (s.to === 'submitted') lastSubmit = t;
    transitions.push({ engagementId: id, fromState: s.from, toState: s.to, actorId: s.actorId, comment: s.comment, at: new Date(t) });
  }
  const updatedAt = new Date(steps.length ? t : createdAt);

  // Links.
  const partnerIds = (e.p ?? []).map((k) => {
    const p = look.partner(k);
    if (p.visibility !== 'shared' && p.ownerKey !== unitKey) fail(`partner "${k}" is not visible to ${unitKey}`);
    return p.id;
  });
  const fieldKeys = e.f ?? (e.p?.[0] ? look.partner(e.p[0]).fields.slice(0, 2) : []);
  const defaultPeople = (): [string, DemoParticipant[1]][] => {
    const withContact = (e.p ?? []).find((k) => look.contactsOf(k) > 0);
    return [[associationStaff[e.u] ?? `@${demoWriterOf[unitKey]}`, 'organiser'], ...(withContact ? [[`${withContact}#0`, e.kind === 'incoming_delegation' ? 'head_of_delegation' : 'member'] as DemoParticipant] : [])];
  };
  const participants = (e.ppl ?? defaultPeople()).map(([who, role], sort): Built['participants'][number] => {
    const base = { id: randomUUID(), engagementId: id, role, sort };
    if (who.startsWith('@')) {
      const u = look.user(who);
      return { ...base, userId: u.id, name: u.displayName };
    }
    if (/^[a-z0-9_]+#\d+$/.test(who)) {
      const c = look.contact(who);
      if (!partnerIds.includes(c.partnerId)) fail(`contact ${who} of a partner not linked`);
      return { ...base, contactId: c.id, partnerId: c.partnerId, name: c.name };
    }
    return { ...base, name: who };
  });
  const sessions = (e.ses ?? []).map(([day, from, to, title, speakers, room]) => {
    if (day >= days) fail(`session "${title}" after the last day`);
    const on = addDays(first, day);
    return { id: randomUUID(), engagementId: id, startsAt: zoned(on, from, timeZone), endsAt: to ? zoned(on, to, timeZone) : null, title, speakers: speakers ?? '', room: room ?? '' };
  });
  const completedAt = state === 'done' ? transitions[transitions.length - 1]!.at! : undefined;
  const followUps = (completedAt ? (e.fu ?? []) : []).map(([text, owner, due, done]): Built['followUps'][number] => {
    const created = completedAt!.getTime();
    return {
      id: randomUUID(), engagementId: id, text, ownerUserId: look.user(owner).id,
      dueDate: typeof due === 'number' ? addDays(today, due) : due,
      done: !!done, doneAt: done ? new Date(Math.min(nowMs - HOUR, created + rnd(1, 12) * DAY)) : null,
      createdBy: writer.id, createdAt: completedAt!,
    };
  });
  for (const f of followUps) if (f.dueDate! < localDate(startsAt, timeZone)) fail(`follow-up "${f.text}" due before the event`);
  const documents = (state === 'done' ? (e.docs ?? []) : []).map((title) => ({ id: randomUUID(), engagementId: id, title, signedOn: first, agreementId: null }));
  const access = (e.acc ?? []).map((a) => ({ entity: 'engagement', recordId: id, userId: look.user(a).id }));
  if (access.length && e.v !== 'confidential') fail('named readers on a record that is not confidential');

  const submitted = lastSubmit !== undefined;
  const row: Built['row'] = {
    id,
    kind: e.kind,
    titleVi: e.vi,
    titleEn: e.en ?? '',
    titleFr: e.fr ?? '',
    state,
    startsAt,
    endsAt,
    allDay: !e.at,
    timeZone,
    countryCode,
    city,
    venue: e.venue ?? '',
    onlineUrl: e.place === 'online' ? `https://meet.example.org/amity-${e.k.replace(/_/g, '-')}` : '',
    organiserUnitId: look.unit(e.org ?? e.u).id,
    level: e.lvl ?? defaultLevel[e.org ?? e.u],
    purpose: e.why ?? '',
    budgetAmount: e.$ ? e.$[0].toFixed(2) : null,
    budgetCurrency: e.$ ? e.$[1] : null,
    outcome: state === 'done' ? e.out! : '',
    needsApproval: submitted && needsApproval,
    approverUnitId: submitted ? look.unit(approverKey).id : null,
    // submittedAt + 5 days, or the day before the start when sooner (docs/API.md).
    decisionDueAt: submitted && needsApproval ? new Date(Math.min(lastSubmit! + 5 * DAY, start - DAY)) : null,
    submittedAt: submitted ? new Date(lastSubmit!) : null,
    submittedBy: submitted ? writer.id : null,
    searchText: '',
    ownerUnitId: ownerUnit.id,
    visibility: e.v ?? 'shared',
    createdBy: writer.id,
    createdAt: new Date(createdAt),
    updatedAt,
  };
  return {
    unitKey, row, partnerIds, coUnitIds: (e.co ?? []).map((k) => look.unit(k).id), fieldIds: [...new Set(fieldKeys)].map(look.field),
    participants, sessions, followUps, documents, transitions, access,
  };
}

