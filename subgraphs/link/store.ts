import type { Queryable } from '../../kit/database';
import { quoteIdent } from '../../kit/migrate';
import { generateId } from '../../kit/ids';
import {
  countsWhereIn,
  insertRows,
  listPage,
  pagesWhereIn,
  Where,
  type Page,
  type PageRows,
  type RangeFilter,
  type Timestamps,
} from '../../kit/sql';
import type { LinkDefinition } from './links';

/** A pivot row: its id, the two keys (e.g. `order_id`, `cart_id`), extra columns and timestamps. */
export interface PivotRow extends Timestamps {
  id: string;
  [column: string]: unknown;
}

/** A pair to link, with the values of extra columns to set. */
export interface Pair {
  a: string;
  b: string;
  data?: Record<string, unknown>;
}

export interface PivotFilters {
  id?: readonly string[] | null;
  keys: Record<string, readonly string[] | null | undefined>;
  created_at?: RangeFilter<Date | string> | null;
  updated_at?: RangeFilter<Date | string> | null;
}

const table = (link: LinkDefinition) => `link.${quoteIdent(link.table)}`;

/** All SQL of the link module: reads and writes of the declared links' pivot rows. */
export function createLinkStore(db: Queryable) {
  return {
    /**
     * Live pivot rows whose `key` is one of `ids`, a page per id: one statement for every id
     * of a request (kit/sql.ts `pagesWhereIn`).
     */
    pivotPagesByKey(
      link: LinkDefinition,
      key: string,
      ids: string[],
      page: Page,
    ): Promise<Map<string, PageRows<PivotRow>>> {
      return pagesWhereIn<PivotRow>(db, table(link), key, ids, page);
    },

    /** How many live pivot rows each id has (a `group by`), for `metadata.count`. */
    pivotCountsByKey: (link: LinkDefinition, key: string, ids: string[]) => countsWhereIn(db, table(link), key, ids),

    list(link: LinkDefinition, filters: PivotFilters, page: Page, withDeleted: boolean) {
      const where = new Where({ withDeleted }).equals('id', filters.id);
      for (const [key, ids] of Object.entries(filters.keys)) where.equals(quoteIdent(key), ids);
      where.range('created_at', filters.created_at).range('updated_at', filters.updated_at);
      return listPage<PivotRow>(db, table(link), where, page);
    },

    /**
     * Medusa's upsert: a new pair is inserted, a dismissed pair revived, a live pair kept (its
     * extra columns set when `data` gives them). A pair that would break the link's cardinality
     * fails on its unique index (SQLSTATE 23505).
     */
    async create(link: LinkDefinition, pair: Pair): Promise<PivotRow> {
      const [a, b] = link.sides;
      const extras = Object.keys(pair.data ?? {});
      const columns = [a.key, b.key, ...extras].map(quoteIdent);
      const values = [pair.a, pair.b, ...extras.map((column) => pair.data![column])];
      const updates = [
        'deleted_at = null',
        `updated_at = case when ${table(link)}.deleted_at is null then ${table(link)}.updated_at else now() end`,
        ...extras.map((column) => `${quoteIdent(column)} = excluded.${quoteIdent(column)}`),
      ];
      const [row] = await db.query<PivotRow>(
        `insert into ${table(link)} (id, ${columns.join(', ')})
         values ($1, ${values.map((_, index) => `$${index + 2}`).join(', ')})
         on conflict (${quoteIdent(a.key)}, ${quoteIdent(b.key)}) do update set ${updates.join(', ')}
         returning *`,
        [generateId(link.idPrefix), ...values],
      );
      return row;
    },

    /** Soft-deletes the live pivot row of a pair; none when the pair is not linked. */
    dismiss(link: LinkDefinition, pair: Pair): Promise<PivotRow[]> {
      const [a, b] = link.sides;
      return db.query<PivotRow>(
        `update ${table(link)} set deleted_at = now(), updated_at = now()
         where ${quoteIdent(a.key)} = $1 and ${quoteIdent(b.key)} = $2 and deleted_at is null returning *`,
        [pair.a, pair.b],
      );
    },

    /** Soft-deletes every live pivot row of these records. */
    softDeleteByKey(link: LinkDefinition, key: string, ids: string[]): Promise<PivotRow[]> {
      return db.query<PivotRow>(
        `update ${table(link)} set deleted_at = now(), updated_at = now()
         where ${quoteIdent(key)} = any($1::text[]) and deleted_at is null returning *`,
        [ids],
      );
    },

    /**
     * Revives the pivot rows of these records that their latest delete removed. One delete writes
     * one timestamp (its transaction's), so links dismissed earlier, one by one, stay dismissed.
     */
    restoreByKey(link: LinkDefinition, key: string, ids: string[]): Promise<PivotRow[]> {
      const column = quoteIdent(key);
      return db.query<PivotRow>(
        `update ${table(link)} pivot set deleted_at = null, updated_at = now()
         where pivot.${column} = any($1::text[]) and pivot.deleted_at is not null
           and pivot.deleted_at = (select max(latest.deleted_at) from ${table(link)} latest where latest.${column} = pivot.${column})
         returning *`,
        [ids],
      );
    },

    /** Puts pivot rows back as they were, by id: the undo of a cascade that failed half-way. */
    setDeletedAt(link: LinkDefinition, ids: string[], deletedAt: Date | null): Promise<PivotRow[]> {
      return db.query<PivotRow>(`update ${table(link)} set deleted_at = $2 where id = any($1::text[]) returning *`, [
        ids,
        deletedAt,
      ]);
    },

    /** The live row that holds `key = id`, to name it when a create conflicts with it. */
    async liveRow(link: LinkDefinition, key: string, id: string): Promise<PivotRow | undefined> {
      const [row] = await db.query<PivotRow>(
        `select * from ${table(link)} where ${quoteIdent(key)} = $1 and deleted_at is null limit 1`,
        [id],
      );
      return row;
    },

    /** Demo data and tests: pivot rows with their ids, left alone when they exist. */
    insert(link: LinkDefinition, rows: ({ id: string } & Record<string, unknown>)[]): Promise<void> {
      return insertRows(db, table(link), rows);
    },
  };
}

export type LinkStore = ReturnType<typeof createLinkStore>;
export type NewPivotRow = { id: string } & Record<string, string>;
