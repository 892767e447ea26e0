import type { Queryable } from '../../kit/database';
import { insertRows, listPage, rowsWhereIn, Where, type NewRow, type Page, type Timestamps } from '../../kit/sql';

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
  name?: string | null;
  is_disabled?: boolean | null;
}

/** New rows, as the seed and (later) the admin mutations write them. */
export interface SalesChannelData {
  sales_channels?: NewRow<SalesChannelRow>[];
}

/** All SQL of the sales channel module; every read takes and returns arrays. */
export function createSalesChannelStore(db: Queryable) {
  return {
    salesChannelsByIds: (ids: string[]) => rowsWhereIn<SalesChannelRow>(db, 'sales_channel.sales_channel', 'id', ids),

    listSalesChannels(filters: SalesChannelFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('name', filters.name)
        .equals('is_disabled', filters.is_disabled);
      return listPage<SalesChannelRow>(db, 'sales_channel.sales_channel', where, page);
    },

    async insert(data: SalesChannelData): Promise<void> {
      await insertRows(db, 'sales_channel.sales_channel', data.sales_channels ?? []);
    },
  };
}

export type SalesChannelStore = ReturnType<typeof createSalesChannelStore>;
