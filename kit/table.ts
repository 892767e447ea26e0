import type { Queryable } from './database';
import { assertIds } from './ids';
import { quoteIdent } from './migrate';
import type { Model, NewRowOf, RowOf, FiltersOf } from './model';
import { manyBy, oneBy, pagedManyBy } from './loaders';
import {
  countsWhereIn,
  insertRows,
  listPage,
  pagesWhereIn,
  rowsWhereIn,
  Where,
  toPage,
  type ListResult,
  type Page,
  type PaginationInput,
  type PageRows,
  type RangeFilter,
  type ReadOptions,
} from './sql';

/**
 * The statements every table of a module needs, derived from its declaration (kit/model.ts):
 * rows by key or by a column, a page of rows per parent (a reverse list), a filtered list, inserts
 * and updates. A module's store adds only what is its own (locks, soft-delete cascades).
 */
export interface Table<M extends Model> {
  model: M;
  /** A list's page from the client's `pagination`: sorted only by the declared sortable columns, the key last. */
  page(pagination: PaginationInput | null | undefined): Page;
  /** Rows by their key; soft-deleted ones only when asked. */
  byKeys(keys: readonly string[], options?: ReadOptions): Promise<RowOf<M>[]>;
  /** Live rows whose `column` is one of `values` (a relation inside the module). */
  by(column: keyof M['columns'] & string, values: readonly string[], options?: ReadOptions): Promise<RowOf<M>[]>;
  /** One page of live rows per parent, by the column that points to it. */
  pagesBy(
    column: keyof M['columns'] & string,
    parents: readonly string[],
    page: Page,
  ): Promise<Map<string, PageRows<RowOf<M>>>>;
  countsBy(column: keyof M['columns'] & string, parents: readonly string[]): Promise<Map<string, number>>;
  /**
   * A page of the rows matching the declared filters (ids checked against their prefix, naming
   * `filters.<column>`), `q` over the searchable columns, and `also` for what only this list says.
   */
  list(
    filters: FiltersOf<M> | null | undefined,
    page: Page,
    options?: { withDeleted?: boolean | null; also?: (where: Where) => void },
  ): Promise<ListResult<RowOf<M>>>;
  insert(rows: readonly NewRowOf<M>[]): Promise<void>;
  /** Sets the given columns (and `updated_at`) of the row with this key; returns it. */
  update(key: string, changes: Partial<RowOf<M>>): Promise<RowOf<M> | undefined>;
  /** Soft-deletes the live rows among `keys` (Medusa's `softDelete`); returns the keys it deleted. */
  softDelete(keys: readonly string[]): Promise<string[]>;
  /** Restores the soft-deleted rows among `keys` (Medusa's `restore`); returns the keys it restored. */
  restore(keys: readonly string[]): Promise<string[]>;
}

