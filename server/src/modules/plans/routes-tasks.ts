import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageSchema, offsetOf } from '../../core/pagination.js';
import { removeStoredFiles } from '../attachments/registry.js';
import type { AttachmentAccess } from '../../http/module.js';
import { directiveOut, presentDirective } from './present-directives.js';
import { progressStatus } from './schema.js';
import { taskPolicy } from './policy.js';
import * as repo from './repo-tasks.js';
import * as service from './service-tasks.js';
import { cascadeTask } from './cascade.js';
import { todayIn } from './periods.js';
import { cascadeBody, taskCreateBody, taskListQuery, taskPatchBody } from './input-tasks.js';
import { presentTask, presentTaskItems, taskItemOut, taskOut } from './present-tasks.js';

const tags = ['tasks'];

// Files on tasks: who sees the task reads them, who edits it adds and removes them.
/** Who may read and change a task's files (listed in the module's manifest). */
export const taskFiles: AttachmentAccess = {
  canRead: async (db, scope, id) => !!(await repo.scopedTasks.get(db, scope, id).catch(() => null)),
  canWrite: async (db, scope, id) => {
    const t = await repo.scopedTasks.get(db, scope, id).catch(() => null);
    return !!t && taskPolicy.update(scope, t);
  },
};

/** /api/v1/tasks (docs/API.md). */
export function taskRoutes(app: App): void {
  const { db } = app.ctx;

  app.get('/api/v1/tasks', {
    schema: { tags, summary: 'List and search tasks (status = effective status)', querystring: taskListQuery, response: { 200: pageSchema(taskItemOut) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, mine, ...filter } = req.query;
      const { items, total } = await repo.listTasks(db, actor.scope, { ...filter, mineUnitId: mine ? actor.scope.unitId : undefined }, todayIn(), req.lang, limit, offsetOf(req.query));
      return { items: await presentTaskItems(db, actor.scope, items, req.lang), total, page, limit };
    },
  });

  app.get('/api/v1/tasks/board', {
    schema: {
      tags,
      summary: 'Tasks a unit leads or supports, by effective status (first 50 of each, soonest due)',
      querystring: z.strictObject({ unitId: z.uuid().optional() }),
      response: { 200: z.object({ columns: z.array(z.object({ status: z.enum(progressStatus.enumValues), total: z.number().int(), items: z.array(taskItemOut) })) }) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const columns = await repo.boardOf(db, actor.scope, req.query.unitId ?? actor.scope.unitId, todayIn());
      return { columns: await Promise.all(columns.map(async (c) => ({ status: c.status, total: c.total, items: await presentTaskItems(db, actor.scope, c.rows, req.lang) }))) };
    },
  });

  app.post('/api/v1/tasks', {
    schema: { tags, summary: 'Create a task (of a directive, or standing alone)', body: taskCreateBody, response: { 201: taskOut } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const task = await service.createTask(db, actor.scope, actor, req.body);
      return reply.code(201).send(await presentTask(db, actor.scope, task, req.lang));
    },
  });

  app.get('/api/v1/tasks/:id', {
    schema: { tags, summary: 'One task', params: idParams, response: { 200: taskOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentTask(db, actor.scope, await service.getTask(db, actor.scope, req.params.id), req.lang);
    },
  });

  app.patch('/api/v1/tasks/:id', {
    schema: { tags, summary: 'Edit a task (lists, when given, replace)', params: idParams, body: taskPatchBody, response: { 200: taskOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentTask(db, actor.scope, await service.updateTask(db, actor, req.params.id, req.body), req.lang);
    },
  });

  app.delete('/api/v1/tasks/:id', {
    schema: { tags, summary: 'Delete a task and its files (409 in_use with accepted reports or sub-tasks)', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await removeStoredFiles(await service.deleteTask(db, actor, req.params.id));
      return reply.code(204).send();
    },
  });

  app.post('/api/v1/tasks/:id/cascade', {
    schema: { tags, summary: 'Create the user’s unit’s plan implementing this task', params: idParams, body: cascadeBody, response: { 201: directiveOut } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const plan = await cascadeTask(db, actor, req.params.id, req.body);
      return reply.code(201).send(await presentDirective(db, actor.scope, plan, req.lang));
    },
  });
}
