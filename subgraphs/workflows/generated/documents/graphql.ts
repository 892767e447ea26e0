/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Internal: an address to create for a cart (the fields of `Address`). */
export type AddressInput = {
  address_1?: string | null | undefined;
  address_2?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2; stored in lower case. */
  country_code?: string | null | undefined;
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
  metadata?: unknown;
  phone?: string | null | undefined;
  postal_code?: string | null | undefined;
  province?: string | null | undefined;
};

/** How the discount is spread over the targets (Medusa `ApplicationMethodAllocation`). */
export type ApplicationMethodAllocation =
  | 'across'
  | 'each'
  | 'once';

/** What the discount applies to (Medusa `ApplicationMethodTargetType`). */
export type ApplicationMethodTargetType =
  | 'items'
  | 'order'
  | 'shipping_methods';

/** Medusa `ApplicationMethodType`. */
export type ApplicationMethodType =
  | 'fixed'
  | 'percentage';

/** What a campaign budget limits (Medusa `CampaignBudgetType`). */
export type CampaignBudgetType =
  /** An amount of money given away. */
  | 'spend'
  /** An amount per value of `attribute`. */
  | 'spend_by_attribute'
  /** A number of uses. */
  | 'usage'
  /** A number of uses per value of `attribute`. */
  | 'use_by_attribute';

/** Internal: a new cart (`cart_create`). */
export type CartCreateInput = {
  billing_address?: AddressInput | null | undefined;
  /** ISO 4217 code; stored in lower case. */
  currency_code: string;
  customer_id?: string | number | null | undefined;
  email?: string | null | undefined;
  /** A caller-chosen id (`cart_…`), so that a retried call finds the cart it made; default: a new one. */
  id?: string | number | null | undefined;
  locale?: string | null | undefined;
  metadata?: unknown;
  region_id?: string | number | null | undefined;
  sales_channel_id?: string | number | null | undefined;
  shipping_address?: AddressInput | null | undefined;
};

/** A record of the cart module, by one of its linkable keys. */
export type CartLinkKey = {
  cart_id?: string | number | null | undefined;
};

/** Internal: the changes `cart_update` makes; a field left out stays as it is, `null` clears it. */
export type CartUpdateInput = {
  /** A new address replacing the current one (which is soft-deleted); `null` removes it. */
  billing_address?: AddressInput | null | undefined;
  /** Set: the cart is completed. `null` on a completed cart: the undo of its completion. */
  completed_at?: string | null | undefined;
  /** ISO 4217 code; cannot be cleared. */
  currency_code?: string | null | undefined;
  customer_id?: string | number | null | undefined;
  email?: string | null | undefined;
  locale?: string | null | undefined;
  metadata?: unknown;
  region_id?: string | number | null | undefined;
  sales_channel_id?: string | number | null | undefined;
  /** A new address replacing the current one (which is soft-deleted); `null` removes it. */
  shipping_address?: AddressInput | null | undefined;
};

/** A record of the customer module, by one of its linkable keys. */
export type CustomerLinkKey = {
  customer_id?: string | number | null | undefined;
};

export type FulfillmentAddressInput = {
  address_1?: string | null | undefined;
  address_2?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  country_code?: string | null | undefined;
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
  metadata?: unknown;
  phone?: string | null | undefined;
  postal_code?: string | null | undefined;
  province?: string | null | undefined;
};

/** Admin: a new fulfillment (`create_fulfillment`). */
export type FulfillmentCreateInput = {
  data?: unknown;
  /** Copied into a new `fuladdr_…` row. */
  delivery_address?: FulfillmentAddressInput | null | undefined;
  /** A caller-chosen id (`ful_…`), so that a retried call finds the fulfillment it made; default: a new one. */
  id?: string | number | null | undefined;
  /** At least one, at most 1,000. */
  items: Array<FulfillmentItemInput>;
  labels?: Array<FulfillmentLabelInput> | null | undefined;
  /** The stock location it ships from (`sloc_…`). */
  location_id: string | number;
  metadata?: unknown;
  /** A registered provider; default `manual_manual`. */
  provider_id?: string | null | undefined;
  /** Default true. */
  requires_shipping?: boolean | null | undefined;
  shipping_option_id?: string | number | null | undefined;
};

export type FulfillmentItemInput = {
  barcode: string;
  inventory_item_id?: string | number | null | undefined;
  /** The order line item it ships (`ordli_…`). */
  line_item_id?: string | number | null | undefined;
  /** More than 0. */
  quantity: string | number;
  sku: string;
  title: string;
};

/** A parcel's label, as `admin_create_fulfillment` and `admin_create_shipment` take it. */
export type FulfillmentLabelInput = {
  label_url: string;
  tracking_number: string;
  tracking_url: string;
};

/** A record of the fulfillment module, by one of its linkable keys. */
export type FulfillmentLinkKey = {
  fulfillment_id?: string | number | null | undefined;
  shipping_profile_id?: string | number | null | undefined;
};

/** Internal: an adjustment (a discount) to create on a line item (`line_item_adjustments_set`). */
export type LineItemAdjustmentInput = {
  /** The discount on the whole line, 0 or more. */
  amount: string | number;
  code?: string | null | undefined;
  description?: string | null | undefined;
  /** A caller-chosen id (`caliadj_…`), so that a retried call keeps the adjustment it made; default: a new one. */
  id?: string | number | null | undefined;
  is_tax_inclusive?: boolean | null | undefined;
  item_id: string | number;
  promotion_id?: string | number | null | undefined;
  provider_id?: string | null | undefined;
};

/** Internal: a line item to create, with the snapshot of its product and variant (`line_items_create`). */
export type LineItemCreateInput = {
  compare_at_unit_price?: string | number | null | undefined;
  /** A caller-chosen id (`cali_…`), so that a retried call finds the line it made; default: a new one. */
  id?: string | number | null | undefined;
  is_custom_price?: boolean | null | undefined;
  is_discountable?: boolean | null | undefined;
  is_giftcard?: boolean | null | undefined;
  is_tax_inclusive?: boolean | null | undefined;
  metadata?: unknown;
  product_collection?: string | null | undefined;
  product_description?: string | null | undefined;
  product_handle?: string | null | undefined;
  product_id?: string | number | null | undefined;
  product_subtitle?: string | null | undefined;
  product_title?: string | null | undefined;
  product_type?: string | null | undefined;
  product_type_id?: string | number | null | undefined;
  /** 1 or more. */
  quantity: number;
  requires_shipping?: boolean | null | undefined;
  subtitle?: string | null | undefined;
  tax_lines?: Array<TaxLineInput> | null | undefined;
  thumbnail?: string | null | undefined;
  title: string;
  unit_price: string | number;
  variant_barcode?: string | null | undefined;
  variant_id?: string | number | null | undefined;
  variant_option_values?: unknown;
  variant_sku?: string | null | undefined;
  variant_title?: string | null | undefined;
};

/** Internal: a tax line of a line item (`tax_lines_set`). */
export type LineItemTaxLineInput = {
  code: string;
  description?: string | null | undefined;
  /** A caller-chosen id (`calitxl_…`), so that a retried call keeps the line it made; default: a new one. */
  id?: string | number | null | undefined;
  item_id: string | number;
  provider_id?: string | null | undefined;
  /** Percent, e.g. 19 for 19%. */
  rate: number;
  tax_rate_id?: string | null | undefined;
};

/** Internal: a change to a line item (`line_items_update`); a field left out stays as it is. */
export type LineItemUpdateInput = {
  id: string | number;
  metadata?: unknown;
  /** 1 or more. */
  quantity?: number | null | undefined;
  unit_price?: string | number | null | undefined;
};

/** One link, as Medusa's `link.create` takes it: two modules, each with its linkable key, e.g. `{ order: { order_id: "order_…" }, cart: { cart_id: "cart_…" } }`. */
export type LinkInput = {
  cart?: CartLinkKey | null | undefined;
  customer?: CustomerLinkKey | null | undefined;
  /** Extra pivot columns, for links that have them (e.g. `{ rank: 2 }` on `product_sales_channel`). */
  data?: unknown;
  fulfillment?: FulfillmentLinkKey | null | undefined;
  order?: OrderLinkKey | null | undefined;
  payment?: PaymentLinkKey | null | undefined;
  product?: ProductLinkKey | null | undefined;
  promotion?: PromotionLinkKey | null | undefined;
  region?: RegionLinkKey | null | undefined;
  sales_channel?: SalesChannelLinkKey | null | undefined;
};

