// The list's filters: kept in the URL, sent to the API, saved by name and exported.

/** Filters the server understands (GET /partners, /partners/facets, /partners/export). */
export const FILTER_KEYS = ['q', 'type', 'countryCode', 'groupId', 'fieldId', 'priority', 'status', 'unitId', 'tag', 'visibility'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type PartnerFilters = Partial<Record<FilterKey, string>>;

/** Everything the list keeps in the URL. */
export const LIST_KEYS = [...FILTER_KEYS, 'page', 'limit', 'sort'] as const;

export const SORTS = ['name', '-name', 'updatedAt', '-updatedAt', 'priority', '-priority'] as const;

const isFilterKey = (k: string): k is FilterKey => (FILTER_KEYS as readonly string[]).includes(k);

/** Only the known, non-empty filters, trimmed. */
export function pickFilters(values: Record<string, unknown>): PartnerFilters {
  const out: PartnerFilters = {};
  for (const key of FILTER_KEYS) {
    const v = values[key];
    if (typeof v === 'string' && v.trim() !== '') out[key] = v.trim();
    else if (typeof v === 'number' && Number.isFinite(v)) out[key] = String(v);
  }
  return out;
}

/** Number of filters set besides the search text (for the "clear filters" button). */
export function countFacetFilters(f: PartnerFilters): number {
  return FILTER_KEYS.filter((k) => k !== 'q' && f[k]).length;
}

/** `a=1&b=2` in the canonical key order, so equal filters give equal strings. */
export function filtersToSearch(f: PartnerFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (f[key]) params.set(key, f[key]!);
  return params.toString();
}

/**
 * A saved filter's `query` back into filters. We save an object; a query string
 * (e.g. written by another client) is accepted too. Unknown keys are dropped.
 */
export function savedQueryToFilters(query: unknown): PartnerFilters {
  if (typeof query === 'string') {
    const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
    const obj: Record<string, string> = {};
    params.forEach((v, k) => {
      if (isFilterKey(k)) obj[k] = v;
    });
    return pickFilters(obj);
  }
  if (query && typeof query === 'object' && !Array.isArray(query)) return pickFilters(query as Record<string, unknown>);
  return {};
}

/** The URL patch that replaces every filter with `f` (null clears a key). */
export function filtersPatch(f: PartnerFilters): Record<FilterKey, string | null> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k] ?? null])) as Record<FilterKey, string | null>;
}

export function sameFilters(a: PartnerFilters, b: PartnerFilters): boolean {
  return filtersToSearch(a) === filtersToSearch(b);
}

/** Link of an export button: the current filters, as a file. */
export function exportHref(format: 'csv' | 'xlsx', f: PartnerFilters): string {
  const rest = filtersToSearch(f);
  return `/api/v1/partners/export?format=${format}${rest ? `&${rest}` : ''}`;
}
