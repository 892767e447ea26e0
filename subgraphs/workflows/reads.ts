/** What the workflows read across modules, through the gateway (Medusa's Query). */

const ADDRESS = 'first_name last_name company address_1 address_2 city country_code province postal_code phone metadata';
const ADJUSTMENT = 'id item_id code amount description is_tax_inclusive promotion_id provider_id';
const TAX_LINE = 'description code rate provider_id tax_rate_id';
const TOTALS = `total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_tax_total
  item_total item_subtotal item_tax_total original_item_total original_item_subtotal original_item_tax_total
  shipping_total shipping_subtotal shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total
  credit_line_total`;

export const CART_QUERY = `query WorkflowCart($id: ID!) {
  cart(id: $id) {
    id email currency_code region_id customer_id sales_channel_id locale metadata completed_at
    region { id name currency_code countries { iso_2 } }
    customer { id has_account }
    shipping_address { ${ADDRESS} }
    billing_address { ${ADDRESS} }
    items {
      id quantity unit_price variant_id product_id title subtitle thumbnail product_title product_description
      product_subtitle product_type product_type_id product_collection product_handle variant_sku variant_barcode
      variant_title variant_option_values requires_shipping is_discountable is_giftcard is_tax_inclusive is_custom_price
      compare_at_unit_price metadata subtotal
      adjustments { ${ADJUSTMENT} }
      tax_lines { ${TAX_LINE} }
    }
    shipping_methods {
      id name description amount is_tax_inclusive shipping_option_id data metadata
      adjustments { id code amount description promotion_id provider_id }
      tax_lines { ${TAX_LINE} }
    }
    credit_lines { reference reference_id amount metadata }
    ${TOTALS}
    payment_collection { id amount currency_code status payment_sessions { id status provider_id } }
    promotions { id }
    order { id display_id }
  }
}`;

export interface CartAddress {
  first_name: string | null;
  last_name: string | null;
  company: string | null;
  address_1: string | null;
  address_2: string | null;
  city: string | null;
  country_code: string | null;
  province: string | null;
  postal_code: string | null;
  phone: string | null;
  metadata: unknown;
}
export interface TaxLine {
  description: string | null;
  code: string;
  rate: number;
  provider_id: string | null;
  tax_rate_id: string | null;
}
export interface Adjustment {
  id?: string;
  item_id: string;
  code: string | null;
  amount: string;
  description: string | null;
  is_tax_inclusive: boolean;
  promotion_id: string | null;
  provider_id: string | null;
}
export interface CartItem {
  id: string;
  quantity: number;
  unit_price: string;
  variant_id: string | null;
  product_id: string | null;
  title: string;
  subtitle: string | null;
  thumbnail: string | null;
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
  variant_option_values: unknown;
  requires_shipping: boolean;
  is_discountable: boolean;
  is_giftcard: boolean;
  is_tax_inclusive: boolean;
  is_custom_price: boolean;
  compare_at_unit_price: string | null;
  metadata: unknown;
  subtotal: string;
  adjustments: Adjustment[];
  tax_lines: TaxLine[];
}
export interface CartShippingMethod {
  id: string;
  name: string;
  description: unknown;
  amount: string;
  is_tax_inclusive: boolean;
  shipping_option_id: string | null;
  data: unknown;
  metadata: unknown;
  adjustments: { id: string; code: string | null; amount: string; description: string | null; promotion_id: string | null; provider_id: string | null }[];
  tax_lines: TaxLine[];
}
export type CartTotals = Record<
  | 'total' | 'subtotal' | 'tax_total' | 'discount_total' | 'discount_subtotal' | 'discount_tax_total' | 'original_total'
  | 'original_tax_total' | 'item_total' | 'item_subtotal' | 'item_tax_total' | 'original_item_total' | 'original_item_subtotal'
  | 'original_item_tax_total' | 'shipping_total' | 'shipping_subtotal' | 'shipping_tax_total' | 'original_shipping_total'
  | 'original_shipping_subtotal' | 'original_shipping_tax_total' | 'credit_line_total',
  string