/** Internal: an address to copy into an order (the fields of `OrderAddress`). */
export type OrderAddressInput = {
  address_1?: string | null | undefined;
  address_2?: string | null | undefined;
  city?: string | null | undefined;
  company?: string | null | undefined;
  /** ISO 3166-1 alpha-2; stored in lower case. */
  country_code?: string | null | undefined;
  customer_id?: string | number | null | undefined;
  first_name?: string | null | undefined;
  last_name?: string | null | undefined;
  metadata?: unknown;
  phone?: string | null | undefined;
  postal_code?: string | null | undefined;
  province?: string | null | undefined;
};

/** Internal: a new order, as completeCartWorkflow builds it from a cart (`order_create`). */
export type OrderCreateInput = {
  /** Copied into a new `ordaddr_…` row. */
  billing_address?: OrderAddressInput | null | undefined;
  credit_lines?: Array<OrderCreditLineCreateInput> | null | undefined;
  /** ISO 4217 code; stored in lower case. */
  currency_code: string;
  customer_id?: string | number | null | undefined;
  email?: string | null | undefined;
  /** A caller-chosen id (`order_…`), so that a retried call finds the order it placed; default: a new one. */
  id?: string | number | null | undefined;
  items?: Array<OrderLineItemCreateInput> | null | undefined;
  locale?: string | null | undefined;
  metadata?: unknown;
  no_notification?: boolean | null | undefined;
  region_id?: string | number | null | undefined;
  sales_channel_id?: string | number | null | undefined;
  /** Copied into a new `ordaddr_…` row. */
  shipping_address?: OrderAddressInput | null | undefined;
  shipping_methods?: Array<OrderShippingMethodCreateInput> | null | undefined;
  /** The totals of the order's first summary (version 1), computed by the caller. */
  summary: OrderSummaryTotalsInput;
  /** Money already moved for the order, e.g. the capture of its payment. */
  transactions?: Array<OrderTransactionCreateInput> | null | undefined;
};

/** Internal: a credit line to copy onto an order. */
export type OrderCreditLineCreateInput = {
  amount: string | number;
  metadata?: unknown;
  reference?: string | null | undefined;
  reference_id?: string | null | undefined;
};

/** Internal: the quantities of one item of an order's current version (`order_item_quantities_set`); one left out stays as it is. */
export type OrderItemQuantitiesInput = {
  delivered_quantity?: string | number | null | undefined;
  fulfilled_quantity?: string | number | null | undefined;
  /** The line item (`ordli_…`). */
  item_id: string | number;
  shipped_quantity?: string | number | null | undefined;
};

/** Internal: a discount to copy onto an order item. */
export type OrderLineItemAdjustmentCreateInput = {
  /** 0 or more. */
  amount: string | number;
  code?: string | null | undefined;
  description?: string | null | undefined;
  is_tax_inclusive?: boolean | null | undefined;
  promotion_id?: string | number | null | undefined;
  provider_id?: string | null | undefined;
};

/** Internal: an order item to create: the line item's snapshot and its quantity (`order_create`). */
export type OrderLineItemCreateInput = {
  adjustments?: Array<OrderLineItemAdjustmentCreateInput> | null | undefined;
  compare_at_unit_price?: string | number | null | undefined;
  is_custom_price?: boolean | null | undefined;
  is_discountable?: boolean | null | undefined;
  is_giftcard?: boolean | null | undefined;
  is_tax_inclusive?: boolean | null | undefined;
  metadata?: unknown;
  product_collection?: string | null | undefined;
  product_description?: string | null | undefined;
  product_handle?: string | null | undefined;
  product_id?: string | number | null | undefined;
  product_subtitle?: string | null | undefined;
  product_title?: string | null | undefined;
  product_type?: string | null | undefined;
  product_type_id?: string | number | null | undefined;
  /** More than 0. */
  quantity: string | number;
  requires_shipping?: boolean | null | undefined;
  subtitle?: string | null | undefined;
  tax_lines?: Array<OrderTaxLineCreateInput> | null | undefined;
  thumbnail?: string | null | undefined;
  title: string;
  unit_price: string | number;
  variant_barcode?: string | null | undefined;
  variant_id?: string | number | null | undefined;
  variant_option_values?: unknown;
  variant_sku?: string | null | undefined;
  variant_title?: string | null | undefined;
};

/** A record of the order module, by one of its linkable keys. */
export type OrderLinkKey = {
  order_id?: string | number | null | undefined;
};

/** Internal: a discount to copy onto an order shipping method (without tax, as in Medusa). */
export type OrderShippingMethodAdjustmentCreateInput = {
  /** 0 or more. */
  amount: string | number;
  code?: string | null | undefined;
  description?: string | null | undefined;
  promotion_id?: string | number | null | undefined;
  provider_id?: string | null | undefined;
};

/** Internal: a shipping method to create on an order (`order_create`). */
export type OrderShippingMethodCreateInput = {
  adjustments?: Array<OrderShippingMethodAdjustmentCreateInput> | null | undefined;
  /** 0 or more. */
  amount: string | number;
  data?: unknown;
  description?: unknown;
  is_custom_amount?: boolean | null | undefined;
  is_tax_inclusive?: boolean | null | undefined;
  metadata?: unknown;
  name: string;
  shipping_option_id?: string | number | null | undefined;
  tax_lines?: Array<OrderTaxLineCreateInput> | null | undefined;
};

/** Medusa `OrderStatus`. */
export type OrderStatus =
  | 'archived'
  | 'canceled'
  | 'completed'
  | 'draft'
  | 'pending'
  | 'requires_action';

/** Internal: the totals of an order summary (the fields of `OrderSummaryTotals`). */
export type OrderSummaryTotalsInput = {
  accounting_total: string | number;
  credit_line_total: string | number;
  current_order_total: string | number;
  original_order_total: string | number;
  paid_total: string | number;
  pending_difference: string | number;
  refunded_total: string | number;
  transaction_total: string | number;
};

/** Internal: a tax line to copy onto an order item or shipping method. */
export type OrderTaxLineCreateInput = {
  code: string;
  description?: string | null | undefined;
  provider_id?: string | null | undefined;
  /** Percent, e.g. 19 for 19% (a number or a decimal string). */
  rate: string | number;
  tax_rate_id?: string | null | undefined;
};

/** Internal: money moved for an order (`order_transaction_add`). */
export type OrderTransactionAddInput = {
  /** Positive for a capture, negative for a refund. */
  amount: string | number;
  currency_code: string;
  /** A caller-chosen id (`ordtrx_…`), so that a retried call records it once. */
  id: string | number;
  order_id: string | number;
  /** `capture` or `refund`. */
  reference: string;
  /** The capture's or refund's id. */
  reference_id: string;
};

/** Internal: a transaction to record on a new order, e.g. `{ amount, reference: "capture", reference_id: "capt_…" }`. */
export type OrderTransactionCreateInput = {
  /** Positive for money received, negative for refunds. */
  amount: string | number;
  /** Defaults to the order's currency. */
  currency_code?: string | null | undefined;
  reference?: string | null | undefined;
  reference_id?: string | null | undefined;
};

/** Internal: a new payment collection (`payment_collection_create`). */
export type PaymentCollectionCreateInput = {
  /** 0 or more. */
  amount: string | number;
  /** ISO 4217 code; stored in lower case. */
  currency_code: string;
  /** A caller-chosen id (`pay_col_…`), so that a retried call finds the collection it made; default: a new one. */
  id?: string | number | null | undefined;
};

/** Medusa `PaymentCollectionStatus`. */
export type PaymentCollectionStatus =
  | 'authorized'
  | 'awaiting'
  | 'canceled'
  | 'completed'
  | 'failed'
  | 'not_paid'
  | 'partially_authorized'
  | 'partially_captured';

/** A record of the payment module, by one of its linkable keys. */
export type PaymentLinkKey = {
  account_holder_id?: string | number | null | undefined;
  payment_collection_id?: string | number | null | undefined;
  payment_provider_id?: string | number | null | undefined;
};

/** Internal: a new payment session (`payment_session_create`). */
export type PaymentSessionCreateInput = {
  /** 0 or more; default: the collection's amount. */
  amount?: string | number | null | undefined;
  /** What the provider is told about the payer (email, addresses, …). */
  context?: unknown;
  /** The provider's session data; default `{}`. */
  data?: unknown;
  /** A caller-chosen id (`payses_…`), so that a retried call finds the session it made; default: a new one. */
  id?: string | number | null | undefined;
  payment_collection_id: string | number;
  /** A registered, enabled provider, e.g. `pp_system_default`. */
  provider_id: string;
};

