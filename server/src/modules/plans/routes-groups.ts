import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import type { Lang } from '../../i18n/index.js';
import * as repo from './repo-directives.js';
import * as service from './service-directives.js';
import { groupCreateBody, groupPatchBody } from './input-directives.js';
import { presentGroups, taskGroupOut } from './present-directives.js';

const tags = ['directives'];

/** /api/v1/task-groups: reached through their directive (its visibility, its writers). */
export function groupRoutes(app: App): void {
  const { db } = app.ctx;
  const one = async (directiveId: string, id: string, lang: Lang) => {
    const list = await presentGroups(db, directiveId, (await repo.groupsOf(db, directiveId)).filter((g) => g.id === id), lang);
    return list[0]!;
  };

  app.get('/api/v1/task-groups', {
    schema: { tags, summary: 'The groups of a directive, in position order', querystring: z.strictObject({ directiveId: z.uuid() }), response: { 200: z.object({ items: z.array(taskGroupOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const d = await repo.scopedDirectives.get(db, actor.scope, req.query.directiveId);
      return { items: await presentGroups(db, d.id, await repo.groupsOf(db, d.id), req.lang) };
    },
  });

  app.post('/api/v1/task-groups', {
    schema: { tags, summary: 'Add a group to a directive', body: groupCreateBody, response: { 201: taskGroupOut } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const g = await service.createGroup(db, actor, req.body);
      return reply.code(201).send(await one(g.directiveId, g.id, req.lang));
    },
  });

  app.patch('/api/v1/task-groups/:id', {
    schema: { tags, summary: 'Edit a group', params: idParams, body: groupPatchBody, response: { 200: taskGroupOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const g = await service.updateGroup(db, actor, req.params.id, req.body);
      return one(g.directiveId, g.id, req.lang);
    },
  });

  app.delete('/api/v1/task-groups/:id', {
    schema: { tags, summary: 'Delete a group (its tasks stay, ungrouped)', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.deleteGroup(db, actor, req.params.id);
      return reply.code(204).send();
    },
  });
}
