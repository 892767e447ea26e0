import type { Migration } from '../../kit/migrate';
import { links, type LinkDefinition } from './links';

const SQL_TYPES = { integer: 'integer', text: 'text', boolean: 'boolean' } as const;

function literal(value: number | string | boolean): string {
  return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);
}

/**
 * The pivot table of a link, with Medusa's columns: a prefixed `id`, the two keys as the primary
 * key, timestamps, `deleted_at` (a dismissed link is soft-deleted and can be revived), extra
 * columns. Cardinality is held by the database: where a side is not `many`, the other side's key
 * is unique among live rows, so two concurrent conflicting creates cannot both succeed.
 */
export function pivotTableSql(link: LinkDefinition): string {
  const [a, b] = link.sides;
  const table = `link.${link.table}`;
  const extras = Object.entries(link.extraColumns ?? {}).map(
    ([name, column]) => `  ${name} ${SQL_TYPES[column.type]} not null default ${literal(column.default)},\n`,
  );
  const statements = [
    `create table ${table} (\n  id text not null,\n  ${a.key} text not null,\n  ${b.key} text not null,\n${extras.join('')}` +
      `  created_at timestamptz not null default now(),\n  updated_at timestamptz not null default now(),\n` +
      `  deleted_at timestamptz,\n  primary key (${a.key}, ${b.key})\n)`,
    `create unique index ${link.table}_id on ${table} (id)`,
  ];
  for (const [side, other] of [[a, b], [b, a]] as const) {
    statements.push(
      side.many
        ? `create index ${link.table}_${other.key} on ${table} (${other.key}) where deleted_at is null`
        : `create unique index ${link.table}_${other.key}_live on ${table} (${other.key}) where deleted_at is null`,
    );
  }
  return statements.map((statement) => `${statement};\n`).join('');
}

/** One migration per link, named after its table; a link added later gets its own migration. */
export function linkMigrations(): Migration[] {
  return links.map((link) => ({ name: `pivot_${link.table}`, sql: pivotTableSql(link) }));
}