/** Medusa `PaymentSessionStatus`. */
export type PaymentSessionStatus =
  | 'authorized'
  | 'canceled'
  | 'captured'
  | 'error'
  | 'pending'
  | 'pending_authorization'
  | 'requires_more';

/** A new PricePreference (`create_price_preferences`). */
export type PricePreferenceCreateInput = {
  attribute: string;
  /** `prpref_` + ULID, chosen by the caller so that sending the call again creates nothing more; new when left out. */
  id?: string | number | null | undefined;
  /** False when left out. */
  is_tax_inclusive?: boolean | null | undefined;
  value?: string | null | undefined;
};

/** A new product (`create_products`). */
export type ProductCreateInput = {
  category_ids?: Array<string | number> | null | undefined;
  collection_id?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Whether promotions may discount it (never a gift card). */
  discountable?: boolean | null | undefined;
  external_id?: string | null | undefined;
  /** URL slug (lower-case letters, digits and dashes); from the title when left out. */
  handle?: string | null | undefined;
  height?: number | null | undefined;
  hs_code?: string | null | undefined;
  /** `prod_` + ULID, chosen by the caller so that sending the call again creates nothing more; new when left out. */
  id?: string | number | null | undefined;
  images?: Array<ProductImageInput> | null | undefined;
  is_giftcard?: boolean | null | undefined;
  length?: number | null | undefined;
  material?: string | null | undefined;
  metadata?: unknown;
  mid_code?: string | null | undefined;
  options?: Array<ProductOptionInput> | null | undefined;
  origin_country?: string | null | undefined;
  /** `draft` when left out. */
  status?: ProductStatus | null | undefined;
  subtitle?: string | null | undefined;
  tag_ids?: Array<string | number> | null | undefined;
  thumbnail?: string | null | undefined;
  title: string;
  type_id?: string | number | null | undefined;
  variants?: Array<ProductVariantNestedInput> | null | undefined;
  weight?: number | null | undefined;
  width?: number | null | undefined;
};

/** An image of a product, by URL; its rank is its place in the list. */
export type ProductImageInput = {
  metadata?: unknown;
  url: string;
};

/** A record of the product module, by one of its linkable keys. */
export type ProductLinkKey = {
  product_id?: string | number | null | undefined;
};

/** An option of a new product and the values it offers, e.g. `{ title: "Size", values: ["S", "M"] }`. */
export type ProductOptionInput = {
  title: string;
  values: Array<string>;
};

/** Where a product is in its publishing life; only `published` products can be added to a cart. */
export type ProductStatus =
  | 'draft'
  | 'proposed'
  | 'published'
  | 'rejected';

/** A variant of a new product (`create_products`). */
export type ProductVariantNestedInput = {
  allow_backorder?: boolean | null | undefined;
  barcode?: string | null | undefined;
  ean?: string | null | undefined;
  height?: number | null | undefined;
  hs_code?: string | null | undefined;
  /** `variant_` + ULID; new when left out. */
  id?: string | number | null | undefined;
  length?: number | null | undefined;
  manage_inventory?: boolean | null | undefined;
  material?: string | null | undefined;
  metadata?: unknown;
  mid_code?: string | null | undefined;
  /** Its value of each of the product's options, by option title, e.g. `{ "Size": "M" }`. */
  options?: unknown;
  origin_country?: string | null | undefined;
  prices?: Array<ProductVariantPriceInput> | null | undefined;
  sku?: string | null | undefined;
  thumbnail?: string | null | undefined;
  title: string;
  upc?: string | null | undefined;
  variant_rank?: number | null | undefined;
  weight?: number | null | undefined;
  width?: number | null | undefined;
};

/** A price of a variant in one currency. */
export type ProductVariantPriceInput = {
  amount: string | number;
  /** ISO 4217 code, e.g. `eur`. */
  currency_code: string;
};

/** A record of the promotion module, by one of its linkable keys. */
export type PromotionLinkKey = {
  promotion_id?: string | number | null | undefined;
};

/** How a promotion rule compares its attribute with its values (Medusa `PromotionRuleOperator`). */
export type PromotionRuleOperator =
  | 'eq'
  | 'gt'
  | 'gte'
  | 'in'
  | 'lt'
  | 'lte'
  | 'ne';

/** Medusa `PromotionStatus`. */
export type PromotionStatus =
  | 'active'
  | 'draft'
  | 'inactive';

/** Medusa `PromotionType`. */
export type PromotionType =
  /** Buy some items, get others discounted. */
  | 'buyget'
  | 'standard';

/** Internal: one adjustment of the order, as Medusa's usage actions carry it (`promotion_usage_register`). */
export type PromotionUsageActionInput = {
  /** The adjustment's amount, 0 or more: what a `spend` budget counts. */
  amount: string | number;
  /** The promotion code that produced the adjustment. */
  code: string;
};

/** Internal: who placed the order, as Medusa's registration context: what `use_by_attribute` budgets count per. */
export type PromotionUsageContextInput = {
  customer_email?: string | null | undefined;
  customer_id?: string | number | null | undefined;
};

/** A new region; `automatic_taxes` defaults to true. */
export type RegionCreateInput = {
  automatic_taxes?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 codes (any case) of countries no region owns yet. */
  countries?: Array<string> | null | undefined;
  /** ISO 4217 code, stored in lower case. */
  currency_code: string;
  /** `reg_` + ULID, chosen by the caller so that sending the call again creates nothing more; new when left out. */
  id?: string | number | null | undefined;
  metadata?: unknown;
  /** Trimmed. */
  name: string;
};

/** A record of the region module, by one of its linkable keys. */
export type RegionLinkKey = {
  region_id?: string | number | null | undefined;
};

/** The fields of a region to change; those left out stay as they are. */
export type RegionUpdateInput = {
  automatic_taxes?: boolean | null | undefined;
  /** Replaces the region's countries: ISO 3166-1 alpha-2 codes of countries no other region owns; `[]` frees them all. */
  countries?: Array<string> | null | undefined;
  currency_code?: string | null | undefined;
  metadata?: unknown;
  name?: string | null | undefined;
};

/** A record of the sales_channel module, by one of its linkable keys. */
export type SalesChannelLinkKey = {
  sales_channel_id?: string | number | null | undefined;
};

/** Internal: an adjustment (a discount) to create on a shipping method (`shipping_method_adjustments_set`). */
export type ShippingMethodAdjustmentInput = {
  /** 0 or more, without tax. */
  amount: string | number;
  code?: string | null | undefined;
  description?: string | null | undefined;
  /** A caller-chosen id (`casmadj_…`), so that a retried call keeps the adjustment it made; default: a new one. */
  id?: string | number | null | undefined;
  promotion_id?: string | number | null | undefined;
  provider_id?: string | null | undefined;
  shipping_method_id: string | number;
};

/** Internal: a shipping method to create (`shipping_methods_set`). */
export type ShippingMethodInput = {
  /** 0 or more. */
  amount: string | number;
  data?: unknown;
  description?: unknown;
  /** A caller-chosen id (`casm_…`), so that a retried call keeps the method it made; default: a new one. */
  id?: string | number | null | undefined;
  is_tax_inclusive?: boolean | null | undefined;
  metadata?: unknown;
  name: string;
  shipping_option_id?: string | number | null | undefined;
  tax_lines?: Array<TaxLineInput> | null | undefined;
};

/** Internal: a tax line of a shipping method (`tax_lines_set`). */
export type ShippingMethodTaxLineInput = {
  code: string;
  description?: string | null | undefined;
  /** A caller-chosen id (`casmtxl_…`), so that a retried call keeps the line it made; default: a new one. */
  id?: string | number | null | undefined;
  provider_id?: string | null | undefined;
  /** Percent, e.g. 19 for 19%. */
  rate: number;
  shipping_method_id: string | number;
  tax_rate_id?: string | null | undefined;
};

/** How a shipping option rule compares its attribute with its value (Medusa `RuleOperator`, fulfillment's set). */
export type ShippingOptionRuleOperator =
  | 'eq'
  | 'gt'
  | 'gte'
  | 'in'
  | 'lt'
  | 'lte'
  | 'ne'
  | 'nin';

/** Internal: the shipping address's country and province. */
export type TaxAddressInput = {
  country_code: string;
  /** The address's `province`. */
  province_code?: string | null | undefined;
};

/** Internal: where the goods go (Medusa's TaxCalculationContext; the system provider reads its address). */
export type TaxCalculationContextInput = {
  address: TaxAddressInput;
};

