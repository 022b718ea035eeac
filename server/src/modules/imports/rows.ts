import { z } from 'zod';
import type { Database } from '../../db/types.js';
import { translate, languages } from '../../i18n/index.js';
import { allCountries } from '../countries/repo.js';
import { partnerType, partnerStatus, type PartnerType } from '../partners/schema.js';
import { partnerFieldsIn, contactIn } from '../partners/routes.js';
import { fold, type Mapping, type Target } from './mapping.js';

export interface RowError {
  field: string;
  key: string;
  params?: Record<string, unknown>;
}

/** Lookups that turn what people type (names in any of our languages) into codes. */
export interface Dictionaries {
  country: Map<string, string>;
  type: Map<string, PartnerType>;
  status: Map<string, (typeof partnerStatus.enumValues)[number]>;
}

export async function loadDictionaries(db: Database): Promise<Dictionaries> {
  const country = new Map<string, string>();
  for (const c of await allCountries(db)) {
    for (const n of [c.code, c.nameVi, c.nameEn, c.nameFr, c.overrideVi, c.overrideEn, c.overrideFr]) if (n) country.set(fold(n), c.code);
  }
  const labels = <T extends string>(prefix: string, values: readonly T[]) => {
    const m = new Map<string, T>();
    for (const v of values) {
      m.set(fold(v), v);
      for (const l of languages) m.set(fold(translate(l, `${prefix}.${v}`)), v);
    }
    return m;
  };
  return { country, type: labels('partnerType', partnerType.enumValues), status: labels('partnerStatus', partnerStatus.enumValues) };
}

const rowSchema = z.object({
  ...partnerFieldsIn,
  contacts: z.array(contactIn).max(1),
}).partial();

const list = (s: string) => s.split(/[,;|]/).map((x) => x.trim()).filter(Boolean);

/** One file row → a partner input and the reasons it cannot be imported (none when valid). */
export function convertRow(cells: string[], mapping: Mapping, dict: Dictionaries, defaults: { type?: PartnerType }) {
  const v: Partial<Record<Target, string>> = {};
  for (const [col, target] of Object.entries(mapping)) {
    const cell = cells[Number(col)]?.trim() ?? '';
    if (cell) v[target] = v[target] ? `${v[target]} ${cell}` : cell;
  }
  const errors: RowError[] = [];
  const type = v.type ? dict.type.get(fold(v.type)) : defaults.type ?? (v.firstName || v.lastName ? 'individual' : 'foreign_organisation');
  if (!type) errors.push({ field: 'type', key: 'field.invalid_choice', params: { options: partnerType.enumValues.join(', ') } });
  let countryCode: string | undefined;
  if (v.country) {
    countryCode = dict.country.get(fold(v.country));
    if (!countryCode) errors.push({ field: 'country', key: 'field.no_such_country' });
  }
  const status = v.status ? dict.status.get(fold(v.status)) : undefined;
  if (v.status && !status) errors.push({ field: 'status', key: 'field.invalid_choice', params: { options: partnerStatus.enumValues.join(', ') } });
  const person = [v.firstName, v.lastName].filter(Boolean).join(' ');
  const input = {
    type,
    name: v.name ?? (person || undefined),
    nameVi: v.nameVi,
    nameEn: v.nameEn,
    nameFr: v.nameFr,
    transliteration: v.transliteration,
    countryCode,
    city: v.city,
    languages: v.languages ? list(v.languages).map((l) => l.toLowerCase()) : undefined,
    priority: v.priority ? Number(v.priority) : undefined,
    status,
    description: v.description,
    website: v.website && !/^https?:\/\//i.test(v.website) ? `https://${v.website}` : v.website,
    tags: v.tags ? list(v.tags) : undefined,
    contacts:
      v.contactName || v.contactEmail || v.contactPhone
        ? [{ name: v.contactName ?? (person || v.contactEmail || v.contactPhone!), role: v.contactRole, email: v.contactEmail, phone: v.contactPhone }]
        : undefined,
  };
  if (![input.name, input.nameVi, input.nameEn, input.nameFr, input.transliteration].some(Boolean)) errors.push({ field: 'name', key: 'field.one_name_required' });
  const parsed = rowSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (errors.some((e) => path.startsWith(e.field))) continue;
      const key = issue.message.startsWith('field.') ? issue.message : issue.code === 'invalid_format' && 'format' in issue && issue.format === 'email' ? 'field.invalid_email' : issue.code === 'invalid_format' && 'format' in issue && issue.format === 'url' ? 'field.invalid_url' : issue.code === 'too_big' ? 'field.too_big' : 'field.invalid';
      errors.push({ field: path.replace(/^contacts\.0\./, 'contact.'), key, params: 'maximum' in issue ? { max: issue.maximum } : undefined });
    }
  }
  return { data: parsed.success ? parsed.data : input, errors };
}
