import { describe, expect, it } from 'vitest';
import type { TaskNode, DirectiveTree } from './types';
import { allExpandable, buildRows, childrenByPlan, groupRowId, initialExpanded, planRowId } from './tree';
import { cellKey, matrixColumns } from './matrix';
import { directiveRules, emptyDirectiveValues, supersededRule, toDirectiveInput } from './formModel';
import { listParams, pickFilters, yearOptions } from './filters';

const node = (id: string, directiveId: string, extra: Partial<TaskNode> = {}): TaskNode =>
  ({ id, directiveId, title: id, number: '', children: [], plans: [], ...extra }) as TaskNode;
const plan = (id: string) => ({ id, code: id.toUpperCase(), title: id, ownerUnit: { id: 'hn', nameVi: 'HN', nameEn: 'HN', nameFr: 'HN' } });

function sample(): DirectiveTree {
  const sub = node('sub', 'planHN');
  const direct = node('direct', 'd1');
  const t1 = node('t1', 'd1', { plans: [plan('planHN')], children: [sub, direct] });
  return {
    directive: { id: 'd1' } as DirectiveTree['directive'],
    groups: [{ id: 'g1', number: 'I', title: 'Group one', progress: { percent: 40, status: 'on_track', tasks: 1, done: 0, late: 0 }, tasks: [t1] } as DirectiveTree['groups'][number]],
    ungrouped: [node('loose', 'd1')],
  };
}

describe('directive tree', () => {
  it("puts a plan's sub-tasks under the plan and the others under the task", () => {
    const t1 = sample().groups[0]!.tasks[0]!;
    const split = childrenByPlan(t1);
    expect(split.plans[0]!.tasks.map((x) => x.id)).toEqual(['sub']);
    expect(split.direct.map((x) => x.id)).toEqual(['direct']);
  });

  it('shows groups open and tasks closed at first', () => {
    const tree = sample();
    const rows = buildRows(tree, initialExpanded(tree), 'Other');
    expect(rows.map((r) => [r.kind, r.id, r.depth])).toEqual([
      ['group', 'group:g1', 0],
      ['task', 't1', 1],
      ['group', 'group:none', 0],
      ['task', 'loose', 1],
    ]);
    expect(rows[1]!.expandable).toBe(true);
    expect(rows[3]!.expandable).toBe(false);
  });

  it('expands every level, marking tasks of other directives as foreign', () => {
    const tree = sample();
    const rows = buildRows(tree, allExpandable(tree), 'Other');
    expect(rows.map((r) => `${r.depth}:${r.id}`)).toEqual(['0:group:g1', '1:t1', `2:${planRowId('t1', 'planHN')}`, '3:sub', '2:direct', '0:group:none', '1:loose']);
    const sub = rows.find((r) => r.id === 'sub');
    expect(sub?.kind === 'task' && sub.foreign).toBe(true);
  });

  it('collapsing a group hides everything under it', () => {
    const tree = sample();
    const open = allExpandable(tree);
    open.delete(groupRowId('g1'));
    expect(buildRows(tree, open, 'Other').map((r) => r.id)).toEqual(['group:g1', 'group:none', 'loose']);
  });

  it('shows ungrouped tasks at the top level when the directive has no groups', () => {
    const tree = { ...sample(), groups: [] };
    expect(buildRows(tree, new Set(), 'Other').map((r) => `${r.kind}:${r.depth}`)).toEqual(['task:0']);
  });
});

describe('matrix', () => {
  it('adds a column for ungrouped tasks only when a cell needs it', () => {
    const m = { groups: [{ id: 'g1', number: 'I', title: 'One' }], units: [], cells: [{ unitId: 'u', groupId: null, status: 'late' as const, percent: 0, tasks: 1, late: 1 }] };
    expect(matrixColumns(m, 'Other').map((c) => c.id)).toEqual(['g1', null]);
    expect(matrixColumns({ ...m, cells: [] }, 'Other').map((c) => c.id)).toEqual(['g1']);
    expect(cellKey('u', null)).not.toBe(cellKey('u', 'g1'));
  });
});

describe('directive form and filters', () => {
  it('needs the replacing directive when superseded, never itself', () => {
    const v = { ...emptyDirectiveValues('u', '2026-11-23'), status: 'superseded' as const };
    expect(supersededRule('me')('', v)).toBe('directives.validation.supersededBy');
    expect(supersededRule('me')('me', v)).toBe('directives.validation.supersededBySelf');
    expect(supersededRule('me')('other', v)).toBeNull();
    expect(supersededRule('me')('', { ...v, status: 'in_force' })).toBeNull();
    expect(Object.keys(directiveRules())).toContain('code');
  });

  it('sends supersededById only for a superseded directive', () => {
    const v = { ...emptyDirectiveValues('u', '2026-11-23'), kind: 'directive' as const, code: ' 45-CT/TU ', supersededById: 'x' };
    expect(toDirectiveInput(v)).toMatchObject({ code: '45-CT/TU', supersededById: null });
    expect(toDirectiveInput({ ...v, status: 'superseded' }).supersededById).toBe('x');
  });

  it('keeps known filters, drops a bad year, falls back to the default sort', () => {
    expect(pickFilters({ q: ' nghi quyet ', year: '20x6', kind: 'plan', other: 'x' })).toEqual({ q: 'nghi quyet', kind: 'plan' });
    expect(listParams({ year: '2026' }, 0, 500, 'bogus')).toEqual({ page: 1, limit: 20, year: '2026', sort: '-issuedOn' });
    expect(yearOptions('2026-11-23', 3)).toEqual(['2026', '2025', '2024']);
  });
});
