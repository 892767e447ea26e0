import type { Queryable } from '../../kit/database';
import {
  countsWhereIn,
  insertRows,
  listPage,
  lockIds,
  mapPages,
  pagesWhereIn,
  rowsWhereIn,
  Where,
  type NewRow,
  type Page,
  type PageRows,
  type RangeFilter,
  type ReadOptions,
  type Timestamps,
} from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them (numeric as string).
type Json = unknown;

export type OrderStatus = 'pending' | 'completed' | 'draft' | 'archived' | 'canceled' | 'requires_action';

export interface OrderRow extends Timestamps {
  id: string;
  display_id: number;
  custom_display_id: string | null;
  region_id: string | null;
  customer_id: string | null;
  sales_channel_id: string | null;
  version: number;
  status: OrderStatus;
  is_draft_order: boolean;
  email: string | null;
  currency_code: string;
  locale: string | null;
  no_notification: boolean | null;
  metadata: Json;
  canceled_at: Date | null;
  shipping_address_id: string | null;
  billing_address_id: string | null;
}

/** Table `order_address`: a copy of the cart's address, made when the order is placed. */
export interface OrderAddressRow extends Timestamps {
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

/** Table `order_line_item`: the item data, without quantity or order (those are on `order_item`). */
export interface OrderLineItemTableRow extends Timestamps {
  id: string;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
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
  unit_price: string | null;
  metadata: Json;
}

/** Table `order_item`: one line item in one version of an order, with its quantities. */
export interface OrderItemRow extends Timestamps {
  id: string;
  order_id: string;
  item_id: string;
  version: number;
  quantity: string;
  unit_price: string | null;
  compare_at_unit_price: string | null;
  fulfilled_quantity: string;
  shipped_quantity: string;
  delivered_quantity: string;
  return_requested_quantity: string;
  return_received_quantity: string;
  return_dismissed_quantity: string;
  written_off_quantity: string;
  metadata: Json;
}

/**
 * Medusa's public order item (formatOrder): the line item, with `order_id` and `quantity` from
 * the order item and the prices and metadata it overrides, and the order item as `detail`.
 * `id` is the line item's (`ordli_…`).
 */
export interface OrderLineItemRow extends OrderLineItemTableRow {
  order_id: string;
  quantity: string;
  line_item_metadata: Json;
  detail: OrderItemRow;
}

/** Table `order_line_item_adjustment`: a discount on a line item, per order version. */
export interface OrderLineItemAdjustmentRow extends Timestamps {
  id: string;
  item_id: string;
  version: number;
  description: string | null;
  promotion_id: string | null;
  code: string | null;
  amount: string;
  provider_id: string | null;
  is_tax_inclusive: boolean;
}

/** Table `order_line_item_tax_line`; `rate` is a bigNumber in the order module. */
export interface OrderLineItemTaxLineRow extends Timestamps {
  id: string;
  item_id: string;
  description: string | null;
  tax_rate_id: string | null;
  code: string;
  rate: string;
  provider_id: string | null;
}

/** Table `order_shipping_method`: the shipping data, without the order (that is on `order_shipping`). */
export interface OrderShippingMethodTableRow extends Timestamps {
  id: string;
  name: string;
  description: Json;
  amount: string;
  is_tax_inclusive: boolean;
  is_custom_amount: boolean;
  shipping_option_id: string | null;
  data: Json;
  metadata: Json;
}

/** Table `order_shipping`: one shipping method in one version of an order. */
export interface OrderShippingRow extends Timestamps {
  id: string;
  order_id: string;
  version: number;
  return_id: string | null;
  exchange_id: string | null;
  claim_id: string | null;
  shipping_method_id: string;
}

/** Medusa's public order shipping method: the method, with `order_id` and the `order_shipping` row as `detail`. */
export interface OrderShippingMethodRow extends OrderShippingMethodTableRow {
  order_id: string;
  detail: OrderShippingRow;
}

/** Table `order_shipping_method_adjustment` (no `is_tax_inclusive`, as in Medusa). */
export interface OrderShippingMethodAdjustmentRow extends Timestamps {
  id: string;
  shipping_method_id: string;
  version: number;
  description: string | null;
  promotion_id: string | null;
  code: string | null;
  amount: string;
  provider_id: string | null;
}

/** Table `order_shipping_method_tax_line`. */
export interface OrderShippingMethodTaxLineRow extends Timestamps {
  id: string;
  shipping_method_id: string;
  description: string | null;
  tax_rate_id: string | null;
  code: string;
  rate: string;
  provider_id: string | null;
}

export const SUMMARY_TOTALS = [
  'pending_difference',
  'current_order_total',
  'original_order_total',
  'transaction_total',
  'paid_total',
  'refunded_total',
  'credit_line_total',
  'accounting_total',
] as const;

/** The `totals` object of a summary, every amount an exact decimal string. */
export type OrderSummaryTotalsRow = Record<(typeof SUMMARY_TOTALS)[number], string>;

/** Table `order_summary`: the running totals of one version of an order. */
export interface OrderSummaryRow extends Timestamps {
  id: string;
  order_id: string;
  version: number;
  totals: OrderSummaryTotalsRow;
}

/** Table `order_transaction`: money moved for an order (a capture, a refund). */
export interface OrderTransactionRow extends Timestamps {
  id: string;
  order_id: string;
  version: number;
  amount: string;
  currency_code: string;
  reference: string | null;
  reference_id: string | null;
  return_id: string | null;
  exchange_id: string | null;
  claim_id: string | null;
}

/** Table `order_credit_line`: a credit applied to one version of an order. */
export interface OrderCreditLineRow extends Timestamps {
  id: string;
  order_id: string;
  version: number;
  reference: string | null;
  reference_id: string | null;
  amount: string;
  metadata: Json;
}

export interface OrderFilters {
  id?: readonly string[] | null;
  customer_id?: readonly string[] | null;
  region_id?: readonly string[] | null;
  sales_channel_id?: readonly string[] | null;
  status?: readonly OrderStatus[] | null;
  email?: readonly string[] | null;
  currency_code?: readonly string[] | null;
  display_id?: readonly number[] | null;
  is_draft_order?: boolean | null;
  created_at?: RangeFilter<Date | string> | null;
  updated_at?: RangeFilter<Date | string> | null;
  canceled_at?: RangeFilter<Date | string> | null;
  q?: string | null;
}

/** Columns `orders(pagination: { order })` can sort by. */
export const ORDER_SORTABLE = [
  'id',
  'display_id',
  'custom_display_id',
  'region_id',
  'customer_id',
  'sales_channel_id',
  'version',
  'status',
  'email',
  'currency_code',
  'created_at',
  'updated_at',
  'canceled_at',
] as const;

/** Columns `ProductVariant.order_items(pagination: { order })` can sort by (the public item's). */
export const ORDER_LINE_ITEM_SORTABLE = [
  'id', 'order_id', 'title', 'quantity', 'unit_price', 'product_id', 'variant_id', 'product_title', 'variant_sku',
  'created_at', 'updated_at',
] as const;

/** An entity another subgraph owns, as this one resolves it: its id (the key), nothing more. */
export interface EntityReference {
  id: string;
}

/** The order columns a read-only link's reverse list groups by: the foreign keys. */
export type OrderLinkColumn = 'customer_id' | 'region_id' | 'sales_channel_id';

/** Medusa's `.searchable()` fields of Order: `q` matches the display id or the email. */
const ORDER_SEARCHABLE = ['display_id::text', 'email'];

/** A new order; `display_id` is taken from the sequence when absent. */
export type NewOrderRow = Omit<NewRow<OrderRow>, 'display_id'> & { display_id?: number };

/** A new summary; `totals` may hold numbers or strings, as JSON does. */
export type NewOrderSummaryRow = Omit<NewRow<OrderSummaryRow>, 'totals'> & { totals: Record<string, string | number> };

/** New rows, as the seed and (later) the checkout writes them. */
export interface OrderData {
  addresses?: NewRow<OrderAddressRow>[];
  orders?: NewOrderRow[];
  line_items?: NewRow<OrderLineItemTableRow>[];
  items?: NewRow<OrderItemRow>[];
  adjustments?: NewRow<OrderLineItemAdjustmentRow>[];
  tax_lines?: NewRow<OrderLineItemTaxLineRow>[];
  shipping_methods?: NewRow<OrderShippingMethodTableRow>[];
  shippings?: NewRow<OrderShippingRow>[];
  shipping_method_adjustments?: NewRow<OrderShippingMethodAdjustmentRow>[];
  shipping_method_tax_lines?: NewRow<OrderShippingMethodTaxLineRow>[];
  summaries?: NewOrderSummaryRow[];
  transactions?: NewRow<OrderTransactionRow>[];
  credit_lines?: NewRow<OrderCreditLineRow>[];
}

const ORDER = '"order"."order"';

const ORDER_ITEM_COLUMNS = [
  'id', 'order_id', 'item_id', 'version', 'quantity', 'unit_price', 'compare_at_unit_price',
  'fulfilled_quantity', 'shipped_quantity', 'delivered_quantity', 'return_requested_quantity',
  'return_received_quantity', 'return_dismissed_quantity', 'written_off_quantity', 'metadata',
  'created_at', 'updated_at', 'deleted_at',
] as const;

const ORDER_SHIPPING_COLUMNS = [
  'id', 'order_id', 'version', 'return_id', 'exchange_id', 'claim_id', 'shipping_method_id',
  'created_at', 'updated_at', 'deleted_at',
] as const;

/** `alias.column as "detail.column"` for each column: the detail row travels in the same statement. */
const detailColumns = (alias: string, columns: readonly string[]) =>
  columns.map((column) => `${alias}.${column} as "detail.${column}"`).join(', ');

/** Moves the `detail.*` columns of a flat row into a `detail` object. */
function nestDetail<R>(flat: Record<string, unknown>): R {
  const row: Record<string, unknown> = {};
  const detail: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    if (key.startsWith('detail.')) detail[key.slice('detail.'.length)] = value;
    else row[key] = value;
  }
  row.detail = detail;
  return row as R;
}

