import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * The fields of Medusa's data models (../shared/medusa/models.md, v2.17.2) that a storefront or
 * admin reads, per GraphQL type. Introspecting the gateway must find every one of them.
 */
const TIMESTAMPS = ['created_at', 'updated_at', 'deleted_at'];
const ADDRESS = ['company', 'first_name', 'last_name', 'address_1', 'address_2', 'city', 'country_code', 'province', 'postal_code', 'phone', 'metadata'];
const LINE_ITEM_DATA = [
  'title', 'subtitle', 'thumbnail', 'variant_id', 'product_id', 'product_title', 'product_description', 'product_subtitle',
  'product_type', 'product_type_id', 'product_collection', 'product_handle', 'variant_sku', 'variant_barcode', 'variant_title',
  'variant_option_values', 'requires_shipping', 'is_discountable', 'is_giftcard', 'is_tax_inclusive', 'is_custom_price',
  'compare_at_unit_price', 'unit_price', 'metadata',
];
const ITEM_TOTALS = ['original_total', 'original_subtotal', 'original_tax_total', 'item_total', 'item_subtotal', 'item_tax_total', 'total', 'subtotal', 'tax_total', 'discount_total', 'discount_tax_total'];
const METHOD_TOTALS = ['original_total', 'original_subtotal', 'original_tax_total', 'total', 'subtotal', 'tax_total', 'discount_total', 'discount_tax_total'];
const CART_TOTALS = [
  'total', 'subtotal', 'tax_total', 'discount_total', 'discount_tax_total', 'original_total', 'original_subtotal', 'original_tax_total',
  'item_total', 'item_subtotal', 'item_tax_total', 'original_item_total', 'original_item_subtotal', 'original_item_tax_total',
  'shipping_total', 'shipping_subtotal', 'shipping_tax_total', 'original_shipping_total', 'original_shipping_subtotal',
  'original_shipping_tax_total', 'gift_card_total', 'gift_card_tax_total', 'credit_line_total',
];

