import type { Queryable } from '../../kit/database';
import { subgraphModules } from '../../subgraphs';

/** Rows of one table: all of them, and the live ones (`deleted_at is null`, for tables that soft-delete). */
export interface TableRows {
  all: number;
  live: number;
}

/**
 * Every table of every module's own schema with its row counts (`"order".order_item` → counts),
 * read straight from the database: what a failed mutation must leave exactly as it found it.
 * The migration ledgers are left out; they change only when the schema does. So is the workflows'
 * journal, which keeps every run's history on purpose.
 */
export async function countRowsPerTable(db: Queryable): Promise<Record<string, TableRows>> {
  // The workflows' journal is left out: it keeps what was tried and undone, by design.
  const schemas = subgraphModules.map((module) => module.dbSchema).filter((schema) => schema !== 'workflows');
  const tables = await db.query<{ schema: string; name: string; soft: boolean }>(
    `select t.table_schema as schema, t.table_name as name,
            exists (select 1 from information_schema.columns c
                    where c.table_schema = t.table_schema and c.table_name = t.table_name and c.column_name = 'deleted_at') as soft
       from information_schema.tables t
      where t.table_schema = any($1::text[]) and t.table_type = 'BASE TABLE' and t.table_name <> 'migrations'
      order by 1, 2`,
    [schemas],
  );
  if (tables.length === 0) throw new Error('No module tables found: is the database migrated?');
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  // One statement for every table, so the counts are one consistent picture.
  const columns = tables.map(
    ({ schema, name, soft }, index) =>
      `(select count(*) from ${quote(schema)}.${quote(name)}) as a${index},
       (select count(*) from ${quote(schema)}.${quote(name)}${soft ? ' where deleted_at is null' : ''}) as l${index}`,
  );
  const [counts] = await db.query<Record<string, number>>(`select ${columns.join(', ')}`);
  return Object.fromEntries(
    tables.map(({ schema, name }, index) => [
      `${schema}.${name}`,
      { all: Number(counts[`a${index}`]), live: Number(counts[`l${index}`]) },
    ]),
  );
}

/** The tables whose counts differ between two pictures, with both counts: `{}` when nothing changed. */
export function changedTables(
  before: Record<string, TableRows>,
  after: Record<string, TableRows>,
  which: keyof TableRows,
): Record<string, { before: number; after: number }> {
  const changed: Record<string, { before: number; after: number }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[table]?.[which] ?? 0;
    const is = after[table]?.[which] ?? 0;
    if (was !== is) changed[table] = { before: was, after: is };
  }
  return changed;
}
