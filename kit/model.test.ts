import { openTestDatabase } from '../test/support/database';
import { subgraphModules } from '../subgraphs';
import type { Database } from './database';
import { migrate } from './migrate';
import { POSTGRES_TYPES, type Model } from './model';

/**
 * A module's migrations are reviewed SQL; its declarations (`models.ts`) are what the code reads.
 * After the migrations ran, every table of the module's schema is declared, and every declared
 * column is there with its type and nullability, and nothing else is.
 */
interface ColumnInfo {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
}

const declared = subgraphModules.filter((module) => module.models);

/** A declared table as information_schema names it: `"order"."order"` (quoted, as `order` is reserved) is `order.order`. */
const unquoted = (table: string) => table.replace(/"/g, '');

/** What a declaration says a table looks like, as information_schema names it: `column type [null]`. */
function expectedColumns(model: Model): string[] {
  const columns = Object.entries(model.columns).map(([name, column]) => `${name} ${POSTGRES_TYPES[column.spec.kind]}${column.spec.nullable ? ' null' : ''}`);
  if (model.timestamps) columns.push('created_at timestamp with time zone', 'updated_at timestamp with time zone', 'deleted_at timestamp with time zone null');
  return columns.sort();
}

describe('each module declared once: its migrations create exactly its declared tables', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let found: ColumnInfo[];

  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    for (const module of declared) await migrate(db, module.dbSchema, module.migrations());
    found = await db.query<ColumnInfo>(
      `select table_schema || '.' || table_name as table_name, column_name, data_type, is_nullable
         from information_schema.columns where table_schema = any($1::text[]) and table_name <> 'migrations'`,
      [declared.map((module) => module.dbSchema)],
    );
  });
  afterAll(() => drop());

  it('has modules declared with models.ts', () => {
    expect(declared.map((module) => module.name)).toEqual(expect.arrayContaining(['region']));
  });

  it.each(declared.map((module) => [module.name, module] as const))('%s: every table in its schema is declared', (_, module) => {
    const tables = [...new Set(found.filter((column) => column.table_name.startsWith(`${module.dbSchema}.`)).map((column) => column.table_name))].sort();
    expect(tables).toEqual(Object.values(module.models!).map((model) => unquoted(model.table)).sort());
  });

  it.each(declared.flatMap((module) => Object.values(module.models!).map((model) => [model.table, model] as const)))(
    '%s: the migrations create the declared columns, types and nullability',
    (table, model) => {
      const actual = found
        .filter((column) => column.table_name === unquoted(table))
        .map((column) => `${column.column_name} ${column.data_type}${column.is_nullable === 'YES' ? ' null' : ''}`)
        .sort();
      expect(actual).toEqual(expectedColumns(model));
    },
  );
});