const live = (alias: string, withDeleted: boolean) => (withDeleted ? 'true' : `${alias}.deleted_at is null`);

// Medusa's public item shape in one statement. Only the order's current version counts; a row
// is hidden when its order item, line item or order is soft-deleted (unless asked).
const selectOrderLineItems = (withDeleted: boolean) => `
  select li.id, oi.order_id, oi.quantity, li.title, li.subtitle, li.thumbnail, li.variant_id, li.product_id,
    li.product_title, li.product_description, li.product_subtitle, li.product_type, li.product_type_id,
    li.product_collection, li.product_handle, li.variant_sku, li.variant_barcode, li.variant_title,
    li.variant_option_values, li.requires_shipping, li.is_discountable, li.is_giftcard, li.is_tax_inclusive,
    li.is_custom_price,
    coalesce(oi.compare_at_unit_price, li.compare_at_unit_price) as compare_at_unit_price,
    coalesce(oi.unit_price, li.unit_price) as unit_price,
    coalesce(oi.metadata, li.metadata) as metadata,
    li.metadata as line_item_metadata,
    li.created_at, li.updated_at, li.deleted_at,
    ${detailColumns('oi', ORDER_ITEM_COLUMNS)}
  from "order".order_item oi
  join "order".order_line_item li on li.id = oi.item_id and ${live('li', withDeleted)}
  join "order"."order" o on o.id = oi.order_id and o.version = oi.version and ${live('o', withDeleted)}
  where ${live('oi', withDeleted)}`;

