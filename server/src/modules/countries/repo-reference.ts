import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { countries, cooperationFields, relationshipGroups } from './schema.js';
import { defaultAssignments, defaultFields, defaultGroups, defaultOverrides, type PackageCountry } from './reference-data.js';

// The statements that write the reference data shipped with the code (reference.ts decides when).

/** The md5 of the stored package names (lines as reference.ts builds them), and whether groups and fields exist. */
export async function referenceState(db: Database, codes: string[]) {
  const res = await db.execute<{ fp: string | null; groups: boolean; fields: boolean }>(sql`
    select
      (select md5(string_agg(code || chr(31) || name_vi || chr(31) || name_en || chr(31) || name_fr || chr(31) || region || chr(31) || subregion, chr(10) order by code collate "C"))
         from countries where code = any(${sql.param(codes)}::text[])) as fp,
      exists (select 1 from relationship_groups) as groups,
      exists (select 1 from cooperation_fields) as fields`);
  return res.rows[0]!;
}

/** Serialises processes that write the reference data, until commit. */
export async function lockReferenceData(tx: Database) {
  await tx.execute(sql`select pg_advisory_xact_lock(724107)`);
}

export async function seedFields(tx: Database) {
  await tx.insert(cooperationFields).values(defaultFields.map((f, i) => ({ ...f, sort: (i + 1) * 10 }))).onConflictDoNothing();
}

/** Package names and regions are refreshed; the override columns are only written when a row is created. */
export async function upsertCountries(tx: Database, rows: PackageCountry[]) {
  const values = rows.map((r) => {
    const o = defaultOverrides[r.code] ?? {};
    return { ...r, overrideVi: o.vi ?? null, overrideEn: o.en ?? null, overrideFr: o.fr ?? null };
  });
  await tx
    .insert(countries)
    .values(values)
    .onConflictDoUpdate({
      target: countries.code,
      set: {
        nameVi: sql`excluded.name_vi`,
        nameEn: sql`excluded.name_en`,
        nameFr: sql`excluded.name_fr`,
        region: sql`excluded.region`,
        subregion: sql`excluded.subregion`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(countries.name_vi, countries.name_en, countries.name_fr, countries.region, countries.subregion)
        is distinct from (excluded.name_vi, excluded.name_en, excluded.name_fr, excluded.region, excluded.subregion)`,
    });
}

/** The groups, and the countries' groups, but never over an assignment an administrator made. */
export async function seedGroups(tx: Database) {
  const groups = await tx
    .insert(relationshipGroups)
    .values(defaultGroups.map((g, i) => ({ ...g, sort: (i + 1) * 10 })))
    .onConflictDoNothing()
    .returning();
  for (const g of groups) {
    const members = defaultAssignments[g.key];
    if (!members?.length) continue;
    await tx
      .update(countries)
      .set({ relationshipGroupId: g.id, updatedAt: new Date() })
      .where(and(inArray(countries.code, members), isNull(countries.relationshipGroupId)));
  }
}
