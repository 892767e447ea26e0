import type { Queryable } from '../../kit/database';
import type { NewRowOf, RowOf } from '../../kit/model';
import { countsWhereIn, lockIds, mapPages, pagesWhereIn, type Page, type PageRows } from '../../kit/sql';
import { tables } from '../../kit/table';
import {
  models,
  SUMMARY_TOTALS,
  type OrderLineItemAdjustmentRow,
  type OrderLineItemRow,
  type OrderRow,
  type OrderShippingMethodAdjustmentRow,
  type OrderShippingMethodRow,
  type OrderSummaryRow,
  type OrderSummaryTotalsRow,
} from './models';

/** Columns `ProductVariant.order_items(pagination: { order })` can sort by (the public item's, not a table's). */
export const ORDER_LINE_ITEM_SORTABLE = [
  'id',
  'order_id',
  'title',
  'quantity',
  'unit_price',
  'product_id',
  'variant_id',
  'product_title',
  'variant_sku',
  'created_at',
  'updated_at',
] as const;

const ORDER = models.order.table;

/** New rows of orders, by table (models.ts). */
export type NewOrderRows = { [K in keyof typeof models]?: readonly NewRowOf<(typeof models)[K]>[] };

const TIMESTAMPS = ['created_at', 'updated_at', 'deleted_at'];
const ORDER_ITEM_COLUMNS = [...Object.keys(models.item.columns), ...TIMESTAMPS];
const ORDER_SHIPPING_COLUMNS = [...Object.keys(models.shipping.columns), ...TIMESTAMPS];

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

/**
 * All SQL of the order module: each table's statements derived from its declaration (models.ts),
 * and what is the module's own: the public item and shipping method shapes (joined to the order
 * item / order shipping of the order's current version), the rows of the current version, an
 * order's insert with its display number, the lock and the delete of an order with all its rows.
 */
