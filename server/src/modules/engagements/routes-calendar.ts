import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { AppError, notFound, type FieldErrors } from '../../core/errors.js';
import { engagementKind } from './schema.js';
import { clashOut, engagementItemOut, presentItems } from './present.js';
import { scopedEngagements } from './repo.js';
import { clashInputOfBody } from './service.js';
import { parseBound } from './time.js';
import { findClashes } from './clashes.js';
import * as calendarRepo from './repo-calendar.js';
import { renderCalendar } from './ical.js';
import { createFeed, feedCalendar, feedStatus, feedUrl, revokeFeed } from './feeds.js';

const tags = ['calendar'];
const MAX_RANGE_DAYS = 400;
const DAY_MS = 86_400_000;

/**
 * check-clashes takes the form's whole body: the fields clashes depend on are checked,
 * the others (titles, budget…) are dropped unread, so a half-filled form still gets its warnings.
 */
const clashBody = z.object({
  id: z.uuid().optional(),
  ownerUnitId: z.uuid().optional(),
  startsAt: z.string().trim().min(1).max(40),
  endsAt: z.string().trim().min(1).max(40),
  allDay: z.boolean().optional(),
  timeZone: z.string().trim().min(1).max(64).optional(),
  countryCode: z.string().trim().toUpperCase().length(2).nullable().optional(),
  partnerIds: z.array(z.uuid()).max(200).optional(),
  participants: z
    .array(
      z.object({ userId: z.uuid().nullable().optional(), contactId: z.uuid().nullable().optional(), name: z.string().max(300).optional(), role: z.string().max(50).optional() }),
    )
    .max(500)
    .optional(),
});

const calendarQuery = z.strictObject({
  from: z.string().trim().min(1).max(40),
  to: z.string().trim().min(1).max(40),
  unitId: z.uuid().optional(),
  kind: z.enum(engagementKind.enumValues).optional(),
  countryCode: z.string().trim().toUpperCase().length(2).optional(),
  partnerId: z.uuid().optional(),
});

/** [from, to): both required, `to` after `from`, at most 400 days apart. */
function rangeOf(q: { from: string; to: string }): { from: Date; to: Date } {
  const from = parseBound(q.from);
  const to = parseBound(q.to);
  const fields: FieldErrors = {};
  if (!from) fields.from = { key: 'field.invalid_date' };
  if (!to) fields.to = { key: 'field.invalid_date' };
  else if (from && to.getTime() <= from.getTime()) fields.to = { key: 'field.range_reversed' };
  else if (from && to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) fields.to = { key: 'field.range_too_long', params: { max: MAX_RANGE_DAYS } };
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
  return { from: from!, to: to! };
}

const ICS_TYPE = 'text/calendar; charset=utf-8';

/** Calendar, clash checks and iCal (docs/API.md). */
export function calendarRoutes(app: App) {
  // Without PUBLIC_URL, the address the user reached us at is the best guess for links they will follow.
  const baseUrl = (req: FastifyRequest) => (app.ctx.config.publicUrlSet ? app.ctx.config.publicUrl : `${req.protocol}://${req.host}`);
  app.post('/api/v1/engagements/check-clashes', {
    schema: { tags: ['engagements'], summary: 'Clashes of an engagement being edited, before saving', body: clashBody, response: { 200: z.object({ clashes: z.array(clashOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { participants, ...body } = req.body;
      // The kind plays no part in clashes; the participants' role neither.
      const input = await clashInputOfBody(app.ctx.db, actor, {
        ...body,
        kind: 'meeting',
        participants: participants?.map((p) => ({ userId: p.userId ?? null, contactId: p.contactId ?? null, role: 'member' as const })),
      });
      return { clashes: await findClashes(app.ctx.db, actor.scope, { timeZone: body.timeZone, ...input }, req.lang) };
    },
  });

  app.get('/api/v1/calendar', {
    schema: { tags, summary: 'Visible engagements overlapping [from, to), at most 2,000', querystring: calendarQuery, response: { 200: z.object({ items: z.array(engagementItemOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { from, to } = rangeOf(req.query);
      const rows = await calendarRepo.calendarRows(app.ctx.db, actor.scope, { ...req.query, from, to });
      return { items: await presentItems(app.ctx.db, actor.scope, rows, req.lang) };
    },
  });

  app.get('/api/v1/engagements/:id.ics', {
    schema: { tags: ['engagements'], summary: 'One engagement as iCalendar (an attachment)', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const e = await scopedEngagements.get(app.ctx.db, actor.scope, req.params.id);
      const countryNames = await calendarRepo.countryNames(app.ctx.db, e.countryCode ? [e.countryCode] : [], req.lang);
      const agendas = new Map([[e.id, await calendarRepo.agendaOf(app.ctx.db, e.id)]]);
      const body = renderCalendar([e], { lang: req.lang, baseUrl: baseUrl(req), countryNames, agendas });
      reply.header('content-disposition', `attachment; filename="engagement-${e.id}.ics"`);
      reply.header('cache-control', 'private, no-cache');
      return reply.type(ICS_TYPE).send(body);
    },
  });

  app.get('/api/v1/calendar/feed', {
    schema: {
      tags,
      summary: 'Whether I have a calendar feed (its address is shown only when created)',
      response: { 200: z.object({ url: z.null(), active: z.boolean(), createdAt: z.string().nullable(), lastUsedAt: z.string().nullable() }) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const s = await feedStatus(app.ctx.db, actor);
      return { url: null, active: s.active, createdAt: s.createdAt?.toISOString() ?? null, lastUsedAt: s.lastUsedAt?.toISOString() ?? null };
    },
  });

  app.post('/api/v1/calendar/feed', {
    schema: { tags, summary: 'A new secret feed address (the previous one stops working)', response: { 201: z.object({ url: z.string() }) } },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const token = await createFeed(app.ctx.db, actor);
      return reply.code(201).send({ url: feedUrl(baseUrl(req), token) });
    },
  });

  app.delete('/api/v1/calendar/feed', {
    schema: { tags, summary: 'Revoke my calendar feed' },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await revokeFeed(app.ctx.db, actor);
      return reply.code(204).send();
    },
  });

  // No cookie here: calendar clients fetch it with the secret token as the only credential.
  app.get('/api/v1/calendar/feed/:token.ics', {
    schema: { tags, summary: 'The calendar feed (iCalendar), authenticated by its token alone', params: z.object({ token: z.string().max(100) }) },
    handler: async (req, reply) => {
      const body = await feedCalendar(app.ctx.db, req.params.token, baseUrl(req));
      if (body === undefined) throw notFound();
      reply.header('cache-control', 'private, max-age=300');
      return reply.type(ICS_TYPE).send(body);
    },
  });
}
