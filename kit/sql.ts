import type { Queryable, Row } from './database';
import { badUserInput } from './errors';
import { quoteIdent } from './migrate';

/** Columns every Medusa model has; `deleted_at` marks a soft-deleted row. */
export interface Timestamps {
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

/** A row to insert: the timestamps default in the database. */
export type NewRow<R extends Timestamps> = Omit<R, keyof Timestamps> & Partial<Timestamps>;

export interface ReadOptions {
  /** Also return soft-deleted rows (Medusa's `withDeleted`). */
  withDeleted?: boolean;
  /** SQL order; `id` (creation order, ids are ULIDs) unless said otherwise. */
  orderBy?: string;
}

/** Rows of `table` whose `column` is one of `values`; soft-deleted ones only when asked. */
export async function rowsWhereIn<R extends object>(
  db: Queryable,
  table: string,
  column: string,
  values: readonly string[],
  options: ReadOptions = {},
): Promise<R[]> {
  if (values.length === 0) return [];
  const live = options.withDeleted ? '' : ' and deleted_at is null';
  return db.query<R>(
    `select * from ${table} where ${column} = any($1::text[])${live} order by ${options.orderBy ?? 'id'}`,
    [values],
  );
}

export const DEFAULT_TAKE = 20;
export const MAX_TAKE = 200;

export interface PaginationInput {
  skip?: number | null;
  take?: number | null;
  /** Medusa's sort syntax: comma-separated fields, `-` for descending, e.g. `-created_at,title`. */
  order?: string | null;
}

export interface Page {
  skip: number;
  take: number;
  /** The SQL `order by` the `order` argument asked for, always ending on the unique key. */
  orderBy: string;
}

/** Fields every list can sort by. */
export const TIMESTAMP_FIELDS = ['id', 'created_at', 'updated_at'] as const;

/**
 * Checks `skip`/`take` and turns `order` into SQL. Only `sortable` columns are accepted; an
 * unknown one is BAD_USER_INPUT naming the ones that are. `key` ends every order, so pages are
 * stable when the sort field has ties.
 */
export function toPage(
  pagination: PaginationInput | null | undefined,
  sortable: readonly string[] = TIMESTAMP_FIELDS,
  key = 'id',
): Page {
  const skip = pagination?.skip ?? 0;
  const take = pagination?.take ?? DEFAULT_TAKE;
  if (!Number.isInteger(skip) || skip < 0) throw badUserInput(`pagination.skip must be 0 or more, got ${skip}`);
  if (!Number.isInteger(take) || take < 1 || take > MAX_TAKE) {
    throw badUserInput(`pagination.take must be between 1 and ${MAX_TAKE}, got ${take}`);
  }
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const raw of (pagination?.order ?? '').split(',').map((term) => term.trim()).filter(Boolean)) {
    const descending = raw.startsWith('-');
    const field = descending ? raw.slice(1) : raw;
    if (!sortable.includes(field)) {
      throw badUserInput(`Unknown sort field "${field}" in pagination.order; sortable: ${sortable.join(', ')}`, {
        argument: 'pagination.order',
      });
    }
    if (seen.has(field)) continue;
    seen.add(field);
    terms.push(`${quoteIdent(field)} ${descending ? 'desc' : 'asc'}`);
  }
  if (!seen.has(key)) terms.push(`${quoteIdent(key)} asc`);
  return { skip, take, orderBy: terms.join(', ') };
}

/** A range on a date or an amount: each bound given is applied. */
export interface RangeFilter<T> {
  eq?: T | null;
  gt?: T | null;
  gte?: T | null;
  lt?: T | null;
  lte?: T | null;
}

const RANGE_OPERATORS = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/**
 * Builds a `where` clause from filters, with every value a bound parameter:
 * a list means "one of", a value "equal to", a range its bounds, `q` a text search.
 */
export class Where {
  readonly conditions: string[];
  readonly params: unknown[] = [];

  constructor(options: { withDeleted?: boolean | null } = {}) {
    this.conditions = options.withDeleted ? [] : ['deleted_at is null'];
  }

  equals(column: string, value: string | readonly string[] | readonly number[] | boolean | number | null | undefined): this {
    if (value === undefined || value === null) return this;
    for (const text of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) {
      // PostgreSQL text cannot hold NUL; say so instead of failing in the database.
      if (typeof text === 'string' && text.includes('\0')) throw badUserInput(`filters.${column} must not contain a NUL character`);
    }
    this.params.push(value);
    const placeholder = `$${this.params.length}`;
    if (!Array.isArray(value)) this.conditions.push(`${column} = ${placeholder}`);
    else this.conditions.push(`${column} = any(${placeholder}::${value.length > 0 && value.every((item) => typeof item === 'number') ? 'numeric' : 'text'}[])`);
    return this;
  }

  /** Bounds on a timestamptz or numeric column. */
  range(column: string, filter: RangeFilter<Date | string> | null | undefined): this {
    if (!filter) return this;
    for (const [operator, sql] of Object.entries(RANGE_OPERATORS)) {
      const bound = filter[operator as keyof typeof RANGE_OPERATORS];
      if (bound === undefined || bound === null) continue;
      this.params.push(bound);
      this.conditions.push(`${column} ${sql} $${this.params.length}`);
    }
    return this;
  }