/** Internal: a tax line to create for a line item or a shipping method. */
export type TaxLineInput = {
  /** The tax rate's code, e.g. `VAT-DE`. */
  code: string;
  description?: string | null | undefined;
  provider_id?: string | null | undefined;
  /** Percent, e.g. 19 for 19%. */
  rate: number;
  tax_rate_id?: string | null | undefined;
};

/** Internal: a line item to compute tax lines for (`tax_lines`). */
export type TaxableItemInput = {
  id: string | number;
  product_id?: string | number | null | undefined;
  product_type_id?: string | number | null | undefined;
};

/** Internal: a shipping method to compute tax lines for (`tax_lines`). */
export type TaxableShippingInput = {
  id: string | number;
  shipping_option_id?: string | number | null | undefined;
};

export type CompleteCartMutationVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
}>;


export type CompleteCartMutation = { cart_update: { id: string, completed_at: string | null } };

export type CreateCartMutationVariables = Exact<{
  input: CartCreateInput;
}>;


export type CreateCartMutation = { cart_create: { id: string } };

export type DeleteCartMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCartMutation = { cart_delete: string | null };

export type CreateLineItemsMutationVariables = Exact<{
  cart: string | number;
  items: Array<LineItemCreateInput> | LineItemCreateInput;
}>;


export type CreateLineItemsMutation = { line_items_create: Array<{ id: string }> };

export type RemoveCreatedLineItemsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RemoveCreatedLineItemsMutation = { line_items_delete: Array<string> };

export type RemoveLineItemsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RemoveLineItemsMutation = { line_items_delete: Array<string> };

export type RestoreLineItemsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RestoreLineItemsMutation = { line_items_restore: Array<{ id: string }> };

export type SetLineItemAdjustmentsMutationVariables = Exact<{
  cart: string | number;
  adjustments: Array<LineItemAdjustmentInput> | LineItemAdjustmentInput;
}>;


export type SetLineItemAdjustmentsMutation = { line_item_adjustments_set: Array<{ id: string }> };

export type SetShippingMethodAdjustmentsMutationVariables = Exact<{
  cart: string | number;
  adjustments: Array<ShippingMethodAdjustmentInput> | ShippingMethodAdjustmentInput;
}>;


export type SetShippingMethodAdjustmentsMutation = { shipping_method_adjustments_set: Array<{ id: string }> };

export type SetShippingMethodsMutationVariables = Exact<{
  cart: string | number;
  methods: Array<ShippingMethodInput> | ShippingMethodInput;
}>;


export type SetShippingMethodsMutation = { shipping_methods_set: Array<{ id: string }> };

export type SetTaxLinesMutationVariables = Exact<{
  cart: string | number;
  item_ids?: Array<string | number> | string | number | null | undefined;
  shipping_method_ids?: Array<string | number> | string | number | null | undefined;
  items: Array<LineItemTaxLineInput> | LineItemTaxLineInput;
  methods: Array<ShippingMethodTaxLineInput> | ShippingMethodTaxLineInput;
}>;


export type SetTaxLinesMutation = { tax_lines_set: { id: string } };

export type UpdateCartMutationVariables = Exact<{
  id: string | number;
  input: CartUpdateInput;
}>;


export type UpdateCartMutation = { cart_update: { id: string } };

export type UpdateLineItemsMutationVariables = Exact<{
  items: Array<LineItemUpdateInput> | LineItemUpdateInput;
}>;


export type UpdateLineItemsMutation = { line_items_update: Array<{ id: string }> };

export type FindOrCreateGuestMutationVariables = Exact<{
  email: string;
  id?: string | number | null | undefined;
}>;


export type FindOrCreateGuestMutation = { customer_find_or_create_guest: { created: boolean, customer: { id: string } } };

export type DeleteGuestMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGuestMutation = { customer_delete: string | null };

export type CancelFulfillmentMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelFulfillmentMutation = { cancel_fulfillment: { id: string } };

export type UncancelFulfillmentMutationVariables = Exact<{
  id: string | number;
}>;


export type UncancelFulfillmentMutation = { fulfillment_undo: { id: string } | null };

export type CreateFulfillmentMutationVariables = Exact<{
  input: FulfillmentCreateInput;
}>;


export type CreateFulfillmentMutation = { create_fulfillment: { id: string } };

export type DeleteFulfillmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteFulfillmentMutation = { fulfillment_delete: string | null };

export type DeliverFulfillmentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeliverFulfillmentMutation = { deliver_fulfillment: { id: string } };

export type UndeliverFulfillmentMutationVariables = Exact<{
  id: string | number;
}>;


export type UndeliverFulfillmentMutation = { fulfillment_undo: { id: string } | null };

export type ShipFulfillmentMutationVariables = Exact<{
  id: string | number;
  labels?: Array<FulfillmentLabelInput> | FulfillmentLabelInput | null | undefined;
}>;


export type ShipFulfillmentMutation = { ship_fulfillment: { id: string } };

export type UnshipFulfillmentMutationVariables = Exact<{
  id: string | number;
}>;


export type UnshipFulfillmentMutation = { fulfillment_undo: { id: string } | null };

export type WorkflowCartTaxQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowCartTaxQuery = { cart: { id: string, region: { id: string, automatic_taxes: boolean } | null, shipping_address: { country_code: string | null, province: string | null } | null, items: Array<{ id: string, product_id: string | null, product_type_id: string | null, is_giftcard: boolean, tax_lines: Array<{ id: string, item_id: string, description: string | null, code: string, rate: number, provider_id: string | null, tax_rate_id: string | null }> }>, shipping_methods: Array<{ id: string, shipping_option_id: string | null, tax_lines: Array<{ id: string, shipping_method_id: string, description: string | null, code: string, rate: number, provider_id: string | null, tax_rate_id: string | null }> }> } | null };

export type WorkflowCartQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowCartQuery = { cart: { id: string, email: string | null, currency_code: string, region_id: string | null, customer_id: string | null, sales_channel_id: string | null, locale: string | null, metadata: unknown, completed_at: string | null, total: string, subtotal: string, tax_total: string, discount_total: string, discount_subtotal: string, discount_tax_total: string, original_total: string, original_tax_total: string, item_total: string, item_subtotal: string, item_tax_total: string, original_item_total: string, original_item_subtotal: string, original_item_tax_total: string, shipping_total: string, shipping_subtotal: string, shipping_tax_total: string, original_shipping_total: string, original_shipping_subtotal: string, original_shipping_tax_total: string, credit_line_total: string, region: { id: string, name: string, currency_code: string, countries: Array<{ iso_2: string }> } | null, customer: { id: string, has_account: boolean } | null, shipping_address: { first_name: string | null, last_name: string | null, company: string | null, address_1: string | null, address_2: string | null, city: string | null, country_code: string | null, province: string | null, postal_code: string | null, phone: string | null, metadata: unknown } | null, billing_address: { first_name: string | null, last_name: string | null, company: string | null, address_1: string | null, address_2: string | null, city: string | null, country_code: string | null, province: string | null, postal_code: string | null, phone: string | null, metadata: unknown } | null, items: Array<{ id: string, quantity: number, unit_price: string, variant_id: string | null, product_id: string | null, title: string, subtitle: string | null, thumbnail: string | null, product_title: string | null, product_description: string | null, product_subtitle: string | null, product_type: string | null, product_type_id: string | null, product_collection: string | null, product_handle: string | null, variant_sku: string | null, variant_barcode: string | null, variant_title: string | null, variant_option_values: unknown, requires_shipping: boolean, is_discountable: boolean, is_giftcard: boolean, is_tax_inclusive: boolean, is_custom_price: boolean, compare_at_unit_price: string | null, metadata: unknown, subtotal: string, adjustments: Array<{ id: string, item_id: string, code: string | null, amount: string, description: string | null, is_tax_inclusive: boolean, promotion_id: string | null, provider_id: string | null }>, tax_lines: Array<{ description: string | null, code: string, rate: number, provider_id: string | null, tax_rate_id: string | null }> }>, shipping_methods: Array<{ id: string, name: string, description: unknown, amount: string, is_tax_inclusive: boolean, shipping_option_id: string | null, data: unknown, metadata: unknown, adjustments: Array<{ id: string, code: string | null, amount: string, description: string | null, promotion_id: string | null, provider_id: string | null }>, tax_lines: Array<{ description: string | null, code: string, rate: number, provider_id: string | null, tax_rate_id: string | null }> }>, credit_lines: Array<{ reference: string | null, reference_id: string | null, amount: string, metadata: unknown }>, payment_collection: { id: string, amount: string, currency_code: string, status: PaymentCollectionStatus, payment_sessions: Array<{ id: string, status: PaymentSessionStatus, provider_id: string }> } | null, promotions: Array<{ id: string, code: string }> | null, order: { id: string, display_id: number } | null } | null };

