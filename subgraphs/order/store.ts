import type { Queryable } from '../../kit/database';
import { insertRows, listPage, Where, rowsWhereIn, type NewRow, type Page, type Timestamps } from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them (numeric as string).
type Json = unknown;

export type OrderStatus = 'pending' | 'completed' | 'draft' | 'archived' | 'canceled' | 'requires_action';

export interface OrderRow extends Timestamps {
  id: string;
  display_id: number;
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

/** Table `order_item`: one line item in one version of an order. */
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
  metadata: Json;
}

/**
 * Medusa's public order item (formatOrder): the line item, with `order_id` and `quantity` from
 * the order item and the prices and metadata it overrides. `id` is the line item's (`ordli_…`).
 */
export interface OrderLineItemRow extends OrderLineItemTableRow {
  order_id: string;
  quantity: string;
  line_item_metadata: Json;
}

export interface OrderFilters {
  id?: readonly string[] | null;
  customer_id?: readonly string[] | null;
  region_id?: readonly string[] | null;
  sales_channel_id?: readonly string[] | null;
  status?: readonly OrderStatus[] | null;
  email?: string | null;
}

/** A new order; `display_id` is taken from the sequence when absent. */
export type NewOrderRow = Omit<NewRow<OrderRow>, 'display_id'> & { display_id?: number };

/** New rows, as the seed and (later) the checkout writes them. */
export interface OrderData {
  orders?: NewOrderRow[];
  line_items?: NewRow<OrderLineItemTableRow>[];
  items?: NewRow<OrderItemRow>[];
}

const ORDER = '"order"."order"';

// One statement for the public item shape. Only the order's current version counts, and a row
// is hidden when its order item, line item or order is soft-deleted.
const SELECT_ORDER_LINE_ITEMS = `
  select li.id, oi.order_id, oi.quantity, li.title, li.subtitle, li.thumbnail, li.variant_id, li.product_id,
    li.product_title, li.product_description, li.product_subtitle, li.product_type,
    li.product_collection, li.product_handle, li.variant_sku, li.variant_barcode, li.variant_title,
    li.variant_option_values, li.requires_shipping, li.is_discountable, li.is_giftcard, li.is_tax_inclusive,
    li.is_custom_price,
    coalesce(oi.compare_at_unit_price, li.compare_at_unit_price) as compare_at_unit_price,
    coalesce(oi.unit_price, li.unit_price) as unit_price,
    coalesce(oi.metadata, li.metadata) as metadata,
    li.metadata as line_item_metadata,
    li.created_at, li.updated_at, li.deleted_at
  from "order".order_item oi
  join "order".order_line_item li on li.id = oi.item_id and li.deleted_at is null
  join "order"."order" o on o.id = oi.order_id and o.version = oi.version and o.deleted_at is null
  where oi.deleted_at is null`;

/** All SQL of the order module; every read takes and returns arrays. */
export function createOrderStore(db: Queryable) {
  const orderLineItemsWhereIn = (column: string, values: string[]) =>
    values.length === 0
      ? Promise.resolve([])
      : db.query<OrderLineItemRow>(`${SELECT_ORDER_LINE_ITEMS} and ${column} = any($1::text[]) order by li.id`, [values]);

  return {
    ordersByIds: (ids: string[]) => rowsWhereIn<OrderRow>(db, ORDER, 'id', ids),
    orderLineItemsByIds: (ids: string[]) => orderLineItemsWhereIn('li.id', ids),
    orderLineItemsByOrderIds: (orderIds: string[]) => orderLineItemsWhereIn('oi.order_id', orderIds),

    listOrders(filters: OrderFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('customer_id', filters.customer_id)
        .equals('region_id', filters.region_id)
        .equals('sales_channel_id', filters.sales_channel_id)
        .equals('status', filters.status)
        .equals('email', filters.email);
      return listPage<OrderRow>(db, ORDER, where, page);
    },

    async insert(data: OrderData): Promise<void> {
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
    },
  };
}

export type OrderStore = ReturnType<typeof createOrderStore>;
