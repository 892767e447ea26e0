import {
  decodeCursor,
  encodeCursor,
  listFingerprint,
  type CursorArgument,
  type CursorValues,
  type DecodedCursor,
} from './cursor';
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
/**
 * The deepest `skip` by default: an SQL OFFSET reads and drops every row it skips, so a deep page
 * costs what all the pages before it cost. Deeper pages are read with a cursor
 * (`pagination.after`), which costs what the first page costs. PAGINATION_MAX_SKIP changes it.
 */
export const DEFAULT_MAX_SKIP = 10_000;

let deepestSkip = DEFAULT_MAX_SKIP;

/**
 * Sets the deepest `skip` accepted (the configuration's PAGINATION_MAX_SKIP), once, when a subgraph
 * is built: every list of the process pages by `toPage`, which is called from resolvers that have no
 * configuration of their own.
 */
export function setMaxSkip(deepest: number): void {
  deepestSkip = deepest;
}

export interface PaginationInput {
  skip?: number | null;
  take?: number | null;
  /** Medusa's sort syntax: comma-separated fields, `-` for descending, e.g. `-created_at,title`. */
  order?: string | null;
  /** A `metadata.next_cursor`: the page after that row. */
  after?: string | null;
  /** A `metadata.previous_cursor`: the page before that row. */
  before?: string | null;
}

/** One field of a page's order. */
export interface SortTerm {
  column: string;
  descending: boolean;
  /** Whether the column may hold null (PostgreSQL sorts nulls last ascending, first descending). */
  nullable: boolean;
}

/** Where a cursor page starts: after (or before) the row whose sort values these are. */
export interface PageCursor extends DecodedCursor {
  argument: CursorArgument;
  /** `before`: the rows preceding the cursor's row, read in reverse order. */
  backward: boolean;
}

export interface Page {
  skip: number;
  take: number;
  /** The SQL `order by` the `order` argument asked for, always ending on the unique key. */
  orderBy: string;
  /** The same order, field by field; the key is the last. */
  terms: readonly SortTerm[];
  /** The same order in Medusa's syntax (`-created_at,id`): what a cursor is made for. */
  order: string;
  cursor?: PageCursor;
  /** Equal for equal pages: loaders share a statement per signature. */
  signature: string;
}

/** Fields every list can sort by. */
export const TIMESTAMP_FIELDS = ['id', 'created_at', 'updated_at'] as const;

/**
 * Checks `skip`/`take`/`after`/`before` and turns `order` into SQL. Only `sortable` columns are
 * accepted; an unknown one is BAD_USER_INPUT naming the ones that are. `key` ends every order, so
 * pages are stable when the sort field has ties (fields after the key could never decide).
 * A cursor is read here (its order must be this page's); the SQL that reads the page checks it
 * belongs to its list.
 */
