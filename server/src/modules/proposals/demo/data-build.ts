import { randomUUID } from 'node:crypto';
import type { proposals, proposalEvents, proposalGroups, ProposalState, ProposalUrgency } from '../schema.js';
import { addDays } from '../../../core/dates.js';
import { todayIn } from '../../plans/periods.js';
import { atHour, generator } from '../../plans/demo/data-build.js';
import { topics, partnerCountries, neighbours, rejectReasons, groupSpecs, taskProposal, type DemoTopic } from './data-topics.js';

// A year of proposals, about ten from each locality, spread over the days before the load;
// the older a proposal, the further its story has gone (submitted → accepted → answered →
// closed, or rejected). Each state is reached by the history that leads to it, with the
// timestamps that history sets; a step that would fall after "now" is not taken. Codes are
// given afterwards in order of submission (demo.ts).

const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface ProposalLook {
  unit(key: string): { id: string };
  /** The account that enters a locality's proposals, or null when it has none in the demo. */
  submitter(localityKey: string): { id: string } | null;
  /** Officer and manager of a target unit. */
  staff(targetKey: 'mofa' | 'central'): { officer: { id: string }; manager: { id: string } };
  field(key: string): string;
}

export interface Locality {
  key: string;
  short: string;
  border?: string;
}

type Row = typeof proposals.$inferInsert;
type Event = typeof proposalEvents.$inferInsert;

export interface ProposalRows {
  proposals: Row[];
  events: Event[];
  groups: (typeof proposalGroups.$inferInsert)[];
  /** The proposal the Ministry turned into a task. */
  taskProposalId: string;
}

const fill = (s: string, p: string, c: string, n: string) => s.replaceAll('{p}', p).replaceAll('{c}', c).replaceAll('{n}', n);

interface Plan {
  id: string;
  locality: Locality;
  title: string;
  body: string;
  answer: string;
  field: string;
  target: 'mofa' | 'central';
  handling?: string;
  urgency: ProposalUrgency;
  submitted: Date;
  /** The furthest state the story may reach. */
  goal: ProposalState | 'reopened';
  groupId?: string;
  /** Fixed times for the grouped and the task proposals. */
  acceptedAt?: Date;
  answeredAt?: Date;
}

export function buildProposalRows(localities: Locality[], now: Date, look: ProposalLook): ProposalRows {
  const today = todayIn(now);
  const rnd = generator('proposals');
  const plans: Plan[] = [];
  const nowMs = now.getTime();
  const dayAgo = (n: number) => atHour(addDays(today, -n), rnd.int(8, 16), rnd.int(0, 59));

  for (const loc of localities) {
    const count = loc.key === 'hanoi' ? 12 : 9 + rnd.int(0, 1);
    const choices = topics.filter((t) => !t.border || loc.border);
    for (let i = 0; i < count; i++) {
      const topic: DemoTopic = rnd.pick(choices);
      const c = rnd.pick(partnerCountries);
      const n = loc.border ? neighbours[loc.border]! : '';
      const age = rnd.int(1, 360);
      const roll = rnd.next();
      // The older, the further along; a few stay open past their deadline.
      const goal: Plan['goal'] =
        age < 7 ? (roll < 0.7 ? 'submitted' : 'accepted')
        : age < 40 ? (roll < 0.1 ? 'submitted' : roll < 0.6 ? 'accepted' : roll < 0.94 ? 'answered' : 'rejected')
        : roll < 0.07 ? 'accepted' : roll < 0.14 ? 'rejected' : roll < 0.5 ? 'answered' : 'closed';
      const target = topic.to === 'central' && rnd.next() < 0.7 ? 'central' : 'mofa';
      plans.push({
        id: randomUUID(), locality: loc, title: fill(rnd.pick(topic.titles), loc.short, c, n), body: fill(topic.body, loc.short, c, n), answer: fill(topic.answer, loc.short, c, n),
        field: topic.field, target, handling: target === 'mofa' ? topic.handling : undefined,
        urgency: roll < 0.05 ? 'very_urgent' : rnd.next() < 0.2 ? 'urgent' : 'normal', submitted: dayAgo(age), goal,
      });
    }
  }
  // One reopened after an answer it found wanting.
  const reopened = plans.find((p) => p.goal === 'closed' && p.target === 'mofa' && p.submitted.getTime() < nowMs - 60 * DAY)!;
  reopened.goal = 'reopened';

  // The near-identical ones, grouped by the Ministry and answered once.
  const byKey = new Map(localities.map((l) => [l.key, l]));
  const groups: ProposalRows['groups'] = [];
  const mofa = look.staff('mofa');
  for (const g of groupSpecs) {
    const groupId = randomUUID();
    const first = atHour(addDays(today, -g.ago), 9);
    const gathered = new Date(first.getTime() + (g.from.length * 2 + 3) * DAY);
    const answeredAt = g.answer ? new Date(gathered.getTime() + 12 * DAY) : undefined;
    groups.push({ id: groupId, targetUnitId: look.unit('mofa').id, title: g.title, answer: g.answer ?? '', answeredAt: answeredAt ?? null, answeredBy: g.answer ? mofa.manager.id : null, createdBy: mofa.officer.id, createdAt: gathered });
    g.from.forEach((key, i) => {
      const loc = byKey.get(key)!;
      plans.push({
        id: randomUUID(), locality: loc, title: g.variants[i % g.variants.length]!, body: g.body, answer: g.answer ?? '', field: g.field, target: 'mofa', urgency: 'normal',
        submitted: new Date(first.getTime() + i * 2 * DAY + i * HOUR), goal: g.answer ? (i % 3 === 2 ? 'closed' : 'answered') : 'accepted', groupId,
        acceptedAt: gathered, answeredAt,
      });
    });
  }
  const tp: Plan = {
    id: randomUUID(), locality: byKey.get(taskProposal.from)!, title: taskProposal.title, body: taskProposal.body, answer: taskProposal.answer, field: 'education', target: 'mofa',
    handling: 'boundary', urgency: 'urgent', submitted: atHour(addDays(today, -140), 10), goal: 'answered', acceptedAt: atHour(addDays(today, -137), 15), answeredAt: atHour(addDays(today, -126), 16),
  };
  plans.push(tp);

  const rows: Row[] = [];
  const events: Event[] = [];
  for (const p of plans) {
    const r = tell(p, now, look, rnd);
    rows.push(r.row);
    events.push(...r.events);
  }
  return { proposals: rows, events, groups, taskProposalId: tp.id };
}

