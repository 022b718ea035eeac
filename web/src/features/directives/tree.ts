// The directive's tree (groups → tasks → the units' plans → their sub-tasks) as rows to show, by what is expanded.
import type { PlanRef, Progress, TaskGroup } from '../tasks/types';
import type { DirectiveTree, TaskNode } from './types';

export type TreeRow =
  | { kind: 'group'; id: string; depth: number; expandable: boolean; title: string; number: string; progress: Progress | null }
  | { kind: 'task'; id: string; depth: number; expandable: boolean; task: TaskNode; /** From another directive (a unit's plan). */ foreign: boolean }
  | { kind: 'plan'; id: string; depth: number; expandable: boolean; plan: PlanRef };

export const groupRowId = (groupId: string | null) => `group:${groupId ?? 'none'}`;
export const planRowId = (taskId: string, planId: string) => `plan:${taskId}:${planId}`;

/** A task's children split by the plan they belong to; those of no listed plan come directly under the task. */
export function childrenByPlan(task: TaskNode): { plans: { plan: PlanRef; tasks: TaskNode[] }[]; direct: TaskNode[] } {
  const ids = new Set(task.plans.map((p) => p.id));
  return {
    plans: task.plans.map((plan) => ({ plan, tasks: task.children.filter((c) => c.directiveId === plan.id) })),
    direct: task.children.filter((c) => !c.directiveId || !ids.has(c.directiveId)),
  };
}

function taskRows(task: TaskNode, depth: number, directiveId: string, expanded: Set<string>, out: TreeRow[]) {
  const { plans, direct } = childrenByPlan(task);
  out.push({ kind: 'task', id: task.id, depth, expandable: task.children.length > 0 || task.plans.length > 0, task, foreign: task.directiveId !== directiveId });
  if (!expanded.has(task.id)) return;
  for (const { plan, tasks } of plans) {
    const id = planRowId(task.id, plan.id);
    out.push({ kind: 'plan', id, depth: depth + 1, expandable: tasks.length > 0, plan });
    if (expanded.has(id)) for (const c of tasks) taskRows(c, depth + 2, directiveId, expanded, out);
  }
  for (const c of direct) taskRows(c, depth + 1, directiveId, expanded, out);
}

/**
 * Rows in display order. Ungrouped tasks come last under a group row of their own when the directive has
 * groups, at the top level otherwise.
 */
export function buildRows(tree: DirectiveTree, expanded: Set<string>, ungroupedTitle: string): TreeRow[] {
  const out: TreeRow[] = [];
  const directiveId = tree.directive.id;
  const group = (g: TaskGroup | null, tasks: TaskNode[]) => {
    const id = groupRowId(g?.id ?? null);
    out.push({ kind: 'group', id, depth: 0, expandable: tasks.length > 0, title: g ? g.title : ungroupedTitle, number: g?.number ?? '', progress: g?.progress ?? null });
    if (expanded.has(id)) for (const x of tasks) taskRows(x, 1, directiveId, expanded, out);
  };
  for (const g of tree.groups) group(g, g.tasks);
  if (tree.ungrouped.length > 0) {
    if (tree.groups.length > 0) group(null, tree.ungrouped);
    else for (const x of tree.ungrouped) taskRows(x, 0, directiveId, expanded, out);
  }
  return out;
}

/** Every row that can open: for "expand all". */
export function allExpandable(tree: DirectiveTree): Set<string> {
  const ids = new Set<string>();
  const walk = (x: TaskNode) => {
    if (x.children.length || x.plans.length) ids.add(x.id);
    for (const p of x.plans) ids.add(planRowId(x.id, p.id));
    x.children.forEach(walk);
  };
  for (const g of tree.groups) {
    ids.add(groupRowId(g.id));
    g.tasks.forEach(walk);
  }
  if (tree.ungrouped.length) ids.add(groupRowId(null));
  tree.ungrouped.forEach(walk);
  return ids;
}

/** At first the groups are open and the tasks closed. */
export function initialExpanded(tree: DirectiveTree): Set<string> {
  const ids = new Set(tree.groups.map((g) => groupRowId(g.id)));
  ids.add(groupRowId(null));
  return ids;
}
