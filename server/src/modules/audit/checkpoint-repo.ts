import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { GENESIS } from '../../core/audit-hash.js';

export interface AuditHead {
  /** 0 and GENESIS when the log is empty. */
  lastId: number;
  lastHash: string;
  count: number;
}

/** The newest row and the number of rows, in one statement (one snapshot). */
export async function auditHead(db: Database): Promise<AuditHead> {
  const { rows } = await db.execute<{ id: number | null; hash: string | null; n: number }>(sql`
    select h.id::float8 as id, h.hash, c.n::float8 as n
    from (select count(*) as n from audit_log) c
    left join lateral (select id, hash from audit_log order by id desc limit 1) h on true`);
  const r = rows[0]!;
  return { lastId: r.id ?? 0, lastHash: r.hash ?? GENESIS, count: Number(r.n) };
}

export interface RowFacts {
  /** The row's hash today; null when the row is gone. */
  hash: string | null;
  /** How many rows have an id up to this one. */
  upTo: number;
}

/**
 * For each id, its hash and the number of rows up to it. The counts come from one pass over the
 * log (rows between consecutive ids, summed here), not one count per id.
 */
export async function rowsAt(db: Database, ids: number[]): Promise<Map<number, RowFacts>> {
  const sorted = [...new Set(ids)].filter((id) => id > 0).sort((a, b) => a - b);
  const out = new Map<number, RowFacts>();
  if (sorted.length === 0) return out;
  const { rows } = await db.execute<{ id: number; hash: string | null; n: number }>(sql`
    with c as (
      select u.id, lag(u.id, 1, 0::bigint) over (order by u.id) as prev
      from unnest(${`{${sorted.join(',')}}`}::bigint[]) as u(id)
    )
    select c.id::float8 as id, (select hash from audit_log where id = c.id) as hash, count(a.id)::float8 as n
    from c left join audit_log a on a.id > c.prev and a.id <= c.id
    group by c.id order by c.id`);
  let upTo = 0;
  for (const r of rows) {
    upTo += Number(r.n);
    out.set(Number(r.id), { hash: r.hash, upTo });
  }
  return out;
}
