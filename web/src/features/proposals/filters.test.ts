import { describe, expect, it } from 'vitest';
import { clearPatch, countFilters, defaultBox, listParams, pickBox, pickFilters, statsQuery, statsXlsxHref } from './filters';

describe('proposal list filters', () => {
  it('keeps known, non-empty filters, trimmed; overdue only as "true"', () => {
    expect(pickFilters({ q: '  cửa khẩu ', state: 'accepted', fieldId: '', overdue: 'yes', other: 'x' })).toEqual({ q: 'cửa khẩu', state: 'accepted' });
    expect(pickFilters({ overdue: 'true', urgency: 'urgent' })).toEqual({ overdue: 'true', urgency: 'urgent' });
  });

  it('counts filters besides the search text', () => {
    expect(countFilters({ q: 'x', state: 'submitted', ownerUnitId: 'u1' })).toBe(2);
    expect(countFilters({})).toBe(0);
  });

  it('builds the API query with the box, a known sort and a bounded page', () => {
    expect(listParams('inbox', { q: 'visa', overdue: 'true', fieldId: 'f1' }, 0, 500, 'nonsense')).toEqual({
      page: 1,
      limit: 200,
      sort: '-submittedAt',
      box: 'inbox',
      q: 'visa',
      fieldId: 'f1',
      overdue: 'true',
    });
    expect(listParams('mine', {}, 3, 20, 'dueOn')).toEqual({ page: 3, limit: 20, sort: 'dueOn', box: 'mine' });
  });

  it('clears every filter', () => {
    expect(clearPatch()).toEqual({ q: null, state: null, ownerUnitId: null, targetUnitId: null, fieldId: null, urgency: null, overdue: null });
  });

  it('opens localities on their own proposals and every other unit on its inbox', () => {
    expect(defaultBox('locality')).toBe('mine');
    expect(defaultBox('ministry')).toBe('inbox');
    expect(defaultBox('party')).toBe('inbox');
    expect(defaultBox(undefined)).toBe('inbox');
    expect(pickBox('all', 'locality')).toBe('all');
    expect(pickBox('bogus', 'locality')).toBe('mine');
  });
});

describe('statistics query', () => {
  it('keeps valid days, turns a backwards range round, adds units', () => {
    expect(statsQuery({ from: '2026-12-31', to: '2026-01-01', targetUnitId: 'u1' })).toBe('?from=2026-01-01&to=2026-12-31&targetUnitId=u1');
    expect(statsQuery({ from: 'yesterday', to: '' })).toBe('');
  });

  it('exports the XLSX with the same filters', () => {
    expect(statsXlsxHref({ from: '2026-01-01', ownerUnitId: 'loc' })).toBe('/api/v1/proposals/stats.xlsx?from=2026-01-01&ownerUnitId=loc');
  });
});
