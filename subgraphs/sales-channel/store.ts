import type { Queryable } from '../../kit/database';
import {
  insertRows,
  listPage,
  rowsWhereIn,
  Where,
  type NewRow,
  type Page,
  type RangeFilter,
  type ReadOptions,
  type Timestamps,
} from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them.
type Json = unknown;

export interface SalesChannelRow extends Timestamps {
  id: string;
  name: string;
  description: string | null;
  is_disabled: boolean;
  metadata: Json;
}

export interface SalesChannelFilters {
  id?: readonly string[] | null;
  name?: readonly string[] | null;
  is_disabled?: boolean | null;
  created_at?: RangeFilter<Date | string> | null;
  updated_at?: RangeFilter<Date | string> | null;
  q?: string | null;
}

/** Sortable columns of the list (own scalar columns), for `toPage`. */
export const SORTABLE = ['id', 'name', 'created_at', 'updated_at'] as const;

/** New rows, as the seed and (later) the admin mutations write them. */
export interface SalesChannelData {
  sales_channels?: NewRow<SalesChannelRow>[];
}

const TABLE = 'sales_channel.sales_channel';

/** All SQL of the sales channel module; every read takes and returns arrays. */
export function createSalesChannelStore(db: Queryable) {
  return {
    salesChannelsByIds: (ids: string[], options: ReadOptions = {}) => rowsWhereIn<SalesChannelRow>(db, TABLE, 'id', ids, options),

    listSalesChannels(filters: SalesChannelFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('name', filters.name)
        .equals('is_disabled', filters.is_disabled)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['name', 'description'], filters.q);
      return listPage<SalesChannelRow>(db, TABLE, where, page);
    },

    async insert(data: SalesChannelData): Promise<void> {
      await insertRows(db, TABLE, data.sales_channels ?? []);
    },
  };
}

export type SalesChannelStore = ReturnType<typeof createSalesChannelStore>;
