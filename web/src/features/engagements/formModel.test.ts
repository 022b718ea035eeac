import { describe, expect, it } from 'vitest';
import { changedInput, clashInput, clashKey, emptyValues, newParticipantRow, newSessionRow, normalizeAmount, toInput, valuesFromEngagement, type EngagementFormValues } from './formModel';
import { amountRule, currencyRule, endAfterStart, onlineUrlRule, oneTitle, ownerUnitExclusions, splitServerFields, timeRule, validateParticipants, validateSessions } from './formRules';
import type { Engagement } from './types';

const base = (patch: Partial<EngagementFormValues> = {}): EngagementFormValues => ({
  ...emptyValues('u1'),
  kind: 'conference',
  titleVi: 'Hội nghị hữu nghị Việt – Pháp',
  startDate: '2026-03-12',
  endDate: '2026-03-13',
  ...patch,
});

const engagement = (patch: Partial<Engagement> = {}): Engagement => ({
  id: 'e1',
  kind: 'meeting',
  titleVi: 'Gặp gỡ',
  titleEn: 'Meeting',
  titleFr: '',
  title: 'Meeting',
  state: 'draft',
  startsAt: '2026-03-12T02:00:00.000Z',
  endsAt: '2026-03-12T10:00:00.000Z',
  allDay: false,
  timeZone: 'Asia/Ho_Chi_Minh',
  countryCode: 'VN',
  country: { code: 'VN', nameVi: 'Việt Nam', nameEn: 'Viet Nam', nameFr: 'Viêt Nam' },
  city: 'Hà Nội',
  venue: '',
  onlineUrl: '',
  organiserUnitId: 'u1',
  organiserUnit: { id: 'u1', nameVi: '', nameEn: '', nameFr: '' },
  coUnitIds: [],
  coUnits: [],
  partnerIds: ['p1', 'hidden'],
  partners: [{ id: 'p1', displayName: 'Association France–Vietnam', countryCode: 'FR' }],
  participants: [
    { id: 'pa1', userId: 'usr1', contactId: null, partnerId: null, name: 'Nguyễn Văn An', role: 'head_of_delegation' },
    { id: 'pa2', userId: null, contactId: 'c1', partnerId: 'p1', name: 'Marie Dupont', role: 'member' },
    { id: 'pa3', userId: null, contactId: null, partnerId: null, name: 'Interprète', role: 'interpreter' },
  ],
  sessions: [{ id: 's1', startsAt: '2026-03-12T02:30:00.000Z', endsAt: '2026-03-12T04:00:00.000Z', title: 'Opening', speakers: 'An', room: 'A' }],
  level: null,
  fieldIds: [],
  purpose: '',
  budgetAmount: '1500000.00',
  budgetCurrency: 'VND',
  outcome: '',
  documents: [],
  needsApproval: false,
  approverUnitId: null,
  decisionDueAt: null,
  submittedAt: null,
  ownerUnitId: 'u1',
  visibility: 'shared',
  createdBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  can: { update: true, delete: true, submit: true, approve: false, return: false, reject: false, cancel: true, complete: false, reopen: false, addFollowUp: true, attach: true },
  ...patch,
});

