import { addressColumns, adjustmentColumns, columns as c, taxLineColumns, model, type RowOf } from '../../kit/model';

/**
 * The cart module's tables (Medusa's cart module), declared once. Money is numeric (an exact
 * decimal string), tax rates are real percents. Ids of other modules carry their prefix, so a
 * list's filter by one checks it.
 */
export const models = {
  cart: model('cart.cart', {
    id: c.id('cart').in().sortable(),
    region_id: c.id('reg').nullable().in().sortable(),
    customer_id: c.id('cus').nullable().in().sortable(),
    sales_channel_id: c.id('sc').nullable().in().sortable(),
    email: c.text().nullable().in().sortable(),
    currency_code: c.text().in().sortable(),
    locale: c.text().nullable().sortable(),
    metadata: c.json().nullable(),
    completed_at: c.timestamp().nullable().range().sortable(),
    shipping_address_id: c.id('caaddr').nullable(),
    billing_address_id: c.id('caaddr').nullable(),
  }),
  address: model('cart.cart_address', {
    id: c.id('caaddr'),
    customer_id: c.id('cus').nullable(),
    ...addressColumns(),
    metadata: c.json().nullable(),
  }),
  // Declared in the order `line_items` lists its sortable fields (unit_price after quantity,
  // product_id before variant_id), not the migration's.
  line_item: model('cart.cart_line_item', {
    id: c.id('cali').in().sortable(),
    cart_id: c.id('cart').in().sortable(),
    title: c.text().sortable(),
    subtitle: c.text().nullable(),
    thumbnail: c.text().nullable(),
    quantity: c.integer().sortable(),
    unit_price: c.numeric().range().sortable(),
    compare_at_unit_price: c.numeric().nullable(),
    product_id: c.id('prod').nullable().in().sortable(),
    variant_id: c.id('variant').nullable().in().sortable(),
    product_title: c.text().nullable().sortable(),
    product_description: c.text().nullable(),
    product_subtitle: c.text().nullable(),
    product_type: c.text().nullable(),
    product_type_id: c.id('ptyp').nullable(),
    product_collection: c.text().nullable(),
    product_handle: c.text().nullable(),
    variant_sku: c.text().nullable().sortable(),
    variant_barcode: c.text().nullable(),
    variant_title: c.text().nullable(),
    variant_option_values: c.json().nullable(),
    requires_shipping: c.boolean().default(true),
    is_discountable: c.boolean().default(true),
    is_giftcard: c.boolean().default(false),
    is_tax_inclusive: c.boolean().default(false),
    is_custom_price: c.boolean().default(false),
    metadata: c.json().nullable(),
  }),
  line_item_adjustment: model('cart.cart_line_item_adjustment', {
    id: c.id('caliadj'),
    item_id: c.id('cali'),
    ...adjustmentColumns(),
    is_tax_inclusive: c.boolean().default(false),
    metadata: c.json().nullable(),
  }),
  line_item_tax_line: model('cart.cart_line_item_tax_line', {
    id: c.id('calitxl'),
    item_id: c.id('cali'),
    ...taxLineColumns(c.real()),
    metadata: c.json().nullable(),
  }),
  shipping_method: model('cart.cart_shipping_method', {
    id: c.id('casm'),
    cart_id: c.id('cart'),
    name: c.text(),
    description: c.json().nullable(),
    amount: c.numeric(),
    is_tax_inclusive: c.boolean().default(false),
    shipping_option_id: c.id('so').nullable(),
    data: c.json().nullable(),
    metadata: c.json().nullable(),
  }),
  // No is_tax_inclusive, and no link to the promotion (a plain id), as in Medusa.
  shipping_method_adjustment: model('cart.cart_shipping_method_adjustment', {
    id: c.id('casmadj'),
    shipping_method_id: c.id('casm'),
    ...adjustmentColumns(),
    metadata: c.json().nullable(),
  }),
  shipping_method_tax_line: model('cart.cart_shipping_method_tax_line', {
    id: c.id('casmtxl'),
    shipping_method_id: c.id('casm'),
    ...taxLineColumns(c.real()),
    metadata: c.json().nullable(),
  }),
  // An amount credited to the cart, e.g. store credit (Medusa's table is `credit_line`).
  credit_line: model('cart.credit_line', {
    id: c.id('cacl'),
    cart_id: c.id('cart'),
    reference: c.text().nullable(),
    reference_id: c.text().nullable(),
    amount: c.numeric(),
    metadata: c.json().nullable(),
  }),
};

export type CartRow = RowOf<typeof models.cart>;
export type AddressRow = RowOf<typeof models.address>;
export type LineItemRow = RowOf<typeof models.line_item>;
export type LineItemAdjustmentRow = RowOf<typeof models.line_item_adjustment>;
export type LineItemTaxLineRow = RowOf<typeof models.line_item_tax_line>;
export type ShippingMethodRow = RowOf<typeof models.shipping_method>;
export type ShippingMethodAdjustmentRow = RowOf<typeof models.shipping_method_adjustment>;
export type ShippingMethodTaxLineRow = RowOf<typeof models.shipping_method_tax_line>;
export type CreditLineRow = RowOf<typeof models.credit_line>;

/** An entity another subgraph owns, as this one resolves it: its id (the key), nothing more. */
export interface EntityReference {
  id: string;
}
