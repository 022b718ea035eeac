import { describe, expect, it } from 'vitest';
import {
  changedInput,
  emptyValues,
  needsDuplicateCheck,
  newContactRow,
  normalizeWebsite,
  oneName,
  phone,
  splitServerFields,
  toInput,
  validateContacts,
  valuesFromPartner,
  website,
} from './formModel';
import type { Partner } from './types';

const partner: Partner = {
  id: 'p1',
  type: 'foreign_organisation',
  name: 'Association d’amitié franco-vietnamienne',
  nameVi: 'Hội hữu nghị Pháp – Việt',
  nameEn: '',
  nameFr: '',
  transliteration: '',
  countryCode: 'FR',
  city: 'Paris',
  priority: 1,
  status: 'active',
  tags: ['culture'],
  visibility: 'shared',
  ownerUnitId: 'u1',
  updatedAt: '2024-01-01T00:00:00Z',
  aliases: [],
  languages: ['fr'],
  description: '',
  website: 'https://aafv.org',
  fieldIds: ['f1'],
  contacts: [{ id: 'c1', name: 'Marie Dupont', role: 'Présidente', email: 'marie@aafv.org', phone: '+33 1 23 45 67 89' }],
  country: { code: 'FR', nameVi: 'Pháp', nameEn: 'France', nameFr: 'France' },
  ownerUnit: { id: 'u1', nameVi: 'A', nameEn: 'A', nameFr: 'A' },
  createdAt: '2024-01-01T00:00:00Z',
  can: { update: true, delete: true, merge: true },
};

describe('partner form model', () => {
  it('requires at least one of the five names', () => {
    const v = emptyValues('u1');
    expect(oneName('', v)).toBe('partners.validation.oneName');
    expect(oneName('', { ...v, transliteration: 'Zhong Yue' })).toBeNull();
  });

  it('validates websites, reading a bare domain as https', () => {
    expect(normalizeWebsite('amity.vn')).toBe('https://amity.vn');
    expect(normalizeWebsite('http://amity.vn/a')).toBe('http://amity.vn/a');
    expect(website('')).toBeNull();
    expect(website('amity.vn')).toBeNull();
    expect(website('https://www.unesco.org/fr')).toBeNull();
    expect(website('not a url')).toBe('partners.validation.url');
    expect(website('ftp://files.example.org')).toBe('partners.validation.url');
    expect(website('localhost')).toBe('partners.validation.url');
  });

  it('checks phones loosely', () => {
    expect(phone('+84 24 3825 1234')).toBeNull();
    expect(phone('(024) 3825-1234')).toBeNull();
    expect(phone('')).toBeNull();
    expect(phone('123')).toBe('partners.validation.phone');
    expect(phone('call me')).toBe('partners.validation.phone');
  });

  it('validates contact rows, ignoring empty ones', () => {
    const rows = [newContactRow(), newContactRow({ email: 'bad' }), newContactRow({ name: 'An', phone: 'x' })];
    const errors = validateContacts(rows);
    expect(errors[rows[0]!.key]).toBeUndefined();
    expect(errors[rows[1]!.key]).toEqual({ name: 'validation.required', email: 'validation.email' });
    expect(errors[rows[2]!.key]).toEqual({ phone: 'partners.validation.phone' });
  });

  it('maps server contact errors to the rows that were sent', () => {
    const rows = [newContactRow(), newContactRow({ name: 'A', email: 'a@x' }), newContactRow({ name: 'B' })];
    const { contacts, rest } = splitServerFields({ 'contacts.0.email': 'bad email', 'contacts.1.name': 'too long', website: 'bad' }, rows);
    expect(contacts[rows[1]!.key]).toEqual({ email: 'bad email' });
    expect(contacts[rows[2]!.key]).toEqual({ name: 'too long' });
    expect(rest).toEqual({ website: 'bad' });
    expect(splitServerFields({ 'tags.2': 'too long', 'tags.4': 'also', 'languages.0': 'unknown' }, rows).rest).toEqual({
      tags: 'too long',
      languages: 'unknown',
    });
  });

  it('builds the create body', () => {
    const v = { ...emptyValues('u1'), type: 'expert', nameVi: ' Nguyễn Văn An ', website: 'an.vn', tags: [' y tế ', ''], contacts: [newContactRow()] };
    const body = toInput(v);
    expect(body).toMatchObject({ type: 'expert', nameVi: 'Nguyễn Văn An', website: 'https://an.vn', countryCode: null, priority: 2, tags: ['y tế'], contacts: [] });
  });

  it('round-trips a partner and patches only changes', () => {
    const initial = valuesFromPartner(partner);
    expect(changedInput(initial, initial)).toEqual({});
    const edited = { ...initial, city: 'Lyon', priority: '3' };
    expect(changedInput(initial, edited)).toEqual({ city: 'Lyon', priority: 3 });
    const withContact = { ...initial, contacts: [...initial.contacts, newContactRow({ name: 'Paul' })] };
    expect(changedInput(initial, withContact).contacts).toEqual([
      { id: 'c1', name: 'Marie Dupont', role: 'Présidente', email: 'marie@aafv.org', phone: '+33 1 23 45 67 89' },
      { name: 'Paul', role: '', email: '', phone: '' },
    ]);
  });

  it('checks duplicates for new partners and for identity changes only', () => {
    const initial = valuesFromPartner(partner);
    expect(needsDuplicateCheck(null, initial)).toBe(true);
    expect(needsDuplicateCheck(initial, { ...initial, city: 'Lyon', description: 'x' })).toBe(false);
    expect(needsDuplicateCheck(initial, { ...initial, nameEn: 'Franco-Vietnamese Friendship Association' })).toBe(true);
    expect(needsDuplicateCheck(initial, { ...initial, countryCode: 'BE' })).toBe(true);
    expect(needsDuplicateCheck(initial, { ...initial, website: 'aafv.fr' })).toBe(true);
    const contacts = initial.contacts.map((c) => ({ ...c, email: 'MARIE@aafv.org' }));
    expect(needsDuplicateCheck(initial, { ...initial, contacts })).toBe(false);
    expect(needsDuplicateCheck(initial, { ...initial, contacts: [newContactRow({ name: 'X', email: 'x@y.org' })] })).toBe(true);
  });
});
