import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { scopeOf } from '../../core/scope.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { newToken, tokenHash } from '../auth/repo.js';
import * as repo from './repo-calendar.js';
import { renderCalendar } from './ical.js';

const DAY_MS = 86_400_000;
/** What a subscribed calendar shows: the recent past and the year ahead. */
const FEED_PAST_DAYS = 90;
const FEED_AHEAD_DAYS = 365;
const FEED_MAX = 5_000;
/** Feeds are polled every few minutes: remember the last use, but not on every poll. */
const TOUCH_EVERY_MS = 3_600_000;
/** 32 random bytes in base64url: anything else is no token of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const feedUrl = (baseUrl: string, token: string) => `${baseUrl}/api/v1/calendar/feed/${token}.ics`;

/** Whether the user has a feed; its address cannot be shown again (only a hash is kept). */
export async function feedStatus(db: Database, actor: Actor) {
  const row = await repo.feedOf(db, actor.scope.userId);
  return { active: !!row, createdAt: row?.createdAt ?? null, lastUsedAt: row?.lastUsedAt ?? null };
}

/** A new secret address; any previous one stops working. The token is returned once, never stored. */
export async function createFeed(db: Database, actor: Actor): Promise<string> {
  const token = newToken();
  await inTransaction(db, async (tx) => {
    const before = await repo.feedOf(tx, actor.scope.userId);
    const row = await repo.replaceFeed(tx, actor.scope.userId, tokenHash(token));
    await audit(tx, actor, {
      action: 'create',
      entity: 'calendar_feed',
      entityId: row.id,
      // Neither the token nor its hash goes to the log.
      diff: { before: before ? { id: before.id } : null, after: { id: row.id, userId: row.userId } },
    });
  });
  return token;
}

/** Revokes the user's feed; revoking none is not an error (the end state is the same). */
export async function revokeFeed(db: Database, actor: Actor): Promise<void> {
  await inTransaction(db, async (tx) => {
    const gone = await repo.deleteFeed(tx, actor.scope.userId);
    if (gone) await audit(tx, actor, { action: 'delete', entity: 'calendar_feed', entityId: gone.id, diff: { before: { id: gone.id, userId: gone.userId } } });
  });
}

/**
 * The feed's calendar: what its owner may see now (their current unit and role), from 90
 * days ago to a year ahead, cancelled and rejected ones left out. Undefined for an unknown or revoked
 * token and for an inactive user.
 */
export async function feedCalendar(db: Database, token: string, baseUrl: string, now = new Date()): Promise<string | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const owner = await repo.findFeedOwner(db, tokenHash(token));
  if (!owner) return undefined;
  // The scope the owner would have when signed in (built as the session hook builds one).
  const scope = scopeOf(owner.user, owner.unitPath, owner.subtree);
  const lang = owner.user.language;
  const rows = await repo.calendarRows(
    db,
    scope,
    { from: new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS), to: new Date(now.getTime() + FEED_AHEAD_DAYS * DAY_MS) },
    FEED_MAX,
    repo.stillOn(),
  );
  const countryNames = await repo.countryNames(db, rows.map((r) => r.countryCode).filter((c): c is string => !!c), lang);
  if (!owner.lastUsedAt || now.getTime() - owner.lastUsedAt.getTime() > TOUCH_EVERY_MS) await repo.touchFeed(db, owner.feedId);
  const agendas = await repo.agendasOf(db, rows.map((r) => r.id));
  return renderCalendar(rows, { lang, baseUrl, countryNames, agendas });
}
