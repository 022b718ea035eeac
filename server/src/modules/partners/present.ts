import { z } from 'zod';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { visibility } from '../../core/tenancy-schema.js';
import { countryNames } from '../countries/repo.js';
import { unitsByIds } from '../units/repo.js';
import { partnerType, partnerStatus, type Partner } from './schema.js';
import { partnerDetails } from './repo.js';
import { partnerAbilities } from './policy.js';

const names = { nameVi: z.string(), nameEn: z.string(), nameFr: z.string() };

export const partnerSummaryOut = z.object({
  id: z.uuid(),
  type: z.enum(partnerType.enumValues),
  name: z.string(),
  ...names,
  transliteration: z.string(),
  countryCode: z.string().nullable(),
  city: z.string(),
  priority: z.number().int(),
  status: z.enum(partnerStatus.enumValues),
  tags: z.array(z.string()),
  visibility: z.enum(visibility.enumValues),
  ownerUnitId: z.uuid(),
  updatedAt: z.string(),
});
export const abilitiesOut = z.object({ update: z.boolean(), delete: z.boolean(), merge: z.boolean() });
export const partnerItemOut = partnerSummaryOut.extend({ can: abilitiesOut, score: z.number().optional() });

export const contactOut = z.object({ id: z.uuid(), name: z.string(), role: z.string(), email: z.string(), phone: z.string() });
export const partnerOut = partnerSummaryOut.extend({
  aliases: z.array(z.string()),
  languages: z.array(z.string()),
  description: z.string(),
  website: z.string(),
  fieldIds: z.array(z.uuid()),
  contacts: z.array(contactOut),
  country: z.object({ code: z.string(), ...names }).nullable(),
  ownerUnit: z.object({ id: z.uuid(), ...names }).nullable(),
  createdAt: z.string(),
  can: abilitiesOut,
});

export const summary = (p: Partner): z.infer<typeof partnerSummaryOut> => ({
  id: p.id,
  type: p.type,
  name: p.name,
  nameVi: p.nameVi,
  nameEn: p.nameEn,
  nameFr: p.nameFr,
  transliteration: p.transliteration,
  countryCode: p.countryCode,
  city: p.city,
  priority: p.priority,
  status: p.status,
  tags: p.tags,
  visibility: p.visibility,
  ownerUnitId: p.ownerUnitId,
  updatedAt: p.updatedAt.toISOString(),
});

export async function presentPartner(db: Database, scope: Scope, p: Partner): Promise<z.infer<typeof partnerOut>> {
  const [details, unitMap, countryMap] = await Promise.all([
    partnerDetails(db, [p.id]),
    unitsByIds(db, [p.ownerUnitId]),
    countryNames(db, [p.countryCode]),
  ]);
  return {
    ...summary(p),
    aliases: p.aliases,
    languages: p.languages,
    description: p.description,
    website: p.website,
    fieldIds: details.fields.get(p.id) ?? [],
    contacts: (details.contacts.get(p.id) ?? []).map((c: z.infer<typeof contactOut>) => ({ id: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone })),
    country: (p.countryCode && countryMap.get(p.countryCode)) || null,
    ownerUnit: unitMap.get(p.ownerUnitId) ?? null,
    createdAt: p.createdAt.toISOString(),
    can: partnerAbilities(scope, p),
  };
}