export const EXPECTED_FIELDS: Record<string, string[]> = {
  // cart module (§2)
  Cart: ['id', 'region_id', 'customer_id', 'sales_channel_id', 'email', 'currency_code', 'locale', 'metadata', 'completed_at',
    'shipping_address', 'billing_address', 'items', 'shipping_methods', 'credit_lines', ...TIMESTAMPS, ...CART_TOTALS,
    'customer', 'region', 'sales_channel', 'promotions', 'payment_collection', 'order'],
  Address: ['id', 'customer_id', ...ADDRESS, ...TIMESTAMPS],
  LineItem: ['id', 'cart_id', 'quantity', ...LINE_ITEM_DATA, 'adjustments', 'tax_lines', ...ITEM_TOTALS, ...TIMESTAMPS, 'product', 'variant'],
  LineItemAdjustment: ['id', 'item_id', 'description', 'code', 'amount', 'is_tax_inclusive', 'provider_id', 'promotion_id', 'metadata', ...TIMESTAMPS, 'promotion'],
  LineItemTaxLine: ['id', 'item_id', 'description', 'code', 'rate', 'provider_id', 'tax_rate_id', 'metadata', ...TIMESTAMPS],
  ShippingMethod: ['id', 'cart_id', 'name', 'description', 'amount', 'is_tax_inclusive', 'shipping_option_id', 'data', 'metadata',
    'tax_lines', 'adjustments', ...METHOD_TOTALS, ...TIMESTAMPS, 'shipping_option'],
  ShippingMethodAdjustment: ['id', 'shipping_method_id', 'description', 'code', 'amount', 'provider_id', 'promotion_id', 'metadata', ...TIMESTAMPS],
  ShippingMethodTaxLine: ['id', 'shipping_method_id', 'description', 'code', 'rate', 'provider_id', 'tax_rate_id', 'metadata', ...TIMESTAMPS],
  CreditLine: ['id', 'cart_id', 'reference', 'reference_id', 'amount', 'metadata', ...TIMESTAMPS],
  // customer module (§3)
  Customer: ['id', 'company_name', 'first_name', 'last_name', 'email', 'phone', 'has_account', 'metadata', 'created_by', 'groups', 'addresses', ...TIMESTAMPS],
  CustomerAddress: ['id', 'customer_id', 'address_name', 'is_default_shipping', 'is_default_billing', ...ADDRESS, ...TIMESTAMPS],
  CustomerGroup: ['id', 'name', 'metadata', 'created_by', 'customers', ...TIMESTAMPS],
  // region module (§4)
  Region: ['id', 'name', 'currency_code', 'automatic_taxes', 'metadata', 'countries', ...TIMESTAMPS],
  Country: ['iso_2', 'iso_3', 'num_code', 'name', 'display_name', 'region_id', 'metadata', 'region'],
  // sales channel module (§5)
  SalesChannel: ['id', 'name', 'description', 'is_disabled', 'metadata', ...TIMESTAMPS],
  // product module (§6)
  Product: ['id', 'title', 'handle', 'subtitle', 'description', 'is_giftcard', 'status', 'thumbnail', 'weight', 'length', 'height', 'width',
    'origin_country', 'hs_code', 'mid_code', 'material', 'discountable', 'external_id', 'metadata', 'type_id', 'type', 'collection_id',
    'collection', 'variants', 'tags', 'options', 'images', 'categories', ...TIMESTAMPS],
  ProductVariant: ['id', 'title', 'sku', 'barcode', 'ean', 'upc', 'allow_backorder', 'manage_inventory', 'hs_code', 'origin_country',
    'mid_code', 'material', 'weight', 'length', 'height', 'width', 'metadata', 'variant_rank', 'thumbnail', 'product_id', 'product',
    'images', 'options', 'prices', ...TIMESTAMPS],
  ProductOption: ['id', 'title', 'is_exclusive', 'metadata', 'values', ...TIMESTAMPS],
  ProductOptionValue: ['id', 'value', 'rank', 'metadata', 'option', ...TIMESTAMPS],
  ProductImage: ['id', 'url', 'metadata', 'rank', ...TIMESTAMPS],
  ProductCategory: ['id', 'name', 'description', 'handle', 'mpath', 'is_active', 'is_internal', 'rank', 'external_id', 'metadata',
    'parent_category_id', 'parent_category', 'category_children', 'products', ...TIMESTAMPS],
  ProductCollection: ['id', 'title', 'handle', 'external_id', 'metadata', 'products', ...TIMESTAMPS],
  ProductTag: ['id', 'value', 'external_id', 'metadata', ...TIMESTAMPS],
  ProductType: ['id', 'value', 'external_id', 'metadata', ...TIMESTAMPS],
  ProductVariantPrice: ['id', 'currency_code', 'amount'],
  // fulfillment module (§7)
  ShippingOption: ['id', 'name', 'price_type', 'data', 'metadata', 'service_zone_id', 'shipping_profile_id', 'provider_id',
    'shipping_option_type_id', 'rules', 'service_zone', 'shipping_profile', 'provider', 'type', 'prices', ...TIMESTAMPS],
  ShippingOptionType: ['id', 'label', 'description', 'code', ...TIMESTAMPS],
  ShippingOptionRule: ['id', 'attribute', 'operator', 'value', 'shipping_option_id', ...TIMESTAMPS],
  ShippingProfile: ['id', 'name', 'type', 'metadata', 'shipping_options', ...TIMESTAMPS],
  ServiceZone: ['id', 'name', 'fulfillment_set_id', 'metadata', 'geo_zones', 'shipping_options', ...TIMESTAMPS],
  GeoZone: ['id', 'type', 'country_code', 'province_code', 'city', 'postal_expression', 'service_zone_id', 'metadata', ...TIMESTAMPS],
  FulfillmentSet: ['id', 'name', 'type', 'metadata', 'service_zones', ...TIMESTAMPS],
  FulfillmentProvider: ['id', 'is_enabled'],
  Fulfillment: ['id', 'location_id', 'packed_at', 'shipped_at', 'delivered_at', 'canceled_at', 'marked_shipped_by', 'created_by', 'data',
    'requires_shipping', 'provider_id', 'shipping_option_id', 'delivery_address', 'items', 'labels', 'metadata', ...TIMESTAMPS, 'order'],
  FulfillmentItem: ['id', 'title', 'sku', 'barcode', 'quantity', 'line_item_id', 'inventory_item_id', ...TIMESTAMPS],
  FulfillmentLabel: ['id', 'tracking_number', 'tracking_url', 'label_url', ...TIMESTAMPS],
  // payment module (§8)
  PaymentCollection: ['id', 'currency_code', 'amount', 'authorized_amount', 'captured_amount', 'refunded_amount', 'completed_at', 'status',
    'metadata', 'payment_providers', 'payment_sessions', 'payments', ...TIMESTAMPS, 'cart'],
  PaymentSession: ['id', 'currency_code', 'amount', 'provider_id', 'data', 'context', 'status', 'authorized_at', 'payment_collection_id',
    'payment', 'metadata', ...TIMESTAMPS],
  Payment: ['id', 'amount', 'currency_code', 'provider_id', 'data', 'metadata', 'captured_at', 'canceled_at', 'payment_collection_id',
    'payment_session_id', 'refunds', 'captures', ...TIMESTAMPS],
  Capture: ['id', 'amount', 'payment_id', 'metadata', 'created_by', ...TIMESTAMPS],
  Refund: ['id', 'amount', 'payment_id', 'refund_reason_id', 'note', 'created_by', 'metadata', ...TIMESTAMPS],
  PaymentProvider: ['id', 'is_enabled'],
  RefundReason: ['id', 'label', 'code', 'description', 'metadata', ...TIMESTAMPS],
  AccountHolder: ['id', 'provider_id', 'external_id', 'email', 'data', 'metadata', ...TIMESTAMPS, 'customer'],
  // promotion module (§9)
  Promotion: ['id', 'code', 'is_automatic', 'is_tax_inclusive', 'limit', 'used', 'type', 'status', 'campaign_id', 'campaign',
    'application_method', 'rules', 'metadata', ...TIMESTAMPS, 'carts'],
  ApplicationMethod: ['id', 'value', 'currency_code', 'max_quantity', 'apply_to_quantity', 'buy_rules_min_quantity', 'type', 'target_type',
    'allocation', 'promotion_id', 'target_rules', 'buy_rules', ...TIMESTAMPS],
  Campaign: ['id', 'name', 'description', 'campaign_identifier', 'starts_at', 'ends_at', 'budget', 'promotions', ...TIMESTAMPS],
  CampaignBudget: ['id', 'type', 'currency_code', 'limit', 'used', 'campaign_id', 'attribute', ...TIMESTAMPS],
  PromotionRule: ['id', 'description', 'attribute', 'operator', 'values', ...TIMESTAMPS],
  PromotionRuleValue: ['id', 'value', 'promotion_rule_id', ...TIMESTAMPS],
  // order module (§10)
  Order: ['id', 'display_id', 'custom_display_id', 'region_id', 'customer_id', 'sales_channel_id', 'version', 'status', 'is_draft_order',
    'email', 'currency_code', 'locale', 'no_notification', 'metadata', 'canceled_at', 'shipping_address', 'billing_address', 'summary',
    'items', 'shipping_methods', 'transactions', 'credit_lines', ...TIMESTAMPS, ...CART_TOTALS, 'cart'],
  OrderLineItem: ['id', 'quantity', ...LINE_ITEM_DATA, 'detail', 'adjustments', 'tax_lines', ...TIMESTAMPS],
  OrderLineItemAdjustment: ['id', 'version', 'description', 'promotion_id', 'code', 'amount', 'provider_id', 'is_tax_inclusive', 'item_id', ...TIMESTAMPS],
  OrderLineItemTaxLine: ['id', 'description', 'tax_rate_id', 'code', 'rate', 'provider_id', 'item_id', ...TIMESTAMPS],
  OrderShippingMethod: ['id', 'order_id', 'name', 'description', 'amount', 'is_tax_inclusive', 'is_custom_amount', 'shipping_option_id',
    'data', 'metadata', 'detail', 'adjustments', 'tax_lines', ...TIMESTAMPS],
  OrderItemDetail: ['id', 'version', 'quantity', 'fulfilled_quantity', 'delivered_quantity', 'shipped_quantity', 'return_requested_quantity',
    'return_received_quantity', 'return_dismissed_quantity', 'written_off_quantity', 'metadata', ...TIMESTAMPS],
  OrderShippingMethodAdjustment: ['id', 'version', 'description', 'promotion_id', 'code', 'amount', 'provider_id', 'shipping_method_id', ...TIMESTAMPS],
  OrderShippingMethodTaxLine: ['id', 'description', 'tax_rate_id', 'code', 'rate', 'provider_id', 'shipping_method_id', ...TIMESTAMPS],
  OrderAddress: ['id', 'customer_id', ...ADDRESS, ...TIMESTAMPS],
  OrderSummaryTotals: ['pending_difference', 'current_order_total', 'original_order_total', 'transaction_total', 'paid_total',
    'refunded_total', 'credit_line_total', 'accounting_total'],
  OrderTransaction: ['id', 'version', 'amount', 'currency_code', 'reference', 'reference_id', 'order_id', ...TIMESTAMPS],
  OrderCreditLine: ['id', 'version', 'reference', 'reference_id', 'amount', 'metadata', 'order_id', ...TIMESTAMPS],
};

let supergraph: TestSupergraph;
beforeAll(async () => {
  // Introspection is a development feature; this test reads the schema the way a client tool would.
  supergraph = await startTestSupergraph(0, { gateway: { introspection: true } });
});
afterAll(() => supergraph?.stop());

describe("the supergraph has Medusa's data models", () => {
  it('lists every field of models.md on every type, as introspection shows it to a client', async () => {
    const response = await supergraph.query<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>(
      '{ __schema { types { name fields { name } } } }',
    );
    expect(response.errors).toBeUndefined();
    const fieldsByType = new Map(response.data!.__schema.types.map((type) => [type.name, new Set((type.fields ?? []).map((field) => field.name))]));
    const missing: string[] = [];
    for (const [type, fields] of Object.entries(EXPECTED_FIELDS)) {
      const present = fieldsByType.get(type);
      if (!present) missing.push(`${type} (the whole type)`);
      else for (const field of fields) if (!present.has(field)) missing.push(`${type}.${field}`);
    }
    expect(missing).toEqual([]);
  });
});