describe('engagement form → API body', () => {
  it('sends instants for timed engagements, entered on the chosen zone clock', () => {
    const body = toInput(base({ startTime: '09:00', endTime: '17:30' }));
    expect(body.startsAt).toBe('2026-03-12T02:00:00.000Z');
    expect(body.endsAt).toBe('2026-03-13T10:30:00.000Z');
    expect(body.allDay).toBe(false);
    expect(body.timeZone).toBe('Asia/Ho_Chi_Minh');
    const paris = toInput(base({ timeZone: 'Europe/Paris', startTime: '09:00', endTime: '17:30' }));
    expect(paris.startsAt).toBe('2026-03-12T08:00:00.000Z');
  });

  it('sends first and last day as dates when all day', () => {
    const body = toInput(base({ allDay: true, startTime: '09:00' }));
    expect(body).toMatchObject({ startsAt: '2026-03-12', endsAt: '2026-03-13', allDay: true });
  });

  it('sends the place or the online link, not both', () => {
    const inPerson = toInput(base({ countryCode: 'FR', city: ' Paris ', venue: 'Maison', onlineUrl: 'https://x.org' }));
    expect(inPerson).toMatchObject({ countryCode: 'FR', city: 'Paris', venue: 'Maison', onlineUrl: '' });
    const online = toInput(base({ mode: 'online', countryCode: 'FR', city: 'Paris', onlineUrl: ' https://meet.example.org/a ' }));
    expect(online).toMatchObject({ countryCode: null, city: '', venue: '', onlineUrl: 'https://meet.example.org/a' });
  });

  it('sends participants by kind, dropping rows left empty', () => {
    const body = toInput(
      base({
        participants: [
          newParticipantRow({ kind: 'user', userId: 'usr1', name: 'An', role: 'head_of_delegation' }),
          newParticipantRow({ kind: 'contact', contactId: 'c1', partnerId: 'p1', name: 'Marie', role: 'member' }),
          newParticipantRow({ kind: 'guest', name: ' Guest One ', role: 'guest' }),
          newParticipantRow({ kind: 'guest', name: '  ' }),
          newParticipantRow({ kind: 'user' }),
        ],
      }),
    );
    expect(body.participants).toEqual([
      { userId: 'usr1', name: 'An', role: 'head_of_delegation' },
      { contactId: 'c1', name: 'Marie', role: 'member' },
      { name: 'Guest One', role: 'guest' },
    ]);
  });

  it('sends sessions as instants on the engagement zone', () => {
    const body = toInput(base({ sessions: [newSessionRow({ date: '2026-03-12', startTime: '09:30', endTime: '11:00', title: ' Opening ' }), newSessionRow({ date: '2026-03-13' })] }));
    expect(body.sessions).toEqual([{ startsAt: '2026-03-12T02:30:00.000Z', endsAt: '2026-03-12T04:00:00.000Z', title: 'Opening', speakers: '', room: '' }]);
  });

  it('sends the budget with two decimals and its currency, or neither', () => {
    expect(toInput(base({ budgetAmount: '1.500.000', budgetCurrency: 'vnd' }))).toMatchObject({ budgetAmount: '1500000.00', budgetCurrency: 'VND' });
    expect(toInput(base({ budgetAmount: '', budgetCurrency: 'VND' }))).toMatchObject({ budgetAmount: null, budgetCurrency: null });
  });

  it('keeps the organiser out of the co-units and sends no level as null', () => {
    const body = toInput(base({ organiserUnitId: 'u1', coUnitIds: ['u1', 'u2'] }));
    expect(body.coUnitIds).toEqual(['u2']);
    expect(body.level).toBeNull();
  });
});

describe('amounts', () => {
  it('reads thousands separators and decimal commas', () => {
    expect(normalizeAmount('150 000 000')).toBe('150000000.00');
    expect(normalizeAmount('1.500.000')).toBe('1500000.00');
    expect(normalizeAmount('2,500.75')).toBe('2500.75');
    expect(normalizeAmount('2.500,5')).toBe('2500.50');
    expect(normalizeAmount('12,5')).toBe('12.50');
    expect(normalizeAmount('0012')).toBe('12.00');
    expect(normalizeAmount('1500.00')).toBe('1500.00');
    expect(normalizeAmount('abc')).toBe('abc');
    expect(normalizeAmount('-5')).toBe('-5');
  });

  it('validates amount and currency together', () => {
    expect(amountRule('')).toBeNull();
    expect(amountRule('1.500.000')).toBeNull();
    expect(amountRule('12.345')).toBeNull(); // 12345
    expect(amountRule('1.5.6,789')).toBe('engagements.validation.amount');
    expect(amountRule('-5')).toBe('engagements.validation.amount');
    expect(amountRule('1'.repeat(15))).toBe('engagements.validation.amount');
    expect(currencyRule('', base({ budgetAmount: '10' }))).toBe('validation.required');
    expect(currencyRule('EURO', base({ budgetAmount: '10' }))).toBe('engagements.validation.currency');
    expect(currencyRule('', base({ budgetAmount: '' }))).toBeNull();
  });
});

