import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/types.js';
import type { DemoContext } from '../../../http/module.js';
import { cooperationFields } from '../../countries/schema.js';
import { appendAudit } from '../../../core/audit.js';
import { diffOf } from '../../../core/audit-hash.js';
import { tasks } from '../../plans/schema.js';
import { PROPOSAL_TASK_KEY, mofaProgramme } from '../../plans/demo/data-mofa.js';
import { proposals, proposalEvents, proposalGroups, proposalCounters, proposalSettings } from '../schema.js';
import { buildProposalRows, type Locality, type ProposalLook } from './data-build.js';
import { demoLocalities } from './data-localities.js';

// About three hundred proposals from thirty localities to the Ministry (and some to the Central
// Commission) over the last year (data in demo-data-*.ts), with their histories, three groups
// of near-identical ones, and one that became a task of the Ministry's programme. Codes
// KN-<year>-<NNNN> are given per target unit and year in order of submission, and the counters
// left at the last number used, as the module's own submissions would. Each proposal is
// audited as created by its locality; its later steps live in proposal_events.

const shortName = (vi: string) => vi.replace(/^Ủy ban nhân dân (tỉnh|thành phố) /, '');

export const demoProposalLocalities = (): Locality[] => [
  { key: 'hanoi', short: 'Hà Nội' },
  { key: 'hoabinh', short: 'Hòa Bình', border: undefined },
  ...demoLocalities.map((l) => ({ key: l.key, short: shortName(l.vi), border: l.border })),
];

export async function loadProposalDemo(tx: Database, ctx: DemoContext): Promise<Record<string, number>> {
  const now = new Date();
  const account = (a: string) => {
    const u = ctx.usersByEmail.get(`${a}@demo.amity`);
    if (!u) throw new Error(`demo: no account "${a}"`);
    return u;
  };
  const fields = new Map((await tx.select({ id: cooperationFields.id, key: cooperationFields.key }).from(cooperationFields)).map((f) => [f.key, f.id]));
  const unit = (key: string) => {
    const u = ctx.unitsByKey.get(key);
    if (!u) throw new Error(`demo: no unit "${key}"`);
    return u;
  };
  const submitters: Record<string, string> = { hanoi: 'officer.hanoi', hoabinh: 'officer.hoabinh' };
  const look: ProposalLook = {
    unit,
    submitter: (key) => (submitters[key] ? account(submitters[key]) : null),
    staff: (target) => ({ officer: account(`officer.${target}`), manager: account(`manager.${target}`) }),
    field(key) {
      const id = fields.get(key);
      if (!id) throw new Error(`demo: no cooperation field "${key}"`);
      return id;
    },
  };
  const built = buildProposalRows(demoProposalLocalities(), now, look);

  // Codes in order of submission, per target unit and year (of the day in Viet Nam).
  const counters = new Map<string, number>();
  const yearOf = (d: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(d));
  const rows = [...built.proposals].sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime());
  for (const r of rows) {
    const key = `${r.targetUnitId}|${yearOf(r.submittedAt!)}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    r.code = `KN-${yearOf(r.submittedAt!)}-${String(n).padStart(4, '0')}`;
  }
  // The task made of a border province's proposal (docs/API.md, POST /proposals/:id/task).
  const programme = mofaProgramme.groups!.flatMap((g) => g.tasks).find((t) => t.k === PROPOSAL_TASK_KEY)!;
  const [task] = await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.titleVi, programme.vi));
  if (!task) throw new Error('demo: the directives demo must be loaded first');
  rows.find((r) => r.id === built.taskProposalId)!.taskId = task.id;

  await tx.insert(proposalSettings).values({ unitId: unit('mofa').id, slaDays: 30, reopenDays: 14 });
  await tx.insert(proposalGroups).values(built.groups);
  for (let i = 0; i < rows.length; i += 200) await tx.insert(proposals).values(rows.slice(i, i + 200));
  // In time order, so the bigserial ids follow the histories as their timestamps do.
  const events = [...built.events].sort((a, b) => a.at!.getTime() - b.at!.getTime());
  for (let i = 0; i < events.length; i += 400) await tx.insert(proposalEvents).values(events.slice(i, i + 400));
  await tx.insert(proposalCounters).values(
    [...counters].map(([k, last]) => ({ unitId: k.split('|')[0]!, year: Number(k.split('|')[1]), last })),
  );
  await tx.update(tasks).set({ proposalId: built.taskProposalId }).where(eq(tasks.id, task.id));
  // The same folding as the module's own writes (proposals/repo.ts, searchTextOf).
  await tx.execute(sql`update proposals set search_text = amity_fold(title || ' ' || body)`);

  const keyOfUnit = new Map([...ctx.unitsByKey].map(([k, u]) => [u.id, k]));
  for (const r of rows) {
    const who = look.submitter(keyOfUnit.get(r.ownerUnitId)!) as { id: string; email: string } | null;
    const { searchText: _s, ...row } = r;
    await appendAudit(tx, {
      userId: who?.id ?? null, userEmail: who?.email ?? null, unitId: r.ownerUnitId, ip: ctx.ip, action: 'create', entity: 'proposal', entityId: r.id!,
      diff: diffOf(null, { ...row, history: events.filter((e) => e.proposalId === r.id).map(({ proposalId: _p, ...e }) => e) } as Record<string, unknown>),
    });
  }
  return { proposals: rows.length, localities: new Set(rows.map((r) => r.ownerUnitId)).size, groups: built.groups.length, events: events.length };
}
