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

export interface CustomerAddressRow extends Timestamps {
  id: string;
  customer_id: string;
  address_name: string | null;
  is_default_shipping: boolean;
  is_default_billing: boolean;
  company: string | null;
  first_name: string | null;
  last_name: string | null;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  country_code: string | null;
  province: string | null;
  postal_code: string | null;
  phone: string | null;
  metadata: Json;
}

export interface CustomerGroupRow extends Timestamps {
  id: string;
  name: string;
  metadata: Json;
  created_by: string | null;
}

/** Medusa's pivot entity between customers and groups. */
export interface CustomerGroupCustomerRow extends Timestamps {
  id: string;
  customer_id: string;
  customer_group_id: string;
  created_by: string | null;
  metadata: Json;
}

/** A row reached through the pivot, with the key it was asked for (for `manyBy`). */
export type Via<R> = R & { via_id: string };

type DateRange = RangeFilter<Date | string> | null;
type Texts = readonly string[] | null;

export interface CustomerFilters {
  id?: Texts;
  email?: Texts;
  has_account?: boolean | null;
  first_name?: Texts;
  last_name?: Texts;
  company_name?: Texts;
  group_id?: Texts;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

export interface CustomerGroupFilters {
  id?: Texts;
  name?: Texts;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

export interface CustomerAddressFilters {
  id?: Texts;
  customer_id?: Texts;
  country_code?: Texts;
  is_default_shipping?: boolean | null;
  is_default_billing?: boolean | null;
  created_at?: DateRange;
  updated_at?: DateRange;
}

/** Sortable columns of each list (own scalar columns), for `toPage`. */
export const SORTABLE = {
  customer: ['id', 'email', 'first_name', 'last_name', 'company_name', 'created_at', 'updated_at'],
  group: ['id', 'name', 'created_at', 'updated_at'],
  address: ['id', 'address_name', 'city', 'country_code', 'postal_code', 'created_at', 'updated_at'],
} as const;

/** New rows, as the seed and (later) the storefront mutations write them. */
export interface CustomerData {
  customers?: NewRow<CustomerRow>[];
  addresses?: NewRow<CustomerAddressRow>[];
  groups?: NewRow<CustomerGroupRow>[];
  group_customers?: NewRow<CustomerGroupCustomerRow>[];
}

const CUSTOMER = 'customer.customer';
const ADDRESS = 'customer.customer_address';
const GROUP = 'customer.customer_group';
const PIVOT = 'customer.customer_group_customer';

/** All SQL of the customer module; every read takes and returns arrays. */
export function createCustomerStore(db: Queryable) {
  /** Live rows of `table` linked through live pivot rows to any of `keys` (one statement). */
  const throughPivot = <R extends object>(table: string, from: string, to: string, keys: string[], orderBy: string): Promise<Via<R>[]> =>
    keys.length === 0
      ? Promise.resolve([])
      : db.query<Via<R>>(
          `select t.*, p.${from} as via_id from ${PIVOT} p join ${table} t on t.id = p.${to}
           where p.${from} = any($1::text[]) and p.deleted_at is null and t.deleted_at is null
           order by ${orderBy}`,
          [keys],
        );

  return {
    customersByIds: (ids: string[], options: ReadOptions = {}) => rowsWhereIn<CustomerRow>(db, CUSTOMER, 'id', ids, options),
    addressesByIds: (ids: string[], options: ReadOptions = {}) => rowsWhereIn<CustomerAddressRow>(db, ADDRESS, 'id', ids, options),
    groupsByIds: (ids: string[], options: ReadOptions = {}) => rowsWhereIn<CustomerGroupRow>(db, GROUP, 'id', ids, options),
    addressesByCustomerIds: (customerIds: string[]) => rowsWhereIn<CustomerAddressRow>(db, ADDRESS, 'customer_id', customerIds),
    groupsByCustomerIds: (customerIds: string[]) =>
      throughPivot<CustomerGroupRow>(GROUP, 'customer_id', 'customer_group_id', customerIds, 't.name, t.id'),
    customersByGroupIds: (groupIds: string[]) =>
      throughPivot<CustomerRow>(CUSTOMER, 'customer_group_id', 'customer_id', groupIds, 't.id'),

    listCustomers(filters: CustomerFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('email', filters.email)
        .equals('has_account', filters.has_account)
        .equals('first_name', filters.first_name)
        .equals('last_name', filters.last_name)
        .equals('company_name', filters.company_name)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['email', 'first_name', 'last_name', 'company_name', 'phone'], filters.q);
      if (filters.group_id) {
        where.params.push(filters.group_id);
        where.raw(
          `id in (select customer_id from ${PIVOT} where customer_group_id = any($${where.params.length}::text[]) and deleted_at is null)`,
        );
      }
      return listPage<CustomerRow>(db, CUSTOMER, where, page);
    },

    listGroups(filters: CustomerGroupFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('name', filters.name)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .search(['name'], filters.q);
      return listPage<CustomerGroupRow>(db, GROUP, where, page);
    },

    listAddresses(filters: CustomerAddressFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('customer_id', filters.customer_id)
        .equals('country_code', filters.country_code)
        .equals('is_default_shipping', filters.is_default_shipping)
        .equals('is_default_billing', filters.is_default_billing)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<CustomerAddressRow>(db, ADDRESS, where, page);
    },

    // Writes of the internal mutations (mutations.ts runs them inside one transaction).

    /** The live customers with exactly this email, registered ones first. */
    liveCustomersByEmail: (email: string) =>
      db.query<CustomerRow>(`select * from ${CUSTOMER} where email = $1 and deleted_at is null order by has_account desc, id`, [email]),

    /**
     * Inserts a guest unless a live guest with its email exists (the unique index on live
     * `(email, has_account)` decides, so two concurrent calls cannot both insert). Returns the
     * new row, or nothing when one existed.
     */
    insertGuestIfAbsent: (guest: NewRow<CustomerRow>) =>
      db.query<CustomerRow>(
        `insert into ${CUSTOMER} (id, email, has_account, company_name, first_name, last_name, phone, metadata, created_by)
         values ($1, $2, false, null, null, null, null, null, null)
         on conflict (email, has_account) where deleted_at is null do nothing
         returning *`,
        [guest.id, guest.email],
      ),

    /** The live customer, locked until the transaction ends. */
    lockCustomer: (id: string) =>
      db.query<CustomerRow>(`select * from ${CUSTOMER} where id = $1 and deleted_at is null for update`, [id]),

    /** Deletes a customer for good; its addresses and group memberships cascade. */
    async deleteCustomer(id: string): Promise<void> {
      await db.query(`delete from ${CUSTOMER} where id = $1`, [id]);
    },

    /** Writes parents before children, so every foreign key finds its row. */
    async insert(data: CustomerData): Promise<void> {
      await insertRows(db, CUSTOMER, data.customers ?? []);
      await insertRows(db, GROUP, data.groups ?? []);
      await insertRows(db, ADDRESS, data.addresses ?? []);
      await insertRows(db, PIVOT, data.group_customers ?? []);
    },
  };
}

export type CustomerStore = ReturnType<typeof createCustomerStore>;
