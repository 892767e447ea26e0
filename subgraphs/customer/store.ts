import type { Queryable } from '../../kit/database';
import { insertRows, listPage, rowsWhereIn, Where, type NewRow, type Page, type Timestamps } from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them.
type Json = unknown;

export interface CustomerRow extends Timestamps {
  id: string;
  company_name: string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  has_account: boolean;
  metadata: Json;
  created_by: string | null;
}

export interface CustomerFilters {
  id?: readonly string[] | null;
  email?: string | null;
  has_account?: boolean | null;
}

/** New rows, as the seed and (later) the storefront mutations write them. */
export interface CustomerData {
  customers?: NewRow<CustomerRow>[];
}

/** All SQL of the customer module; every read takes and returns arrays. */
export function createCustomerStore(db: Queryable) {
  return {
    customersByIds: (ids: string[]) => rowsWhereIn<CustomerRow>(db, 'customer.customer', 'id', ids),

    listCustomers(filters: CustomerFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('email', filters.email)
        .equals('has_account', filters.has_account);
      return listPage<CustomerRow>(db, 'customer.customer', where, page);
    },

    async insert(data: CustomerData): Promise<void> {
      await insertRows(db, 'customer.customer', data.customers ?? []);
    },
  };
}

export type CustomerStore = ReturnType<typeof createCustomerStore>;