export function toPage(
  pagination: PaginationInput | null | undefined,
  sortable: readonly string[] = TIMESTAMP_FIELDS,
  key = 'id',
): Page {
  const skip = pagination?.skip ?? 0;
  const take = pagination?.take ?? DEFAULT_TAKE;
  if (!Number.isInteger(skip) || skip < 0)
    throw badUserInput(`pagination.skip must be 0 or more, got ${skip}`, { argument: 'pagination.skip' });
  const deepest = deepestSkip;
  if (skip > deepest) {
    throw badUserInput(
      `pagination.skip must be at most ${deepest}, got ${skip}: page deeper with pagination.after and the metadata.next_cursor of the page before`,
      { argument: 'pagination.skip' },
    );
  }
  if (!Number.isInteger(take) || take < 1 || take > MAX_TAKE) {
    throw badUserInput(`pagination.take must be between 1 and ${MAX_TAKE}, got ${take}`, {
      argument: 'pagination.take',
    });
  }
  // Columns that are never null: the key and every model's timestamps.
  const notNull = new Set<string>([key, ...TIMESTAMP_FIELDS]);
  const terms: SortTerm[] = [];
  for (const raw of (pagination?.order ?? '')
    .split(',')
    .map((term) => term.trim())
    .filter(Boolean)) {
    const descending = raw.startsWith('-');
    const field = descending ? raw.slice(1) : raw;
    if (!sortable.includes(field)) {
      throw badUserInput(`Unknown sort field "${field}" in pagination.order; sortable: ${sortable.join(', ')}`, {
        argument: 'pagination.order',
      });
    }
    if (terms.some((term) => term.column === field)) continue;
    terms.push({ column: field, descending, nullable: !notNull.has(field) });
    if (field === key) break;
  }
  if (!terms.some((term) => term.column === key)) terms.push({ column: key, descending: false, nullable: false });
  const order = terms.map((term) => `${term.descending ? '-' : ''}${term.column}`).join(',');
  const orderBy = terms.map((term) => `${quoteIdent(term.column)} ${term.descending ? 'desc' : 'asc'}`).join(', ');

  const { after, before } = pagination ?? {};
  if (after != null && before != null) {
    throw badUserInput(
      'pagination.after and pagination.before cannot be used together: page forwards with after, backwards with before',
      {
        argument: 'pagination.before',
      },
    );
  }
  const argument: CursorArgument | undefined =
    after != null ? 'pagination.after' : before != null ? 'pagination.before' : undefined;
  let cursor: PageCursor | undefined;
  if (argument) {
    if (skip > 0)
      throw badUserInput(`pagination.skip cannot be used with ${argument}: the cursor says where the page starts`, {
        argument: 'pagination.skip',
      });
    const decoded = decodeCursor(
      (after ?? before)!,
      argument,
      order,
      terms.map((term) => !term.nullable),
    );
    cursor = { ...decoded, argument, backward: argument === 'pagination.before' };
  }
  const signature = JSON.stringify([skip, take, order, argument ?? null, after ?? before ?? null]);
  return { skip, take, orderBy, terms, order, cursor, signature };
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

  equals(
    column: string,
    value: string | readonly string[] | readonly number[] | boolean | number | null | undefined,
  ): this {
    if (value === undefined || value === null) return this;
    for (const text of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) {
      // PostgreSQL text cannot hold NUL; say so instead of failing in the database.
      if (typeof text === 'string' && text.includes('\0'))
        throw badUserInput(`filters.${column} must not contain a NUL character`);
    }
    this.params.push(value);
    const placeholder = `$${this.params.length}`;
    if (!Array.isArray(value)) this.conditions.push(`${column} = ${placeholder}`);
    else
      this.conditions.push(
        `${column} = any(${placeholder}::${value.length > 0 && value.every((item) => typeof item === 'number') ? 'numeric' : 'text'}[])`,
      );
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

/** The rows of one page, and the cursors of the pages on either side (null at the ends). */
export interface PageRows<R> {
  rows: R[];
  /** Where the next page starts (`pagination.after`): the last row's position; null when no row follows. */
  next_cursor: string | null;
  /** Where the previous page ends (`pagination.before`): the first row's position; null when no row precedes. */
  previous_cursor: string | null;
}

/** One page, and a count of every match that is only run when asked for. */
export interface ListResult<R> extends PageRows<R> {
  page: Page;
  count: () => Promise<number>;
}

/**
 * `PageMetadata` of a list. `count` is a function: GraphQL's default resolver calls it only when
 * a client selects `count`, so a page without it runs no count statement.
 */
export interface PageMetadataSource {
  count: () => Promise<number>;
  skip: number;
  take: number;
  next_cursor: string | null;
  previous_cursor: string | null;
}

export function pageMetadata(list: ListResult<unknown>): PageMetadataSource {
  return {
    count: list.count,
    skip: list.page.skip,
    take: list.page.take,
    next_cursor: list.next_cursor,
    previous_cursor: list.previous_cursor,
  };
}

/** An empty page: no rows, no cursors. */
export function emptyPage<R>(): PageRows<R> {
  return { rows: [], next_cursor: null, previous_cursor: null };
}

/** The same pages with each row turned into another shape. */
export function mapPages<R, S>(pages: Map<string, PageRows<R>>, convert: (row: R) => S): Map<string, PageRows<S>> {
  return new Map([...pages].map(([parent, page]) => [parent, { ...page, rows: page.rows.map(convert) }]));
}

/**
 * The keyset condition: the rows after the cursor's row in the page's order (`backward`: before
 * it), with the row itself when `inclusive`. Written so that an index in the page's order serves
 * it as a range: a run of fields that are never null and sorted the same way is one row-value
 * comparison (`("created_at", "id") > ($1, $2)`); where the direction changes, the run's bound
 * comes first (`"created_at" <= $1 and ("created_at" < $1 or ("created_at" = $1 and "id" > $2))`),
 * so the index scan starts at the cursor and only its ties are filtered. A nullable field says
 * where its nulls sort: last ascending, first descending, as PostgreSQL sorts them.
 */
function keysetCondition(
  terms: readonly SortTerm[],
  values: CursorValues,
  placeholders: readonly string[],
  backward: boolean,
  inclusive: boolean,
  column: (name: string) => string,
): string {
  const ascending = (term: SortTerm) => term.descending === backward;
  const tuple = (items: readonly string[]) => (items.length === 1 ? items[0] : `(${items.join(', ')})`);
  const from = (start: number): string => {
    let end = start;
    while (end < terms.length && !terms[end].nullable && ascending(terms[end]) === ascending(terms[start])) end++;
    if (end === start) {
      // A nullable field (never the last: the key ends every order).
      const term = terms[start];
      const field = column(term.column);
      const value = placeholders[start];
      const equal = values[start] === null ? `${field} is null` : `${field} = ${value}`;
      const later = ascending(term)
        ? values[start] === null
          ? undefined
          : `(${field} > ${value} or ${field} is null)`
        : values[start] === null
          ? `${field} is not null`
          : `${field} < ${value}`;
      const tie = `(${equal} and ${from(start + 1)})`;
      return later ? `(${later} or ${tie})` : tie;
    }
    const fields = tuple(terms.slice(start, end).map((term) => column(term.column)));
    const bound = tuple(placeholders.slice(start, end));
    const operator = ascending(terms[start]) ? '>' : '<';
    if (end === terms.length) return `${fields} ${operator}${inclusive ? '=' : ''} ${bound}`;
    return `(${fields} ${operator}= ${bound} and (${fields} ${operator} ${bound} or (${fields} = ${bound} and ${from(end)})))`;
  };
  return from(0);
}

/** The SQL pieces of a page: its order (reversed for `before`), the position of each row, and with a cursor the keyset conditions. */
function keysetParts(page: Page, params: unknown[], column: (name: string) => string) {
  const backward = page.cursor?.backward ?? false;
  const orderBy = (qualify: (name: string) => string) =>
    page.terms.map((term) => `${qualify(term.column)} ${term.descending !== backward ? 'desc' : 'asc'}`).join(', ');
  // As text: exact for every type (a timestamp's microseconds, a numeric's digits), and read back as the column's type.
  const position = `array[${page.terms.map((term) => `${column(term.column)}::text`).join(', ')}]`;
  if (!page.cursor) return { orderBy, position };
  const { values } = page.cursor;
  const placeholders = values.map((value) => {
    if (value === null) return '';
    params.push(value);
    return `$${params.length}`;
  });
  return {
    orderBy,
    position,
    beyond: keysetCondition(page.terms, values, placeholders, backward, false, column),
    // The cursor's row and the rows on its other side: whether a page lies that way.
    behind: keysetCondition(page.terms, values, placeholders, !backward, true, column),
  };
}

function assertCursorOf(page: Page, source: string): void {
  if (page.cursor && page.cursor.list !== listFingerprint(source)) {
    throw badUserInput(`${page.cursor.argument} is a cursor of another list: pass a cursor this list returned`, {
      argument: page.cursor.argument,
    });
  }
}

/**
 * Runs a page's statement. The cursor's values are compared with the list's columns in SQL, so
 * a value that is no value of its column (a data exception, SQLSTATE class 22) was not made by
 * this list: BAD_USER_INPUT naming the argument, not an internal error.
 */
async function queryPage<R extends object>(db: Queryable, sql: string, params: unknown[], page: Page): Promise<R[]> {
  try {
    return await db.query<R>(sql, params);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (page.cursor && typeof code === 'string' && code.startsWith('22')) {
      throw badUserInput(
        `${page.cursor.argument} does not fit this list: pass a metadata.next_cursor or metadata.previous_cursor as the list returned it`,
        {
          argument: page.cursor.argument,
        },
      );
    }
    throw error;
  }
}

/** A row as a page statement returns it: its position (sort values as text) and, with a cursor, whether rows lie behind it. */
type PositionedRow = Row & { __position: (string | null)[]; __behind?: boolean };

/**
 * Cuts the `take + 1` rows read into the page and its cursors: the extra row says that a page
 * follows; before the first page nothing precedes, after a skip or a cursor the statement said.
 */
function toPageRows<R>(read: PositionedRow[], page: Page, list: string): PageRows<R> {
  const more = read.length > page.take;
  const kept = more ? read.slice(0, page.take) : read;
  const behind = read[0]?.__behind ?? false;
  const backward = page.cursor?.backward ?? false;
  const ordered = backward ? kept.reverse() : kept;
  const hasNext = backward ? behind : more;
  const hasPrevious = backward ? more : page.cursor ? behind : page.skip > 0;
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  return {
    rows: ordered.map(({ __position: _position, __behind: _behind, ...row }) => row as R),
    next_cursor: hasNext && last ? encodeCursor(list, page.order, last.__position) : null,
    previous_cursor: hasPrevious && first ? encodeCursor(list, page.order, first.__position) : null,
  };
}

/**
 * One page of `table` in the page's order: `limit`/`offset`, or with a cursor a range from the
 * cursor's row (`where (sort fields) > (its values)`), which an index in that order reads as it
 * reads the first page. One statement either way; the count is another, run only when asked.
 */
export async function listPage<R extends object>(
  db: Queryable,
  table: string,
  where: Where,
  page: Page,
): Promise<ListResult<R>> {
  assertCursorOf(page, table);
  const params = [...where.params];
  const parts = keysetParts(page, params, quoteIdent);
  const behind = parts.behind ? `, exists(select 1 from ${table} where ${where} and ${parts.behind}) as __behind` : '';
  const rows = await queryPage<PositionedRow>(
    db,
    `select *, ${parts.position} as __position${behind} from ${table}
     where ${where}${parts.beyond ? ` and ${parts.beyond}` : ''}
     order by ${parts.orderBy(quoteIdent)} limit ${page.take + 1} offset ${page.skip}`,
    params,
    page,
  );
  let counted: Promise<number> | undefined;
  const count = () =>
    (counted ??= db
      .query<{ count: number }>(`select count(*)::int as count from ${table} where ${where}`, where.params)
      .then(([row]) => row.count));
  return { ...toPageRows<R>(rows, page, listFingerprint(table)), page, count };
}

/**
 * Serializes the transactions that create rows with the same caller-chosen ids, until they end: a
 * call retried while the first is still running (its answer lost to a timeout) waits for it, then
 * finds its rows instead of creating them again. One transaction-scoped advisory lock per id,
 * taken in sorted order so that two calls never wait on each other.
 */
export async function lockIds(db: Queryable, ids: readonly string[]): Promise<void> {
  for (const id of [...new Set(ids)].sort())
    await db.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [id]);
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
    throw new Error(
      `insertRows(${table}): every row must have the columns ${signature}; one has ${Object.keys(mismatch).join(',')}`,
    );
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
    await db.query(
      `insert into ${table} (${columnList}) values ${tuples.join(', ')} on conflict (${(typeof conflictKey === 'string' ? [conflictKey] : conflictKey).map(quoteIdent).join(', ')}) do nothing`,
      params,
    );
  }
}

