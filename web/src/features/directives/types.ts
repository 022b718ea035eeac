// Shapes of the directives contract, read from the generated API types (src/api).
import type { Body, Item, Reply } from '../../api/contract';
import type { PlanRef, TaskItem } from '../tasks/types';

export type Directive = Reply<'/directives/{id}'>;
export type DirectiveItem = Item<'/directives'>;
/** Body of create; PATCH takes the same fields, all optional. */
export type DirectiveInput = Body<'/directives', 'post'>;
export type DirectivePatch = Body<'/directives/{id}', 'patch'>;
export type Matrix = Reply<'/directives/{id}/matrix'>;
export type GroupInput = Body<'/task-groups', 'post'>;
export type GroupPatch = Body<'/task-groups/{id}', 'patch'>;

export type DirectiveKind = Directive['kind'];
export type DirectiveStatus = Directive['status'];

/**
 * A task of the tree with its sub-tasks. The OpenAPI document spells the nesting out three levels
 * deep only (a recursive zod schema cannot be written into it), so the recursion is stated here.
 */
export type TaskNode = TaskItem & { children: TaskNode[]; plans: PlanRef[] };
type TreeReply = Reply<'/directives/{id}/tree'>;
export type DirectiveTree = Omit<TreeReply, 'groups' | 'ungrouped'> & {
  groups: (Omit<TreeReply['groups'][number], 'tasks'> & { tasks: TaskNode[] })[];
  ungrouped: TaskNode[];
};
