import { addressColumns, adjustmentColumns, columns as c, taxLineColumns, model, type RowOf } from '../../kit/model';

export const ORDER_STATUSES = ['pending', 'completed', 'draft', 'archived', 'canceled', 'requires_action'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The order module's tables (Medusa's order module), declared once. An order is versioned:
 * `line_item` and `shipping_method` hold the item and shipping data, `item` and `shipping` link
 * them to one version of an order (with the quantities and price overrides). Summaries and credit
 * lines are per version; transactions are not. Amounts are numeric, read as exact decimal strings.
 */
export const models = {
  /** A copy of the cart's address, made when the order is placed. */
  address: model('"order".order_address', {
    id: c.id('ordaddr'),
    customer_id: c.id('cus').nullable(),
    ...addressColumns(),
    metadata: c.json().nullable(),
  }),
  order: model(
    '"order"."order"',
    {
      id: c.id('order').in().sortable(),
      // A serial: taken from its sequence when a new order leaves it out (store.ts).
      display_id: c.integer().in().sortable().searchable(),
      custom_display_id: c.text().nullable().sortable(),
      region_id: c.id('reg').nullable().in().sortable(),
      customer_id: c.id('cus').nullable().in().sortable(),
      sales_channel_id: c.id('sc').nullable().in().sortable(),
      version: c.integer().sortable().default(1),
      status: c.oneOf(ORDER_STATUSES).in().sortable().default('pending'),
      is_draft_order: c.boolean().flag().default(false),
      email: c.text().nullable().in().sortable().searchable(),
      currency_code: c.text().in().sortable(),
      locale: c.text().nullable(),
      no_notification: c.boolean().nullable(),
      metadata: c.json().nullable(),
      canceled_at: c.timestamp().nullable().range().sortable(),
      shipping_address_id: c.id('ordaddr').nullable(),
      billing_address_id: c.id('ordaddr').nullable(),
    },
    {
      sortOrder: [
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
      ],
    },
  ),
  /** The item data, without quantity or order (those are on `item`). */
  line_item: model('"order".order_line_item', {
    id: c.id('ordli'),
    title: c.text(),
    subtitle: c.text().nullable(),
    thumbnail: c.text().nullable(),
    variant_id: c.id('variant').nullable(),
    product_id: c.id('prod').nullable(),
    product_title: c.text().nullable(),
    product_description: c.text().nullable(),
    product_subtitle: c.text().nullable(),
    product_type: c.text().nullable(),
    product_type_id: c.id('ptyp').nullable(),
    product_collection: c.text().nullable(),
    product_handle: c.text().nullable(),
    variant_sku: c.text().nullable(),
    variant_barcode: c.text().nullable(),
    variant_title: c.text().nullable(),
    variant_option_values: c.json().nullable(),
    requires_shipping: c.boolean().default(true),
    is_discountable: c.boolean().default(true),
    is_giftcard: c.boolean().default(false),
    is_tax_inclusive: c.boolean().default(false),
    is_custom_price: c.boolean().default(false),
    compare_at_unit_price: c.numeric().nullable(),
    unit_price: c.numeric().nullable(),
    metadata: c.json().nullable(),
  }),
  /** One line item in one version of an order, with its quantities. */
  item: model('"order".order_item', {
    id: c.id('orditem'),
    order_id: c.id('order'),
    item_id: c.id('ordli'),
    version: c.integer().default(1),
    quantity: c.numeric(),
    unit_price: c.numeric().nullable(),
    compare_at_unit_price: c.numeric().nullable(),
    fulfilled_quantity: c.numeric().default('0'),
    shipped_quantity: c.numeric().default('0'),
    delivered_quantity: c.numeric().default('0'),
    return_requested_quantity: c.numeric().default('0'),
    return_received_quantity: c.numeric().default('0'),
    return_dismissed_quantity: c.numeric().default('0'),
    written_off_quantity: c.numeric().default('0'),
    metadata: c.json().nullable(),
  }),
  /** A discount on a line item, per order version. */
  line_item_adjustment: model('"order".order_line_item_adjustment', {
    id: c.id('ordliadj'),
    item_id: c.id('ordli'),
    version: c.integer().default(1),
    ...adjustmentColumns(),
    is_tax_inclusive: c.boolean().default(false),
  }),
  // `rate` is a bigNumber in the order module.
  line_item_tax_line: model('"order".order_line_item_tax_line', {
    id: c.id('ordlitxl'),
    item_id: c.id('ordli'),
    ...taxLineColumns(c.numeric()),
  }),
  /** The shipping data, without the order (that is on `shipping`). */
  shipping_method: model('"order".order_shipping_method', {
    id: c.id('ordsm'),
    name: c.text(),
    description: c.json().nullable(),
    amount: c.numeric(),
    is_tax_inclusive: c.boolean().default(false),
    is_custom_amount: c.boolean().default(false),
    shipping_option_id: c.id('so').nullable(),
    data: c.json().nullable(),
    metadata: c.json().nullable(),
  }),
  /** One shipping method in one version of an order. */
  shipping: model('"order".order_shipping', {
    id: c.id('ordspmv'),
    order_id: c.id('order'),
    version: c.integer().default(1),
    return_id: c.text().nullable(),
    exchange_id: c.text().nullable(),
    claim_id: c.text().nullable(),
    shipping_method_id: c.id('ordsm'),
  }),
  // No is_tax_inclusive, as in Medusa.
  shipping_method_adjustment: model('"order".order_shipping_method_adjustment', {
    id: c.id('ordsmadj'),
    shipping_method_id: c.id('ordsm'),
    version: c.integer().default(1),
    ...adjustmentColumns(),
  }),
  shipping_method_tax_line: model('"order".order_shipping_method_tax_line', {
    id: c.id('ordsmtxl'),
    shipping_method_id: c.id('ordsm'),
    ...taxLineColumns(c.numeric()),
  }),
  /** The running totals of one version of an order (`totals`: SUMMARY_TOTALS, as JSON). */
  summary: model('"order".order_summary', {
    id: c.id('ordsum'),
    order_id: c.id('order'),
    version: c.integer().default(1),
    totals: c.json(),
  }),
  /** Money moved for an order (a capture, a refund). */
  transaction: model('"order".order_transaction', {
    id: c.id('ordtrx'),
    order_id: c.id('order'),
    version: c.integer().default(1),
    amount: c.numeric(),
    currency_code: c.text(),
    reference: c.text().nullable(),
    reference_id: c.text().nullable(),
    return_id: c.text().nullable(),
    exchange_id: c.text().nullable(),
    claim_id: c.text().nullable(),
  }),
  /** A credit applied to one version of an order. */
  credit_line: model('"order".order_credit_line', {
    id: c.id('ordcl'),
    order_id: c.id('order'),
    version: c.integer().default(1),
    reference: c.text().nullable(),
    reference_id: c.text().nullable(),
    amount: c.numeric(),
    metadata: c.json().nullable(),
  }),
};

