import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { offsetOf, pageQuery, pageSchema } from '../../core/pagination.js';
import type { Scope } from '../../core/scope.js';
import { deliverEmails } from '../notifications/service.js';
import { removeStoredFiles } from '../attachments/registry.js';
import type { AttachmentAccess } from '../../http/module.js';
import { progressStatus } from './schema.js';
import { decimal } from './input-tasks.js';
import { reportPolicy } from './policy.js';
import * as repo from './repo-reports.js';
import * as service from './service-reports.js';
import { presentReport, presentReports, reportOut } from './present-reports.js';

const tags = ['task reports'];
const fields = {
  period: z.string().trim().min(1).max(20),
  status: z.enum(progressStatus.enumValues),
  percent: z.number().int().min(0).max(100),
  narrative: z.string().max(20000).optional(),
  values: z.array(z.strictObject({ indicatorId: z.uuid(), value: decimal })).max(200).optional(),
};
const createBody = z.strictObject({ ...fields, submit: z.boolean().optional() });
const patchBody = z.strictObject({ period: fields.period.optional(), status: fields.status.optional(), percent: fields.percent.optional(), narrative: fields.narrative, values: fields.values });
const transitionBody = z.strictObject({ action: z.enum(['submit', 'accept', 'return', 'correct']), comment: z.string().max(5000).optional() });

// Evidence files: who sees the task reads them; the report's unit adds and removes them until it is accepted.
/** Who may read and change a report's files (listed in the module's manifest). */
export const taskReportFiles: AttachmentAccess = {
  canRead: async (db, scope, id) => !!(await repo.visibleReport(db, scope, id).catch(() => null)),
  canWrite: async (db, scope, id) => {
    const found = await repo.visibleReport(db, scope, id).catch(() => null);
    return !!found && reportPolicy.attach(scope, found.report);
  },
};

/** /api/v1/tasks/:id/reports and /api/v1/task-reports (docs/API.md, "Progress reports"). */
export function taskReportRoutes(app: App): void {
  const { db } = app.ctx;
  const answer = (scope: Scope, w: service.Written) => {
    deliverEmails(db, w.mail);
    return presentReport(db, scope, w.task, w.report);
  };

  app.get('/api/v1/tasks/:id/reports', {
    schema: {
      tags,
      summary: "A task's progress reports and inputs, newest period first, then newest version",
      params: idParams,
      querystring: z.strictObject({ ...pageQuery, kind: z.enum(['report', 'input']).optional() }),
      response: { 200: pageSchema(reportOut) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { page, limit, kind } = req.query;
      const task = await repo.visibleTask(db, actor.scope, req.params.id);
      const { items, total } = await repo.listReports(db, task.id, kind, limit, offsetOf(req.query));
      return { items: await presentReports(db, actor.scope, task, items), total, page, limit };
    },
  });

  app.post('/api/v1/tasks/:id/reports', {
    schema: {
      tags,
      summary: "File a progress report (the lead unit's report, a supporting unit's input); submit: true submits it at once",
      params: idParams,
      body: createBody,
      response: { 201: reportOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const written = await service.createReport(db, actor, req.params.id, req.body);
      return reply.code(201).send(await answer(actor.scope, written));
    },
  });

  app.patch('/api/v1/task-reports/:id', {
    schema: { tags, summary: 'Edit a draft or returned report (values, when given, replace)', params: idParams, body: patchBody, response: { 200: reportOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return answer(actor.scope, await service.updateReport(db, actor, req.params.id, req.body));
    },
  });

  app.delete('/api/v1/task-reports/:id', {
    schema: { tags, summary: 'Delete a draft report with its evidence files', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await removeStoredFiles(await service.deleteReport(db, actor, req.params.id));
      return reply.code(204).send();
    },
  });

  app.post('/api/v1/task-reports/:id/transitions', {
    schema: {
      tags,
      summary: 'Submit, accept, return (comment required) or correct (a new draft version) a report',
      params: idParams,
      body: transitionBody,
      response: { 200: z.object({ report: reportOut }) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return { report: await answer(actor.scope, await service.transition(db, actor, req.params.id, req.body)) };
    },
  });
}