export function createOrderStore(db: Queryable) {
  const derived = tables(db, models);
  /** New orders; `display_id` is taken from the sequence when a row leaves it out. */
  async function insertOrders(rows: readonly NewRowOf<typeof models.order>[]): Promise<void> {
    // Every row of an insert names the same columns, so orders with and without a display_id go
    // in separate statements.
    const numbered = rows.filter((order) => order.display_id != null);
    await derived.order.insert(numbered);
    if (numbered.length > 0) {
      // Explicit display_ids do not advance the serial's sequence; move it past them.
      await db.query(
        `select setval(pg_get_serial_sequence('${ORDER}', 'display_id'), greatest(max(display_id), 1)) from ${ORDER}`,
      );
    }
    await derived.order.insert(
      rows.filter((order) => order.display_id == null).map(({ display_id: _, ...order }) => order),
    );
  }
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
          `select t.* from ${table} t
           join ${ORDER} o on o.id = t.order_id and o.version = t.version
           where t.order_id = any($1::text[]) and t.deleted_at is null order by t.id`,
          [orderIds],
        );

  return {
    ...derived,
    order: { ...derived.order, insert: insertOrders },

    /** New orders with every row of them, each table's rows after those they point to. */
    async insertAll(rows: NewOrderRows): Promise<void> {
      await derived.address.insert(rows.address ?? []);
      await insertOrders(rows.order ?? []);
      await derived.line_item.insert(rows.line_item ?? []);
      await derived.item.insert(rows.item ?? []);
      await derived.line_item_adjustment.insert(rows.line_item_adjustment ?? []);
      await derived.line_item_tax_line.insert(rows.line_item_tax_line ?? []);
      await derived.shipping_method.insert(rows.shipping_method ?? []);
      await derived.shipping.insert(rows.shipping ?? []);
      await derived.shipping_method_adjustment.insert(rows.shipping_method_adjustment ?? []);
      await derived.shipping_method_tax_line.insert(rows.shipping_method_tax_line ?? []);
      await derived.summary.insert(rows.summary ?? []);
      await derived.transaction.insert(rows.transaction ?? []);
      await derived.credit_line.insert(rows.credit_line ?? []);
    },

    orderLineItemsByIds: (ids: string[], options: { withDeleted?: boolean } = {}) =>
      orderLineItemsWhereIn('li.id', ids, options.withDeleted ?? false),
    orderLineItemsByOrderIds: (orderIds: string[]) => orderLineItemsWhereIn('oi.order_id', orderIds),
    /** One page of the public items (current versions) per variant (Medusa's `ProductVariant.order_items`). */
    async orderLineItemPagesByVariantIds(
      variantIds: string[],
      page: Page,
    ): Promise<Map<string, PageRows<OrderLineItemRow>>> {
      const pages = await pagesWhereIn<Record<string, unknown>>(
        db,
        `(${selectOrderLineItems(false)})`,
        'variant_id',
        variantIds,
        page,
      );
      return mapPages(pages, (row) => nestDetail<OrderLineItemRow>(row));
    },
    orderLineItemCountsByVariantIds: (variantIds: string[]) =>
      countsWhereIn(db, `(${selectOrderLineItems(false)})`, 'variant_id', variantIds),

    /** Adjustments of the items' current version (Medusa matches them on item_id and version). */
    lineItemAdjustmentsByItemIds: (itemIds: string[]) =>
      itemIds.length === 0
        ? Promise.resolve([])
        : db.query<OrderLineItemAdjustmentRow>(
            `select a.* from ${models.line_item_adjustment.table} a
             join ${models.item.table} oi on oi.item_id = a.item_id and oi.version = a.version and oi.deleted_at is null
             join ${ORDER} o on o.id = oi.order_id and o.version = oi.version
             where a.item_id = any($1::text[]) and a.deleted_at is null order by a.id`,
            [itemIds],
          ),

    shippingMethodsByIds: (ids: string[]) => orderShippingMethodsWhereIn('sm.id', ids),
    shippingMethodsByOrderIds: (orderIds: string[]) => orderShippingMethodsWhereIn('os.order_id', orderIds),
    /** Adjustments of the methods' current version. */
    shippingMethodAdjustmentsByMethodIds: (methodIds: string[]) =>
      methodIds.length === 0
        ? Promise.resolve([])
        : db.query<OrderShippingMethodAdjustmentRow>(
            `select a.* from ${models.shipping_method_adjustment.table} a
             join ${models.shipping.table} os
               on os.shipping_method_id = a.shipping_method_id and os.version = a.version and os.deleted_at is null
             join ${ORDER} o on o.id = os.order_id and o.version = os.version
             where a.shipping_method_id = any($1::text[]) and a.deleted_at is null order by a.id`,
            [methodIds],
          ),

    async summariesByOrderIds(orderIds: string[]): Promise<OrderSummaryRow[]> {
      const rows = await currentVersionRows<OrderSummaryRow>(models.summary.table, orderIds);
      return rows.map((row) => ({ ...row, totals: toSummaryTotals(row.totals) }));
    },
    creditLinesByOrderIds: (orderIds: string[]) =>
      currentVersionRows<RowOf<typeof models.credit_line>>(models.credit_line.table, orderIds),

    // Writes of the internal mutations (mutations.ts runs them inside one transaction).

    /** Holds caller-chosen ids until the transaction ends (kit/sql.ts `lockIds`). */
    lockIds: (ids: string[]) => lockIds(db, ids),

    /** The live order, locked until the transaction ends. */
    lockOrder: (id: string) =>
      db.query<OrderRow>(`select * from ${ORDER} where id = $1 and deleted_at is null for update`, [id]),

    /** Deletes a transaction for good (the undo of recording it). */
    deleteTransaction: async (id: string): Promise<void> => {
      await db.query(`delete from ${models.transaction.table} where id = $1`, [id]);
    },

    /**
     * Deletes an order for good with every row of it, in every version. Its order items, order
     * shippings, summaries, transactions and credit lines cascade from the order; the line items
     * and shipping methods they point to (with their adjustments and tax lines, which cascade from
     * those) and the addresses are deleted after it.
     */
    async deleteOrder(order: OrderRow): Promise<void> {
      const [{ item_ids, method_ids }] = await db.query<{ item_ids: string[]; method_ids: string[] }>(
        `select
           coalesce((select array_agg(distinct item_id) from ${models.item.table} where order_id = $1), '{}') as item_ids,
           coalesce((select array_agg(distinct shipping_method_id) from ${models.shipping.table} where order_id = $1), '{}') as method_ids`,
        [order.id],
      );
      await db.query(`delete from ${ORDER} where id = $1`, [order.id]);
      await db.query(`delete from ${models.line_item.table} where id = any($1::text[])`, [item_ids]);
      await db.query(`delete from ${models.shipping_method.table} where id = any($1::text[])`, [method_ids]);
      const addressIds = [order.shipping_address_id, order.billing_address_id].filter(
        (id): id is string => id !== null,
      );
      await db.query(`delete from ${models.address.table} where id = any($1::text[])`, [addressIds]);
    },
  };
}

export type OrderStore = ReturnType<typeof createOrderStore>;
