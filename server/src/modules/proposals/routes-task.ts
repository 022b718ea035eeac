import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { isoDate } from '../../core/dates.js';
import { deliverEmails } from '../notifications/service.js';
import { reportingCadence } from '../plans/schema.js';
import { presentTask, taskOut } from '../plans/present-tasks.js';
import { makeTask } from './maketask.js';
import { presentProposal, proposalOut } from './present.js';

const tags = ['proposals'];

const title = z.string().trim().max(1000).optional();

/** POST /proposals/:id/task: the task that carries the proposal out, linked both ways. */
export function proposalTaskRoutes(app: App): void {
  const { db } = app.ctx;
  app.post('/api/v1/proposals/:id/task', {
    schema: {
      tags,
      summary: 'Make a task of an accepted (with its answer) or answered proposal; once only',
      params: idParams,
      body: z.strictObject({
        answer: z.string().max(50_000).optional(),
        directiveId: z.uuid().nullable().optional(),
        groupId: z.uuid().nullable().optional(),
        titleVi: title,
        titleEn: title,
        titleFr: title,
        leadUnitId: z.uuid(),
        dueOn: isoDate().nullable().optional(),
        cadence: z.enum(reportingCadence.enumValues).optional(),
      }),
      response: { 201: z.object({ task: taskOut, proposal: proposalOut }) },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const r = await makeTask(db, actor, req.params.id, req.body);
      deliverEmails(db, r.mail);
      return reply.code(201).send({ task: await presentTask(db, actor.scope, r.task, req.lang), proposal: await presentProposal(db, actor.scope, r.proposal) });
    },
  });
}
