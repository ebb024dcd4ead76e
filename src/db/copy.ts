// Copies every row of every table from one database to another of the same schema: how a workspace
// moves from the embedded PGlite to a PostgreSQL server with its accounts, audit trail and files.
import { forgetKept } from './kept.ts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from './connection.ts';
import { AppError } from '../domain/errors.ts';

interface Column {
  name: string;
  type: string;
}
interface Table {
  name: string;
  columns: Column[];
  /** Foreign keys to other tables (they must be copied first) and to itself (filled in afterwards). */
  refs: string[];
  selfRefs: string[];
  key: string[];
}

async function describe(db: Db): Promise<Table[]> {
  const cols = await sql<{ table_name: string; column_name: string; data_type: string }>`
    SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`.execute(db);
  const fks = await sql<{ table_name: string; column_name: string; ref_table: string }>`
    SELECT tc.table_name, kcu.column_name, ccu.table_name AS ref_table
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`.execute(db);
  const pks = await sql<{ table_name: string; column_name: string }>`
    SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = 'public' ORDER BY kcu.ordinal_position`.execute(db);
  const tables = new Map<string, Table>();
  for (const c of cols.rows) {
    const t = tables.get(c.table_name) ?? { name: c.table_name, columns: [], refs: [], selfRefs: [], key: [] };
    t.columns.push({ name: c.column_name, type: c.data_type });
    tables.set(c.table_name, t);
  }
  for (const f of fks.rows) {
    const t = tables.get(f.table_name)!;
    if (f.ref_table === f.table_name) t.selfRefs.push(f.column_name);
    else if (!t.refs.includes(f.ref_table)) t.refs.push(f.ref_table);
  }
  for (const k of pks.rows) tables.get(k.table_name)?.key.push(k.column_name);
  return [...tables.values()];
}

/** Tables in an order where every table comes after the ones it refers to. */
function ordered(tables: Table[]): Table[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: Table[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: Table) => {
    if (state.get(t.name) === 'done') return;
    if (state.get(t.name) === 'visiting') throw new AppError('invalid', { vi: `copy: các bảng tham chiếu lẫn nhau thành vòng (${t.name})`, en: `copy: the tables refer to each other in a circle (${t.name})` });
    state.set(t.name, 'visiting');
    for (const r of t.refs) if (byName.has(r)) visit(byName.get(r)!);
    state.set(t.name, 'done');
    out.push(t);
  };
  tables.sort((a, b) => a.name.localeCompare(b.name)).forEach(visit);
  return out;
}

const BATCH = 200;
/** Tables the target's own triggers fill as the rows they count arrive (migration 0110): copying them too would count twice. */
const KEPT_BY_TRIGGERS = new Set(['task_tally']);

/**
 * Copies everything from `from` into `to`, which must have the same schema (both migrated by this
 * version) and no rows; one transaction on the target, so a failure leaves it empty.
 */
export async function copyDatabase(from: Db, to: Db): Promise<Record<string, number>> {
  const tables = ordered(await describe(from)).filter((t) => t.name !== 'schema_migrations' && !KEPT_BY_TRIGGERS.has(t.name));
  if (!(await databaseIsEmptyOfRows(to, tables.map((t) => t.name)))) throw new AppError('conflict', { vi: 'copy: cơ sở dữ liệu đích đã có dữ liệu', en: 'copy: the target database already holds data' });
  const counts: Record<string, number> = {};
  await to.transaction().execute(async (trx) => {
    for (const t of tables) {
      // Rows travel as their own JSON text (to_jsonb → jsonb_populate_recordset): no value passes
      // through a JavaScript number or Date, so numerics, timestamps and bytes arrive exactly.
      const rows = (await sql<{ r: string }>`SELECT to_jsonb(t)::text AS r FROM ${sql.table(t.name)} t`.execute(from)).rows.map((x) => x.r);
      counts[t.name] = rows.length;
      const cols = sql.join(t.columns.map((c) => sql.ref(c.name)));
      // References within the table (a unit's parent, a task's parent, a figure's correction) are
      // filled in once all its rows are there.
      const firstPass = sql.join(t.columns.map((c) => (t.selfRefs.includes(c.name) ? sql`NULL` : sql.ref(`r.${c.name}`))));
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = `[${rows.slice(i, i + BATCH).join(',')}]`;
        await sql`INSERT INTO ${sql.table(t.name)} (${cols}) SELECT ${firstPass} FROM jsonb_populate_recordset(NULL::${sql.table(t.name)}, ${batch}::jsonb) r`.execute(trx);
      }
      for (const col of t.selfRefs) {
        const match = sql.join(t.key.map((k) => sql`${sql.ref(`x.${k}`)} = ${sql.ref(`r.${k}`)}`), sql` AND `);
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = `[${rows.slice(i, i + BATCH).join(',')}]`;
          await sql`UPDATE ${sql.table(t.name)} x SET ${sql.ref(col)} = ${sql.ref(`r.${col}`)}
            FROM jsonb_populate_recordset(NULL::${sql.table(t.name)}, ${batch}::jsonb) r WHERE ${match} AND ${sql.ref(`r.${col}`)} IS NOT NULL`.execute(trx);
        }
      }
      // Counters (serial and identity columns) go on from the copied values.
      for (const c of t.columns) {
        const seq = (await sql<{ s: string | null }>`SELECT pg_get_serial_sequence(${t.name}, ${c.name}) AS s`.execute(trx)).rows[0]?.s;
        if (seq) await sql`SELECT setval(${seq}::regclass, coalesce((SELECT max(${sql.ref(c.name)}) FROM ${sql.table(t.name)}), 0) + 1, false)`.execute(trx);
      }
    }
  });
  forgetKept();
  return counts;
}

async function databaseIsEmptyOfRows(db: Db, tables: string[]): Promise<boolean> {
  for (const t of tables) {
    const r = await sql<{ any: boolean }>`SELECT EXISTS (SELECT 1 FROM ${sql.table(t)}) AS any`.execute(db);
    if (r.rows[0]?.any) return false;
  }
  return true;
}
