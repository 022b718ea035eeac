// The directive list's filters: kept in the URL, sent to `GET /directives`.
export const FILTER_KEYS = ['q', 'kind', 'status', 'unitId', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type DirectiveFilters = Partial<Record<FilterKey, string>>;
export const LIST_KEYS = [...FILTER_KEYS, 'page', 'limit', 'sort'] as const;

export const SORTS = ['-issuedOn', 'issuedOn', 'code', '-code', 'title', '-title', '-updatedAt'] as const;
export const DEFAULT_SORT = '-issuedOn';

/** Only the known, non-empty filters, trimmed; a year that is not a year is dropped. */
export function pickFilters(values: Record<string, unknown>): DirectiveFilters {
  const out: DirectiveFilters = {};
  for (const key of FILTER_KEYS) {
    const v = values[key];
    if (typeof v !== 'string' || v.trim() === '') continue;
    if (key === 'year' && !/^\d{4}$/.test(v.trim())) continue;
    out[key] = v.trim();
  }
  return out;
}

export const countFilters = (f: DirectiveFilters) => FILTER_KEYS.filter((k) => k !== 'q' && f[k]).length;

export function listParams(f: DirectiveFilters, page: number, limit: number, sort: string): Record<string, string | number> {
  return {
    page: page > 0 ? page : 1,
    limit: limit > 0 && limit <= 200 ? limit : 20,
    ...f,
    sort: (SORTS as readonly string[]).includes(sort) ? sort : DEFAULT_SORT,
  };
}

/** Years offered by the filter: this one back to `count` years ago. */
export function yearOptions(today: string, count = 15): string[] {
  const y = Number(today.slice(0, 4));
  return Array.from({ length: count }, (_, i) => String(y - i));
}

export const clearPatch = (): Record<FilterKey, null> => Object.fromEntries(FILTER_KEYS.map((k) => [k, null])) as Record<FilterKey, null>;