/** Objects and arrays go to jsonb columns as JSON text; everything else as it is. */
function toParameter(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/**
 * One page of related rows for each of many parents, in ONE statement, e.g. the first 20 carts
 * of each of 50 regions: for each parent, a lateral subquery reads the live rows of `source` (a
 * table, or a parenthesized select) whose `column` is the parent's id, in the page's order, from
 * the cursor's row when there is one, and stops after the page. With an index on `(column, sort
 * fields)` that is a short range scan per parent, however many rows a parent has.
 */
export async function pagesWhereIn<R extends object>(
  db: Queryable,
  source: string,
  column: string,
  parents: readonly string[],
  page: Page,
): Promise<Map<string, PageRows<R>>> {
  if (parents.length === 0) return new Map();
  assertCursorOf(page, source);
  const params: unknown[] = [parents];
  const parts = keysetParts(page, params, (name) => `source.${quoteIdent(name)}`);
  const parentRows = `source.${quoteIdent(column)} = parent.key and source.deleted_at is null`;
  const parentsOf = 'unnest($1::text[]) with ordinality as parent(key, position)';
  // With a cursor, whether each parent has rows behind it: once per parent (a materialized CTE),
  // not once per row of its page.
  const probed = parts.behind
    ? `with probed as materialized (
         select parent.key, parent.position, exists(select 1 from ${source} source where ${parentRows} and ${parts.behind}) as behind
         from ${parentsOf}
       )
       select page.*, parent.behind as __behind from probed parent`
    : `select page.* from ${parentsOf}`;
  const rows = await queryPage<PositionedRow>(
    db,
    `${probed}
     cross join lateral (
       select source.*, ${parts.position} as __position from ${source} source
       where ${parentRows}${parts.beyond ? ` and ${parts.beyond}` : ''}
       order by ${parts.orderBy((name) => `source.${quoteIdent(name)}`)} limit ${page.take + 1} offset ${page.skip}
     ) page
     order by parent.position, ${parts.orderBy((name) => `page.${quoteIdent(name)}`)}`,
    params,
    page,
  );
  const byParent = new Map<string, PositionedRow[]>();
  for (const row of rows) {
    const parent = String(row[column]);
    const group = byParent.get(parent);
    if (group) group.push(row);
    else byParent.set(parent, [row]);
  }
  const list = listFingerprint(source);
  return new Map([...byParent].map(([parent, group]) => [parent, toPageRows<R>(group, page, list)]));
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
