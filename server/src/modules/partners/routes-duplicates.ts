import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { findCandidates, duplicatePairs } from './repo-duplicates.js';
import { dismissDuplicate, mergePartners, PICKABLE } from './merge.js';
import { partnerFieldsIn } from './routes.js';
import { partnerOut, partnerSummaryOut, presentPartner, summary } from './present.js';

const tags = ['partners'];
const reasons = z.array(z.enum(['same_name_country', 'similar_name', 'same_website', 'same_email']));

export function partnerDuplicateRoutes(app: App) {
  app.post('/api/v1/partners/duplicates/check', {
    schema: {
      tags,
      summary: 'Likely duplicates of a partner about to be saved',
      body: z.strictObject({ ...partnerFieldsIn, excludeId: z.uuid() }).partial(),
      response: { 200: z.object({ candidates: z.array(z.object({ partner: partnerSummaryOut, score: z.number(), reasons })) }) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const b = req.body;
      const found = await findCandidates(app.ctx.db, actor.scope, {
        names: [b.name, b.nameVi, b.nameEn, b.nameFr, b.transliteration].filter((n): n is string => !!n),
        countryCode: b.countryCode,
        website: b.website,
        emails: (b.contacts ?? []).map((c) => c.email ?? ''),
        excludeId: b.excludeId,
      });
      return { candidates: found.map((c) => ({ ...c, partner: summary(c.partner) })) };
    },
  });

  app.get('/api/v1/partners/duplicates', {
    schema: {
      tags,
      summary: 'Candidate duplicate pairs among the partners you can see',
      querystring: z.strictObject(pageQuery),
      response: { 200: pageSchema(z.object({ a: partnerSummaryOut, b: partnerSummaryOut, score: z.number(), reasons })) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { items, total } = await duplicatePairs(app.ctx.db, actor.scope, req.query.limit, offsetOf(req.query));
      return { items: items.map((p) => ({ ...p, a: summary(p.a), b: summary(p.b) })), total, page: req.query.page, limit: req.query.limit };
    },
  });

  app.post('/api/v1/partners/duplicates/dismiss', {
    schema: { tags, summary: 'Mark a candidate pair as not duplicates', body: z.strictObject({ aId: z.uuid(), bId: z.uuid() }) },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await dismissDuplicate(app.ctx.db, actor, req.body.aId, req.body.bId);
      return reply.code(204).send();
    },
  });

  app.post('/api/v1/partners/merge', {
    schema: {
      tags,
      summary: 'Merge one partner into another; references move to the survivor',
      body: z.strictObject({
        survivorId: z.uuid(),
        mergedId: z.uuid(),
        pick: z.strictObject(Object.fromEntries(PICKABLE.map((f) => [f, z.enum(['survivor', 'merged'])]))).partial().optional(),
      }),
      response: { 200: partnerOut },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const after = await mergePartners(app.ctx.db, actor, req.body.survivorId, req.body.mergedId, req.body.pick);
      return presentPartner(app.ctx.db, actor.scope, after);
    },
  });
}
