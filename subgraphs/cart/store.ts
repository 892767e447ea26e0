import type { Queryable } from '../../kit/database';
import {
  countsWhereIn,
  insertRows,
  listPage,
  lockIds,
  pagesWhereIn,
  rowsWhereIn,
  Where,
  type NewRow,
  type Page,
  type RangeFilter,
  type ReadOptions,
  type Timestamps,
} from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them (numeric as string).
type Json = unknown;

export interface CartRow extends Timestamps {
  id: string;
  region_id: string | null;
  customer_id: string | null;
  sales_channel_id: string | null;
  email: string | null;
  currency_code: string;
  locale: string | null;
  metadata: Json;
  completed_at: Date | null;
  shipping_address_id: string | null;
  billing_address_id: string | null;
}

export interface AddressRow extends Timestamps {
  id: string;
  customer_id: string | null;
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

export interface LineItemRow extends Timestamps {
  id: string;
  cart_id: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
  quantity: number;
  variant_id: string | null;
  product_id: string | null;
  product_title: string | null;
  product_description: string | null;
  product_subtitle: string | null;
  product_type: string | null;
  product_type_id: string | null;
  product_collection: string | null;
  product_handle: string | null;
  variant_sku: string | null;
  variant_barcode: string | null;
  variant_title: string | null;
  variant_option_values: Json;
  requires_shipping: boolean;
  is_discountable: boolean;
  is_giftcard: boolean;
  is_tax_inclusive: boolean;
  is_custom_price: boolean;
  compare_at_unit_price: string | null;
  unit_price: string;
  metadata: Json;
}

export interface LineItemAdjustmentRow extends Timestamps {
  id: string;
  item_id: string;
  description: string | null;
  code: string | null;
  amount: string;
  is_tax_inclusive: boolean;
  provider_id: string | null;
  promotion_id: string | null;
  metadata: Json;
}

/** Table `cart_line_item_tax_line` (`calitxl_…`): a tax applied to a line; `rate` is a percent (real). */
export interface LineItemTaxLineRow extends Timestamps {
  id: string;
  item_id: string;
  description: string | null;
  code: string;
  rate: number;
  provider_id: string | null;
  tax_rate_id: string | null;
  metadata: Json;
}

export interface ShippingMethodRow extends Timestamps {
  id: string;
  cart_id: string;
  name: string;
  description: Json;
  amount: string;
  is_tax_inclusive: boolean;
  shipping_option_id: string | null;
  data: Json;
  metadata: Json;
}

/** Table `cart_shipping_method_adjustment` (`casmadj_…`): no is_tax_inclusive, no link to the promotion. */
export interface ShippingMethodAdjustmentRow extends Timestamps {
  id: string;
  shipping_method_id: string;
  description: string | null;
  code: string | null;
  amount: string;
  provider_id: string | null;
  promotion_id: string | null;
  metadata: Json;
}

/** Table `cart_shipping_method_tax_line` (`casmtxl_…`). */
export interface ShippingMethodTaxLineRow extends Timestamps {
  id: string;
  shipping_method_id: string;
  description: string | null;
  code: string;
  rate: number;
  provider_id: string | null;
  tax_rate_id: string | null;
  metadata: Json;
}

/** Table `credit_line` (`cacl_…`): an amount credited to the cart, e.g. store credit. */
export interface CreditLineRow extends Timestamps {
  id: string;
  cart_id: string;
  reference: string | null;
  reference_id: string | null;
  amount: string;
  metadata: Json;
}

/** An entity another subgraph owns, as this one resolves it: its id (the key), nothing more. */
export interface EntityReference {
  id: string;
}

/** The cart columns a read-only link's reverse list groups by: the foreign keys. */
export type CartLinkColumn = 'customer_id' | 'region_id' | 'sales_channel_id';

type DateRange = RangeFilter<Date | string> | null;

export interface CartFilters {
  id?: readonly string[] | null;
  customer_id?: readonly string[] | null;
  region_id?: readonly string[] | null;
  sales_channel_id?: readonly string[] | null;
  email?: readonly string[] | null;
  currency_code?: readonly string[] | null;
  completed?: boolean | null;
  created_at?: DateRange;
  updated_at?: DateRange;
  completed_at?: DateRange;
}

export interface LineItemFilters {
  id?: readonly string[] | null;
  cart_id?: readonly string[] | null;
  product_id?: readonly string[] | null;
  variant_id?: readonly string[] | null;
  unit_price?: RangeFilter<string> | null;
  created_at?: DateRange;
  updated_at?: DateRange;
}

/** Columns a cart list can be sorted by. */
export const CART_SORTABLE = [
  'id', 'region_id', 'customer_id', 'sales_channel_id', 'email', 'currency_code', 'locale', 'completed_at', 'created_at', 'updated_at',
] as const;

/** Columns a line-item list can be sorted by. */
export const LINE_ITEM_SORTABLE = [
  'id', 'cart_id', 'title', 'quantity', 'unit_price', 'product_id', 'variant_id', 'product_title', 'variant_sku', 'created_at', 'updated_at',
] as const;

/** New rows, as the seed and (later) the storefront mutations write them. */
export interface CartData {
  addresses?: NewRow<AddressRow>[];
  carts?: NewRow<CartRow>[];
  items?: NewRow<LineItemRow>[];
  adjustments?: NewRow<LineItemAdjustmentRow>[];
  item_tax_lines?: NewRow<LineItemTaxLineRow>[];
  shipping_methods?: NewRow<ShippingMethodRow>[];
  shipping_method_adjustments?: NewRow<ShippingMethodAdjustmentRow>[];
  shipping_method_tax_lines?: NewRow<ShippingMethodTaxLineRow>[];
  credit_lines?: NewRow<CreditLineRow>[];
}

/** The cart columns `cart_update` may set. */
export type CartChanges = Partial<
  Pick<
    CartRow,
    | 'email'
    | 'region_id'
    | 'currency_code'
    | 'customer_id'
    | 'sales_channel_id'
    | 'locale'
    | 'metadata'
    | 'completed_at'
    | 'shipping_address_id'
    | 'billing_address_id'
  >
>;

/** The line-item columns `line_items_update` may set. */
export type LineItemChanges = Partial<Pick<LineItemRow, 'quantity' | 'unit_price' | 'metadata'>>;

const JSON_COLUMNS = new Set(['metadata']);

/** jsonb columns take JSON text (so a string stays a JSON string); the others their value. */
function toJsonParameter(column: string, value: unknown): unknown {
  return JSON_COLUMNS.has(column) && value !== null && value !== undefined ? JSON.stringify(value) : value;
}

/** All SQL of the cart module; every read takes and returns arrays. */
export function createCartStore(db: Queryable) {
  return {
    cartsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<CartRow>(db, 'cart.cart', 'id', ids, options),
    addressesByIds: (ids: string[]) => rowsWhereIn<AddressRow>(db, 'cart.cart_address', 'id', ids),
    itemsByIds: (ids: string[], options?: ReadOptions) => rowsWhereIn<LineItemRow>(db, 'cart.cart_line_item', 'id', ids, options),
    itemsByCartIds: (cartIds: string[]) => rowsWhereIn<LineItemRow>(db, 'cart.cart_line_item', 'cart_id', cartIds),
    adjustmentsByIds: (ids: string[], options?: ReadOptions) =>
      rowsWhereIn<LineItemAdjustmentRow>(db, 'cart.cart_line_item_adjustment', 'id', ids, options),
    adjustmentsByItemIds: (itemIds: string[]) =>
      rowsWhereIn<LineItemAdjustmentRow>(db, 'cart.cart_line_item_adjustment', 'item_id', itemIds),
    itemTaxLinesByIds: (ids: string[]) => rowsWhereIn<LineItemTaxLineRow>(db, 'cart.cart_line_item_tax_line', 'id', ids),
    itemTaxLinesByItemIds: (itemIds: string[]) =>
      rowsWhereIn<LineItemTaxLineRow>(db, 'cart.cart_line_item_tax_line', 'item_id', itemIds),
    shippingMethodsByIds: (ids: string[], options?: ReadOptions) =>
      rowsWhereIn<ShippingMethodRow>(db, 'cart.cart_shipping_method', 'id', ids, options),
    shippingMethodsByCartIds: (cartIds: string[]) =>
      rowsWhereIn<ShippingMethodRow>(db, 'cart.cart_shipping_method', 'cart_id', cartIds),
    methodAdjustmentsByIds: (ids: string[], options?: ReadOptions) =>
      rowsWhereIn<ShippingMethodAdjustmentRow>(db, 'cart.cart_shipping_method_adjustment', 'id', ids, options),
    methodAdjustmentsByMethodIds: (methodIds: string[]) =>
      rowsWhereIn<ShippingMethodAdjustmentRow>(db, 'cart.cart_shipping_method_adjustment', 'shipping_method_id', methodIds),
    methodTaxLinesByIds: (ids: string[]) =>
      rowsWhereIn<ShippingMethodTaxLineRow>(db, 'cart.cart_shipping_method_tax_line', 'id', ids),
    methodTaxLinesByMethodIds: (methodIds: string[]) =>
      rowsWhereIn<ShippingMethodTaxLineRow>(db, 'cart.cart_shipping_method_tax_line', 'shipping_method_id', methodIds),
    creditLinesByIds: (ids: string[]) => rowsWhereIn<CreditLineRow>(db, 'cart.credit_line', 'id', ids),
    creditLinesByCartIds: (cartIds: string[]) => rowsWhereIn<CreditLineRow>(db, 'cart.credit_line', 'cart_id', cartIds),

    /** One page of live carts per customer, region or sales channel (the reverse of a read-only link). */
    cartPagesBy: (column: CartLinkColumn, parentIds: string[], page: Page) =>
      pagesWhereIn<CartRow>(db, 'cart.cart', column, parentIds, page),
    cartCountsBy: (column: CartLinkColumn, parentIds: string[]) => countsWhereIn(db, 'cart.cart', column, parentIds),
    /** One page of live line items per variant (Medusa's `ProductVariant.cart_items`). */
    itemPagesByVariantIds: (variantIds: string[], page: Page) =>
      pagesWhereIn<LineItemRow>(db, 'cart.cart_line_item', 'variant_id', variantIds, page),
    itemCountsByVariantIds: (variantIds: string[]) => countsWhereIn(db, 'cart.cart_line_item', 'variant_id', variantIds),

    listCarts(filters: CartFilters, page: Page, options: { withDeleted?: boolean | null } = {}) {
      const where = new Where({ withDeleted: options.withDeleted })
        .equals('id', filters.id)
        .equals('customer_id', filters.customer_id)
        .equals('region_id', filters.region_id)
        .equals('sales_channel_id', filters.sales_channel_id)
        .equals('email', filters.email)
        .equals('currency_code', filters.currency_code)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .range('completed_at', filters.completed_at);
      if (filters.completed === true) where.raw('completed_at is not null');
      if (filters.completed === false) where.raw('completed_at is null');
      return listPage<CartRow>(db, 'cart.cart', where, page);
    },

    listLineItems(filters: LineItemFilters, page: Page, options: { withDeleted?: boolean | null } = {}) {
      const where = new Where({ withDeleted: options.withDeleted })
        .equals('id', filters.id)
        .equals('cart_id', filters.cart_id)
        .equals('product_id', filters.product_id)
        .equals('variant_id', filters.variant_id)
        .range('unit_price', filters.unit_price)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at);
      return listPage<LineItemRow>(db, 'cart.cart_line_item', where, page);
    },

    // Writes of the internal mutations (mutations.ts runs them inside one transaction).

    /** Holds caller-chosen ids until the transaction ends (kit/sql.ts `lockIds`). */
    lockIds: (ids: string[]) => lockIds(db, ids),

    /** Live carts by id, locked until the transaction ends, so a concurrent completion waits. */
    lockCarts: (ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.query<CartRow>('select * from cart.cart where id = any($1::text[]) and deleted_at is null order by id for update', [ids]),

    /** Sets the given columns of a cart (and `updated_at`); returns the new row. */
    async updateCart(id: string, changes: CartChanges): Promise<CartRow> {
      const columns = Object.keys(changes) as (keyof CartChanges)[];
      const params: unknown[] = [id, ...columns.map((column) => toJsonParameter(column, changes[column]))];
      const sets = [...columns.map((column, n) => `${column} = $${n + 2}`), 'updated_at = now()'];
      const [row] = await db.query<CartRow>(`update cart.cart set ${sets.join(', ')} where id = $1 returning *`, params);
      return row;
    },

    /** Soft-deletes addresses (those a cart no longer points to). */
    async softDeleteAddresses(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.query('update cart.cart_address set deleted_at = now() where id = any($1::text[]) and deleted_at is null', [ids]);
    },

    /**
     * Deletes a cart for good with every row of it. Shipping-method adjustments and tax lines and
     * credit lines have no ON DELETE rule (as in Medusa), so they go first; items (with their
     * adjustments and tax lines) and shipping methods cascade from the cart.
     */
    async deleteCart(cart: CartRow): Promise<void> {
      const methods = '(select id from cart.cart_shipping_method where cart_id = $1)';
      await db.query(`delete from cart.cart_shipping_method_adjustment where shipping_method_id in ${methods}`, [cart.id]);
      await db.query(`delete from cart.cart_shipping_method_tax_line where shipping_method_id in ${methods}`, [cart.id]);
      await db.query('delete from cart.credit_line where cart_id = $1', [cart.id]);
      await db.query('delete from cart.cart where id = $1', [cart.id]);
      const addressIds = [cart.shipping_address_id, cart.billing_address_id].filter((id): id is string => id !== null);
      if (addressIds.length > 0) await db.query('delete from cart.cart_address where id = any($1::text[])', [addressIds]);
    },

    /** Sets a line item's quantity, unit price and metadata where given; returns the new row. */
    async updateItem(id: string, changes: LineItemChanges): Promise<LineItemRow> {
      const columns = Object.keys(changes) as (keyof LineItemChanges)[];
      const params: unknown[] = [id, ...columns.map((column) => toJsonParameter(column, changes[column]))];
      const sets = [...columns.map((column, n) => `${column} = $${n + 2}`), 'updated_at = now()'];
      const [row] = await db.query<LineItemRow>(`update cart.cart_line_item set ${sets.join(', ')} where id = $1 returning *`, params);
      return row;
    },

    /**
     * Soft-deletes live line items with their live adjustments and tax lines, all at one moment:
     * that moment (`deleted_at`) is what `restoreItems` brings back. Returns the ids it removed.
     */
    async softDeleteItems(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.query<{ id: string }>(
        `with items as (
           update cart.cart_line_item set deleted_at = now() where id = any($1::text[]) and deleted_at is null returning id, deleted_at
         ), adjustments as (
           update cart.cart_line_item_adjustment x set deleted_at = i.deleted_at from items i
           where x.item_id = i.id and x.deleted_at is null
         ), tax_lines as (
           update cart.cart_line_item_tax_line x set deleted_at = i.deleted_at from items i
           where x.item_id = i.id and x.deleted_at is null
         )
         select id from items`,
        [ids],
      );
      return rows.map((row) => row.id);
    },

    /**
     * Brings back soft-deleted line items with the adjustments and tax lines their delete removed
     * (those deleted at the same moment; rows removed before, e.g. replaced adjustments, stay
     * removed). Returns the ids it restored.
     */
    async restoreItems(ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await db.query<{ id: string }>(
        `with removed as (
           select id, deleted_at from cart.cart_line_item where id = any($1::text[]) and deleted_at is not null
         ), items as (
           update cart.cart_line_item x set deleted_at = null from removed r where x.id = r.id returning x.id
         ), adjustments as (
           update cart.cart_line_item_adjustment x set deleted_at = null from removed r
           where x.item_id = r.id and x.deleted_at = r.deleted_at
         ), tax_lines as (
           update cart.cart_line_item_tax_line x set deleted_at = null from removed r
           where x.item_id = r.id and x.deleted_at = r.deleted_at
         )
         select id from items`,
        [ids],
      );
      return rows.map((row) => row.id);
    },

    /** Soft-deletes line-item adjustments by id. */
    async softDeleteItemAdjustments(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.query('update cart.cart_line_item_adjustment set deleted_at = now() where id = any($1::text[]) and deleted_at is null', [ids]);
    },

    /** Soft-deletes shipping-method adjustments by id. */
    async softDeleteMethodAdjustments(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.query('update cart.cart_shipping_method_adjustment set deleted_at = now() where id = any($1::text[]) and deleted_at is null', [ids]);
    },

    /** Soft-deletes live shipping methods with their adjustments and tax lines, all at one moment. */
    async softDeleteShippingMethods(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.query(
        `with methods as (
           update cart.cart_shipping_method set deleted_at = now() where id = any($1::text[]) and deleted_at is null returning id, deleted_at
         ), adjustments as (
           update cart.cart_shipping_method_adjustment x set deleted_at = m.deleted_at from methods m
           where x.shipping_method_id = m.id and x.deleted_at is null
         ), tax_lines as (
           update cart.cart_shipping_method_tax_line x set deleted_at = m.deleted_at from methods m
           where x.shipping_method_id = m.id and x.deleted_at is null
         )
         select count(*) from methods`,
        [ids],
      );
    },

    async insert(data: CartData): Promise<void> {
      await insertRows(db, 'cart.cart_address', data.addresses ?? []);
      await insertRows(db, 'cart.cart', data.carts ?? []);
      await insertRows(db, 'cart.cart_line_item', data.items ?? []);
      await insertRows(db, 'cart.cart_line_item_adjustment', data.adjustments ?? []);
      await insertRows(db, 'cart.cart_line_item_tax_line', data.item_tax_lines ?? []);
      await insertRows(db, 'cart.cart_shipping_method', data.shipping_methods ?? []);
      await insertRows(db, 'cart.cart_shipping_method_adjustment', data.shipping_method_adjustments ?? []);
      await insertRows(db, 'cart.cart_shipping_method_tax_line', data.shipping_method_tax_lines ?? []);
      await insertRows(db, 'cart.credit_line', data.credit_lines ?? []);
    },
  };
}

export type CartStore = ReturnType<typeof createCartStore>;
