import { describe, expect, it } from 'vitest';
import { eventDetail } from './timeline';

const names = {
  relationship: (k: string) => ({ member_of: 'Member of' })[k] ?? k,
  field: (f: string) => ({ city: 'City', priority: 'Priority', name: 'Name as written' })[f] ?? '',
};

describe('eventDetail', () => {
  it('describes each kind from its data', () => {
    expect(eventDetail('note_added', { excerpt: 'Gặp Chủ tịch Hội' }, names)).toBe('“Gặp Chủ tịch Hội”');
    expect(eventDetail('relationship_added', { kind: 'member_of', toPartnerId: 'x' }, names)).toBe('Member of');
    expect(eventDetail('merged', { mergedId: 'x', mergedNames: ['AAFV', '', 'Association d’amitié'] }, names)).toBe('AAFV · Association d’amitié');
    expect(eventDetail('updated', { fields: ['city', 'priority', 'searchText', 'updatedAt'] }, names)).toBe('City, Priority');
  });

  it('says nothing when data is missing or unknown', () => {
    expect(eventDetail('created', null, names)).toBe('');
    expect(eventDetail('updated', { fields: 'city' }, names)).toBe('');
    expect(eventDetail('engagement_planned', { title: 'x' }, names)).toBe('');
  });
});
