import { translate, languages } from '../../i18n/index.js';
import { EXPORT_COLUMNS } from '../partners/export.js';

/** What a column of an imported file can become. */
export const TARGETS = [
  'type', 'name', 'nameVi', 'nameEn', 'nameFr', 'transliteration', 'firstName', 'lastName', 'country', 'city', 'languages',
  'priority', 'status', 'description', 'website', 'tags', 'contactName', 'contactRole', 'contactEmail', 'contactPhone',
] as const;
export type Target = (typeof TARGETS)[number];
export type Mapping = Record<string, Target>; // column index -> target

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

// Common headers of CRM and spreadsheet exports (CiviCRM, Twenty, HubSpot, Excel lists), in our three languages.
const SYNONYMS: Record<Target, string[]> = {
  type: ['type', 'partner type', 'contact type', 'loai', 'loai doi tac'],
  name: ['name', 'organization name', 'organisation name', 'organization', 'organisation', 'company', 'company name', 'account name', 'display name', 'full name', 'ten', 'ten to chuc', 'ten doi tac', 'nom', 'raison sociale'],
  nameVi: ['name vi', 'vietnamese name', 'ten tieng viet'],
  nameEn: ['name en', 'english name', 'ten tieng anh'],
  nameFr: ['name fr', 'french name', 'ten tieng phap', 'nom francais'],
  transliteration: ['transliteration', 'romanization', 'romanisation', 'phien am'],
  firstName: ['first name', 'firstname', 'given name', 'prenom', 'ten rieng'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'nom de famille', 'ho'],
  country: ['country', 'country code', 'nation', 'quoc gia', 'nuoc', 'pays'],
  city: ['city', 'town', 'locality', 'thanh pho', 'tinh thanh', 'ville'],
  languages: ['languages', 'language', 'ngon ngu', 'langues', 'langue'],
  priority: ['priority', 'muc uu tien', 'uu tien', 'priorite'],
  status: ['status', 'trang thai', 'statut'],
  description: ['description', 'notes', 'note', 'about', 'mo ta', 'ghi chu'],
  website: ['website', 'web site', 'url', 'web', 'homepage', 'trang web', 'site web'],
  tags: ['tags', 'tag', 'labels', 'nhan', 'etiquettes'],
  contactName: ['contact', 'contact name', 'contact person', 'primary contact', 'nguoi lien he', 'dau moi lien he', 'contacts'],
  contactRole: ['job title', 'title', 'role', 'position', 'chuc vu', 'fonction'],
  contactEmail: ['email', 'e mail', 'email address', 'primary email', 'thu dien tu', 'courriel'],
  contactPhone: ['phone', 'telephone', 'phone number', 'mobile', 'tel', 'so dien thoai', 'dien thoai'],
};

/** Our own export's headers, in every language, map straight back. */
const fromExport: Partial<Record<(typeof EXPORT_COLUMNS)[number], Target>> = {
  type: 'type', name: 'name', nameVi: 'nameVi', nameEn: 'nameEn', nameFr: 'nameFr', transliteration: 'transliteration',
  countryCode: 'country', city: 'city', languages: 'languages', priority: 'priority', status: 'status',
  description: 'description', website: 'website', tags: 'tags',
};

const lookup = new Map<string, Target>();
for (const [target, words] of Object.entries(SYNONYMS) as [Target, string[]][]) for (const w of words) lookup.set(w, target);
for (const [col, target] of Object.entries(fromExport) as [(typeof EXPORT_COLUMNS)[number], Target][]) {
  for (const lang of languages) lookup.set(fold(translate(lang, `export.${col}`)), target);
}

/** Guesses each column's target from its header; a target is used once, first column wins. */
export function guessMapping(header: string[]): Mapping {
  const used = new Set<Target>();
  const out: Mapping = {};
  header.forEach((h, i) => {
    const t = lookup.get(fold(h));
    if (t && !used.has(t)) {
      used.add(t);
      out[String(i)] = t;
    }
  });
  return out;
}

export { fold };
