import type { Queryable } from '../../kit/database';
import { POSTGRES_TYPES, type Model } from '../../kit/model';

/** A table's columns as one comparable line each: `name type`, ` null` when nullable, sorted. */
export type ColumnLines = string[];

/** What a declaration says its table looks like, in information_schema's words. */
export function declaredColumns(model: Model): ColumnLines {
  const columns = Object.entries(model.columns).map(
    ([name, column]) => `${name} ${POSTGRES_TYPES[column.spec.kind]}${column.spec.nullable ? ' null' : ''}`,
  );
  if (model.timestamps) {
    columns.push(
      'created_at timestamp with time zone',
      'updated_at timestamp with time zone',
      'deleted_at timestamp with time zone null',
    );
  }
  return columns.sort();
}

/** What the migrations made: every table of `schemas` (bookkeeping aside), by `schema.table`. */
export async function migratedColumns(db: Queryable, schemas: readonly string[]): Promise<Map<string, ColumnLines>> {
  const found = await db.query<{ table_name: string; line: string }>(
    `select table_schema || '.' || table_name as table_name,
            column_name || ' ' || data_type || case when is_nullable = 'YES' then ' null' else '' end as line
       from information_schema.columns
      where table_schema = any($1::text[]) and table_name <> 'migrations'`,
    [schemas],
  );
  const tables = new Map<string, ColumnLines>();
  for (const { table_name, line } of found) tables.set(table_name, [...(tables.get(table_name) ?? []), line]);
  for (const lines of tables.values()) lines.sort();
  return tables;
}
