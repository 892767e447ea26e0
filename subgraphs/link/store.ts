import type { Queryable } from '../../kit/database';
import { quoteIdent } from '../../kit/migrate';
import { insertRows, type Timestamps } from '../../kit/sql';
import type { LinkDefinition } from './links';

/** A live pivot row: its id, the two keys (e.g. `cart_id`, `order_id`) and timestamps. */
export interface PivotRow extends Timestamps {
  id: string;
  [key: string]: string | Date | null;
}

export type NewPivotRow = { id: string } & Record<string, string>;

/** All SQL of the link module: reads and writes pivot rows of the declared links. */
export function createLinkStore(db: Queryable) {
  const table = (link: LinkDefinition) => `link.${quoteIdent(link.table)}`;
  return {
    /** Live pivot rows whose `key` column is one of `ids`, oldest first. */
    pivotsWhereIn(link: LinkDefinition, key: string, ids: string[]): Promise<PivotRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.query<PivotRow>(
        `select * from ${table(link)} where ${quoteIdent(key)} = any($1::text[]) and deleted_at is null order by created_at, id`,
        [ids],
      );
    },

    insert(link: LinkDefinition, rows: NewPivotRow[]): Promise<void> {
      return insertRows(db, table(link), rows);
    },
  };
}

export type LinkStore = ReturnType<typeof createLinkStore>;
