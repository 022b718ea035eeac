// The proposal lists' filters: kept in the URL, sent to `GET /proposals`; the statistics' query.
import { toQuery } from '../../ui/api';
import type { UnitKind } from '../../ui/types';
import { isDay } from './due';

export type Box = 'inbox' | 'mine' | 'all';
export const BOXES: Box[] = ['inbox', 'mine', 'all'];

export const FILTER_KEYS = ['q', 'state', 'ownerUnitId', 'targetUnitId', 'fieldId', 'urgency', 'overdue'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type ProposalFilters = Partial<Record<FilterKey, string>>;

/** Everything a list keeps in the URL. */
export const LIST_KEYS = [...FILTER_KEYS, 'box', 'page', 'limit', 'sort'] as const;

export const SORTS = ['-submittedAt', 'dueOn', 'code', 'title'] as const;
export const DEFAULT_SORT = '-submittedAt';

/**
 * Where /proposals opens: a locality sends proposals, so it lands on its own ("mine"); every other
 * unit (the ministry, central bodies, departments) is where proposals are sent, so it lands on the inbox.
 * A user can always switch tabs; the server decides what each box holds.
 */
export function defaultBox(unitKind: UnitKind | null | undefined): Box {
  return unitKind === 'locality' ? 'mine' : 'inbox';
}

export function pickBox(v: string, unitKind: UnitKind | null | undefined): Box {
  return (BOXES as string[]).includes(v) ? (v as Box) : defaultBox(unitKind);
}

/** Only the known, non-empty filters, trimmed; `overdue` only as "true". */
export function pickFilters(values: Record<string, unknown>): ProposalFilters {
  const out: ProposalFilters = {};
  for (const key of FILTER_KEYS) {
    const v = values[key];
    if (typeof v !== 'string' || v.trim() === '') continue;
    if (key === 'overdue' && v !== 'true') continue;
    out[key] = v.trim();
  }
  return out;
}

/** Number of filters set besides the search text. */
export const countFilters = (f: ProposalFilters) => FILTER_KEYS.filter((k) => k !== 'q' && f[k]).length;

export interface ListParams {
  page: number;
  limit: number;
  sort: string;
  box: Box;
  q?: string;
  state?: string;
  ownerUnitId?: string;
  targetUnitId?: string;
  fieldId?: string;
  urgency?: string;
  overdue?: 'true';
  groupId?: string;
}

export function listParams(box: Box, f: ProposalFilters, page: number, limit: number, sort: string): ListParams {
  return {
    page: page > 0 ? page : 1,
    limit: limit > 0 ? Math.min(limit, 200) : 20,
    sort: (SORTS as readonly string[]).includes(sort) ? sort : DEFAULT_SORT,
    box,
    ...(f.q ? { q: f.q } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.ownerUnitId ? { ownerUnitId: f.ownerUnitId } : {}),
    ...(f.targetUnitId ? { targetUnitId: f.targetUnitId } : {}),
    ...(f.fieldId ? { fieldId: f.fieldId } : {}),
    ...(f.urgency ? { urgency: f.urgency } : {}),
    ...(f.overdue === 'true' ? { overdue: 'true' as const } : {}),
  };
}

/** The URL patch that clears every filter. */
export const clearPatch = (): Record<FilterKey, null> => Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) as Record<FilterKey, null>;

export const STATS_KEYS = ['from', 'to', 'targetUnitId', 'ownerUnitId'] as const;

/** The statistics' query (submittedAt in [from, to], both days included); a range given backwards is turned round. */
export function statsQuery(values: Record<string, unknown>): string {
  const s = (k: string) => (typeof values[k] === 'string' ? (values[k] as string).trim() : '');
  let from = isDay(s('from')) ? s('from') : '';
  let to = isDay(s('to')) ? s('to') : '';
  if (from && to && to < from) [from, to] = [to, from];
  return toQuery({ from, to, targetUnitId: s('targetUnitId'), ownerUnitId: s('ownerUnitId') });
}

/** The XLSX export with the same filters as the page (a plain link: the cookie goes with it). */
export const statsXlsxHref = (values: Record<string, unknown>) => `/api/v1/proposals/stats.xlsx${statsQuery(values)}`;