>;
export interface WorkflowCart extends CartTotals {
  id: string;
  email: string | null;
  currency_code: string;
  region_id: string | null;
  customer_id: string | null;
  sales_channel_id: string | null;
  locale: string | null;
  metadata: unknown;
  completed_at: string | null;
  region: { id: string; name: string; currency_code: string; countries: { iso_2: string }[] } | null;
  /** Null without a customer, or when the customer module no longer has it. */
  customer: { id: string; has_account: boolean } | null;
  shipping_address: CartAddress | null;
  billing_address: CartAddress | null;
  items: CartItem[];
  shipping_methods: CartShippingMethod[];
  credit_lines: { reference: string | null; reference_id: string | null; amount: string; metadata: unknown }[];
  payment_collection: { id: string; amount: string; currency_code: string; status: string; payment_sessions: { id: string; status: string; provider_id: string }[] } | null;
  promotions: { id: string }[];
  /** Null when no order is linked, or when the linked order does not exist (a completion that was undone). */
  order: { id: string; display_id: number } | null;
}

export const VARIANTS_QUERY = `query WorkflowVariants($ids: [ID!]!) {
  product_variants(filters: { id: $ids }, pagination: { take: 200 }) { data {
    id title sku barcode thumbnail
    options { value option { title } }
    prices { currency_code amount }
    product {
      id title description subtitle handle thumbnail discountable is_giftcard status
      type { id value } collection { title } shipping_profile { id }
    }
  } }
}`;

export interface WorkflowVariant {
  id: string;
  title: string;
  sku: string | null;
  barcode: string | null;
  thumbnail: string | null;
  options: { value: string; option: { title: string } | null }[];
  prices: { currency_code: string; amount: string }[];
  product: {
    id: string;
    title: string;
    description: string | null;
    subtitle: string | null;
    handle: string;
    thumbnail: string | null;
    discountable: boolean;
    is_giftcard: boolean;
    status: string;
    type: { id: string; value: string } | null;
    collection: { title: string } | null;
    shipping_profile: { id: string } | null;
  } | null;
}

export const PROMOTIONS_QUERY = `query WorkflowPromotions($codes: [String!]!) {
  promotions(filters: { code: $codes }, pagination: { take: 200 }) { data {
    id code status type is_automatic is_tax_inclusive
    campaign { starts_at ends_at }
    rules { attribute operator values { value } }
    application_method {
      type target_type allocation value currency_code max_quantity
      target_rules { attribute operator values { value } }
    }
  } }
}`;

export interface PromotionRule {
  attribute: string;
  operator: string;
  values: { value: string }[];
}
export interface WorkflowPromotion {
  id: string;
  code: string;
  status: string;
  type: string;
  is_automatic: boolean;
  is_tax_inclusive: boolean;
  campaign: { starts_at: string | null; ends_at: string | null } | null;
  rules: PromotionRule[];
  application_method: {
    type: 'fixed' | 'percentage';
    target_type: 'order' | 'shipping_methods' | 'items';
    allocation: 'each' | 'across' | 'once' | null;
    value: string | null;
    currency_code: string | null;
    max_quantity: number | null;
    target_rules: PromotionRule[];
  } | null;
}

export const SHIPPING_OPTIONS_QUERY = `query WorkflowShippingOptions {
  shipping_options(pagination: { take: 200 }) { data {
    id name shipping_profile_id
    service_zone { geo_zones { country_code } }
    rules { attribute operator value }
    prices { currency_code amount }
  } }
}`;

export interface WorkflowShippingOption {
  id: string;
  name: string;
  shipping_profile_id: string | null;
  service_zone: { geo_zones: { country_code: string }[] } | null;
  rules: { attribute: string; operator: string; value: unknown }[];
  prices: { currency_code: string; amount: string }[];
}
