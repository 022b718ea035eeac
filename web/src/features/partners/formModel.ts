// Pure logic of the partner form: values <-> API body, client rules, server error paths.
import { fieldRule } from '../../api/rules';
import type { Partner, PartnerInput, PartnerStatus, PartnerType, Visibility } from './types';

export interface ContactRow {
  /** Client key of the row (stable while rows are added and removed). */
  key: string;
  id?: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export type PartnerFormValues = {
  type: string;
  name: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
  transliteration: string;
  countryCode: string;
  city: string;
  languages: string[];
  priority: string;
  status: string;
  fieldIds: string[];
  tags: string[];
  website: string;
  description: string;
  visibility: string;
  ownerUnitId: string;
  contacts: ContactRow[];
};

export const NAME_FIELDS = ['name', 'nameVi', 'nameEn', 'nameFr', 'transliteration'] as const;

let rowSeq = 0;
export const newContactRow = (c?: Partial<ContactRow>): ContactRow => ({
  key: `c${++rowSeq}`,
  name: '',
  role: '',
  email: '',
  phone: '',
  ...c,
});

export function emptyValues(ownerUnitId: string): PartnerFormValues {
  return {
    type: '',
    name: '',
    nameVi: '',
    nameEn: '',
    nameFr: '',
    transliteration: '',
    countryCode: '',
    city: '',
    languages: [],
    priority: '2',
    status: 'active',
    fieldIds: [],
    tags: [],
    website: '',
    description: '',
    visibility: 'unit',
    ownerUnitId,
    contacts: [],
  };
}

export function valuesFromPartner(p: Partner): PartnerFormValues {
  return {
    type: p.type,
    name: p.name ?? '',
    nameVi: p.nameVi ?? '',
    nameEn: p.nameEn ?? '',
    nameFr: p.nameFr ?? '',
    transliteration: p.transliteration ?? '',
    countryCode: p.countryCode ?? '',
    city: p.city ?? '',
    languages: p.languages ?? [],
    priority: String(p.priority ?? 2),
    status: p.status,
    fieldIds: p.fieldIds ?? [],
    tags: p.tags ?? [],
    website: p.website ?? '',
    description: p.description ?? '',
    visibility: p.visibility,
    ownerUnitId: p.ownerUnitId,
    contacts: (p.contacts ?? []).map((c) => newContactRow({ id: c.id, name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
  };
}

/** "amity.vn" is read as "https://amity.vn". */
export function normalizeWebsite(v: string): string {
  const s = v.trim();
  if (!s) return '';
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`;
}

const isBlankRow = (c: ContactRow) => !c.name.trim() && !c.role.trim() && !c.email.trim() && !c.phone.trim();

/** Rows sent to the server, in order (rows left entirely empty are dropped). */
export const sentContacts = (rows: ContactRow[]) => rows.filter((c) => !isBlankRow(c));

export function toInput(v: PartnerFormValues): PartnerInput {
  return {
    type: v.type as PartnerType,
    name: v.name.trim(),
    nameVi: v.nameVi.trim(),
    nameEn: v.nameEn.trim(),
    nameFr: v.nameFr.trim(),
    transliteration: v.transliteration.trim(),
    countryCode: v.countryCode || null,
    city: v.city.trim(),
    languages: v.languages,
    priority: Number(v.priority) || 2,
    status: v.status as PartnerStatus,
    fieldIds: v.fieldIds,
    tags: v.tags.map((t) => t.trim()).filter(Boolean),
    website: normalizeWebsite(v.website),
    description: v.description.trim(),
    visibility: v.visibility as Visibility,
    ownerUnitId: v.ownerUnitId,
    contacts: sentContacts(v.contacts).map((c) => ({
      ...(c.id ? { id: c.id } : {}),
      name: c.name.trim(),
      role: c.role.trim(),
      email: c.email.trim(),
      phone: c.phone.trim(),
    })),
  };
}

/** PATCH body: only what changed since the form opened (`contacts` replaces the list, so it goes whole). */
export function changedInput(initial: PartnerFormValues, v: PartnerFormValues): PartnerInput {
  const before = toInput(initial) as Record<string, unknown>;
  const after = toInput(v) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out as PartnerInput;
}

const emails = (v: PartnerFormValues) =>
  sentContacts(v.contacts)
    .map((c) => c.email.trim().toLowerCase())
    .filter(Boolean)
    .sort();

/** New partners are always checked; an edit only when what duplicates are found by changed. */
export function needsDuplicateCheck(initial: PartnerFormValues | null, v: PartnerFormValues): boolean {
  if (!initial) return true;
  const a = toInput(initial);
  const b = toInput(v);
  return (
    NAME_FIELDS.some((k) => a[k] !== b[k]) ||
    a.countryCode !== b.countryCode ||
    a.website !== b.website ||
    JSON.stringify(emails(initial)) !== JSON.stringify(emails(v))
  );
}

// ---- client rules (i18n keys): formats from the server's request schema (api/rules.ts), and what the form adds ----

const URL_KEY = 'partners.validation.url';
const PHONE_KEY = 'partners.validation.phone';
const websiteRule = fieldRule('POST /partners', 'website', { format: URL_KEY });
const contact = {
  name: fieldRule('POST /partners', 'contacts.name', {}, { trim: true }),
  email: fieldRule('POST /partners', 'contacts.email', {}, { trim: true }),
  phone: fieldRule('POST /partners', 'contacts.phone', { format: PHONE_KEY, tooLong: PHONE_KEY }, { trim: true }),
};

export const oneName = (_: unknown, v: PartnerFormValues): string | null =>
  NAME_FIELDS.some((k) => v[k].trim() !== '') ? null : 'partners.validation.oneName';

/**
 * Only http and https (the server's zod says so, its JSON Schema cannot), and a dotted host name:
 * "localhost" in a partner's form is a typo.
 */
function webAddress(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(s);
  } catch {
    return false;
  }
}

export function website(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const sent = normalizeWebsite(value);
  return websiteRule(sent) ?? (webAddress(sent) ? null : URL_KEY);
}

/** The server's characters, and (the form's own check) 5 to 20 digits: international formats vary. */
export function phone(value: string): string | null {
  const s = value.trim();
  if (!s) return null;
  const digits = s.replace(/\D/g, '').length;
  return contact.phone(s) ?? (digits >= 5 && digits <= 20 ? null : PHONE_KEY);
}

export type ContactField = 'name' | 'role' | 'email' | 'phone';
/** Errors by row key, then field: i18n keys (client) or text (server). */
export type ContactErrors = Record<string, Partial<Record<ContactField, string>>>;

export function validateContacts(rows: ContactRow[]): ContactErrors {
  const out: ContactErrors = {};
  for (const c of sentContacts(rows)) {
    const e: Partial<Record<ContactField, string>> = {};
    const errors = { name: contact.name(c.name), email: contact.email(c.email), phone: phone(c.phone) };
    for (const [field, key] of Object.entries(errors) as [ContactField, string | null][]) if (key) e[field] = key;
    if (Object.keys(e).length) out[c.key] = e;
  }
  return out;
}

/**
 * Splits the server's `fields` into errors of contact rows (`contacts.2.email`)
 * and the rest; indices refer to the rows that were sent.
 */
export function splitServerFields(
  fields: Record<string, string>,
  rows: ContactRow[],
): { contacts: ContactErrors; rest: Record<string, string> } {
  const sent = sentContacts(rows);
  const contacts: ContactErrors = {};
  const rest: Record<string, string> = {};
  for (const [path, text] of Object.entries(fields)) {
    const m = /^contacts\.(\d+)\.(name|role|email|phone)$/.exec(path);
    const row = m ? sent[Number(m[1])] : undefined;
    if (m && row) contacts[row.key] = { ...contacts[row.key], [m[2] as ContactField]: text };
    else {
      // `tags.3` belongs to the tags input (first message wins).
      const list = /^(tags|languages|fieldIds)\.\d+$/.exec(path);
      const key = list ? list[1]! : path;
      if (!(key in rest)) rest[key] = text;
    }
  }
  return { contacts, rest };
}