describe('client rules', () => {
  it('asks for one title in any language', () => {
    expect(oneTitle(null, base({ titleVi: '' }))).toBe('engagements.validation.oneTitle');
    expect(oneTitle(null, base({ titleVi: '', titleFr: 'Colloque' }))).toBeNull();
  });

  it('refuses an end before the start, on the zone clock', () => {
    expect(endAfterStart(null, base({ startDate: '2026-03-12', endDate: '2026-03-11' }))).toBe('engagements.validation.endBeforeStart');
    expect(endAfterStart(null, base({ endDate: '2026-03-12', startTime: '10:00', endTime: '09:00' }))).toBe('engagements.validation.endBeforeStart');
    expect(endAfterStart(null, base({ endDate: '2026-03-12', startTime: '10:00', endTime: '10:00' }))).toBeNull();
    expect(endAfterStart(null, base({ allDay: true, endDate: '2026-03-12', startTime: '10:00', endTime: '09:00' }))).toBeNull();
  });

  it('needs times only when not all day', () => {
    expect(timeRule('', base())).toBe('validation.required');
    expect(timeRule('25:00', base())).toBe('engagements.validation.time');
    expect(timeRule('', base({ allDay: true }))).toBeNull();
  });

  it('needs a web link for online engagements', () => {
    expect(onlineUrlRule('', base({ mode: 'online' }))).toBe('validation.required');
    expect(onlineUrlRule('meet.example.org', base({ mode: 'online' }))).toBe('engagements.validation.url');
    expect(onlineUrlRule('https://meet.example.org/x', base({ mode: 'online' }))).toBeNull();
    expect(onlineUrlRule('', base())).toBeNull();
  });

  it('checks participant and session rows', () => {
    const dup = [newParticipantRow({ kind: 'user', userId: 'a', name: 'A' }), newParticipantRow({ kind: 'user', userId: 'a', name: 'A' })];
    expect(Object.values(validateParticipants(dup))).toEqual([{ who: 'engagements.validation.duplicateParticipant' }]);
    const sessions = [newSessionRow({ date: '2026-03-12', startTime: '10:00', endTime: '09:00', title: '' })];
    expect(Object.values(validateSessions(sessions))).toEqual([{ title: 'validation.required', endTime: 'engagements.validation.endBeforeStart' }]);
  });
});