export type WorkflowCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowCustomerQuery = { customer: { id: string, email: string | null, has_account: boolean } | null };

export type WorkflowFulfillmentQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowFulfillmentQuery = { fulfillment: { id: string, order: { id: string } | null } | null };

export type WorkflowOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowOrderQuery = { order: { id: string, status: OrderStatus, currency_code: string, items: Array<{ id: string, title: string, variant_sku: string | null, variant_barcode: string | null, requires_shipping: boolean, detail: { quantity: string, fulfilled_quantity: string, shipped_quantity: string, delivered_quantity: string } }>, shipping_address: { company: string | null, first_name: string | null, last_name: string | null, address_1: string | null, address_2: string | null, city: string | null, country_code: string | null, province: string | null, postal_code: string | null, phone: string | null } | null, shipping_methods: Array<{ shipping_option_id: string | null }>, fulfillments: Array<{ id: string, packed_at: string | null, shipped_at: string | null, delivered_at: string | null, canceled_at: string | null, items: Array<{ line_item_id: string | null, quantity: string }> }> | null, payment_collections: Array<{ id: string, status: PaymentCollectionStatus, payments: Array<{ id: string, canceled_at: string | null, captures: Array<{ id: string, amount: string }>, refunds: Array<{ id: string, amount: string }> }> | null }> | null } | null };

export type WorkflowPaymentCollectionQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowPaymentCollectionQuery = { payment_collection: { id: string, status: PaymentCollectionStatus, amount: string, currency_code: string, cart: { id: string } | null } | null };

export type WorkflowPaymentProvidersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WorkflowPaymentProvidersQuery = { payment_providers: { data: Array<{ id: string }> } };

export type WorkflowPaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowPaymentQuery = { payment: { id: string, amount: string, currency_code: string, canceled_at: string | null, captures: Array<{ amount: string }>, refunds: Array<{ amount: string }>, payment_collection: { id: string, order: { id: string } | null } | null } | null };

export type WorkflowPricePreferencesQueryVariables = Exact<{
  attribute: string;
  values: Array<string> | string;
}>;


export type WorkflowPricePreferencesQuery = { price_preferences: { data: Array<{ id: string, attribute: string, value: string | null, is_tax_inclusive: boolean }> } };

export type WorkflowProductLinkTargetsQueryVariables = Exact<{
  salesChannels: Array<string | number> | string | number;
  shippingProfiles: Array<string | number> | string | number;
}>;


export type WorkflowProductLinkTargetsQuery = { sales_channels: { data: Array<{ id: string }> }, shipping_profiles: { data: Array<{ id: string }> } };

export type WorkflowPromotionContextQueryVariables = Exact<{
  id: string | number;
  budgets: Array<string | number> | string | number;
  values: Array<string> | string;
  withUsages: boolean;
}>;


export type WorkflowPromotionContextQuery = { cart: { id: string, customer: { id: string, email: string | null, groups: Array<{ id: string }> | null } | null, items: Array<{ id: string, original_total: string, variant: { id: string, product_id: string | null } | null, product: { id: string, type_id: string | null, collection_id: string | null, is_giftcard: boolean, tags: Array<{ id: string }>, categories: Array<{ id: string }> } | null }>, shipping_methods: Array<{ id: string, subtotal: string, original_total: string, shipping_option: { id: string, shipping_option_type_id: string, shipping_profile_id: string | null } | null }> } | null, budget_usages?: { data: Array<{ budget_id: string, attribute_value: string, used: string }> } };

export type WorkflowPromotionsQueryVariables = Exact<{
  codes: Array<string> | string;
  withCodes: boolean;
}>;


export type WorkflowPromotionsQuery = { by_code?: { data: Array<{ id: string, code: string, status: PromotionStatus, type: PromotionType, is_automatic: boolean, is_tax_inclusive: boolean, limit: number | null, used: number | null, campaign: { starts_at: string | null, ends_at: string | null, budget: { id: string, type: CampaignBudgetType, limit: string | null, used: string, attribute: string | null } | null } | null, rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null, application_method: { type: ApplicationMethodType, target_type: ApplicationMethodTargetType, allocation: ApplicationMethodAllocation | null, value: string | null, currency_code: string | null, max_quantity: number | null, apply_to_quantity: number | null, buy_rules_min_quantity: number | null, target_rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null, buy_rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null } | null }> }, automatic: { data: Array<{ id: string, code: string, status: PromotionStatus, type: PromotionType, is_automatic: boolean, is_tax_inclusive: boolean, limit: number | null, used: number | null, campaign: { starts_at: string | null, ends_at: string | null, budget: { id: string, type: CampaignBudgetType, limit: string | null, used: string, attribute: string | null } | null } | null, rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null, application_method: { type: ApplicationMethodType, target_type: ApplicationMethodTargetType, allocation: ApplicationMethodAllocation | null, value: string | null, currency_code: string | null, max_quantity: number | null, apply_to_quantity: number | null, buy_rules_min_quantity: number | null, target_rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null, buy_rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null } | null }> } };

export type WorkflowPromotionFieldsFragment = { id: string, code: string, status: PromotionStatus, type: PromotionType, is_automatic: boolean, is_tax_inclusive: boolean, limit: number | null, used: number | null, campaign: { starts_at: string | null, ends_at: string | null, budget: { id: string, type: CampaignBudgetType, limit: string | null, used: string, attribute: string | null } | null } | null, rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null, application_method: { type: ApplicationMethodType, target_type: ApplicationMethodTargetType, allocation: ApplicationMethodAllocation | null, value: string | null, currency_code: string | null, max_quantity: number | null, apply_to_quantity: number | null, buy_rules_min_quantity: number | null, target_rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null, buy_rules: Array<{ attribute: string, operator: PromotionRuleOperator, values: Array<{ value: string }> }> | null } | null };

export type WorkflowRegionsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WorkflowRegionsQuery = { regions: { data: Array<{ id: string, name: string, currency_code: string, automatic_taxes: boolean, metadata: unknown, deleted_at: string | null, countries: Array<{ iso_2: string }>, payment_providers: Array<{ id: string }> | null }> } };

export type WorkflowShippingOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowShippingOptionsQuery = { shipping_options: { data: Array<{ id: string, name: string, shipping_profile_id: string | null, service_zone: { geo_zones: Array<{ country_code: string }> } | null, rules: Array<{ attribute: string, operator: ShippingOptionRuleOperator, value: unknown }> | null, prices: Array<{ currency_code: string, amount: string }> }> } };

export type WorkflowStoreQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowStoreQuery = { regions: { data: Array<{ id: string, currency_code: string, countries: Array<{ iso_2: string }> }> }, sales_channels: { data: Array<{ id: string, name: string, is_disabled: boolean }> } };

export type WorkflowVariantsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WorkflowVariantsQuery = { product_variants: { data: Array<{ id: string, title: string, sku: string | null, barcode: string | null, thumbnail: string | null, options: Array<{ value: string, option: { title: string } | null }>, prices: Array<{ currency_code: string, amount: string }>, product: { id: string, title: string, description: string | null, subtitle: string | null, handle: string, thumbnail: string | null, discountable: boolean, is_giftcard: boolean, status: ProductStatus, type: { id: string, value: string } | null, collection: { title: string } | null, shipping_profile: { id: string } | null } | null }> } };

export type CreateLinksMutationVariables = Exact<{
  links: Array<LinkInput> | LinkInput;
}>;


export type CreateLinksMutation = { create_links: Array<
    | { __typename: 'LinkCartPaymentCollection' }
    | { __typename: 'LinkCartPromotion' }
    | { __typename: 'LinkCustomerAccountHolder' }
    | { __typename: 'LinkOrderCart' }
    | { __typename: 'LinkOrderFulfillment' }
    | { __typename: 'LinkOrderPaymentCollection' }
    | { __typename: 'LinkOrderPromotion' }
    | { __typename: 'LinkProductSalesChannel' }
    | { __typename: 'LinkProductShippingProfile' }
    | { __typename: 'LinkRegionPaymentProvider' }
  > };

export type DismissCreatedLinksMutationVariables = Exact<{
  links: Array<LinkInput> | LinkInput;
}>;