function tell(p: Plan, now: Date, look: ProposalLook, rnd: ReturnType<typeof generator>) {
  const nowMs = now.getTime();
  const staff = look.staff(p.target);
  const targetId = look.unit(p.target).id;
  const submitter = look.submitter(p.locality.key);
  const handlingUnitId = look.unit(p.handling ?? p.target).id;
  // The handler: the target's officer when it handles it itself; the Ministry's bodies have no demo accounts.
  const handler = p.handling ? null : staff.officer;
  const events: Event[] = [];
  const row: Row = {
    id: p.id, code: '', title: p.title, body: p.body, fieldId: look.field(p.field), urgency: p.urgency, state: 'submitted', targetUnitId: targetId,
    groupId: p.groupId ?? null, submittedBy: submitter?.id ?? null, submittedAt: p.submitted, ownerUnitId: look.unit(p.locality.key).id, visibility: 'unit', createdAt: p.submitted,
  };
  let at = p.submitted;
  const step = (action: string, from: ProposalState | null, to: ProposalState, actorId: string | null, when: Date, comment = '') => {
    events.push({ proposalId: p.id, fromState: from, toState: to, action, actorId, comment, at: when });
    row.state = to;
    row.updatedAt = when;
    at = when;
  };
  const later = (minDays: number, maxDays: number) => new Date(at.getTime() + rnd.int(minDays * 24, maxDays * 24) * HOUR);
  const past = (d: Date) => d.getTime() < nowMs - HOUR;
  step('submit', null, 'submitted', submitter?.id ?? null, p.submitted);
  if (p.goal === 'submitted') return { row, events };

  if (p.goal === 'rejected' && rnd.next() < 0.6) {
    const when = later(2, 8);
    if (past(when)) {
      step('reject', 'submitted', 'rejected', staff.manager.id, when, rejectReasons[rnd.int(0, rejectReasons.length - 1)]);
      Object.assign(row, { rejectReason: events.at(-1)!.comment, rejectedAt: when });
    }
    return { row, events };
  }
  const accepted = p.acceptedAt ?? later(1, 6);
  if (!past(accepted)) return { row, events };
  const dueOn = addDays(todayIn(accepted), 30);
  step('accept', 'submitted', 'accepted', staff.officer.id, accepted, p.handling ? 'Chuyển đơn vị chuyên trách xử lý.' : '');
  Object.assign(row, { acceptedAt: accepted, handlingUnitId, handlerUserId: handler?.id ?? null, dueOn });
  if (rnd.next() < 0.15) {
    const when = later(1, 5);
    if (past(when)) step('comment', 'accepted', 'accepted', (handler ?? staff.officer).id, when, 'Đề nghị địa phương gửi bổ sung thông tin về đối tác và kinh phí dự kiến.');
  }
  if (p.goal === 'accepted') return { row, events };
  if (p.goal === 'rejected') {
    const when = later(3, 10);
    if (past(when)) {
      step('reject', 'accepted', 'rejected', staff.manager.id, when, rejectReasons[rnd.int(0, rejectReasons.length - 1)]);
      Object.assign(row, { rejectReason: events.at(-1)!.comment, rejectedAt: when });
    }
    return { row, events };
  }
  // Mostly within the 30 days; a few late.
  const answered = p.answeredAt ?? (rnd.next() < 0.12 ? later(31, 45) : later(4, 28));
  if (!past(answered)) return { row, events };
  const answerer = handler ?? staff.officer;
  step('answer', 'accepted', 'answered', answerer.id, answered);
  Object.assign(row, { answer: p.answer, answeredAt: answered, answeredBy: answerer.id });
  if (p.goal === 'reopened') {
    const when = later(3, 10);
    if (!past(when)) return { row, events };
    step('reopen', 'answered', 'accepted', submitter?.id ?? null, when, 'Câu trả lời chưa nêu thời gian cụ thể; đề nghị Bộ xem xét, trả lời bổ sung.');
    Object.assign(row, { reopenCount: 1, dueOn: addDays(todayIn(when), 30) });
    return { row, events };
  }
  if (p.goal === 'closed') {
    const when = later(2, 14);
    if (past(when)) {
      step('close', 'answered', 'closed', submitter?.id ?? staff.officer.id, when);
      row.closedAt = when;
    }
  }
  return { row, events };
}