describe('stored engagement → form', () => {
  it('reads times on the engagement clock and keeps every list', () => {
    const v = valuesFromEngagement(engagement());
    expect(v).toMatchObject({ startDate: '2026-03-12', startTime: '09:00', endDate: '2026-03-12', endTime: '17:00', mode: 'in_person', budgetAmount: '1500000.00' });
    expect(v.partners).toEqual([{ id: 'p1', name: 'Association France–Vietnam' }]);
    expect(v.participants.map((p) => p.kind)).toEqual(['user', 'contact', 'guest']);
    expect(v.sessions[0]).toMatchObject({ id: 's1', date: '2026-03-12', startTime: '09:30', endTime: '11:00', title: 'Opening' });
  });

  it('reads an all-day range back to its last day', () => {
    const v = valuesFromEngagement(engagement({ allDay: true, startsAt: '2026-03-11T17:00:00.000Z', endsAt: '2026-03-14T17:00:00.000Z' }));
    expect(v).toMatchObject({ allDay: true, startDate: '2026-03-12', endDate: '2026-03-14' });
    expect(toInput(v)).toMatchObject({ startsAt: '2026-03-12', endsAt: '2026-03-14', allDay: true });
  });

  it('recognises an online engagement', () => {
    expect(valuesFromEngagement(engagement({ countryCode: null, country: null, city: '', onlineUrl: 'https://meet.example.org/a' })).mode).toBe('online');
  });

  it('sends back only what changed, the dates with their zone and all-day flag', () => {
    const initial = valuesFromEngagement(engagement());
    expect(changedInput(initial, initial)).toEqual({});
    expect(changedInput(initial, { ...initial, titleFr: 'Rencontre' })).toEqual({ titleFr: 'Rencontre' });
    expect(changedInput(initial, { ...initial, endTime: '18:00' })).toEqual({
      startsAt: '2026-03-12T02:00:00.000Z',
      endsAt: '2026-03-12T11:00:00.000Z',
      allDay: false,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const participants = changedInput(initial, { ...initial, participants: initial.participants.slice(1) });
    expect(participants.participants).toEqual([
      { id: 'pa2', contactId: 'c1', name: 'Marie Dupont', role: 'member' },
      { id: 'pa3', name: 'Interprète', role: 'interpreter' },
    ]);
  });
});

describe('clash checks', () => {
  it('need complete, ordered dates', () => {
    expect(clashInput(base({ startDate: '' }))).toBeNull();
    expect(clashInput(base({ startDate: '2026-03-14', endDate: '2026-03-12' }))).toBeNull();
    expect(clashKey(base({ startDate: '' }))).toBe('');
  });

  it('send what clashes depend on, the engagement itself excluded', () => {
    const v = base({
      partners: [{ id: 'p1', name: 'P' }],
      participants: [newParticipantRow({ kind: 'user', userId: 'usr1', name: 'An' }), newParticipantRow({ kind: 'guest', name: 'Guest' })],
      countryCode: 'FR',
    });
    const body = clashInput(v, 'e1')!;
    expect(body).toMatchObject({ id: 'e1', partnerIds: ['p1'], countryCode: 'FR', allDay: false, ownerUnitId: 'u1' });
    expect(body.participants).toEqual([{ userId: 'usr1', name: 'An', role: 'member' }]);
  });

  it('run again only when something they depend on changes', () => {
    const v = base();
    expect(clashKey({ ...v, purpose: 'new text', titleEn: 'x' })).toBe(clashKey(v));
    expect(clashKey({ ...v, endDate: '2026-03-14' })).not.toBe(clashKey(v));
    expect(clashKey({ ...v, partners: [{ id: 'p2', name: 'Q' }] })).not.toBe(clashKey(v));
  });
});

describe('server field errors', () => {
  it('land on their rows and fields', () => {
    const participants = [newParticipantRow({ kind: 'guest', name: '' }), newParticipantRow({ kind: 'guest', name: 'A' }), newParticipantRow({ kind: 'user', userId: 'x' })];
    const sessions = [newSessionRow({ date: '2026-03-12', startTime: '09:00', title: 'T' })];
    const split = splitServerFields(
      {
        'participants.1.userId': 'Unknown user',
        'sessions.0.startsAt': 'Outside the engagement',
        startsAt: 'Bad date',
        'partnerIds.0': 'No such partner',
        'coUnitIds.2': 'No such unit',
        titleVi: 'Too long',
      },
      participants,
      sessions,
    );
    expect(split.participants).toEqual({ [participants[2]!.key]: { who: 'Unknown user' } });
    expect(split.sessions).toEqual({ [sessions[0]!.key]: { startTime: 'Outside the engagement' } });
    expect(split.rest).toEqual({ startDate: 'Bad date', partners: 'No such partner', coUnitIds: 'No such unit', titleVi: 'Too long' });
  });
});

describe('owner unit choices', () => {
  const units = [
    { id: 'root', parentId: null },
    { id: 'a', parentId: 'root' },
    { id: 'a1', parentId: 'a' },
    { id: 'b', parentId: 'root' },
  ];
  it('follow the server policy', () => {
    expect([...ownerUnitExclusions('admin', 'a', units)]).toEqual([]);
    expect([...ownerUnitExclusions('manager', 'a', units)].sort()).toEqual(['b', 'root']);
    expect([...ownerUnitExclusions('officer', 'a', units)].sort()).toEqual(['a1', 'b', 'root']);
    expect([...ownerUnitExclusions('officer', 'a', units, 'b')].sort()).toEqual(['a1', 'root']);
  });
});
