import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { groupsOf, type Directive } from './repo-directives.js';
import { presentGroups, type TaskGroupOut } from './present-directives.js';
import { plansFor, presentTaskItems, type PlanOut, type TaskItemOut } from './present-tasks.js';
import { visibleChildren, visibleTasksOf, type Task } from './repo-tasks.js';
import type { Lang } from '../../i18n/index.js';

export type TaskNode = TaskItemOut & { children: TaskNode[]; plans: PlanOut[] };

/** Tasks of a directive whose parent is not in the same directive. */
export const topLevel = (list: Task[], directiveId: string) => {
  const inside = new Set(list.map((t) => t.id));
  return list.filter((t) => !t.parentTaskId || !inside.has(t.parentTaskId) || t.directiveId !== directiveId);
};

/** The directive's visible tasks with their visible sub-tasks at any depth (in any directive: the cascade), grouped. */
export async function treeOf(db: Database, scope: Scope, d: Directive, lang: Lang) {
  const own = await visibleTasksOf(db, scope, [d.id]);
  const all = new Map(own.map((t) => [t.id, t]));
  let frontier = own.map((t) => t.id);
  for (let depth = 0; frontier.length && depth < 20; depth++) {
    const next = (await visibleChildren(db, scope, frontier)).filter((t) => !all.has(t.id));
    for (const t of next) all.set(t.id, t);
    frontier = next.map((t) => t.id);
  }
  const rows = [...all.values()];
  const [items, plans, groups] = await Promise.all([presentTaskItems(db, scope, rows, lang), plansFor(db, scope, rows.map((t) => t.id), lang), groupsOf(db, d.id)]);
  const nodes = new Map<string, TaskNode>(items.map((i) => [i.id, { ...i, children: [], plans: plans.get(i.id) ?? [] }]));
  const tops = topLevel(own, d.id);
  const topIds = new Set(tops.map((t) => t.id));
  for (const t of rows) if (!topIds.has(t.id) && t.parentTaskId) nodes.get(t.parentTaskId)?.children.push(nodes.get(t.id)!);
  const presentedGroups = await presentGroups(db, d.id, groups, lang);
  return {
    groups: presentedGroups.map((g): TaskGroupOut & { tasks: TaskNode[] } => ({ ...g, tasks: tops.filter((t) => t.groupId === g.id).map((t) => nodes.get(t.id)!) })),
    ungrouped: tops.filter((t) => !t.groupId).map((t) => nodes.get(t.id)!),
  };
}