export type OrderRow = RowOf<typeof models.order>;
export type OrderAddressRow = RowOf<typeof models.address>;
/** Table `order_line_item`; the public item is OrderLineItemRow. */
export type OrderLineItemTableRow = RowOf<typeof models.line_item>;
export type OrderItemRow = RowOf<typeof models.item>;
export type OrderLineItemAdjustmentRow = RowOf<typeof models.line_item_adjustment>;
export type OrderLineItemTaxLineRow = RowOf<typeof models.line_item_tax_line>;
/** Table `order_shipping_method`; the public method is OrderShippingMethodRow. */
export type OrderShippingMethodTableRow = RowOf<typeof models.shipping_method>;
export type OrderShippingRow = RowOf<typeof models.shipping>;
export type OrderShippingMethodAdjustmentRow = RowOf<typeof models.shipping_method_adjustment>;
export type OrderShippingMethodTaxLineRow = RowOf<typeof models.shipping_method_tax_line>;
export type OrderTransactionRow = RowOf<typeof models.transaction>;
export type OrderCreditLineRow = RowOf<typeof models.credit_line>;

/**
 * Medusa's public order item (formatOrder): the line item, with `order_id` and `quantity` from
 * the order item and the prices and metadata it overrides, and the order item as `detail`.
 * `id` is the line item's (`ordli_…`).
 */
export interface OrderLineItemRow extends OrderLineItemTableRow {
  order_id: string;
  quantity: string;
  line_item_metadata: unknown;
  detail: OrderItemRow;
}

/** Medusa's public order shipping method: the method, with `order_id` and the `order_shipping` row as `detail`. */
export interface OrderShippingMethodRow extends OrderShippingMethodTableRow {
  order_id: string;
  detail: OrderShippingRow;
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

/** A summary as read: its totals every amount a decimal string (JSON written by others may hold numbers). */
export type OrderSummaryRow = Omit<RowOf<typeof models.summary>, 'totals'> & { totals: OrderSummaryTotalsRow };

/** An entity another subgraph owns, as this one resolves it: its id (the key), nothing more. */
export interface EntityReference {
  id: string;
}
