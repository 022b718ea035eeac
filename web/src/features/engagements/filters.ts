// The engagement list's filters: kept in the URL, sent to `GET /engagements`.
import { addDays } from '../../ui/days';
import { isDate } from './time';
import type { EngagementListParams } from './types';

export const FILTER_KEYS = ['q', 'kind', 'state', 'unitId', 'partnerId', 'countryCode', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type EngagementFilters = Partial<Record<FilterKey, string>>;

/** Everything the list keeps in the URL. */
export const LIST_KEYS = [...FILTER_KEYS, 'page', 'limit', 'sort'] as const;

export const SORTS = ['-startsAt', 'startsAt', 'title', '-title', '-updatedAt', 'updatedAt'] as const;
export const DEFAULT_SORT = '-startsAt';
const isSort = (s: string): s is (typeof SORTS)[number] => (SORTS as readonly string[]).includes(s);

/** Only the known, non-empty filters, trimmed; dates that are not dates are dropped. */
export function pickFilters(values: Record<string, unknown>): EngagementFilters {
  const out: EngagementFilters = {};
  for (const key of FILTER_KEYS) {
    const v = values[key];
    if (typeof v !== 'string' || v.trim() === '') continue;
    if ((key === 'from' || key === 'to') && !isDate(v.trim())) continue;
    out[key] = v.trim();
  }
  return out;
}

/** Number of filters set besides the search text. */
export const countFilters = (f: EngagementFilters) => FILTER_KEYS.filter((k) => k !== 'q' && f[k]).length;

/**
 * The API query. The user's "to" day is included: the API's `to` is exclusive, so it gets the next day.
 * A range given backwards is put the right way round.
 */
export function listParams(f: EngagementFilters, page: number, limit: number, sort: string): EngagementListParams {
  let { from, to } = f;
  if (from && to && to < from) [from, to] = [to, from];
  return {
    page: page > 0 ? page : 1,
    limit: limit > 0 ? limit : 20,
    ...(f.q ? { q: f.q } : {}),
    // As the URL has them: the server refuses an unknown kind or state.
    ...(f.kind ? { kind: f.kind as EngagementListParams['kind'] } : {}),
    ...(f.state ? { state: f.state as EngagementListParams['state'] } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.partnerId ? { partnerId: f.partnerId } : {}),
    ...(f.countryCode ? { countryCode: f.countryCode } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to: addDays(to, 1) } : {}),
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** The URL patch that clears every filter. */
export const clearPatch = (): Record<FilterKey, null> => Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) as Record<FilterKey, null>;
