import { subgraphModules } from '../subgraphs';
import { openTestDatabase } from '../test/support/database';
import { declaredColumns, migratedColumns, type ColumnLines } from '../test/support/models';
import type { Database } from './database';
import { migrate } from './migrate';

/**
 * A module's migrations are reviewed SQL; its declarations (`models.ts`) are what the code reads.
 * After the migrations ran, every table of the module's schema is declared, and every declared
 * column is there with its type and nullability, and nothing else is.
 */
const declared = subgraphModules.filter((module) => module.models);

/** A declared table as information_schema names it: `"order"."order"` (quoted, as `order` is reserved) is `order.order`. */
const unquoted = (table: string) => table.replace(/"/g, '');

describe('each module declared once: its migrations create exactly its declared tables', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let migrated: Map<string, ColumnLines>;

  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    for (const module of declared) await migrate(db, module.dbSchema, module.migrations());
    migrated = await migratedColumns(
      db,
      declared.map((module) => module.dbSchema),
    );
  });
  afterAll(() => drop());

  it('has modules declared with models.ts', () => {
    expect(declared.map((module) => module.name)).toEqual(expect.arrayContaining(['region', 'sales-channel']));
  });

  it.each(declared.map((module) => [module.name, module] as const))(
    '%s: every table in its schema is declared',
    (_, module) => {
      const tables = [...migrated.keys()].filter((table) => table.startsWith(`${module.dbSchema}.`)).sort();
      expect(tables).toEqual(
        Object.values(module.models!)
          .map((model) => unquoted(model.table))
          .sort(),
      );
    },
  );

  it.each(declared.flatMap((module) => Object.values(module.models!).map((model) => [model.table, model] as const)))(
    '%s: the migrations create the declared columns, types and nullability',
    (table, model) => {
      expect(migrated.get(unquoted(table))).toEqual(declaredColumns(model));
    },
  );
});
