/**
 * The SQL that server/src/modules/units/repo.ts unitTree() sends, byte for byte,
 * as drizzle renders `db.select(withCounts).from(units).orderBy(asc(units.depth), asc(units.nameVi))`.
 * The baseline runs exactly this so both servers do the same database work.
 *
 * Note: drizzle renders `${units.id}` inside the count subqueries as a bare "id",
 * which PostgreSQL resolves to the subquery's own table (c.id, u.id), so the
 * counts the app returns are always 0. The baseline copies the app as it is.
 */
export const UNIT_TREE_SQL =
  'select "id", "parent_id", "path", "depth", "name_vi", "name_en", "name_fr", "kind", "pillar", "level", "created_at", "updated_at", ' +
  '(select count(*)::int from "units" c where c.parent_id = "id"), ' +
  '(select count(*)::int from "users" u where u.unit_id = "id") ' +
  'from "units" order by "units"."depth" asc, "units"."name_vi" asc';