// The public shipping method shape, the same way (order_shipping of the current version).
const SELECT_ORDER_SHIPPING_METHODS = `
  select sm.id, os.order_id, sm.name, sm.description, sm.amount, sm.is_tax_inclusive, sm.is_custom_amount,
    sm.shipping_option_id, sm.data, sm.metadata, sm.created_at, sm.updated_at, sm.deleted_at,
    ${detailColumns('os', ORDER_SHIPPING_COLUMNS)}
  from "order".order_shipping os
  join "order".order_shipping_method sm on sm.id = os.shipping_method_id and sm.deleted_at is null
  join "order"."order" o on o.id = os.order_id and o.version = os.version and o.deleted_at is null
  where os.deleted_at is null`;

/** Every summary amount as a decimal string; JSON written by others may hold numbers. */
function toSummaryTotals(totals: unknown): OrderSummaryTotalsRow {
  const source = (totals ?? {}) as Record<string, unknown>;
  return Object.fromEntries(SUMMARY_TOTALS.map((key) => [key, String(source[key] ?? 0)])) as OrderSummaryTotalsRow;
}

/** All SQL of the order module; every read takes and returns arrays. */
export function createOrderStore(db: Queryable) {
  const orderLineItemsWhereIn = async (column: string, values: string[], withDeleted = false) => {
    if (values.length === 0) return [];
    const rows = await db.query<Record<string, unknown>>(
      `${selectOrderLineItems(withDeleted)} and ${column} = any($1::text[]) order by li.id`,
      [values],
    );
    return rows.map((row) => nestDetail<OrderLineItemRow>(row));
  };
  const orderShippingMethodsWhereIn = async (column: string, values: string[]) => {
    if (values.length === 0) return [];
    const rows = await db.query<Record<string, unknown>>(
      `${SELECT_ORDER_SHIPPING_METHODS} and ${column} = any($1::text[]) order by sm.id`,
      [values],
    );
    return rows.map((row) => nestDetail<OrderShippingMethodRow>(row));
  };
  /** Rows of a per-version table that belong to their order's current version. */
  const currentVersionRows = <R extends object>(table: string, orderIds: string[]) =>
    orderIds.length === 0
      ? Promise.resolve([])
      : db.query<R>(
          `select t.* from "order".${table} t
           join "order"."order" o on o.id = t.order_id and o.version = t.version
           where t.order_id = any($1::text[]) and t.deleted_at is null order by t.id`,
          [orderIds],
        );

  return {
    ordersByIds: (ids: string[], options: ReadOptions = {}) => rowsWhereIn<OrderRow>(db, ORDER, 'id', ids, options),
    addressesByIds: (ids: string[]) => rowsWhereIn<OrderAddressRow>(db, '"order".order_address', 'id', ids),

    orderLineItemsByIds: (ids: string[], options: ReadOptions = {}) =>
      orderLineItemsWhereIn('li.id', ids, options.withDeleted ?? false),
    orderLineItemsByOrderIds: (orderIds: string[]) => orderLineItemsWhereIn('oi.order_id', orderIds),
    orderItemsByIds: (ids: string[]) => rowsWhereIn<OrderItemRow>(db, '"order".order_item', 'id', ids),

    /** Adjustments of the items' current version (Medusa matches them on item_id and version). */
    lineItemAdjustmentsByItemIds: (itemIds: string[]) =>
      itemIds.length === 0
        ? Promise.resolve([])
        : db.query<OrderLineItemAdjustmentRow>(
            `select a.* from "order".order_line_item_adjustment a
             join "order".order_item oi on oi.item_id = a.item_id and oi.version = a.version and oi.deleted_at is null
             join "order"."order" o on o.id = oi.order_id and o.version = oi.version
             where a.item_id = any($1::text[]) and a.deleted_at is null order by a.id`,
            [itemIds],
          ),
    lineItemAdjustmentsByIds: (ids: string[]) =>
      rowsWhereIn<OrderLineItemAdjustmentRow>(db, '"order".order_line_item_adjustment', 'id', ids),
    lineItemTaxLinesByItemIds: (itemIds: string[]) =>
      rowsWhereIn<OrderLineItemTaxLineRow>(db, '"order".order_line_item_tax_line', 'item_id', itemIds),
    lineItemTaxLinesByIds: (ids: string[]) =>
      rowsWhereIn<OrderLineItemTaxLineRow>(db, '"order".order_line_item_tax_line', 'id', ids),

    shippingMethodsByIds: (ids: string[]) => orderShippingMethodsWhereIn('sm.id', ids),
    shippingMethodsByOrderIds: (orderIds: string[]) => orderShippingMethodsWhereIn('os.order_id', orderIds),
    shippingsByIds: (ids: string[]) => rowsWhereIn<OrderShippingRow>(db, '"order".order_shipping', 'id', ids),
    shippingMethodAdjustmentsByMethodIds: (methodIds: string[]) =>
      methodIds.length === 0
        ? Promise.resolve([])
        : db.query<OrderShippingMethodAdjustmentRow>(
            `select a.* from "order".order_shipping_method_adjustment a
             join "order".order_shipping os
               on os.shipping_method_id = a.shipping_method_id and os.version = a.version and os.deleted_at is null
             join "order"."order" o on o.id = os.order_id and o.version = os.version
             where a.shipping_method_id = any($1::text[]) and a.deleted_at is null order by a.id`,
            [methodIds],
          ),
    shippingMethodAdjustmentsByIds: (ids: string[]) =>
      rowsWhereIn<OrderShippingMethodAdjustmentRow>(db, '"order".order_shipping_method_adjustment', 'id', ids),
    shippingMethodTaxLinesByMethodIds: (methodIds: string[]) =>
      rowsWhereIn<OrderShippingMethodTaxLineRow>(db, '"order".order_shipping_method_tax_line', 'shipping_method_id', methodIds),
    shippingMethodTaxLinesByIds: (ids: string[]) =>
      rowsWhereIn<OrderShippingMethodTaxLineRow>(db, '"order".order_shipping_method_tax_line', 'id', ids),

    async summariesByOrderIds(orderIds: string[]): Promise<OrderSummaryRow[]> {
      const rows = await currentVersionRows<OrderSummaryRow>('order_summary', orderIds);
      return rows.map((row) => ({ ...row, totals: toSummaryTotals(row.totals) }));
    },
    /** Every transaction of the orders: Medusa does not filter them by version. */
    transactionsByOrderIds: (orderIds: string[]) =>
      rowsWhereIn<OrderTransactionRow>(db, '"order".order_transaction', 'order_id', orderIds),
    transactionsByIds: (ids: string[]) => rowsWhereIn<OrderTransactionRow>(db, '"order".order_transaction', 'id', ids),
    creditLinesByOrderIds: (orderIds: string[]) => currentVersionRows<OrderCreditLineRow>('order_credit_line', orderIds),
    creditLinesByIds: (ids: string[]) => rowsWhereIn<OrderCreditLineRow>(db, '"order".order_credit_line', 'id', ids),

    /** One page of live orders per customer, region or sales channel (the reverse of a read-only link). */
    orderPagesBy: (column: OrderLinkColumn, parentIds: string[], page: Page) => pagesWhereIn<OrderRow>(db, ORDER, column, parentIds, page),
    orderCountsBy: (column: OrderLinkColumn, parentIds: string[]) => countsWhereIn(db, ORDER, column, parentIds),
    /** One page of the public items (current versions) per variant (Medusa's `ProductVariant.order_items`). */
    async orderLineItemPagesByVariantIds(variantIds: string[], page: Page): Promise<Map<string, PageRows<OrderLineItemRow>>> {
      const pages = await pagesWhereIn<Record<string, unknown>>(db, `(${selectOrderLineItems(false)})`, 'variant_id', variantIds, page);
      return mapPages(pages, (row) => nestDetail<OrderLineItemRow>(row));
    },
    orderLineItemCountsByVariantIds: (variantIds: string[]) =>
      countsWhereIn(db, `(${selectOrderLineItems(false)})`, 'variant_id', variantIds),

    listOrders(filters: OrderFilters, page: Page, options: { withDeleted?: boolean | null } = {}) {
      const where = new Where({ withDeleted: options.withDeleted })
        .equals('id', filters.id)
        .equals('customer_id', filters.customer_id)
        .equals('region_id', filters.region_id)
        .equals('sales_channel_id', filters.sales_channel_id)
        .equals('status', filters.status)
        .equals('email', filters.email)
        .equals('currency_code', filters.currency_code)
        .equals('is_draft_order', filters.is_draft_order)
        .range('created_at', filters.created_at)
        .range('updated_at', filters.updated_at)
        .range('canceled_at', filters.canceled_at)
        .search(ORDER_SEARCHABLE, filters.q);
      if (filters.display_id) {
        // Where.equals binds lists as text[]; display_id is an integer column.
        where.params.push(filters.display_id);
        where.raw(`display_id = any($${where.params.length}::int[])`);
      }
      return listPage<OrderRow>(db, ORDER, where, page);
    },

    // Writes of the internal mutations (mutations.ts runs them inside one transaction).

    /** The live order, locked until the transaction ends. */
    /** Holds caller-chosen ids until the transaction ends (kit/sql.ts `lockIds`). */
    lockIds: (ids: string[]) => lockIds(db, ids),

    lockOrder: (id: string) => db.query<OrderRow>(`select * from ${ORDER} where id = $1 and deleted_at is null for update`, [id]),

    /**
     * Deletes an order for good with every row of it, in every version. Its order items, order
     * shippings, summaries, transactions and credit lines cascade from the order; the line items
     * and shipping methods they point to (with their adjustments and tax lines, which cascade from
     * those) and the addresses are deleted after it.
     */
    async deleteOrder(order: OrderRow): Promise<void> {
      const [{ item_ids, method_ids }] = await db.query<{ item_ids: string[]; method_ids: string[] }>(
        `select
           coalesce((select array_agg(distinct item_id) from "order".order_item where order_id = $1), '{}') as item_ids,
           coalesce((select array_agg(distinct shipping_method_id) from "order".order_shipping where order_id = $1), '{}') as method_ids`,
        [order.id],
      );
      await db.query(`delete from ${ORDER} where id = $1`, [order.id]);
      await db.query('delete from "order".order_line_item where id = any($1::text[])', [item_ids]);
      await db.query('delete from "order".order_shipping_method where id = any($1::text[])', [method_ids]);
      const addressIds = [order.shipping_address_id, order.billing_address_id].filter((id): id is string => id !== null);
      await db.query('delete from "order".order_address where id = any($1::text[])', [addressIds]);
    },

    async insert(data: OrderData): Promise<void> {
      await insertRows(db, '"order".order_address', data.addresses ?? []);
      // insertRows takes its columns from the first row, so orders with and without a
      // display_id go in separate statements.
      const orders = data.orders ?? [];
      const numbered = orders.filter((order) => order.display_id != null);
      const unnumbered = orders.filter((order) => order.display_id == null).map(({ display_id: _, ...order }) => order);
      await insertRows(db, ORDER, numbered);
      if (numbered.length > 0) {
        // Explicit display_ids do not advance the serial's sequence; move it past them.
        await db.query(
          `select setval(pg_get_serial_sequence('${ORDER}', 'display_id'), greatest(max(display_id), 1)) from ${ORDER}`,
        );
      }
      await insertRows(db, ORDER, unnumbered);
      await insertRows(db, '"order".order_line_item', data.line_items ?? []);
      await insertRows(db, '"order".order_item', data.items ?? []);
      await insertRows(db, '"order".order_line_item_adjustment', data.adjustments ?? []);
      await insertRows(db, '"order".order_line_item_tax_line', data.tax_lines ?? []);
      await insertRows(db, '"order".order_shipping_method', data.shipping_methods ?? []);
      await insertRows(db, '"order".order_shipping', data.shippings ?? []);
      await insertRows(db, '"order".order_shipping_method_adjustment', data.shipping_method_adjustments ?? []);
      await insertRows(db, '"order".order_shipping_method_tax_line', data.shipping_method_tax_lines ?? []);
      await insertRows(db, '"order".order_summary', data.summaries ?? []);
      await insertRows(db, '"order".order_transaction', data.transactions ?? []);
      await insertRows(db, '"order".order_credit_line', data.credit_lines ?? []);
    },
  };
}

export type OrderStore = ReturnType<typeof createOrderStore>;
