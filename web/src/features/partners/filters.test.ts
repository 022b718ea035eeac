import { describe, expect, it } from 'vitest';
import { countFacetFilters, exportHref, filtersPatch, filtersToSearch, pickFilters, sameFilters, savedQueryToFilters } from './filters';

describe('partner filters', () => {
  it('keeps only known, non-empty values', () => {
    expect(pickFilters({ q: ' hoi ', type: '', countryCode: 'FR', page: '2', sort: 'name', priority: 1, junk: 'x' })).toEqual({
      q: 'hoi',
      countryCode: 'FR',
      priority: '1',
    });
  });

  it('serialises in a stable order', () => {
    expect(filtersToSearch({ tag: 'culture', q: 'việt pháp', countryCode: 'FR' })).toBe('q=vi%E1%BB%87t+ph%C3%A1p&countryCode=FR&tag=culture');
    expect(sameFilters({ tag: 'a', type: 'expert' }, { type: 'expert', tag: 'a' })).toBe(true);
    expect(sameFilters({ tag: 'a' }, { tag: 'b' })).toBe(false);
  });

  it('reads saved queries as objects or query strings', () => {
    expect(savedQueryToFilters({ countryCode: 'LA', status: 'active', page: 3 })).toEqual({ countryCode: 'LA', status: 'active' });
    expect(savedQueryToFilters('?type=expert&limit=20&q=nguyen')).toEqual({ type: 'expert', q: 'nguyen' });
    expect(savedQueryToFilters(null)).toEqual({});
    expect(savedQueryToFilters(['x'])).toEqual({});
  });

  it('builds a patch that clears the filters not given', () => {
    const patch = filtersPatch({ countryCode: 'FR' });
    expect(patch.countryCode).toBe('FR');
    expect(patch.q).toBeNull();
    expect(patch.tag).toBeNull();
    expect(Object.keys(patch)).not.toContain('page');
  });

  it('counts facet filters without the search text', () => {
    expect(countFacetFilters({ q: 'x', type: 'expert', tag: 'y' })).toBe(2);
  });

  it('links the export to the current filters', () => {
    expect(exportHref('csv', {})).toBe('/api/v1/partners/export?format=csv');
    expect(exportHref('xlsx', { countryCode: 'FR', q: 'hữu nghị' })).toBe(
      '/api/v1/partners/export?format=xlsx&q=h%E1%BB%AFu+ngh%E1%BB%8B&countryCode=FR',
    );
  });
});
