import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { isoDate } from '../../core/dates.js';
import { proposalStats, type StatsQuery } from './stats.js';
import { statsWorkbook } from './stats-xlsx.js';
import { effectiveSettings, putSettings } from './settings.js';
import { unitRefOut } from './present.js';

const tags = ['proposals'];

const statsQuery = z.strictObject({ from: isoDate().optional(), to: isoDate().optional(), targetUnitId: z.uuid().optional(), ownerUnitId: z.uuid().optional() });
const n = z.number().int();
const statsOut = z.object({
  total: n,
  byState: z.object({ submitted: n, accepted: n, answered: n, closed: n, rejected: n }),
  byLocality: z.array(z.object({ unit: unitRefOut, total: n, answered: n, overdue: n })),
  byTopic: z.array(z.object({ field: unitRefOut.nullable(), total: n })),
  byUrgency: z.object({ normal: n, urgent: n, very_urgent: n }),
  answered: z.object({ count: n, averageDays: z.number().nullable(), medianDays: z.number().nullable(), onTime: n }),
  overdue: n,
});
const settingsOut = z.object({ unitId: z.uuid(), slaDays: n, reopenDays: n, inherited: z.boolean() });

/** Statistics (JSON and XLSX) and the per-unit SLA settings. */
export function proposalStatsRoutes(app: App): void {
  const { db } = app.ctx;

  app.get('/api/v1/proposals/stats', {
    schema: { tags, summary: 'Counts of the visible proposals submitted in [from, to]: by state, locality, topic, urgency; days to answer', querystring: statsQuery, response: { 200: statsOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { rows: _r, unitMap: _u, ...stats } = await proposalStats(db, actor, req.query as StatsQuery);
      return stats;
    },
  });

  app.get('/api/v1/proposals/stats.xlsx', {
    schema: { tags, summary: 'The statistics as XLSX (by locality, by topic, by state, the proposals), headers in the request language', querystring: statsQuery },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const buf = await statsWorkbook(await proposalStats(db, actor, req.query as StatsQuery), req.lang);
      reply.header('content-disposition', `attachment; filename="proposals-${new Date().toISOString().slice(0, 10)}.xlsx"`);
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buf);
    },
  });

  app.get('/api/v1/units/:id/proposal-settings', {
    schema: { tags, summary: 'A unit’s SLA and reopen window for proposals (inherited when it has none)', params: idParams, response: { 200: settingsOut } },
    handler: async (req) => {
      requireSession(req);
      return effectiveSettings(db, req.params.id);
    },
  });

  app.put('/api/v1/units/:id/proposal-settings', {
    schema: {
      tags,
      summary: 'Set a unit’s proposal settings (manager of the unit or admin); inherited: true drops them',
      params: idParams,
      body: z.strictObject({ unitId: z.uuid().optional(), slaDays: n.min(1).max(365), reopenDays: n.min(0).max(90), inherited: z.boolean().optional() }),
      response: { 200: settingsOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      return putSettings(db, actor, req.params.id, req.body);
    },
  });
}
