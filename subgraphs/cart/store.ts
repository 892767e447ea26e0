import type { Queryable } from '../../kit/database';
import { insertRows, listPage, rowsWhereIn, Where, type NewRow, type Page, type Timestamps } from '../../kit/sql';

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

export interface CartFilters {
  id?: readonly string[] | null;
  customer_id?: readonly string[] | null;
  region_id?: readonly string[] | null;
  sales_channel_id?: readonly string[] | null;
  email?: string | null;
  completed?: boolean | null;
}

/** New rows, as the seed and (later) the storefront mutations write them. */
export interface CartData {
  addresses?: NewRow<AddressRow>[];
  carts?: NewRow<CartRow>[];
  items?: NewRow<LineItemRow>[];
  adjustments?: NewRow<LineItemAdjustmentRow>[];
  shipping_methods?: NewRow<ShippingMethodRow>[];
}

/** All SQL of the cart module; every read takes and returns arrays. */
export function createCartStore(db: Queryable) {
  return {
    cartsByIds: (ids: string[]) => rowsWhereIn<CartRow>(db, 'cart.cart', 'id', ids),
    addressesByIds: (ids: string[]) => rowsWhereIn<AddressRow>(db, 'cart.cart_address', 'id', ids),
    itemsByIds: (ids: string[]) => rowsWhereIn<LineItemRow>(db, 'cart.cart_line_item', 'id', ids),
    itemsByCartIds: (cartIds: string[]) => rowsWhereIn<LineItemRow>(db, 'cart.cart_line_item', 'cart_id', cartIds),
    adjustmentsByIds: (ids: string[]) =>
      rowsWhereIn<LineItemAdjustmentRow>(db, 'cart.cart_line_item_adjustment', 'id', ids),
    adjustmentsByItemIds: (itemIds: string[]) =>
      rowsWhereIn<LineItemAdjustmentRow>(db, 'cart.cart_line_item_adjustment', 'item_id', itemIds),
    shippingMethodsByIds: (ids: string[]) =>
      rowsWhereIn<ShippingMethodRow>(db, 'cart.cart_shipping_method', 'id', ids),
    shippingMethodsByCartIds: (cartIds: string[]) =>
      rowsWhereIn<ShippingMethodRow>(db, 'cart.cart_shipping_method', 'cart_id', cartIds),

    listCarts(filters: CartFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('customer_id', filters.customer_id)
        .equals('region_id', filters.region_id)
        .equals('sales_channel_id', filters.sales_channel_id)
        .equals('email', filters.email);
      if (filters.completed === true) where.raw('completed_at is not null');
      if (filters.completed === false) where.raw('completed_at is null');
      return listPage<CartRow>(db, 'cart.cart', where, page);
    },

    async insert(data: CartData): Promise<void> {
      await insertRows(db, 'cart.cart_address', data.addresses ?? []);
      await insertRows(db, 'cart.cart', data.carts ?? []);
      await insertRows(db, 'cart.cart_line_item', data.items ?? []);
      await insertRows(db, 'cart.cart_line_item_adjustment', data.adjustments ?? []);
      await insertRows(db, 'cart.cart_shipping_method', data.shipping_methods ?? []);
    },
  };
}

export type CartStore = ReturnType<typeof createCartStore>;
