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

/** Live rows (not soft-deleted) of `table` whose `column` is one of `values`, ordered by `orderBy`. */
export async function rowsWhereIn<R extends object>(
  db: Queryable,
  table: string,
  column: string,
  values: readonly string[],
  orderBy = 'id',
): Promise<R[]> {
  if (values.length === 0) return [];
  return db.query<R>(
    `select * from ${table} where ${column} = any($1::text[]) and deleted_at is null order by ${orderBy}`,
    [values],
  );
}

export const DEFAULT_TAKE = 20;
export const MAX_TAKE = 200;

export interface PaginationInput {
  skip?: number | null;
  take?: number | null;
}

export interface Page {
  skip: number;
  take: number;
}

/** Checks `skip`/`take` as every list query takes them. */
export function toPage(pagination: PaginationInput | null | undefined): Page {
  const skip = pagination?.skip ?? 0;
  const take = pagination?.take ?? DEFAULT_TAKE;
  if (!Number.isInteger(skip) || skip < 0) throw badUserInput(`pagination.skip must be 0 or more, got ${skip}`);
  if (!Number.isInteger(take) || take < 1 || take > MAX_TAKE) {
    throw badUserInput(`pagination.take must be between 1 and ${MAX_TAKE}, got ${take}`);
  }
  return { skip, take };
}

/** Builds `where` conditions from equality filters: a list means "one of", a value means "equal to". */
export class Where {
  readonly conditions: string[] = ['deleted_at is null'];
  readonly params: unknown[] = [];

  equals(column: string, value: string | readonly string[] | boolean | null | undefined): this {
    if (value === undefined || value === null) return this;
    for (const text of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) {
      // PostgreSQL text cannot hold NUL; say so instead of failing in the database.
      if (text.includes('\0')) throw badUserInput(`filters.${column} must not contain a NUL character`);
    }
    this.params.push(value);
    this.conditions.push(
      Array.isArray(value) ? `${column} = any($${this.params.length}::text[])` : `${column} = $${this.params.length}`,
    );
    return this;
  }

  /** A condition written in SQL, for what `equals` cannot say. */
  raw(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  toString(): string {
    return this.conditions.join(' and ');
  }
}

/** The rows of one page, and a count of every match that is only run when asked for. */
export interface ListResult<R> {
  rows: R[];
  page: Page;
  count: () => Promise<number>;
}

/** One page of `table` in `orderBy` order (ids are ULIDs, so `id` is creation order). */
export async function listPage<R extends object>(
  db: Queryable,
  table: string,
  where: Where,
  page: Page,
  orderBy = 'id',
): Promise<ListResult<R>> {
  const rows = await db.query<R>(
    `select * from ${table} where ${where} order by ${orderBy} limit ${page.take} offset ${page.skip}`,
    where.params,
  );
  let counted: Promise<number> | undefined;
  const count = () =>
    (counted ??= db
      .query<{ count: number }>(`select count(*)::int as count from ${table} where ${where}`, where.params)
      .then(([row]) => row.count));
  return { rows, page, count };
}

// PostgreSQL accepts at most 65,535 parameters in one statement.
const MAX_PARAMETERS = 60_000;

/**
 * Inserts rows in as few statements as the parameter limit allows. A row whose key (`id`, or
 * `conflictKey`) exists already is left as it is, which makes seeding idempotent; any other
 * constraint violation (a unique code, a one-to-one link) is an error, never a silent skip.
 */
export async function insertRows(db: Queryable, table: string, rows: readonly object[], conflictKey = 'id'): Promise<void> {
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
    await db.query(`insert into ${table} (${columnList}) values ${tuples.join(', ')} on conflict (${quoteIdent(conflictKey)}) do nothing`, params);
  }
}

/** Objects and arrays go to jsonb columns as JSON text; everything else as it is. */
function toParameter(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}
