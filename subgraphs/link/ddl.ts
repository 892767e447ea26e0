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
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    statements.push(
      side.many
        ? `create index ${link.table}_${other.key} on ${table} (${other.key}) where deleted_at is null`
        : `create unique index ${link.table}_${other.key}_live on ${table} (${other.key}) where deleted_at is null`,
    );
  }
  return statements.map((statement) => `${statement};\n`).join('');
}

/**
 * Indexes for keyset pages (kit/sql.ts): a cursor page reads a range of an index in the page's
 * order from the cursor's row and stops after the page, so it must find such an index.
 * - The pivot list sorted `-created_at` (created_at desc, id asc): no index had that order, so
 *   every page sorted every live row.
 * - A record's links on a `many` side (`Promotion.carts` reads `cart_promotion` by promotion_id):
 *   `(key, id)`, the default order, in place of `(key)`, which it serves as well; and
 *   `(key, created_at desc, id)` for `-created_at`. Without them a popular record's first page
 *   read and sorted all its links.
 * Idempotent, so a link added later gets the same indexes from its own two migrations.
 */
export function keysetIndexSql(link: LinkDefinition): string {
  const [a, b] = link.sides;
  const table = `link.${link.table}`;
  const statements = [
    `create index if not exists ${link.table}_created_at_id on ${table} (created_at desc, id) where deleted_at is null`,
  ];
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!side.many) continue;
    statements.push(
      `drop index if exists link.${link.table}_${other.key}`,
      `create index if not exists ${link.table}_${other.key}_id on ${table} (${other.key}, id) where deleted_at is null`,
      `create index if not exists ${link.table}_${other.key}_created_at on ${table} (${other.key}, created_at desc, id) where deleted_at is null`,
    );
  }
  return statements.map((statement) => `${statement};\n`).join('');
}

/** Migrations named after each link's table (its pivot table, then its keyset indexes); a link added later gets its own. */
export function linkMigrations(): Migration[] {
  return links.flatMap((link) => [
    { name: `pivot_${link.table}`, sql: pivotTableSql(link) },
    { name: `pivot_${link.table}_keyset`, sql: keysetIndexSql(link) },
  ]);
}
