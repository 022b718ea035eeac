import { describe, expect, it } from 'vitest';
import { defaultPicks, differingFields, isEmptyValue, mergedResult, pickBody } from './merge';
import type { Partner } from './types';

const base = {
  type: 'foreign_organisation',
  name: 'Hội hữu nghị Việt – Pháp',
  nameVi: 'Hội hữu nghị Việt – Pháp',
  nameEn: '',
  nameFr: 'Association d’amitié Viet Nam – France',
  transliteration: '',
  countryCode: 'FR',
  city: '',
  languages: ['fr', 'vi'],
  priority: 2,
  status: 'active',
  fieldIds: [],
  tags: ['culture'],
  website: '',
  description: 'Founded 1961',
  visibility: 'shared',
  ownerUnitId: 'u1',
} as unknown as Partner;

const other = {
  ...base,
  name: 'AAFV',
  nameEn: 'Franco-Vietnamese Friendship Association',
  city: 'Paris',
  languages: ['vi', 'fr'],
  website: 'https://aafv.org',
  description: '',
  priority: 1,
} as unknown as Partner;

describe('merge picks', () => {
  it('knows what an empty value is', () => {
    expect(isEmptyValue('  ')).toBe(true);
    expect(isEmptyValue([])).toBe(true);
    expect(isEmptyValue(null)).toBe(true);
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue(['x'])).toBe(false);
  });

  it('lists only the pickable fields that differ', () => {
    expect(differingFields(base, other)).toEqual(['name', 'nameEn', 'city', 'priority', 'website', 'description']);
    expect(differingFields(base, { ...other, tags: ['x'] } as Partner)).not.toContain('tags');
  });

  it("keeps the survivor's non-empty values and fills its empty ones", () => {
    const picks = defaultPicks(base, other);
    expect(picks.name).toBe('survivor');
    expect(picks.description).toBe('survivor');
    expect(picks.priority).toBe('survivor');
    expect(picks.nameEn).toBe('merged');
    expect(picks.city).toBe('merged');
    expect(picks.website).toBe('merged');
    // Both empty: nothing to take.
    expect(picks.transliteration).toBe('survivor');
  });

  it('sends a choice for each differing field and previews the result', () => {
    const picks = { ...defaultPicks(base, other), priority: 'merged' as const };
    expect(pickBody(base, other, picks)).toEqual({
      name: 'survivor',
      nameEn: 'merged',
      city: 'merged',
      priority: 'merged',
      website: 'merged',
      description: 'survivor',
    });
    const result = mergedResult(base, other, picks);
    expect(result.priority).toBe(1);
    expect(result.city).toBe('Paris');
    expect(result.description).toBe('Founded 1961');
    // Lists are combined by the server, whatever is picked.
    const withTags = { ...other, tags: ['youth', 'culture'], fieldIds: ['f1'] } as Partner;
    expect(mergedResult(base, withTags, picks).tags).toEqual(['culture', 'youth']);
    expect(mergedResult(base, withTags, picks).fieldIds).toEqual(['f1']);
  });
});