export function table<M extends Model>(db: Queryable, model: M): Table<M> {
  const { table: name, key, columns } = model;
  const orderBy = model.order ?? key;
  const json = new Set(
    Object.entries(columns)
      .filter(([, column]) => column.spec.kind === 'json')
      .map(([column]) => column),
  );
  // jsonb values travel as JSON text, so a string is stored as a JSON string, not parsed.
  const parameter = (column: string, value: unknown) =>
    json.has(column) && value !== null && value !== undefined ? JSON.stringify(value) : value;
  const defaults = new Set(
    Object.keys(columns).filter(
      (column) => columns[column].spec.fallback !== undefined || columns[column].spec.nullable,
    ),
  );
  // A table without timestamps has no deleted_at: its rows are never soft-deleted.
  const undeletable = model.timestamps ? {} : { withDeleted: true };
  // `q` matches text: a searchable column of another kind (a display number) is searched as its text.
  const searchable = model.searchable.map((column) =>
    columns[column].spec.kind === 'text' ? column : `${column}::text`,
  );
  return {
    model,
    page: (pagination) => toPage(pagination, model.sortable, key),
    byKeys: (keys, options) => rowsWhereIn<RowOf<M>>(db, name, key, keys, { orderBy, ...options, ...undeletable }),
    by: (column, values, options) =>
      rowsWhereIn<RowOf<M>>(db, name, column, values, { orderBy, ...options, ...undeletable }),
    pagesBy: (column, parents, page) => pagesWhereIn<RowOf<M>>(db, name, column, parents, page),
    countsBy: (column, parents) => countsWhereIn(db, name, column, parents),
    list(filters, page, options = {}) {
      const where = new Where({ withDeleted: options.withDeleted || !model.timestamps });
      const given = (filters ?? {}) as Record<string, unknown>;
      for (const [column, { spec }] of Object.entries(columns)) {
        const value = given[column];
        if (value === undefined || value === null || !spec.filter) continue;
        if (spec.filter === 'range') where.range(column, value as RangeFilter<Date | string>);
        else if (spec.filter === 'flag') where.equals(column, value as boolean);
        else if (spec.kind === 'integer') {
          // Where.equals binds a list of numbers as numeric[]; int[] keeps the column's index usable.
          where.params.push(value);
          where.raw(`${column} = any($${where.params.length}::int[])`);
        } else
          where.equals(
            column,
            spec.prefix ? assertIds(value as string[], spec.prefix, `filters.${column}`) : (value as string[]),
          );
      }
      if (model.timestamps) {
        where.range('created_at', given.created_at as RangeFilter<Date | string> | null | undefined);
        where.range('updated_at', given.updated_at as RangeFilter<Date | string> | null | undefined);
      }
      if (searchable.length > 0) where.search(searchable, given.q as string | null | undefined);
      options.also?.(where);
      return listPage<RowOf<M>>(db, name, where, page);
    },
    async insert(rows) {
      if (rows.length === 0) return;
      // Every row names every column, in the declared order (rows that leave out different
      // columns still list them alike): ones left out get the declared default (or null).
      const complete = rows.map((row) => {
        const given: Record<string, unknown> = row;
        const full: Record<string, unknown> = {};
        for (const [column, { spec }] of Object.entries(columns)) {
          const value =
            given[column] !== undefined ? given[column] : defaults.has(column) ? (spec.fallback ?? null) : undefined;
          if (value !== undefined) full[column] = parameter(column, value);
        }
        for (const [column, value] of Object.entries(given))
          if (!(column in columns) && value !== undefined) full[column] = value;
        return full;
      });
      await insertRows(db, name, complete, model.primaryKey ?? key);
    },
    async update(rowKey, changes) {
      const names = Object.keys(changes).filter((column) => column in columns);
      const params = [
        rowKey,
        ...names.map((column) => parameter(column, (changes as Record<string, unknown>)[column])),
      ];
      // Quoted: a column may be a reserved word (`limit`).
      const sets = [
        ...names.map((column, index) => `${quoteIdent(column)} = $${index + 2}`),
        ...(model.timestamps ? ['updated_at = now()'] : []),
      ];
      const [row] = await db.query<RowOf<M>>(
        `update ${name} set ${sets.join(', ')} where ${quoteIdent(key)} = $1 returning *`,
        params,
      );
      return row;
    },
    softDelete: (keys) => setDeleted(keys, 'now()', 'is null'),
    restore: (keys) => setDeleted(keys, 'null', 'is not null'),
  };

  async function setDeleted(keys: readonly string[], deletedAt: string, now: string): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await db.query<Record<string, string>>(
      `update ${name} set deleted_at = ${deletedAt}, updated_at = now()
        where ${quoteIdent(key)} = any($1::text[]) and deleted_at ${now} returning ${quoteIdent(key)}`,
      [keys],
    );
    return rows.map((row) => row[key]);
  }
}

/** Every table of a module's declarations, by the same names. */
export function tables<Models extends Record<string, Model>>(
  db: Queryable,
  models: Models,
): { [K in keyof Models]: Table<Models[K]> } {
  return Object.fromEntries(Object.entries(models).map(([name, declared]) => [name, table(db, declared)])) as {
    [K in keyof Models]: Table<Models[K]>;
  };
}

/** Two loaders by key: `live` for references and relations (soft-deleted rows hidden), `any` for a by-key query that asked `with_deleted: true`. */
export function keyLoaders<M extends Model>(rows: Table<M>) {
  const key = rows.model.key as keyof RowOf<M> & string;
  return {
    live: oneBy(key, (keys: string[]) => rows.byKeys(keys)),
    any: oneBy(key, (keys: string[]) => rows.byKeys(keys, { withDeleted: true })),
  };
}

/** The live rows of a relation inside the module, by the column that points to the parent. */
export function relationLoader<M extends Model>(rows: Table<M>, column: keyof M['columns'] & keyof RowOf<M> & string) {
  return manyBy(column, (parents: string[]) => rows.by(column, parents));
}

/** A page of rows per parent (a reverse list), with its count run only when asked. */
export function pagesLoader<M extends Model>(rows: Table<M>, column: keyof M['columns'] & string) {
  return pagedManyBy<RowOf<M>>(
    (parents, page) => rows.pagesBy(column, parents, page),
    (parents) => rows.countsBy(column, parents),
  );
}
