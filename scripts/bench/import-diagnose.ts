/**
 * Why is an import slow, and what would fix it? For an import whose rows are
 * stored (the latest one, or IMPORT_ID), typically one the benchmark gave up
 * on while it was flagging duplicates:
 *
 * 1. captures the exact statements flagDuplicates (server/src/modules/imports/repo.ts)
 *    sends, without running them (a stand-in driver answers the UPDATEs with
 *    nothing), and shows the planner's choice for each with plain EXPLAIN
 *    (no ANALYZE: a bad plan can run for many minutes);
 * 2. with IMPORT_FIX=1, tries the fix: ANALYZE import_rows and partners
 *    before the duplicate statements, as the app would after bulk-inserting
 *    rows (PGlite never analyzes by itself; PostgreSQL's autovacuum comes too
 *    late for statements that follow the insert at once). It clears the
 *    import's duplicate flags, runs flagDuplicates for real, then commitImport
 *    (server/src/modules/imports/commit.ts, batches of short transactions) undone
 *    afterwards by the import id, timing the flagging statements; the ANALYZE runs
 *    just before the first flagging UPDATE (the commit analyzes by itself).
 *    EXPLAIN of the flagging statements after the ANALYZE is shown too.
 *
 * The scope is the importing user's, built as the app builds it.
 * Run with `node --import tsx`; env DATA_DIR or DATABASE_URL, IMPORT_ID, IMPORT_FIX.
 * Prints one JSON object on the last stdout line.
 */
import { performance } from 'node:perf_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase } from '../../server/src/db/connect.js';
import type { Database } from '../../server/src/db/types.js';
import type { Scope } from '../../server/src/core/scope.js';
import { flagDuplicates } from '../../server/src/modules/imports/repo.js';
import { commitImport } from '../../server/src/modules/imports/commit.js';
import { rollbackCommit } from '../../server/src/modules/imports/recovery.js';

const FIX = process.env.IMPORT_FIX === '1';
const config = loadConfig();
const dbh = await openDatabase(config);
const { pool } = dbh;

type Client = { query: (cfg: pg.QueryConfig | string, params?: unknown[]) => Promise<pg.QueryResult> };
const short = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 90);
type Log = { sql: string; ms: number; rows: number | null }[];
/** A driver that times every statement it passes on, and runs ANALYZE once before the first statement matching `analyzeBefore`. */
function timing(target: Client, log: Log, analyzeBefore?: RegExp): Client {
  let analyzed = false;
  return {
    query: async (cfg, params) => {
      const text = typeof cfg === 'string' ? cfg : cfg.text;
      if (analyzeBefore && !analyzed && analyzeBefore.test(text)) {
        analyzed = true;
        for (const a of ['analyze import_rows', 'analyze partners']) {
          const t = performance.now();
          await target.query(a);
          log.push({ sql: a, ms: Math.round(performance.now() - t), rows: null });
        }
      }
      const t = performance.now();
      const r = await target.query(cfg, params);
      log.push({ sql: short(text), ms: Math.round(performance.now() - t), rows: r.rowCount });
      return r;
    },
  };
}
const asDb = (client: Client) => drizzle(client as unknown as pg.Pool) as unknown as Database;

