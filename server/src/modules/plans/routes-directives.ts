import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { pageSchema, offsetOf } from '../../core/pagination.js';
import { removeStoredFiles } from '../attachments/registry.js';
import type { AttachmentAccess } from '../../http/module.js';
import { taskItemOut, planOutSchema } from './present-tasks.js';
import { treeOf, type TaskNode } from './tree.js';
import { matrixOf } from './matrix.js';
import { exportDirective } from './export.js';
import { todayIn } from './periods.js';
import { progressStatus } from './schema.js';
import * as repo from './repo-directives.js';
import * as service from './service-directives.js';
import { directivePolicy } from './policy.js';
import { directiveCreateBody, directiveListQuery, directivePatchBody } from './input-directives.js';
import { directiveItemOut, directiveOut, presentDirective, presentDirectiveItems, taskGroupOut, unitRefOut } from './present-directives.js';
import { groupRoutes } from './routes-groups.js';

const tags = ['directives'];

// Files on directives (the full text): who sees it reads them, who edits it adds and removes them.
/** Who may read and change a directive's files (listed in the module's manifest). */
export const directiveFiles: AttachmentAccess = {
  canRead: async (db, scope, id) => !!(await repo.scopedDirectives.get(db, scope, id).catch(() => null)),
  canWrite: async (db, scope, id) => {
    const d = await repo.scopedDirectives.get(db, scope, id).catch(() => null);
    return !!d && directivePolicy.update(scope, d);
  },
};

// A node's children are nodes again; OpenAPI generation cannot follow a recursive zod schema, so depth 3 is spelled out and deeper levels are free-form.
const nodeOf = (children: z.ZodType): z.ZodType => taskItemOut.extend({ children: z.array(children), plans: z.array(planOutSchema) });
const taskNodeOut = nodeOf(nodeOf(nodeOf(z.record(z.string(), z.unknown())))) as z.ZodType<TaskNode>;
const treeOut = z.object({
  directive: directiveOut,
  groups: z.array(taskGroupOut.extend({ tasks: z.array(taskNodeOut) })),
  ungrouped: z.array(taskNodeOut),
});
const matrixOut = z.object({
  groups: z.array(z.object({ id: z.uuid().nullable(), number: z.string(), title: z.string() })),
  units: z.array(unitRefOut),
  cells: z.array(
    z.object({ unitId: z.uuid(), groupId: z.uuid().nullable(), status: z.enum(progressStatus.enumValues), percent: z.number().int(), tasks: z.number().int(), late: z.number().int() }),
  ),
});

const asciiName = (s: string) => s.normalize('NFD').replace(/[^\w.-]+/g, '-').replace(/-+/g, '-').slice(0, 80) || 'directive';

/** /api/v1/directives and /api/v1/task-groups (docs/API.md). */
export function directiveRoutes(app: App): void {
  const { db } = app.ctx;

  app.get('/api/v1/directives', {
    schema: { tags, summary: 'List and search directives', querystring: directiveListQuery, response: { 200: pageSchema(directiveItemOut) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, ...filter } = req.query;
      const { items, total } = await repo.listDirectives(db, actor.scope, filter, req.lang, limit, offsetOf(req.query));
      return { items: await presentDirectiveItems(db, actor.scope, items, req.lang), total, page, limit };
    },
  });

  app.post('/api/v1/directives', {
    schema: { tags, summary: 'Create a directive (or a plan implementing a task)', body: directiveCreateBody, response: { 201: directiveOut } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const d = await service.createDirective(db, actor, req.body);
      return reply.code(201).send(await presentDirective(db, actor.scope, d, req.lang));
    },
  });

  app.get('/api/v1/directives/:id', {
    schema: { tags, summary: 'One directive', params: idParams, response: { 200: directiveOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentDirective(db, actor.scope, await repo.scopedDirectives.get(db, actor.scope, req.params.id), req.lang);
    },
  });

  app.patch('/api/v1/directives/:id', {
    schema: { tags, summary: 'Edit a directive', params: idParams, body: directivePatchBody, response: { 200: directiveOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return presentDirective(db, actor.scope, await service.updateDirective(db, actor, req.params.id, req.body), req.lang);
    },
  });

  app.delete('/api/v1/directives/:id', {
    schema: { tags, summary: 'Delete a directive with its groups, tasks and files (409 in_use when reported on or cascaded)', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await removeStoredFiles(await service.deleteDirective(db, actor, req.params.id));
      return reply.code(204).send();
    },
  });

  app.get('/api/v1/directives/:id/tree', {
    schema: { tags, summary: 'Groups and tasks with their visible sub-tasks and plans (the cascade)', params: idParams, response: { 200: treeOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const d = await repo.scopedDirectives.get(db, actor.scope, req.params.id);
      const [directive, tree] = await Promise.all([presentDirective(db, actor.scope, d, req.lang), treeOf(db, actor.scope, d, req.lang)]);
      return { directive, ...tree };
    },
  });

  app.get('/api/v1/directives/:id/matrix', {
    schema: { tags, summary: 'Lead units × groups: progress of each unit’s tasks in each group', params: idParams, response: { 200: matrixOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const d = await repo.scopedDirectives.get(db, actor.scope, req.params.id);
      return matrixOf(db, actor.scope, d, req.lang, todayIn());
    },
  });

  app.get('/api/v1/directives/:id/export.xlsx', {
    schema: { tags, summary: 'Implementation status as XLSX (sheets Status and Matrix, in the request’s language)', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const d = await repo.scopedDirectives.get(db, actor.scope, req.params.id);
      const body = await exportDirective(db, actor.scope, d, req.lang);
      reply.header('content-disposition', `attachment; filename="${asciiName(d.code)}-implementation.xlsx"`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(body);
    },
  });

  groupRoutes(app);
}
