import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { offsetOf, pageQuery, pageSchema } from '../../core/pagination.js';
import { forbidden } from '../../core/errors.js';
import { jobPolicy } from './policy.js';
import { listRuns } from './repo.js';

const runOut = z.object({
  job: z.string(),
  runOn: z.string(),
  process: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
});

/** /api/v1/jobs/runs (docs/API.md). */
export function jobRoutes(app: App): void {
  const { db } = app.ctx;
  app.get('/api/v1/jobs/runs', {
    schema: { tags: ['jobs'], summary: 'Runs of the daily job, newest day first (admins)', querystring: z.strictObject(pageQuery), response: { 200: pageSchema(runOut) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      if (!jobPolicy.viewRuns(actor.scope)) throw forbidden();
      const { page, limit } = req.query;
      const { items, total } = await listRuns(db, limit, offsetOf(req.query));
      return {
        items: items.map((r) => ({
          job: r.job,
          runOn: r.runOn,
          process: r.process,
          startedAt: r.startedAt.toISOString(),
          finishedAt: r.finishedAt?.toISOString() ?? null,
          result: (r.result as Record<string, unknown> | null) ?? null,
          error: r.error,
        })),
        total,
        page,
        limit,
      };
    },
  });
}