try {
  const imp = (
    await pool.query<{ id: string; user_id: string; options: { ownerUnitId: string; visibility: 'shared' | 'unit' | 'confidential'; duplicateAction: 'skip' | 'merge' | 'create' } }>(
      process.env.IMPORT_ID ? 'select id, user_id, options from imports where id = $1' : 'select id, user_id, options from imports order by created_at desc limit 1',
      process.env.IMPORT_ID ? [process.env.IMPORT_ID] : [],
    )
  ).rows[0];
  if (!imp) throw new Error('no import found');
  const u = (
    await pool.query<{ unit_id: string; role: Scope['role']; path: string; subtree: string[] }>(
      `select u.unit_id, u.role, un.path, array(select d.id::text from units d where d.path like un.path || '%') as subtree
       from users u join units un on un.id = u.unit_id where u.id = $1`,
      [imp.user_id],
    )
  ).rows[0]!;
  const ancestors = u.path.split('/').filter((id) => id && id !== u.unit_id);
  const scope: Scope = { userId: imp.user_id, unitId: u.unit_id, role: u.role, subtreeUnitIds: u.subtree, relatedUnitIds: [...ancestors, ...u.subtree] };

  // 1. The statements, not run.
  const sent: { text: string; params: unknown[] }[] = [];
  const standIn: Client = {
    query: (cfg, params) => {
      const text = typeof cfg === 'string' ? cfg : cfg.text;
      if (/^\s*update\b/i.test(text)) {
        sent.push({ text, params: params ?? [] });
        return Promise.resolve({ rows: [], rowCount: 0, fields: [], command: 'UPDATE', oid: 0 });
      }
      return pool.query(cfg, params);
    },
  };
  await flagDuplicates(asDb(standIn), scope, imp.id);
  type Node = { 'Node Type': string; 'Relation Name'?: string; Alias?: string; 'Index Name'?: string; 'Plan Rows': number; Plans?: Node[] };
  const name = (n: Node): string =>
    n['Relation Name'] ? `${n['Node Type']} on ${n['Relation Name']}${n.Alias && n.Alias !== n['Relation Name'] ? ` ${n.Alias}` : ''}` : n['Index Name'] ? `${n['Node Type']} on ${n['Index Name']}` : n.Plans?.length ? name(n.Plans[0]!) : n['Node Type'];
  /** From a JSON plan: the row estimates of the scans of import_rows, and each nested loop as "outer × inner". */
  const shape = (root: Node) => {
    const importRowsEstimates: number[] = [];
    const loops: string[] = [];
    const walk = (n: Node) => {
      if (n['Relation Name'] === 'import_rows') importRowsEstimates.push(n['Plan Rows']);
      if (n['Node Type'] === 'Nested Loop' && n.Plans?.length === 2) loops.push(`${name(n.Plans[0]!)} (est. ${n.Plans[0]!['Plan Rows']} row${n.Plans[0]!['Plan Rows'] === 1 ? '' : 's'}) × ${name(n.Plans[1]!)} per row`);
      for (const c of n.Plans ?? []) walk(c);
    };
    walk(root);
    return { importRowsEstimates, loops };
  };
  const explain = async () => {
    const out: { reason: string; plan: string; importRowsEstimates: number[]; loops: string[] }[] = [];
    for (const s of sent) {
      const plan = await pool.query(`explain ${s.text}`, s.params);
      const json = await pool.query(`explain (format json) ${s.text}`, s.params);
      out.push({
        reason: /duplicate_reason = '(\w+)'/.exec(s.text)?.[1] ?? `set ${/\bset\s+(\w+)/i.exec(s.text)?.[1] ?? '?'}`,
        plan: plan.rows.map((r) => (r as { 'QUERY PLAN': string })['QUERY PLAN']).join('\n'),
        ...shape((json.rows[0] as { 'QUERY PLAN': [{ Plan: Node }] })['QUERY PLAN'][0].Plan),
      });
    }
    return out;
  };
  const count = async (q: string, p: unknown[] = []) => (await pool.query<{ n: number }>(q, p)).rows[0]!.n;
  const rows = await count('select count(*)::int as n from import_rows where import_id = $1', [imp.id]);
  const partners = await count('select count(*)::int as n from partners');
  const before = await explain();

  // 2. The fix, measured.
  let fix;
  if (FIX) {
    await pool.query('update import_rows set duplicate_of = null, duplicate_reason = null where import_id = $1', [imp.id]);
    const flagLog: Log = [];
    const t1 = performance.now();
    const duplicates = await flagDuplicates(asDb(timing(pool as unknown as Client, flagLog, /^\s*update import_rows r set duplicate_of/)), scope, imp.id);
    const flagMs = Math.round(performance.now() - t1);
    const after = await explain();
    // The commit writes in batches of short transactions (commit.ts): run as the app runs it, then undone by the
    // import id as a failed commit is (recovery.ts). Its statements are not timed one by one.
    const commitLog: Log = [];
    const db = drizzle(pool) as unknown as Database;
    const t2 = performance.now();
    let result;
    try {
      result = await commitImport(
        db,
        { id: imp.id, userId: imp.user_id, totalRows: rows },
        { ownerUnitId: imp.options.ownerUnitId, visibility: imp.options.visibility, defaultAction: imp.options.duplicateAction, actions: {} },
        { progress: () => {}, finish: async () => {} },
      );
    } finally {
      await rollbackCommit(db, imp.id, true);
    }
    const commitMs = Math.round(performance.now() - t2);
    fix = { after, flagMs, duplicates, flagLog, commitMs, commitLog, result };
  }
  console.log(JSON.stringify({ importId: imp.id, rows, partners, before, fix }));
} finally {
  await dbh.close();
}
