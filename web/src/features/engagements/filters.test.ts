import { describe, expect, it } from 'vitest';
import { countFilters, listParams, pickFilters } from './filters';

describe('list filters', () => {
  it('keeps known, non-empty filters and real dates only', () => {
    expect(pickFilters({ q: ' hoi nghi ', kind: 'conference', from: '2026-02-30', to: '2026-03-31', page: '2', other: 'x', state: '' })).toEqual({
      q: 'hoi nghi',
      kind: 'conference',
      to: '2026-03-31',
    });
  });

  it('counts filters besides the search text', () => {
    expect(countFilters({ q: 'a', kind: 'meeting', unitId: 'u' })).toBe(2);
  });

  it('makes the last day inclusive (the API takes [from, to)) and puts a backwards range right', () => {
    expect(listParams({ from: '2026-03-01', to: '2026-03-31' }, 1, 20, '-startsAt')).toEqual({
      page: 1,
      limit: 20,
      from: '2026-03-01',
      to: '2026-04-01',
      sort: '-startsAt',
    });
    const p = listParams({ from: '2026-03-31', to: '2026-03-01' }, 2, 50, 'title');
    expect([p.from, p.to, p.sort, p.page]).toEqual(['2026-03-01', '2026-04-01', 'title', 2]);
  });

  it('falls back to the default sort and sane paging', () => {
    expect(listParams({ partnerId: 'p1', countryCode: 'FR', state: 'draft' }, 0, 0, 'bogus')).toEqual({
      page: 1,
      limit: 20,
      partnerId: 'p1',
      countryCode: 'FR',
      state: 'draft',
      sort: '-startsAt',
    });
  });
});
