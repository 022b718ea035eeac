import type { SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../../core/scope.js';

/**
 * Who sees a timeline entry that a later module writes (partner_events with its ref_entity):
 * `visible(scope, refId)` is a condition on the entry's ref_id, e.g. "the engagement it names
 * is one the user sees (its named users too)". Such modules register here, as they do for merges
 * (merge.ts), so partners never imports them. An entry of an entity nobody registered is scoped
 * by the owner unit and visibility it carries (repo-related.ts listEvents).
 */
export type TimelineVisibility = (scope: Scope, refId: AnyPgColumn) => SQL;

const sources = new Map<string, TimelineVisibility>();
export const registerTimelineSource = (refEntity: string, visible: TimelineVisibility) => void sources.set(refEntity, visible);
export const timelineSources = (): ReadonlyMap<string, TimelineVisibility> => sources;
