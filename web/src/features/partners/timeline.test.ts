import { describe, expect, it } from 'vitest';
import { engagementTitle, eventDetail } from './timeline';

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

describe('engagements on the timeline', () => {
  const withEngagements = { ...names, engagementKind: (k: string) => ({ incoming_delegation: 'Incoming delegation' })[k] ?? k, engagementState: (s: string) => ({ done: 'Done' })[s] ?? s };
  const data = { title: 'Tiếp Đoàn AAFV', titleVi: 'Tiếp Đoàn AAFV', titleEn: 'Receiving the AAFV delegation', titleFr: '', kind: 'incoming_delegation', state: 'done' };

  it('names the kind and state, and the title in the reader\'s language', () => {
    expect(eventDetail('engagement', data, withEngagements)).toBe('Incoming delegation · Done');
    expect(engagementTitle(data, 'en')).toBe('Receiving the AAFV delegation');
    expect(engagementTitle(data, 'vi')).toBe('Tiếp Đoàn AAFV');
    // No French title: the one the server chose.
    expect(engagementTitle(data, 'fr')).toBe('Tiếp Đoàn AAFV');
    expect(engagementTitle(null, 'fr')).toBe('');
  });
});