export type DismissCreatedLinksMutation = { dismiss_links: Array<
    | { __typename: 'LinkCartPaymentCollection' }
    | { __typename: 'LinkCartPromotion' }
    | { __typename: 'LinkCustomerAccountHolder' }
    | { __typename: 'LinkOrderCart' }
    | { __typename: 'LinkOrderFulfillment' }
    | { __typename: 'LinkOrderPaymentCollection' }
    | { __typename: 'LinkOrderPromotion' }
    | { __typename: 'LinkProductSalesChannel' }
    | { __typename: 'LinkProductShippingProfile' }
    | { __typename: 'LinkRegionPaymentProvider' }
  > };

export type DismissLinksMutationVariables = Exact<{
  links: Array<LinkInput> | LinkInput;
}>;


export type DismissLinksMutation = { dismiss_links: Array<
    | { __typename: 'LinkCartPaymentCollection' }
    | { __typename: 'LinkCartPromotion' }
    | { __typename: 'LinkCustomerAccountHolder' }
    | { __typename: 'LinkOrderCart' }
    | { __typename: 'LinkOrderFulfillment' }
    | { __typename: 'LinkOrderPaymentCollection' }
    | { __typename: 'LinkOrderPromotion' }
    | { __typename: 'LinkProductSalesChannel' }
    | { __typename: 'LinkProductShippingProfile' }
    | { __typename: 'LinkRegionPaymentProvider' }
  > };

export type RecreateLinksMutationVariables = Exact<{
  links: Array<LinkInput> | LinkInput;
}>;


export type RecreateLinksMutation = { create_links: Array<
    | { __typename: 'LinkCartPaymentCollection' }
    | { __typename: 'LinkCartPromotion' }
    | { __typename: 'LinkCustomerAccountHolder' }
    | { __typename: 'LinkOrderCart' }
    | { __typename: 'LinkOrderFulfillment' }
    | { __typename: 'LinkOrderPaymentCollection' }
    | { __typename: 'LinkOrderPromotion' }
    | { __typename: 'LinkProductSalesChannel' }
    | { __typename: 'LinkProductShippingProfile' }
    | { __typename: 'LinkRegionPaymentProvider' }
  > };

export type AddOrderTransactionMutationVariables = Exact<{
  input: OrderTransactionAddInput;
}>;


export type AddOrderTransactionMutation = { order_transaction_add: { id: string } };

export type DeleteOrderTransactionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrderTransactionMutation = { order_transaction_delete: string | null };

export type CreateOrderMutationVariables = Exact<{
  input: OrderCreateInput;
}>;


export type CreateOrderMutation = { order_create: { id: string, display_id: number } };

export type DeleteOrderMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrderMutation = { order_delete: string | null };

export type SetItemQuantitiesMutationVariables = Exact<{
  order_id: string | number;
  items: Array<OrderItemQuantitiesInput> | OrderItemQuantitiesInput;
}>;


export type SetItemQuantitiesMutation = { order_item_quantities_set: { id: string } };

export type SetOrderStatusMutationVariables = Exact<{
  id: string | number;
  status: OrderStatus;
}>;


export type SetOrderStatusMutation = { order_status_set: { id: string, status: OrderStatus } };

export type AuthorizePaymentSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizePaymentSessionMutation = { payment_session_authorize: { id: string, status: PaymentSessionStatus } };

export type CancelPaymentSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelPaymentSessionMutation = { payment_session_cancel: { id: string } | null };

export type CancelPaymentMutationVariables = Exact<{
  payment_id: string | number;
}>;


export type CancelPaymentMutation = { cancel_payment: { id: string } };

export type UndoCancelPaymentMutationVariables = Exact<{
  payment_id: string | number;
}>;


export type UndoCancelPaymentMutation = { payment_cancel_undo: { id: string } | null };

export type CapturePaymentMutationVariables = Exact<{
  payment_id: string | number;
  amount?: string | number | null | undefined;
  capture_id: string | number;
}>;


export type CapturePaymentMutation = { capture_payment: { id: string, captures: Array<{ id: string, amount: string }> } };

export type DeleteCaptureMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCaptureMutation = { capture_delete: string | null };

export type CreatePaymentCollectionMutationVariables = Exact<{
  input: PaymentCollectionCreateInput;
}>;


export type CreatePaymentCollectionMutation = { payment_collection_create: { id: string } };

export type DeletePaymentCollectionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePaymentCollectionMutation = { payment_collection_delete: string | null };

export type CreatePaymentSessionMutationVariables = Exact<{
  input: PaymentSessionCreateInput;
}>;


export type CreatePaymentSessionMutation = { payment_session_create: { id: string } };

export type DeletePaymentSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePaymentSessionMutation = { payment_session_delete: string | null };

export type RefundPaymentMutationVariables = Exact<{
  payment_id: string | number;
  amount?: string | number | null | undefined;
  refund_reason_id?: string | number | null | undefined;
  note?: string | null | undefined;
  refund_id: string | number;
}>;


export type RefundPaymentMutation = { refund_payment: { id: string, refunds: Array<{ id: string, amount: string }> } };

export type DeleteRefundMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRefundMutation = { refund_delete: string | null };

export type SetPaymentCollectionStatusMutationVariables = Exact<{
  id: string | number;
  status: PaymentCollectionStatus;
}>;


export type SetPaymentCollectionStatusMutation = { update_payment_collections: { id: string, status: PaymentCollectionStatus } };

export type UpdatePaymentCollectionMutationVariables = Exact<{
  id: string | number;
  amount: string | number;
}>;


export type UpdatePaymentCollectionMutation = { payment_collection_update: { id: string } };

export type CreatePricePreferencesMutationVariables = Exact<{
  data: Array<PricePreferenceCreateInput> | PricePreferenceCreateInput;
}>;


export type CreatePricePreferencesMutation = { create_price_preferences: Array<{ id: string }> };

export type SoftDeletePricePreferencesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SoftDeletePricePreferencesMutation = { soft_delete_price_preferences: Array<string> };

export type CreateProductsMutationVariables = Exact<{
  data: Array<ProductCreateInput> | ProductCreateInput;
}>;


export type CreateProductsMutation = { create_products: Array<{ id: string }> };

export type SoftDeleteCreatedProductsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SoftDeleteCreatedProductsMutation = { soft_delete_products: Array<string> };

export type ExistingProductsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExistingProductsQuery = { products: { data: Array<{ id: string }> } };

export type UpdatePricePreferenceMutationVariables = Exact<{
  id: string | number;
  is_tax_inclusive: boolean;
}>;


export type UpdatePricePreferenceMutation = { update_price_preferences: { id: string } };

export type RegisterUsageMutationVariables = Exact<{
  order: string | number;
  actions: Array<PromotionUsageActionInput> | PromotionUsageActionInput;
  context?: PromotionUsageContextInput | null | undefined;
}>;


export type RegisterUsageMutation = { promotion_usage_register: { reference_id: string } };

export type RevertUsageMutationVariables = Exact<{
  order: string | number;
}>;


export type RevertUsageMutation = { promotion_usage_revert: Array<{ __typename: 'PromotionUsage' }> };

export type CreateRegionsMutationVariables = Exact<{
  data: Array<RegionCreateInput> | RegionCreateInput;
}>;


export type CreateRegionsMutation = { create_regions: Array<{ id: string }> };

export type SoftDeleteCreatedRegionsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SoftDeleteCreatedRegionsMutation = { soft_delete_regions: Array<string> };

export type UpdateRegionMutationVariables = Exact<{
  id: string | number;
  data: RegionUpdateInput;
}>;


export type UpdateRegionMutation = { update_regions: { id: string } };

export type TaxLinesQueryVariables = Exact<{
  items: Array<TaxableItemInput> | TaxableItemInput;
  shipping_methods: Array<TaxableShippingInput> | TaxableShippingInput;
  context: TaxCalculationContextInput;
}>;


export type TaxLinesQuery = { tax_lines: Array<{ line_item_id: string | null, shipping_line_id: string | null, rate: number, code: string, name: string, rate_id: string, provider_id: string }> };