  /** Medusa's `q`: a case-insensitive substring match on any of the searchable columns. */
  search(columns: readonly string[], q: string | null | undefined): this {
    if (q === undefined || q === null || q.trim() === '') return this;
    if (q.includes('\0')) throw badUserInput('filters.q must not contain a NUL character');
    this.params.push(`%${q.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
    const placeholder = `$${this.params.length}`;
    this.conditions.push(`(${columns.map((column) => `${column} ilike ${placeholder}`).join(' or ')})`);
    return this;
  }

  /** A condition written in SQL, for what the others cannot say. */
  raw(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  toString(): string {
    return this.conditions.length > 0 ? this.conditions.join(' and ') : 'true';
  }
}

/** The rows of one page, and a count of every match that is only run when asked for. */
export interface ListResult<R> {
  rows: R[];
  page: Page;
  count: () => Promise<number>;
}

/** `PageMetadata` of a list: the total is counted only when a client selects it. */
export async function pageMetadata(list: ListResult<unknown>): Promise<{ count: number; skip: number; take: number }> {
  return { count: await list.count(), skip: list.page.skip, take: list.page.take };
}

/** One page of `table` in the page's order. */
export async function listPage<R extends object>(db: Queryable, table: string, where: Where, page: Page): Promise<ListResult<R>> {
  const rows = await db.query<R>(
    `select * from ${table} where ${where} order by ${page.orderBy} limit ${page.take} offset ${page.skip}`,
    where.params,
  );
  let counted: Promise<number> | undefined;
  const count = () =>
    (counted ??= db
      .query<{ count: number }>(`select count(*)::int as count from ${table} where ${where}`, where.params)
      .then(([row]) => row.count));
  return { rows, page, count };
}

/**
 * Serializes the transactions that create rows with the same caller-chosen ids, until they end: a
 * call retried while the first is still running (its answer lost to a timeout) waits for it, then
 * finds its rows instead of creating them again. One transaction-scoped advisory lock per id,
 * taken in sorted order so that two calls never wait on each other.
 */
export async function lockIds(db: Queryable, ids: readonly string[]): Promise<void> {
  for (const id of [...new Set(ids)].sort()) await db.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [id]);
}

// PostgreSQL accepts at most 65,535 parameters in one statement.
const MAX_PARAMETERS = 60_000;

/**
 * Inserts rows in as few statements as the parameter limit allows. A row whose key (`id`, or
 * `conflictKey`: a pivot's pair of columns) exists already is left as it is, which makes seeding idempotent; any other
 * constraint violation (a unique code, a one-to-one link) is an error, never a silent skip.
 */
export async function insertRows(
  db: Queryable,
  table: string,
  rows: readonly object[],
  conflictKey: string | readonly string[] = 'id',
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const signature = columns.join(',');
  const mismatch = rows.find((row) => Object.keys(row).join(',') !== signature);
  if (mismatch) {
    // A column left out of one row would silently take its default (or be dropped): refuse.
    throw new Error(`insertRows(${table}): every row must have the columns ${signature}; one has ${Object.keys(mismatch).join(',')}`);
  }
  const columnList = columns.map(quoteIdent).join(', ');
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement) as readonly Row[];
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(toParameter(row[column]));
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await db.query(`insert into ${table} (${columnList}) values ${tuples.join(', ')} on conflict (${(typeof conflictKey === 'string' ? [conflictKey] : conflictKey).map(quoteIdent).join(', ')}) do nothing`, params);
  }
}

/** Objects and arrays go to jsonb columns as JSON text; everything else as it is. */
function toParameter(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/**
 * One page of related rows for each of many parents, in ONE statement, e.g. the first 20 carts
 * of each of 50 regions: the rows of `source` (a table, or a parenthesized select) whose
 * `column` is one of `parents` are numbered per parent in the page's order, and only the page's
 * numbers are kept. Soft-deleted rows are hidden. Rows come back grouped by parent, each group in
 * the page's order.
 */
export async function pagesWhereIn<R extends object>(
  db: Queryable,
  source: string,
  column: string,
  parents: readonly string[],
  page: Page,
): Promise<R[]> {
  if (parents.length === 0) return [];
  const rows = await db.query<R & { __position: number }>(
    `select * from (
       select source.*, row_number() over (partition by source.${column} order by ${page.orderBy}) as __position
       from ${source} source
       where source.${column} = any($1::text[]) and source.deleted_at is null
     ) ranked
     where __position > $2 and __position <= $3
     order by ${column}, __position`,
    [parents, page.skip, page.skip + page.take],
  );
  return rows.map(({ __position: _, ...row }) => row as unknown as R);
}

/** How many live rows of `source` each parent has, in one `group by`; parents without rows are absent. */
export async function countsWhereIn(
  db: Queryable,
  source: string,
  column: string,
  parents: readonly string[],
): Promise<Map<string, number>> {
  if (parents.length === 0) return new Map();
  const rows = await db.query<{ parent: string; count: number }>(
    `select source.${column} as parent, count(*)::int as count from ${source} source
     where source.${column} = any($1::text[]) and source.deleted_at is null
     group by source.${column}`,
    [parents],
  );
  return new Map(rows.map((row) => [row.parent, row.count]));
}