export const WorkflowPromotionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"is_automatic"}},{"kind":"Field","name":{"kind":"Name","value":"is_tax_inclusive"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"starts_at"}},{"kind":"Field","name":{"kind":"Name","value":"ends_at"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"application_method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"target_type"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"max_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"apply_to_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"buy_rules_min_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"target_rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buy_rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPromotionFieldsFragment, unknown>;
export const CompleteCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart_update"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"completed_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completed_at"}}]}}]}}]} as unknown as DocumentNode<CompleteCartMutation, CompleteCartMutationVariables>;
export const CreateCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart_create"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCartMutation, CreateCartMutationVariables>;
export const DeleteCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCartMutation, DeleteCartMutationVariables>;
export const CreateLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineItemCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_items_create"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cart_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cart"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateLineItemsMutation, CreateLineItemsMutationVariables>;
export const RemoveCreatedLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCreatedLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_items_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<RemoveCreatedLineItemsMutation, RemoveCreatedLineItemsMutationVariables>;
export const RemoveLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_items_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<RemoveLineItemsMutation, RemoveLineItemsMutationVariables>;
export const RestoreLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_items_restore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RestoreLineItemsMutation, RestoreLineItemsMutationVariables>;
export const SetLineItemAdjustmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLineItemAdjustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adjustments"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineItemAdjustmentInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_item_adjustments_set"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cart_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cart"}}},{"kind":"Argument","name":{"kind":"Name","value":"adjustments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adjustments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetLineItemAdjustmentsMutation, SetLineItemAdjustmentsMutationVariables>;
export const SetShippingMethodAdjustmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetShippingMethodAdjustments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adjustments"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethodAdjustmentInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipping_method_adjustments_set"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cart_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cart"}}},{"kind":"Argument","name":{"kind":"Name","value":"adjustments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adjustments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetShippingMethodAdjustmentsMutation, SetShippingMethodAdjustmentsMutationVariables>;
export const SetShippingMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetShippingMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethodInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipping_methods_set"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cart_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cart"}}},{"kind":"Argument","name":{"kind":"Name","value":"methods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetShippingMethodsMutation, SetShippingMethodsMutationVariables>;
export const SetTaxLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTaxLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"item_ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shipping_method_ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineItemTaxLineInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingMethodTaxLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tax_lines_set"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cart_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cart"}}},{"kind":"Argument","name":{"kind":"Name","value":"item_ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"item_ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"shipping_method_ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shipping_method_ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"item_tax_lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"shipping_method_tax_lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetTaxLinesMutation, SetTaxLinesMutationVariables>;
export const UpdateCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart_update"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateCartMutation, UpdateCartMutationVariables>;
export const UpdateLineItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLineItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineItemUpdateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_items_update"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateLineItemsMutation, UpdateLineItemsMutationVariables>;
export const FindOrCreateGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FindOrCreateGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer_find_or_create_guest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<FindOrCreateGuestMutation, FindOrCreateGuestMutationVariables>;
export const DeleteGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteGuestMutation, DeleteGuestMutationVariables>;
export const CancelFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancel_fulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelFulfillmentMutation, CancelFulfillmentMutationVariables>;
export const UncancelFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UncancelFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillment_undo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"EnumValue","value":"canceled"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UncancelFulfillmentMutation, UncancelFulfillmentMutationVariables>;
export const CreateFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfillmentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create_fulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateFulfillmentMutation, CreateFulfillmentMutationVariables>;
export const DeleteFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillment_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFulfillmentMutation, DeleteFulfillmentMutationVariables>;
export const DeliverFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliverFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliver_fulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeliverFulfillmentMutation, DeliverFulfillmentMutationVariables>;
export const UndeliverFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndeliverFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillment_undo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"EnumValue","value":"delivered"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UndeliverFulfillmentMutation, UndeliverFulfillmentMutationVariables>;
export const ShipFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfillmentLabelInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ship_fulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ShipFulfillmentMutation, ShipFulfillmentMutationVariables>;
export const UnshipFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnshipFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillment_undo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"EnumValue","value":"shipped"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnshipFulfillmentMutation, UnshipFulfillmentMutationVariables>;
export const WorkflowCartTaxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowCartTax"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"automatic_taxes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country_code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product_id"}},{"kind":"Field","name":{"kind":"Name","value":"product_type_id"}},{"kind":"Field","name":{"kind":"Name","value":"is_giftcard"}},{"kind":"Field","name":{"kind":"Name","value":"tax_lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"item_id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_option_id"}},{"kind":"Field","name":{"kind":"Name","value":"tax_lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_method_id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowCartTaxQuery, WorkflowCartTaxQueryVariables>;
export const WorkflowCartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"region_id"}},{"kind":"Field","name":{"kind":"Name","value":"customer_id"}},{"kind":"Field","name":{"kind":"Name","value":"sales_channel_id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"completed_at"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso_2"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"has_account"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"address_1"}},{"kind":"Field","name":{"kind":"Name","value":"address_2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country_code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"postal_code"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billing_address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"address_1"}},{"kind":"Field","name":{"kind":"Name","value":"address_2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country_code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"postal_code"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit_price"}},{"kind":"Field","name":{"kind":"Name","value":"variant_id"}},{"kind":"Field","name":{"kind":"Name","value":"product_id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"product_title"}},{"kind":"Field","name":{"kind":"Name","value":"product_description"}},{"kind":"Field","name":{"kind":"Name","value":"product_subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"product_type"}},{"kind":"Field","name":{"kind":"Name","value":"product_type_id"}},{"kind":"Field","name":{"kind":"Name","value":"product_collection"}},{"kind":"Field","name":{"kind":"Name","value":"product_handle"}},{"kind":"Field","name":{"kind":"Name","value":"variant_sku"}},{"kind":"Field","name":{"kind":"Name","value":"variant_barcode"}},{"kind":"Field","name":{"kind":"Name","value":"variant_title"}},{"kind":"Field","name":{"kind":"Name","value":"variant_option_values"}},{"kind":"Field","name":{"kind":"Name","value":"requires_shipping"}},{"kind":"Field","name":{"kind":"Name","value":"is_discountable"}},{"kind":"Field","name":{"kind":"Name","value":"is_giftcard"}},{"kind":"Field","name":{"kind":"Name","value":"is_tax_inclusive"}},{"kind":"Field","name":{"kind":"Name","value":"is_custom_price"}},{"kind":"Field","name":{"kind":"Name","value":"compare_at_unit_price"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"item_id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"is_tax_inclusive"}},{"kind":"Field","name":{"kind":"Name","value":"promotion_id"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax_lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"is_tax_inclusive"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_option_id"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"promotion_id"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax_lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}},{"kind":"Field","name":{"kind":"Name","value":"tax_rate_id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit_lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reference_id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"discount_total"}},{"kind":"Field","name":{"kind":"Name","value":"discount_subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discount_tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"original_total"}},{"kind":"Field","name":{"kind":"Name","value":"original_tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"item_total"}},{"kind":"Field","name":{"kind":"Name","value":"item_subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"item_tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"original_item_total"}},{"kind":"Field","name":{"kind":"Name","value":"original_item_subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"original_item_tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_total"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"original_shipping_total"}},{"kind":"Field","name":{"kind":"Name","value":"original_shipping_subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"original_shipping_tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"credit_line_total"}},{"kind":"Field","name":{"kind":"Name","value":"payment_collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payment_sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowCartQuery, WorkflowCartQueryVariables>;
export const WorkflowCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"has_account"}}]}}]}}]} as unknown as DocumentNode<WorkflowCustomerQuery, WorkflowCustomerQueryVariables>;
export const WorkflowFulfillmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowFulfillment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowFulfillmentQuery, WorkflowFulfillmentQueryVariables>;
export const WorkflowOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"variant_sku"}},{"kind":"Field","name":{"kind":"Name","value":"variant_barcode"}},{"kind":"Field","name":{"kind":"Name","value":"requires_shipping"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilled_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"shipped_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"address_1"}},{"kind":"Field","name":{"kind":"Name","value":"address_2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country_code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"postal_code"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipping_option_id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"packed_at"}},{"kind":"Field","name":{"kind":"Name","value":"shipped_at"}},{"kind":"Field","name":{"kind":"Name","value":"delivered_at"}},{"kind":"Field","name":{"kind":"Name","value":"canceled_at"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_item_id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"payment_collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canceled_at"}},{"kind":"Field","name":{"kind":"Name","value":"captures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowOrderQuery, WorkflowOrderQueryVariables>;
export const WorkflowPaymentCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowPaymentCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPaymentCollectionQuery, WorkflowPaymentCollectionQueryVariables>;
export const WorkflowPaymentProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowPaymentProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"is_enabled"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPaymentProvidersQuery, WorkflowPaymentProvidersQueryVariables>;
export const WorkflowPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"canceled_at"}},{"kind":"Field","name":{"kind":"Name","value":"captures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment_collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPaymentQuery, WorkflowPaymentQueryVariables>;
export const WorkflowPricePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowPricePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price_preferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"attribute"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"is_tax_inclusive"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPricePreferencesQuery, WorkflowPricePreferencesQueryVariables>;
export const WorkflowProductLinkTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowProductLinkTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"salesChannels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shippingProfiles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales_channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"salesChannels"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_profiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shippingProfiles"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowProductLinkTargetsQuery, WorkflowProductLinkTargetsQueryVariables>;
export const WorkflowPromotionContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowPromotionContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgets"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withUsages"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"original_total"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product_id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type_id"}},{"kind":"Field","name":{"kind":"Name","value":"collection_id"}},{"kind":"Field","name":{"kind":"Name","value":"is_giftcard"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"original_total"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_option_type_id"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_profile_id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"budget_usages"},"name":{"kind":"Name","value":"campaign_budget_usages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"budget_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgets"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"attribute_value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withUsages"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget_id"}},{"kind":"Field","name":{"kind":"Name","value":"attribute_value"}},{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPromotionContextQuery, WorkflowPromotionContextQueryVariables>;
export const WorkflowPromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowPromotions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCodes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"by_code"},"name":{"kind":"Name","value":"promotions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCodes"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowPromotionFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"automatic"},"name":{"kind":"Name","value":"promotions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"is_automatic"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"active"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkflowPromotionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkflowPromotionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Promotion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"is_automatic"}},{"kind":"Field","name":{"kind":"Name","value":"is_tax_inclusive"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"starts_at"}},{"kind":"Field","name":{"kind":"Name","value":"ends_at"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"application_method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"target_type"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"max_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"apply_to_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"buy_rules_min_quantity"}},{"kind":"Field","name":{"kind":"Name","value":"target_rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buy_rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowPromotionsQuery, WorkflowPromotionsQueryVariables>;
export const WorkflowRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"with_deleted"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"automatic_taxes"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso_2"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment_providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowRegionsQuery, WorkflowRegionsQueryVariables>;
export const WorkflowShippingOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowShippingOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipping_options"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_profile_id"}},{"kind":"Field","name":{"kind":"Name","value":"service_zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geo_zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country_code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowShippingOptionsQuery, WorkflowShippingOptionsQueryVariables>;
export const WorkflowStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowStore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso_2"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales_channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"is_disabled"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowStoreQuery, WorkflowStoreQueryVariables>;
export const WorkflowVariantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowVariants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product_variants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"barcode"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"discountable"}},{"kind":"Field","name":{"kind":"Name","value":"is_giftcard"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowVariantsQuery, WorkflowVariantsQueryVariables>;
export const CreateLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"links"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create_links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"links"},"value":{"kind":"Variable","name":{"kind":"Name","value":"links"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateLinksMutation, CreateLinksMutationVariables>;
export const DismissCreatedLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissCreatedLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"links"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismiss_links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"links"},"value":{"kind":"Variable","name":{"kind":"Name","value":"links"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DismissCreatedLinksMutation, DismissCreatedLinksMutationVariables>;
export const DismissLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"links"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismiss_links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"links"},"value":{"kind":"Variable","name":{"kind":"Name","value":"links"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DismissLinksMutation, DismissLinksMutationVariables>;
export const RecreateLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecreateLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"links"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create_links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"links"},"value":{"kind":"Variable","name":{"kind":"Name","value":"links"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RecreateLinksMutation, RecreateLinksMutationVariables>;
export const AddOrderTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrderTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTransactionAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_transaction_add"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddOrderTransactionMutation, AddOrderTransactionMutationVariables>;
export const DeleteOrderTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrderTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_transaction_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOrderTransactionMutation, DeleteOrderTransactionMutationVariables>;
export const CreateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_create"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_id"}}]}}]}}]} as unknown as DocumentNode<CreateOrderMutation, CreateOrderMutationVariables>;
export const DeleteOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOrderMutation, DeleteOrderMutationVariables>;
export const SetItemQuantitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetItemQuantities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderItemQuantitiesInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_item_quantities_set"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetItemQuantitiesMutation, SetItemQuantitiesMutationVariables>;
export const SetOrderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order_status_set"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetOrderStatusMutation, SetOrderStatusMutationVariables>;
export const AuthorizePaymentSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizePaymentSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_session_authorize"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AuthorizePaymentSessionMutation, AuthorizePaymentSessionMutationVariables>;
export const CancelPaymentSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPaymentSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_session_cancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelPaymentSessionMutation, CancelPaymentSessionMutationVariables>;
export const CancelPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancel_payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payment_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CancelPaymentMutation, CancelPaymentMutationVariables>;
export const UndoCancelPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoCancelPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_cancel_undo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payment_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UndoCancelPaymentMutation, UndoCancelPaymentMutationVariables>;
export const CapturePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CapturePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BigNumber"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capture_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capture_payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payment_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"capture_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capture_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"captures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<CapturePaymentMutation, CapturePaymentMutationVariables>;
export const DeleteCaptureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCapture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capture_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCaptureMutation, DeleteCaptureMutationVariables>;
export const CreatePaymentCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePaymentCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentCollectionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_collection_create"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePaymentCollectionMutation, CreatePaymentCollectionMutationVariables>;
export const DeletePaymentCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePaymentCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_collection_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePaymentCollectionMutation, DeletePaymentCollectionMutationVariables>;
export const CreatePaymentSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePaymentSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_session_create"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePaymentSessionMutation, CreatePaymentSessionMutationVariables>;
export const DeletePaymentSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePaymentSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_session_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePaymentSessionMutation, DeletePaymentSessionMutationVariables>;
export const RefundPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BigNumber"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refund_reason_id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refund_id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund_payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"payment_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payment_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"refund_reason_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refund_reason_id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"refund_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refund_id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const DeleteRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refund_delete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRefundMutation, DeleteRefundMutationVariables>;
export const SetPaymentCollectionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPaymentCollectionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentCollectionStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_payment_collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetPaymentCollectionStatusMutation, SetPaymentCollectionStatusMutationVariables>;
export const UpdatePaymentCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePaymentCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BigNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment_collection_update"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePaymentCollectionMutation, UpdatePaymentCollectionMutationVariables>;
export const CreatePricePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePricePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PricePreferenceCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create_price_preferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePricePreferencesMutation, CreatePricePreferencesMutationVariables>;
export const SoftDeletePricePreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SoftDeletePricePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soft_delete_price_preferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<SoftDeletePricePreferencesMutation, SoftDeletePricePreferencesMutationVariables>;
export const CreateProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create_products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateProductsMutation, CreateProductsMutationVariables>;
export const SoftDeleteCreatedProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SoftDeleteCreatedProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soft_delete_products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<SoftDeleteCreatedProductsMutation, SoftDeleteCreatedProductsMutationVariables>;
export const ExistingProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExistingProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filters"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"with_deleted"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"pagination"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExistingProductsQuery, ExistingProductsQueryVariables>;
export const UpdatePricePreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePricePreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"is_tax_inclusive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_price_preferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"is_tax_inclusive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"is_tax_inclusive"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePricePreferenceMutation, UpdatePricePreferenceMutationVariables>;
export const RegisterUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionUsageActionInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionUsageContextInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion_usage_register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference_id"}}]}}]}}]} as unknown as DocumentNode<RegisterUsageMutation, RegisterUsageMutationVariables>;
export const RevertUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevertUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion_usage_revert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevertUsageMutation, RevertUsageMutationVariables>;
export const CreateRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionCreateInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create_regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateRegionsMutation, CreateRegionsMutationVariables>;
export const SoftDeleteCreatedRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SoftDeleteCreatedRegions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soft_delete_regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<SoftDeleteCreatedRegionsMutation, SoftDeleteCreatedRegionsMutationVariables>;
export const UpdateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"data"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"data"},"value":{"kind":"Variable","name":{"kind":"Name","value":"data"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateRegionMutation, UpdateRegionMutationVariables>;
export const TaxLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxableItemInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shipping_methods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxableShippingInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"context"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxCalculationContextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tax_lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"shipping_methods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shipping_methods"}}},{"kind":"Argument","name":{"kind":"Name","value":"context"},"value":{"kind":"Variable","name":{"kind":"Name","value":"context"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line_item_id"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_line_id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate_id"}},{"kind":"Field","name":{"kind":"Name","value":"provider_id"}}]}}]}}]} as unknown as DocumentNode<TaxLinesQuery, TaxLinesQueryVariables>;