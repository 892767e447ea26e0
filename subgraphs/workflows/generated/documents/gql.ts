/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CompleteCart($id: ID!, $at: DateTime) {\n    cart_update(id: $id, input: { completed_at: $at }) { id completed_at }\n  }\n": typeof types.CompleteCartDocument,
    "\n  mutation CreateCart($input: CartCreateInput!) {\n    cart_create(input: $input) { id }\n  }\n": typeof types.CreateCartDocument,
    "\n  mutation DeleteCart($id: ID!) {\n    cart_delete(id: $id)\n  }\n": typeof types.DeleteCartDocument,
    "\n  mutation CreateLineItems($cart: ID!, $items: [LineItemCreateInput!]!) {\n    line_items_create(cart_id: $cart, items: $items) { id }\n  }\n": typeof types.CreateLineItemsDocument,
    "\n  mutation RemoveCreatedLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n": typeof types.RemoveCreatedLineItemsDocument,
    "\n  mutation RemoveLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n": typeof types.RemoveLineItemsDocument,
    "\n  mutation RestoreLineItems($ids: [ID!]!) {\n    line_items_restore(ids: $ids) { id }\n  }\n": typeof types.RestoreLineItemsDocument,
    "\n  mutation SetLineItemAdjustments($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) {\n    line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n": typeof types.SetLineItemAdjustmentsDocument,
    "\n  mutation SetShippingMethodAdjustments($cart: ID!, $adjustments: [ShippingMethodAdjustmentInput!]!) {\n    shipping_method_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n": typeof types.SetShippingMethodAdjustmentsDocument,
    "\n  mutation SetShippingMethods($cart: ID!, $methods: [ShippingMethodInput!]!) {\n    shipping_methods_set(cart_id: $cart, methods: $methods) { id }\n  }\n": typeof types.SetShippingMethodsDocument,
    "\n  mutation SetTaxLines(\n    $cart: ID!\n    $item_ids: [ID!]\n    $shipping_method_ids: [ID!]\n    $items: [LineItemTaxLineInput!]!\n    $methods: [ShippingMethodTaxLineInput!]!\n  ) {\n    tax_lines_set(\n      cart_id: $cart\n      item_ids: $item_ids\n      shipping_method_ids: $shipping_method_ids\n      item_tax_lines: $items\n      shipping_method_tax_lines: $methods\n    ) { id }\n  }\n": typeof types.SetTaxLinesDocument,
    "\n  mutation UpdateCart($id: ID!, $input: CartUpdateInput!) {\n    cart_update(id: $id, input: $input) { id }\n  }\n": typeof types.UpdateCartDocument,
    "\n  mutation UpdateLineItems($items: [LineItemUpdateInput!]!) {\n    line_items_update(items: $items) { id }\n  }\n": typeof types.UpdateLineItemsDocument,
    "\n  mutation FindOrCreateGuest($email: String!, $id: ID) {\n    customer_find_or_create_guest(email: $email, id: $id) { customer { id } created }\n  }\n": typeof types.FindOrCreateGuestDocument,
    "\n  mutation DeleteGuest($id: ID!) {\n    customer_delete(id: $id)\n  }\n": typeof types.DeleteGuestDocument,
    "\n  mutation CancelFulfillment($id: ID!) {\n    cancel_fulfillment(id: $id) { id }\n  }\n": typeof types.CancelFulfillmentDocument,
    "\n  mutation UncancelFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: canceled) { id }\n  }\n": typeof types.UncancelFulfillmentDocument,
    "\n  mutation CreateFulfillment($input: FulfillmentCreateInput!) {\n    create_fulfillment(input: $input) { id }\n  }\n": typeof types.CreateFulfillmentDocument,
    "\n  mutation DeleteFulfillment($id: ID!) {\n    fulfillment_delete(id: $id)\n  }\n": typeof types.DeleteFulfillmentDocument,
    "\n  mutation DeliverFulfillment($id: ID!) {\n    deliver_fulfillment(id: $id) { id }\n  }\n": typeof types.DeliverFulfillmentDocument,
    "\n  mutation UndeliverFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: delivered) { id }\n  }\n": typeof types.UndeliverFulfillmentDocument,
    "\n  mutation ShipFulfillment($id: ID!, $labels: [FulfillmentLabelInput!]) {\n    ship_fulfillment(id: $id, labels: $labels) { id }\n  }\n": typeof types.ShipFulfillmentDocument,
    "\n  mutation UnshipFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: shipped) { id }\n  }\n": typeof types.UnshipFulfillmentDocument,
    "\n  query WorkflowCartTax($id: ID!) {\n    cart(id: $id) {\n      id\n      region { id automatic_taxes }\n      shipping_address { country_code province }\n      items { id product_id product_type_id is_giftcard tax_lines { id item_id description code rate provider_id tax_rate_id } }\n      shipping_methods { id shipping_option_id tax_lines { id shipping_method_id description code rate provider_id tax_rate_id } }\n    }\n  }\n": typeof types.WorkflowCartTaxDocument,
    "\n  query WorkflowCart($id: ID!) {\n    cart(id: $id) {\n      id email currency_code region_id customer_id sales_channel_id locale metadata completed_at\n      region { id name currency_code countries { iso_2 } }\n      customer { id has_account }\n      shipping_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      billing_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      items {\n        id quantity unit_price variant_id product_id title subtitle thumbnail product_title product_description\n        product_subtitle product_type product_type_id product_collection product_handle variant_sku variant_barcode\n        variant_title variant_option_values requires_shipping is_discountable is_giftcard is_tax_inclusive is_custom_price\n        compare_at_unit_price metadata subtotal\n        adjustments { id item_id code amount description is_tax_inclusive promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      shipping_methods {\n        id name description amount is_tax_inclusive shipping_option_id data metadata\n        adjustments { id code amount description promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      credit_lines { reference reference_id amount metadata }\n      total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_tax_total\n      item_total item_subtotal item_tax_total original_item_total original_item_subtotal original_item_tax_total\n      shipping_total shipping_subtotal shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total\n      credit_line_total\n      payment_collection { id amount currency_code status payment_sessions { id status provider_id } }\n      promotions { id code }\n      order { id display_id }\n    }\n  }\n": typeof types.WorkflowCartDocument,
    "\n  query WorkflowCustomer($id: ID!) {\n    customer(id: $id) { id email has_account }\n  }\n": typeof types.WorkflowCustomerDocument,
    "\n  query WorkflowFulfillment($id: ID!) {\n    fulfillment(id: $id) { id order { id } }\n  }\n": typeof types.WorkflowFulfillmentDocument,
    "\n  query WorkflowOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      items {\n        id\n        title\n        variant_sku\n        variant_barcode\n        requires_shipping\n        detail { quantity fulfilled_quantity shipped_quantity delivered_quantity }\n      }\n      shipping_address { company first_name last_name address_1 address_2 city country_code province postal_code phone }\n      shipping_methods { shipping_option_id }\n      fulfillments { id packed_at shipped_at delivered_at canceled_at items { line_item_id quantity } }\n      currency_code\n      payment_collections { id status payments { id canceled_at captures { id amount } refunds { id amount } } }\n    }\n  }\n": typeof types.WorkflowOrderDocument,
    "\n  query WorkflowPaymentCollection($id: ID!) {\n    payment_collection(id: $id) { id status amount currency_code cart { id } }\n  }\n": typeof types.WorkflowPaymentCollectionDocument,
    "\n  query WorkflowPaymentProviders($ids: [ID!]!) {\n    payment_providers(filters: { id: $ids, is_enabled: true }, pagination: { take: 200 }) { data { id } }\n  }\n": typeof types.WorkflowPaymentProvidersDocument,
    "\n  query WorkflowPayment($id: ID!) {\n    payment(id: $id) {\n      id\n      amount\n      currency_code\n      canceled_at\n      captures { amount }\n      refunds { amount }\n      payment_collection { id order { id } }\n    }\n  }\n": typeof types.WorkflowPaymentDocument,
    "\n  query WorkflowPricePreferences($attribute: String!, $values: [String!]!) {\n    price_preferences(filters: { attribute: [$attribute], value: $values }, pagination: { take: 200 }) {\n      data { id attribute value is_tax_inclusive }\n    }\n  }\n": typeof types.WorkflowPricePreferencesDocument,
    "\n  query WorkflowProductLinkTargets($salesChannels: [ID!]!, $shippingProfiles: [ID!]!) {\n    sales_channels(filters: { id: $salesChannels }, pagination: { take: 200 }) { data { id } }\n    shipping_profiles(filters: { id: $shippingProfiles }, pagination: { take: 200 }) { data { id } }\n  }\n": typeof types.WorkflowProductLinkTargetsDocument,
    "\n  query WorkflowPromotionContext($id: ID!, $budgets: [ID!]!, $values: [String!]!, $withUsages: Boolean!) {\n    cart(id: $id) {\n      id\n      customer { id email groups { id } }\n      items {\n        id original_total\n        variant { id product_id }\n        product { id type_id collection_id is_giftcard tags { id } categories { id } }\n      }\n      shipping_methods {\n        id subtotal original_total\n        shipping_option { id shipping_option_type_id shipping_profile_id }\n      }\n    }\n    budget_usages: campaign_budget_usages(\n      filters: { budget_id: $budgets, attribute_value: $values }\n      pagination: { take: 200 }\n    ) @include(if: $withUsages) {\n      data { budget_id attribute_value used }\n    }\n  }\n": typeof types.WorkflowPromotionContextDocument,
    "\n  query WorkflowPromotions($codes: [String!]!, $withCodes: Boolean!) {\n    by_code: promotions(filters: { code: $codes }, pagination: { take: 200 }) @include(if: $withCodes) {\n      data { ...WorkflowPromotionFields }\n    }\n    automatic: promotions(filters: { is_automatic: true, status: [active] }, pagination: { take: 200 }) {\n      data { ...WorkflowPromotionFields }\n    }\n  }\n  fragment WorkflowPromotionFields on Promotion {\n    id code status type is_automatic is_tax_inclusive limit used\n    campaign { starts_at ends_at budget { id type limit used attribute } }\n    rules { attribute operator values { value } }\n    application_method {\n      type target_type allocation value currency_code max_quantity apply_to_quantity buy_rules_min_quantity\n      target_rules { attribute operator values { value } }\n      buy_rules { attribute operator values { value } }\n    }\n  }\n": typeof types.WorkflowPromotionsDocument,
    "\n  query WorkflowRegions($ids: [ID!]!) {\n    regions(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) {\n      data {\n        id name currency_code automatic_taxes metadata deleted_at\n        countries { iso_2 }\n        payment_providers { id }\n      }\n    }\n  }\n": typeof types.WorkflowRegionsDocument,
    "\n  query WorkflowShippingOptions {\n    shipping_options(pagination: { take: 200 }) {\n      data {\n        id name shipping_profile_id\n        service_zone { geo_zones { country_code } }\n        rules { attribute operator value }\n        prices { currency_code amount }\n      }\n    }\n  }\n": typeof types.WorkflowShippingOptionsDocument,
    "\n  query WorkflowStore {\n    regions(pagination: { take: 200 }) { data { id currency_code countries { iso_2 } } }\n    sales_channels(pagination: { take: 200 }) { data { id name is_disabled } }\n  }\n": typeof types.WorkflowStoreDocument,
    "\n  query WorkflowVariants($ids: [ID!]!) {\n    product_variants(filters: { id: $ids }, pagination: { take: 200 }) {\n      data {\n        id title sku barcode thumbnail\n        options { value option { title } }\n        prices { currency_code amount }\n        product {\n          id title description subtitle handle thumbnail discountable is_giftcard status\n          type { id value } collection { title } shipping_profile { id }\n        }\n      }\n    }\n  }\n": typeof types.WorkflowVariantsDocument,
    "\n  mutation CreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n": typeof types.CreateLinksDocument,
    "\n  mutation DismissCreatedLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n": typeof types.DismissCreatedLinksDocument,
    "\n  mutation DismissLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n": typeof types.DismissLinksDocument,
    "\n  mutation RecreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n": typeof types.RecreateLinksDocument,
    "\n  mutation AddOrderTransaction($input: OrderTransactionAddInput!) {\n    order_transaction_add(input: $input) { id }\n  }\n": typeof types.AddOrderTransactionDocument,
    "\n  mutation DeleteOrderTransaction($id: ID!) {\n    order_transaction_delete(id: $id)\n  }\n": typeof types.DeleteOrderTransactionDocument,
    "\n  mutation CreateOrder($input: OrderCreateInput!) {\n    order_create(input: $input) { id display_id }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation DeleteOrder($id: ID!) {\n    order_delete(id: $id)\n  }\n": typeof types.DeleteOrderDocument,
    "\n  mutation SetItemQuantities($order_id: ID!, $items: [OrderItemQuantitiesInput!]!) {\n    order_item_quantities_set(order_id: $order_id, items: $items) { id }\n  }\n": typeof types.SetItemQuantitiesDocument,
    "\n  mutation SetOrderStatus($id: ID!, $status: OrderStatus!) {\n    order_status_set(id: $id, status: $status) { id status }\n  }\n": typeof types.SetOrderStatusDocument,
    "\n  mutation AuthorizePaymentSession($id: ID!) {\n    payment_session_authorize(id: $id) { id status }\n  }\n": typeof types.AuthorizePaymentSessionDocument,
    "\n  mutation CancelPaymentSession($id: ID!) {\n    payment_session_cancel(id: $id) { id }\n  }\n": typeof types.CancelPaymentSessionDocument,
    "\n  mutation CancelPayment($payment_id: ID!) {\n    cancel_payment(payment_id: $payment_id) { id }\n  }\n": typeof types.CancelPaymentDocument,
    "\n  mutation UndoCancelPayment($payment_id: ID!) {\n    payment_cancel_undo(payment_id: $payment_id) { id }\n  }\n": typeof types.UndoCancelPaymentDocument,
    "\n  mutation CapturePayment($payment_id: ID!, $amount: BigNumber, $capture_id: ID!) {\n    capture_payment(payment_id: $payment_id, amount: $amount, capture_id: $capture_id) { id captures { id amount } }\n  }\n": typeof types.CapturePaymentDocument,
    "\n  mutation DeleteCapture($id: ID!) {\n    capture_delete(id: $id)\n  }\n": typeof types.DeleteCaptureDocument,
    "\n  mutation CreatePaymentCollection($input: PaymentCollectionCreateInput!) {\n    payment_collection_create(input: $input) { id }\n  }\n": typeof types.CreatePaymentCollectionDocument,
    "\n  mutation DeletePaymentCollection($id: ID!) {\n    payment_collection_delete(id: $id)\n  }\n": typeof types.DeletePaymentCollectionDocument,
    "\n  mutation CreatePaymentSession($input: PaymentSessionCreateInput!) {\n    payment_session_create(input: $input) { id }\n  }\n": typeof types.CreatePaymentSessionDocument,
    "\n  mutation DeletePaymentSession($id: ID!) {\n    payment_session_delete(id: $id)\n  }\n": typeof types.DeletePaymentSessionDocument,
    "\n  mutation RefundPayment($payment_id: ID!, $amount: BigNumber, $refund_reason_id: ID, $note: String, $refund_id: ID!) {\n    refund_payment(payment_id: $payment_id, amount: $amount, refund_reason_id: $refund_reason_id, note: $note, refund_id: $refund_id) { id refunds { id amount } }\n  }\n": typeof types.RefundPaymentDocument,
    "\n  mutation DeleteRefund($id: ID!) {\n    refund_delete(id: $id)\n  }\n": typeof types.DeleteRefundDocument,
    "\n  mutation SetPaymentCollectionStatus($id: ID!, $status: PaymentCollectionStatus!) {\n    update_payment_collections(id: $id, data: { status: $status }) { id status }\n  }\n": typeof types.SetPaymentCollectionStatusDocument,
    "\n  mutation UpdatePaymentCollection($id: ID!, $amount: BigNumber!) {\n    payment_collection_update(id: $id, input: { amount: $amount }) { id }\n  }\n": typeof types.UpdatePaymentCollectionDocument,
    "\n  mutation CreatePricePreferences($data: [PricePreferenceCreateInput!]!) {\n    create_price_preferences(data: $data) { id }\n  }\n": typeof types.CreatePricePreferencesDocument,
    "\n  mutation SoftDeletePricePreferences($ids: [ID!]!) {\n    soft_delete_price_preferences(ids: $ids)\n  }\n": typeof types.SoftDeletePricePreferencesDocument,
    "\n  mutation CreateProducts($data: [ProductCreateInput!]!) {\n    create_products(data: $data) { id }\n  }\n": typeof types.CreateProductsDocument,
    "\n  mutation SoftDeleteCreatedProducts($ids: [ID!]!) {\n    soft_delete_products(ids: $ids)\n  }\n": typeof types.SoftDeleteCreatedProductsDocument,
    "\n  query ExistingProducts($ids: [ID!]!) {\n    products(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) { data { id } }\n  }\n": typeof types.ExistingProductsDocument,
    "\n  mutation UpdatePricePreference($id: ID!, $is_tax_inclusive: Boolean!) {\n    update_price_preferences(id: $id, data: { is_tax_inclusive: $is_tax_inclusive }) { id }\n  }\n": typeof types.UpdatePricePreferenceDocument,
    "\n  mutation RegisterUsage($order: ID!, $actions: [PromotionUsageActionInput!]!, $context: PromotionUsageContextInput) {\n    promotion_usage_register(reference_id: $order, actions: $actions, context: $context) { reference_id }\n  }\n": typeof types.RegisterUsageDocument,
    "\n  mutation RevertUsage($order: ID!) {\n    promotion_usage_revert(reference_id: $order) { __typename }\n  }\n": typeof types.RevertUsageDocument,
    "\n  mutation CreateRegions($data: [RegionCreateInput!]!) {\n    create_regions(data: $data) { id }\n  }\n": typeof types.CreateRegionsDocument,
    "\n  mutation SoftDeleteCreatedRegions($ids: [ID!]!) {\n    soft_delete_regions(ids: $ids)\n  }\n": typeof types.SoftDeleteCreatedRegionsDocument,
    "\n  mutation UpdateRegion($id: ID!, $data: RegionUpdateInput!) {\n    update_regions(id: $id, data: $data) { id }\n  }\n": typeof types.UpdateRegionDocument,
    "\n  query TaxLines($items: [TaxableItemInput!]!, $shipping_methods: [TaxableShippingInput!]!, $context: TaxCalculationContextInput!) {\n    tax_lines(items: $items, shipping_methods: $shipping_methods, context: $context) {\n      line_item_id shipping_line_id rate code name rate_id provider_id\n    }\n  }\n": typeof types.TaxLinesDocument,
};
const documents: Documents = {
    "\n  mutation CompleteCart($id: ID!, $at: DateTime) {\n    cart_update(id: $id, input: { completed_at: $at }) { id completed_at }\n  }\n": types.CompleteCartDocument,
    "\n  mutation CreateCart($input: CartCreateInput!) {\n    cart_create(input: $input) { id }\n  }\n": types.CreateCartDocument,
    "\n  mutation DeleteCart($id: ID!) {\n    cart_delete(id: $id)\n  }\n": types.DeleteCartDocument,
    "\n  mutation CreateLineItems($cart: ID!, $items: [LineItemCreateInput!]!) {\n    line_items_create(cart_id: $cart, items: $items) { id }\n  }\n": types.CreateLineItemsDocument,
    "\n  mutation RemoveCreatedLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n": types.RemoveCreatedLineItemsDocument,
    "\n  mutation RemoveLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n": types.RemoveLineItemsDocument,
    "\n  mutation RestoreLineItems($ids: [ID!]!) {\n    line_items_restore(ids: $ids) { id }\n  }\n": types.RestoreLineItemsDocument,
    "\n  mutation SetLineItemAdjustments($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) {\n    line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n": types.SetLineItemAdjustmentsDocument,
    "\n  mutation SetShippingMethodAdjustments($cart: ID!, $adjustments: [ShippingMethodAdjustmentInput!]!) {\n    shipping_method_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n": types.SetShippingMethodAdjustmentsDocument,
    "\n  mutation SetShippingMethods($cart: ID!, $methods: [ShippingMethodInput!]!) {\n    shipping_methods_set(cart_id: $cart, methods: $methods) { id }\n  }\n": types.SetShippingMethodsDocument,
    "\n  mutation SetTaxLines(\n    $cart: ID!\n    $item_ids: [ID!]\n    $shipping_method_ids: [ID!]\n    $items: [LineItemTaxLineInput!]!\n    $methods: [ShippingMethodTaxLineInput!]!\n  ) {\n    tax_lines_set(\n      cart_id: $cart\n      item_ids: $item_ids\n      shipping_method_ids: $shipping_method_ids\n      item_tax_lines: $items\n      shipping_method_tax_lines: $methods\n    ) { id }\n  }\n": types.SetTaxLinesDocument,
    "\n  mutation UpdateCart($id: ID!, $input: CartUpdateInput!) {\n    cart_update(id: $id, input: $input) { id }\n  }\n": types.UpdateCartDocument,
    "\n  mutation UpdateLineItems($items: [LineItemUpdateInput!]!) {\n    line_items_update(items: $items) { id }\n  }\n": types.UpdateLineItemsDocument,
    "\n  mutation FindOrCreateGuest($email: String!, $id: ID) {\n    customer_find_or_create_guest(email: $email, id: $id) { customer { id } created }\n  }\n": types.FindOrCreateGuestDocument,
    "\n  mutation DeleteGuest($id: ID!) {\n    customer_delete(id: $id)\n  }\n": types.DeleteGuestDocument,
    "\n  mutation CancelFulfillment($id: ID!) {\n    cancel_fulfillment(id: $id) { id }\n  }\n": types.CancelFulfillmentDocument,
    "\n  mutation UncancelFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: canceled) { id }\n  }\n": types.UncancelFulfillmentDocument,
    "\n  mutation CreateFulfillment($input: FulfillmentCreateInput!) {\n    create_fulfillment(input: $input) { id }\n  }\n": types.CreateFulfillmentDocument,
    "\n  mutation DeleteFulfillment($id: ID!) {\n    fulfillment_delete(id: $id)\n  }\n": types.DeleteFulfillmentDocument,
    "\n  mutation DeliverFulfillment($id: ID!) {\n    deliver_fulfillment(id: $id) { id }\n  }\n": types.DeliverFulfillmentDocument,
    "\n  mutation UndeliverFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: delivered) { id }\n  }\n": types.UndeliverFulfillmentDocument,
    "\n  mutation ShipFulfillment($id: ID!, $labels: [FulfillmentLabelInput!]) {\n    ship_fulfillment(id: $id, labels: $labels) { id }\n  }\n": types.ShipFulfillmentDocument,
    "\n  mutation UnshipFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: shipped) { id }\n  }\n": types.UnshipFulfillmentDocument,
    "\n  query WorkflowCartTax($id: ID!) {\n    cart(id: $id) {\n      id\n      region { id automatic_taxes }\n      shipping_address { country_code province }\n      items { id product_id product_type_id is_giftcard tax_lines { id item_id description code rate provider_id tax_rate_id } }\n      shipping_methods { id shipping_option_id tax_lines { id shipping_method_id description code rate provider_id tax_rate_id } }\n    }\n  }\n": types.WorkflowCartTaxDocument,
    "\n  query WorkflowCart($id: ID!) {\n    cart(id: $id) {\n      id email currency_code region_id customer_id sales_channel_id locale metadata completed_at\n      region { id name currency_code countries { iso_2 } }\n      customer { id has_account }\n      shipping_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      billing_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      items {\n        id quantity unit_price variant_id product_id title subtitle thumbnail product_title product_description\n        product_subtitle product_type product_type_id product_collection product_handle variant_sku variant_barcode\n        variant_title variant_option_values requires_shipping is_discountable is_giftcard is_tax_inclusive is_custom_price\n        compare_at_unit_price metadata subtotal\n        adjustments { id item_id code amount description is_tax_inclusive promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      shipping_methods {\n        id name description amount is_tax_inclusive shipping_option_id data metadata\n        adjustments { id code amount description promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      credit_lines { reference reference_id amount metadata }\n      total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_tax_total\n      item_total item_subtotal item_tax_total original_item_total original_item_subtotal original_item_tax_total\n      shipping_total shipping_subtotal shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total\n      credit_line_total\n      payment_collection { id amount currency_code status payment_sessions { id status provider_id } }\n      promotions { id code }\n      order { id display_id }\n    }\n  }\n": types.WorkflowCartDocument,
    "\n  query WorkflowCustomer($id: ID!) {\n    customer(id: $id) { id email has_account }\n  }\n": types.WorkflowCustomerDocument,
    "\n  query WorkflowFulfillment($id: ID!) {\n    fulfillment(id: $id) { id order { id } }\n  }\n": types.WorkflowFulfillmentDocument,
    "\n  query WorkflowOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      items {\n        id\n        title\n        variant_sku\n        variant_barcode\n        requires_shipping\n        detail { quantity fulfilled_quantity shipped_quantity delivered_quantity }\n      }\n      shipping_address { company first_name last_name address_1 address_2 city country_code province postal_code phone }\n      shipping_methods { shipping_option_id }\n      fulfillments { id packed_at shipped_at delivered_at canceled_at items { line_item_id quantity } }\n      currency_code\n      payment_collections { id status payments { id canceled_at captures { id amount } refunds { id amount } } }\n    }\n  }\n": types.WorkflowOrderDocument,
    "\n  query WorkflowPaymentCollection($id: ID!) {\n    payment_collection(id: $id) { id status amount currency_code cart { id } }\n  }\n": types.WorkflowPaymentCollectionDocument,
    "\n  query WorkflowPaymentProviders($ids: [ID!]!) {\n    payment_providers(filters: { id: $ids, is_enabled: true }, pagination: { take: 200 }) { data { id } }\n  }\n": types.WorkflowPaymentProvidersDocument,
    "\n  query WorkflowPayment($id: ID!) {\n    payment(id: $id) {\n      id\n      amount\n      currency_code\n      canceled_at\n      captures { amount }\n      refunds { amount }\n      payment_collection { id order { id } }\n    }\n  }\n": types.WorkflowPaymentDocument,
    "\n  query WorkflowPricePreferences($attribute: String!, $values: [String!]!) {\n    price_preferences(filters: { attribute: [$attribute], value: $values }, pagination: { take: 200 }) {\n      data { id attribute value is_tax_inclusive }\n    }\n  }\n": types.WorkflowPricePreferencesDocument,
    "\n  query WorkflowProductLinkTargets($salesChannels: [ID!]!, $shippingProfiles: [ID!]!) {\n    sales_channels(filters: { id: $salesChannels }, pagination: { take: 200 }) { data { id } }\n    shipping_profiles(filters: { id: $shippingProfiles }, pagination: { take: 200 }) { data { id } }\n  }\n": types.WorkflowProductLinkTargetsDocument,
    "\n  query WorkflowPromotionContext($id: ID!, $budgets: [ID!]!, $values: [String!]!, $withUsages: Boolean!) {\n    cart(id: $id) {\n      id\n      customer { id email groups { id } }\n      items {\n        id original_total\n        variant { id product_id }\n        product { id type_id collection_id is_giftcard tags { id } categories { id } }\n      }\n      shipping_methods {\n        id subtotal original_total\n        shipping_option { id shipping_option_type_id shipping_profile_id }\n      }\n    }\n    budget_usages: campaign_budget_usages(\n      filters: { budget_id: $budgets, attribute_value: $values }\n      pagination: { take: 200 }\n    ) @include(if: $withUsages) {\n      data { budget_id attribute_value used }\n    }\n  }\n": types.WorkflowPromotionContextDocument,
    "\n  query WorkflowPromotions($codes: [String!]!, $withCodes: Boolean!) {\n    by_code: promotions(filters: { code: $codes }, pagination: { take: 200 }) @include(if: $withCodes) {\n      data { ...WorkflowPromotionFields }\n    }\n    automatic: promotions(filters: { is_automatic: true, status: [active] }, pagination: { take: 200 }) {\n      data { ...WorkflowPromotionFields }\n    }\n  }\n  fragment WorkflowPromotionFields on Promotion {\n    id code status type is_automatic is_tax_inclusive limit used\n    campaign { starts_at ends_at budget { id type limit used attribute } }\n    rules { attribute operator values { value } }\n    application_method {\n      type target_type allocation value currency_code max_quantity apply_to_quantity buy_rules_min_quantity\n      target_rules { attribute operator values { value } }\n      buy_rules { attribute operator values { value } }\n    }\n  }\n": types.WorkflowPromotionsDocument,
    "\n  query WorkflowRegions($ids: [ID!]!) {\n    regions(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) {\n      data {\n        id name currency_code automatic_taxes metadata deleted_at\n        countries { iso_2 }\n        payment_providers { id }\n      }\n    }\n  }\n": types.WorkflowRegionsDocument,
    "\n  query WorkflowShippingOptions {\n    shipping_options(pagination: { take: 200 }) {\n      data {\n        id name shipping_profile_id\n        service_zone { geo_zones { country_code } }\n        rules { attribute operator value }\n        prices { currency_code amount }\n      }\n    }\n  }\n": types.WorkflowShippingOptionsDocument,
    "\n  query WorkflowStore {\n    regions(pagination: { take: 200 }) { data { id currency_code countries { iso_2 } } }\n    sales_channels(pagination: { take: 200 }) { data { id name is_disabled } }\n  }\n": types.WorkflowStoreDocument,
    "\n  query WorkflowVariants($ids: [ID!]!) {\n    product_variants(filters: { id: $ids }, pagination: { take: 200 }) {\n      data {\n        id title sku barcode thumbnail\n        options { value option { title } }\n        prices { currency_code amount }\n        product {\n          id title description subtitle handle thumbnail discountable is_giftcard status\n          type { id value } collection { title } shipping_profile { id }\n        }\n      }\n    }\n  }\n": types.WorkflowVariantsDocument,
    "\n  mutation CreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n": types.CreateLinksDocument,
    "\n  mutation DismissCreatedLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n": types.DismissCreatedLinksDocument,
    "\n  mutation DismissLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n": types.DismissLinksDocument,
    "\n  mutation RecreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n": types.RecreateLinksDocument,
    "\n  mutation AddOrderTransaction($input: OrderTransactionAddInput!) {\n    order_transaction_add(input: $input) { id }\n  }\n": types.AddOrderTransactionDocument,
    "\n  mutation DeleteOrderTransaction($id: ID!) {\n    order_transaction_delete(id: $id)\n  }\n": types.DeleteOrderTransactionDocument,
    "\n  mutation CreateOrder($input: OrderCreateInput!) {\n    order_create(input: $input) { id display_id }\n  }\n": types.CreateOrderDocument,
    "\n  mutation DeleteOrder($id: ID!) {\n    order_delete(id: $id)\n  }\n": types.DeleteOrderDocument,
    "\n  mutation SetItemQuantities($order_id: ID!, $items: [OrderItemQuantitiesInput!]!) {\n    order_item_quantities_set(order_id: $order_id, items: $items) { id }\n  }\n": types.SetItemQuantitiesDocument,
    "\n  mutation SetOrderStatus($id: ID!, $status: OrderStatus!) {\n    order_status_set(id: $id, status: $status) { id status }\n  }\n": types.SetOrderStatusDocument,
    "\n  mutation AuthorizePaymentSession($id: ID!) {\n    payment_session_authorize(id: $id) { id status }\n  }\n": types.AuthorizePaymentSessionDocument,
    "\n  mutation CancelPaymentSession($id: ID!) {\n    payment_session_cancel(id: $id) { id }\n  }\n": types.CancelPaymentSessionDocument,
    "\n  mutation CancelPayment($payment_id: ID!) {\n    cancel_payment(payment_id: $payment_id) { id }\n  }\n": types.CancelPaymentDocument,
    "\n  mutation UndoCancelPayment($payment_id: ID!) {\n    payment_cancel_undo(payment_id: $payment_id) { id }\n  }\n": types.UndoCancelPaymentDocument,
    "\n  mutation CapturePayment($payment_id: ID!, $amount: BigNumber, $capture_id: ID!) {\n    capture_payment(payment_id: $payment_id, amount: $amount, capture_id: $capture_id) { id captures { id amount } }\n  }\n": types.CapturePaymentDocument,
    "\n  mutation DeleteCapture($id: ID!) {\n    capture_delete(id: $id)\n  }\n": types.DeleteCaptureDocument,
    "\n  mutation CreatePaymentCollection($input: PaymentCollectionCreateInput!) {\n    payment_collection_create(input: $input) { id }\n  }\n": types.CreatePaymentCollectionDocument,
    "\n  mutation DeletePaymentCollection($id: ID!) {\n    payment_collection_delete(id: $id)\n  }\n": types.DeletePaymentCollectionDocument,
    "\n  mutation CreatePaymentSession($input: PaymentSessionCreateInput!) {\n    payment_session_create(input: $input) { id }\n  }\n": types.CreatePaymentSessionDocument,
    "\n  mutation DeletePaymentSession($id: ID!) {\n    payment_session_delete(id: $id)\n  }\n": types.DeletePaymentSessionDocument,
    "\n  mutation RefundPayment($payment_id: ID!, $amount: BigNumber, $refund_reason_id: ID, $note: String, $refund_id: ID!) {\n    refund_payment(payment_id: $payment_id, amount: $amount, refund_reason_id: $refund_reason_id, note: $note, refund_id: $refund_id) { id refunds { id amount } }\n  }\n": types.RefundPaymentDocument,
    "\n  mutation DeleteRefund($id: ID!) {\n    refund_delete(id: $id)\n  }\n": types.DeleteRefundDocument,
    "\n  mutation SetPaymentCollectionStatus($id: ID!, $status: PaymentCollectionStatus!) {\n    update_payment_collections(id: $id, data: { status: $status }) { id status }\n  }\n": types.SetPaymentCollectionStatusDocument,
    "\n  mutation UpdatePaymentCollection($id: ID!, $amount: BigNumber!) {\n    payment_collection_update(id: $id, input: { amount: $amount }) { id }\n  }\n": types.UpdatePaymentCollectionDocument,
    "\n  mutation CreatePricePreferences($data: [PricePreferenceCreateInput!]!) {\n    create_price_preferences(data: $data) { id }\n  }\n": types.CreatePricePreferencesDocument,
    "\n  mutation SoftDeletePricePreferences($ids: [ID!]!) {\n    soft_delete_price_preferences(ids: $ids)\n  }\n": types.SoftDeletePricePreferencesDocument,
    "\n  mutation CreateProducts($data: [ProductCreateInput!]!) {\n    create_products(data: $data) { id }\n  }\n": types.CreateProductsDocument,
    "\n  mutation SoftDeleteCreatedProducts($ids: [ID!]!) {\n    soft_delete_products(ids: $ids)\n  }\n": types.SoftDeleteCreatedProductsDocument,
    "\n  query ExistingProducts($ids: [ID!]!) {\n    products(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) { data { id } }\n  }\n": types.ExistingProductsDocument,
    "\n  mutation UpdatePricePreference($id: ID!, $is_tax_inclusive: Boolean!) {\n    update_price_preferences(id: $id, data: { is_tax_inclusive: $is_tax_inclusive }) { id }\n  }\n": types.UpdatePricePreferenceDocument,
    "\n  mutation RegisterUsage($order: ID!, $actions: [PromotionUsageActionInput!]!, $context: PromotionUsageContextInput) {\n    promotion_usage_register(reference_id: $order, actions: $actions, context: $context) { reference_id }\n  }\n": types.RegisterUsageDocument,
    "\n  mutation RevertUsage($order: ID!) {\n    promotion_usage_revert(reference_id: $order) { __typename }\n  }\n": types.RevertUsageDocument,
    "\n  mutation CreateRegions($data: [RegionCreateInput!]!) {\n    create_regions(data: $data) { id }\n  }\n": types.CreateRegionsDocument,
    "\n  mutation SoftDeleteCreatedRegions($ids: [ID!]!) {\n    soft_delete_regions(ids: $ids)\n  }\n": types.SoftDeleteCreatedRegionsDocument,
    "\n  mutation UpdateRegion($id: ID!, $data: RegionUpdateInput!) {\n    update_regions(id: $id, data: $data) { id }\n  }\n": types.UpdateRegionDocument,
    "\n  query TaxLines($items: [TaxableItemInput!]!, $shipping_methods: [TaxableShippingInput!]!, $context: TaxCalculationContextInput!) {\n    tax_lines(items: $items, shipping_methods: $shipping_methods, context: $context) {\n      line_item_id shipping_line_id rate code name rate_id provider_id\n    }\n  }\n": types.TaxLinesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCart($id: ID!, $at: DateTime) {\n    cart_update(id: $id, input: { completed_at: $at }) { id completed_at }\n  }\n"): (typeof documents)["\n  mutation CompleteCart($id: ID!, $at: DateTime) {\n    cart_update(id: $id, input: { completed_at: $at }) { id completed_at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCart($input: CartCreateInput!) {\n    cart_create(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateCart($input: CartCreateInput!) {\n    cart_create(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCart($id: ID!) {\n    cart_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCart($id: ID!) {\n    cart_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLineItems($cart: ID!, $items: [LineItemCreateInput!]!) {\n    line_items_create(cart_id: $cart, items: $items) { id }\n  }\n"): (typeof documents)["\n  mutation CreateLineItems($cart: ID!, $items: [LineItemCreateInput!]!) {\n    line_items_create(cart_id: $cart, items: $items) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCreatedLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation RemoveCreatedLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation RemoveLineItems($ids: [ID!]!) {\n    line_items_delete(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreLineItems($ids: [ID!]!) {\n    line_items_restore(ids: $ids) { id }\n  }\n"): (typeof documents)["\n  mutation RestoreLineItems($ids: [ID!]!) {\n    line_items_restore(ids: $ids) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLineItemAdjustments($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) {\n    line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n"): (typeof documents)["\n  mutation SetLineItemAdjustments($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) {\n    line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShippingMethodAdjustments($cart: ID!, $adjustments: [ShippingMethodAdjustmentInput!]!) {\n    shipping_method_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n"): (typeof documents)["\n  mutation SetShippingMethodAdjustments($cart: ID!, $adjustments: [ShippingMethodAdjustmentInput!]!) {\n    shipping_method_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShippingMethods($cart: ID!, $methods: [ShippingMethodInput!]!) {\n    shipping_methods_set(cart_id: $cart, methods: $methods) { id }\n  }\n"): (typeof documents)["\n  mutation SetShippingMethods($cart: ID!, $methods: [ShippingMethodInput!]!) {\n    shipping_methods_set(cart_id: $cart, methods: $methods) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTaxLines(\n    $cart: ID!\n    $item_ids: [ID!]\n    $shipping_method_ids: [ID!]\n    $items: [LineItemTaxLineInput!]!\n    $methods: [ShippingMethodTaxLineInput!]!\n  ) {\n    tax_lines_set(\n      cart_id: $cart\n      item_ids: $item_ids\n      shipping_method_ids: $shipping_method_ids\n      item_tax_lines: $items\n      shipping_method_tax_lines: $methods\n    ) { id }\n  }\n"): (typeof documents)["\n  mutation SetTaxLines(\n    $cart: ID!\n    $item_ids: [ID!]\n    $shipping_method_ids: [ID!]\n    $items: [LineItemTaxLineInput!]!\n    $methods: [ShippingMethodTaxLineInput!]!\n  ) {\n    tax_lines_set(\n      cart_id: $cart\n      item_ids: $item_ids\n      shipping_method_ids: $shipping_method_ids\n      item_tax_lines: $items\n      shipping_method_tax_lines: $methods\n    ) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCart($id: ID!, $input: CartUpdateInput!) {\n    cart_update(id: $id, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation UpdateCart($id: ID!, $input: CartUpdateInput!) {\n    cart_update(id: $id, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLineItems($items: [LineItemUpdateInput!]!) {\n    line_items_update(items: $items) { id }\n  }\n"): (typeof documents)["\n  mutation UpdateLineItems($items: [LineItemUpdateInput!]!) {\n    line_items_update(items: $items) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FindOrCreateGuest($email: String!, $id: ID) {\n    customer_find_or_create_guest(email: $email, id: $id) { customer { id } created }\n  }\n"): (typeof documents)["\n  mutation FindOrCreateGuest($email: String!, $id: ID) {\n    customer_find_or_create_guest(email: $email, id: $id) { customer { id } created }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGuest($id: ID!) {\n    customer_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGuest($id: ID!) {\n    customer_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelFulfillment($id: ID!) {\n    cancel_fulfillment(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation CancelFulfillment($id: ID!) {\n    cancel_fulfillment(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UncancelFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: canceled) { id }\n  }\n"): (typeof documents)["\n  mutation UncancelFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: canceled) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFulfillment($input: FulfillmentCreateInput!) {\n    create_fulfillment(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateFulfillment($input: FulfillmentCreateInput!) {\n    create_fulfillment(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFulfillment($id: ID!) {\n    fulfillment_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFulfillment($id: ID!) {\n    fulfillment_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverFulfillment($id: ID!) {\n    deliver_fulfillment(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation DeliverFulfillment($id: ID!) {\n    deliver_fulfillment(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndeliverFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: delivered) { id }\n  }\n"): (typeof documents)["\n  mutation UndeliverFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: delivered) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipFulfillment($id: ID!, $labels: [FulfillmentLabelInput!]) {\n    ship_fulfillment(id: $id, labels: $labels) { id }\n  }\n"): (typeof documents)["\n  mutation ShipFulfillment($id: ID!, $labels: [FulfillmentLabelInput!]) {\n    ship_fulfillment(id: $id, labels: $labels) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshipFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: shipped) { id }\n  }\n"): (typeof documents)["\n  mutation UnshipFulfillment($id: ID!) {\n    fulfillment_undo(id: $id, step: shipped) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowCartTax($id: ID!) {\n    cart(id: $id) {\n      id\n      region { id automatic_taxes }\n      shipping_address { country_code province }\n      items { id product_id product_type_id is_giftcard tax_lines { id item_id description code rate provider_id tax_rate_id } }\n      shipping_methods { id shipping_option_id tax_lines { id shipping_method_id description code rate provider_id tax_rate_id } }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowCartTax($id: ID!) {\n    cart(id: $id) {\n      id\n      region { id automatic_taxes }\n      shipping_address { country_code province }\n      items { id product_id product_type_id is_giftcard tax_lines { id item_id description code rate provider_id tax_rate_id } }\n      shipping_methods { id shipping_option_id tax_lines { id shipping_method_id description code rate provider_id tax_rate_id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowCart($id: ID!) {\n    cart(id: $id) {\n      id email currency_code region_id customer_id sales_channel_id locale metadata completed_at\n      region { id name currency_code countries { iso_2 } }\n      customer { id has_account }\n      shipping_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      billing_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      items {\n        id quantity unit_price variant_id product_id title subtitle thumbnail product_title product_description\n        product_subtitle product_type product_type_id product_collection product_handle variant_sku variant_barcode\n        variant_title variant_option_values requires_shipping is_discountable is_giftcard is_tax_inclusive is_custom_price\n        compare_at_unit_price metadata subtotal\n        adjustments { id item_id code amount description is_tax_inclusive promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      shipping_methods {\n        id name description amount is_tax_inclusive shipping_option_id data metadata\n        adjustments { id code amount description promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      credit_lines { reference reference_id amount metadata }\n      total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_tax_total\n      item_total item_subtotal item_tax_total original_item_total original_item_subtotal original_item_tax_total\n      shipping_total shipping_subtotal shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total\n      credit_line_total\n      payment_collection { id amount currency_code status payment_sessions { id status provider_id } }\n      promotions { id code }\n      order { id display_id }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowCart($id: ID!) {\n    cart(id: $id) {\n      id email currency_code region_id customer_id sales_channel_id locale metadata completed_at\n      region { id name currency_code countries { iso_2 } }\n      customer { id has_account }\n      shipping_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      billing_address { first_name last_name company address_1 address_2 city country_code province postal_code phone metadata }\n      items {\n        id quantity unit_price variant_id product_id title subtitle thumbnail product_title product_description\n        product_subtitle product_type product_type_id product_collection product_handle variant_sku variant_barcode\n        variant_title variant_option_values requires_shipping is_discountable is_giftcard is_tax_inclusive is_custom_price\n        compare_at_unit_price metadata subtotal\n        adjustments { id item_id code amount description is_tax_inclusive promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      shipping_methods {\n        id name description amount is_tax_inclusive shipping_option_id data metadata\n        adjustments { id code amount description promotion_id provider_id }\n        tax_lines { description code rate provider_id tax_rate_id }\n      }\n      credit_lines { reference reference_id amount metadata }\n      total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total original_tax_total\n      item_total item_subtotal item_tax_total original_item_total original_item_subtotal original_item_tax_total\n      shipping_total shipping_subtotal shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total\n      credit_line_total\n      payment_collection { id amount currency_code status payment_sessions { id status provider_id } }\n      promotions { id code }\n      order { id display_id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowCustomer($id: ID!) {\n    customer(id: $id) { id email has_account }\n  }\n"): (typeof documents)["\n  query WorkflowCustomer($id: ID!) {\n    customer(id: $id) { id email has_account }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowFulfillment($id: ID!) {\n    fulfillment(id: $id) { id order { id } }\n  }\n"): (typeof documents)["\n  query WorkflowFulfillment($id: ID!) {\n    fulfillment(id: $id) { id order { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      items {\n        id\n        title\n        variant_sku\n        variant_barcode\n        requires_shipping\n        detail { quantity fulfilled_quantity shipped_quantity delivered_quantity }\n      }\n      shipping_address { company first_name last_name address_1 address_2 city country_code province postal_code phone }\n      shipping_methods { shipping_option_id }\n      fulfillments { id packed_at shipped_at delivered_at canceled_at items { line_item_id quantity } }\n      currency_code\n      payment_collections { id status payments { id canceled_at captures { id amount } refunds { id amount } } }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowOrder($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      items {\n        id\n        title\n        variant_sku\n        variant_barcode\n        requires_shipping\n        detail { quantity fulfilled_quantity shipped_quantity delivered_quantity }\n      }\n      shipping_address { company first_name last_name address_1 address_2 city country_code province postal_code phone }\n      shipping_methods { shipping_option_id }\n      fulfillments { id packed_at shipped_at delivered_at canceled_at items { line_item_id quantity } }\n      currency_code\n      payment_collections { id status payments { id canceled_at captures { id amount } refunds { id amount } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPaymentCollection($id: ID!) {\n    payment_collection(id: $id) { id status amount currency_code cart { id } }\n  }\n"): (typeof documents)["\n  query WorkflowPaymentCollection($id: ID!) {\n    payment_collection(id: $id) { id status amount currency_code cart { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPaymentProviders($ids: [ID!]!) {\n    payment_providers(filters: { id: $ids, is_enabled: true }, pagination: { take: 200 }) { data { id } }\n  }\n"): (typeof documents)["\n  query WorkflowPaymentProviders($ids: [ID!]!) {\n    payment_providers(filters: { id: $ids, is_enabled: true }, pagination: { take: 200 }) { data { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPayment($id: ID!) {\n    payment(id: $id) {\n      id\n      amount\n      currency_code\n      canceled_at\n      captures { amount }\n      refunds { amount }\n      payment_collection { id order { id } }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowPayment($id: ID!) {\n    payment(id: $id) {\n      id\n      amount\n      currency_code\n      canceled_at\n      captures { amount }\n      refunds { amount }\n      payment_collection { id order { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPricePreferences($attribute: String!, $values: [String!]!) {\n    price_preferences(filters: { attribute: [$attribute], value: $values }, pagination: { take: 200 }) {\n      data { id attribute value is_tax_inclusive }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowPricePreferences($attribute: String!, $values: [String!]!) {\n    price_preferences(filters: { attribute: [$attribute], value: $values }, pagination: { take: 200 }) {\n      data { id attribute value is_tax_inclusive }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowProductLinkTargets($salesChannels: [ID!]!, $shippingProfiles: [ID!]!) {\n    sales_channels(filters: { id: $salesChannels }, pagination: { take: 200 }) { data { id } }\n    shipping_profiles(filters: { id: $shippingProfiles }, pagination: { take: 200 }) { data { id } }\n  }\n"): (typeof documents)["\n  query WorkflowProductLinkTargets($salesChannels: [ID!]!, $shippingProfiles: [ID!]!) {\n    sales_channels(filters: { id: $salesChannels }, pagination: { take: 200 }) { data { id } }\n    shipping_profiles(filters: { id: $shippingProfiles }, pagination: { take: 200 }) { data { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPromotionContext($id: ID!, $budgets: [ID!]!, $values: [String!]!, $withUsages: Boolean!) {\n    cart(id: $id) {\n      id\n      customer { id email groups { id } }\n      items {\n        id original_total\n        variant { id product_id }\n        product { id type_id collection_id is_giftcard tags { id } categories { id } }\n      }\n      shipping_methods {\n        id subtotal original_total\n        shipping_option { id shipping_option_type_id shipping_profile_id }\n      }\n    }\n    budget_usages: campaign_budget_usages(\n      filters: { budget_id: $budgets, attribute_value: $values }\n      pagination: { take: 200 }\n    ) @include(if: $withUsages) {\n      data { budget_id attribute_value used }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowPromotionContext($id: ID!, $budgets: [ID!]!, $values: [String!]!, $withUsages: Boolean!) {\n    cart(id: $id) {\n      id\n      customer { id email groups { id } }\n      items {\n        id original_total\n        variant { id product_id }\n        product { id type_id collection_id is_giftcard tags { id } categories { id } }\n      }\n      shipping_methods {\n        id subtotal original_total\n        shipping_option { id shipping_option_type_id shipping_profile_id }\n      }\n    }\n    budget_usages: campaign_budget_usages(\n      filters: { budget_id: $budgets, attribute_value: $values }\n      pagination: { take: 200 }\n    ) @include(if: $withUsages) {\n      data { budget_id attribute_value used }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowPromotions($codes: [String!]!, $withCodes: Boolean!) {\n    by_code: promotions(filters: { code: $codes }, pagination: { take: 200 }) @include(if: $withCodes) {\n      data { ...WorkflowPromotionFields }\n    }\n    automatic: promotions(filters: { is_automatic: true, status: [active] }, pagination: { take: 200 }) {\n      data { ...WorkflowPromotionFields }\n    }\n  }\n  fragment WorkflowPromotionFields on Promotion {\n    id code status type is_automatic is_tax_inclusive limit used\n    campaign { starts_at ends_at budget { id type limit used attribute } }\n    rules { attribute operator values { value } }\n    application_method {\n      type target_type allocation value currency_code max_quantity apply_to_quantity buy_rules_min_quantity\n      target_rules { attribute operator values { value } }\n      buy_rules { attribute operator values { value } }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowPromotions($codes: [String!]!, $withCodes: Boolean!) {\n    by_code: promotions(filters: { code: $codes }, pagination: { take: 200 }) @include(if: $withCodes) {\n      data { ...WorkflowPromotionFields }\n    }\n    automatic: promotions(filters: { is_automatic: true, status: [active] }, pagination: { take: 200 }) {\n      data { ...WorkflowPromotionFields }\n    }\n  }\n  fragment WorkflowPromotionFields on Promotion {\n    id code status type is_automatic is_tax_inclusive limit used\n    campaign { starts_at ends_at budget { id type limit used attribute } }\n    rules { attribute operator values { value } }\n    application_method {\n      type target_type allocation value currency_code max_quantity apply_to_quantity buy_rules_min_quantity\n      target_rules { attribute operator values { value } }\n      buy_rules { attribute operator values { value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowRegions($ids: [ID!]!) {\n    regions(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) {\n      data {\n        id name currency_code automatic_taxes metadata deleted_at\n        countries { iso_2 }\n        payment_providers { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowRegions($ids: [ID!]!) {\n    regions(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) {\n      data {\n        id name currency_code automatic_taxes metadata deleted_at\n        countries { iso_2 }\n        payment_providers { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowShippingOptions {\n    shipping_options(pagination: { take: 200 }) {\n      data {\n        id name shipping_profile_id\n        service_zone { geo_zones { country_code } }\n        rules { attribute operator value }\n        prices { currency_code amount }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowShippingOptions {\n    shipping_options(pagination: { take: 200 }) {\n      data {\n        id name shipping_profile_id\n        service_zone { geo_zones { country_code } }\n        rules { attribute operator value }\n        prices { currency_code amount }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowStore {\n    regions(pagination: { take: 200 }) { data { id currency_code countries { iso_2 } } }\n    sales_channels(pagination: { take: 200 }) { data { id name is_disabled } }\n  }\n"): (typeof documents)["\n  query WorkflowStore {\n    regions(pagination: { take: 200 }) { data { id currency_code countries { iso_2 } } }\n    sales_channels(pagination: { take: 200 }) { data { id name is_disabled } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowVariants($ids: [ID!]!) {\n    product_variants(filters: { id: $ids }, pagination: { take: 200 }) {\n      data {\n        id title sku barcode thumbnail\n        options { value option { title } }\n        prices { currency_code amount }\n        product {\n          id title description subtitle handle thumbnail discountable is_giftcard status\n          type { id value } collection { title } shipping_profile { id }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkflowVariants($ids: [ID!]!) {\n    product_variants(filters: { id: $ids }, pagination: { take: 200 }) {\n      data {\n        id title sku barcode thumbnail\n        options { value option { title } }\n        prices { currency_code amount }\n        product {\n          id title description subtitle handle thumbnail discountable is_giftcard status\n          type { id value } collection { title } shipping_profile { id }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n"): (typeof documents)["\n  mutation CreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissCreatedLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n"): (typeof documents)["\n  mutation DismissCreatedLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n"): (typeof documents)["\n  mutation DismissLinks($links: [LinkInput!]!) {\n    dismiss_links(links: $links) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n"): (typeof documents)["\n  mutation RecreateLinks($links: [LinkInput!]!) {\n    create_links(links: $links) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrderTransaction($input: OrderTransactionAddInput!) {\n    order_transaction_add(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddOrderTransaction($input: OrderTransactionAddInput!) {\n    order_transaction_add(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrderTransaction($id: ID!) {\n    order_transaction_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrderTransaction($id: ID!) {\n    order_transaction_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: OrderCreateInput!) {\n    order_create(input: $input) { id display_id }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: OrderCreateInput!) {\n    order_create(input: $input) { id display_id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrder($id: ID!) {\n    order_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrder($id: ID!) {\n    order_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetItemQuantities($order_id: ID!, $items: [OrderItemQuantitiesInput!]!) {\n    order_item_quantities_set(order_id: $order_id, items: $items) { id }\n  }\n"): (typeof documents)["\n  mutation SetItemQuantities($order_id: ID!, $items: [OrderItemQuantitiesInput!]!) {\n    order_item_quantities_set(order_id: $order_id, items: $items) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrderStatus($id: ID!, $status: OrderStatus!) {\n    order_status_set(id: $id, status: $status) { id status }\n  }\n"): (typeof documents)["\n  mutation SetOrderStatus($id: ID!, $status: OrderStatus!) {\n    order_status_set(id: $id, status: $status) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizePaymentSession($id: ID!) {\n    payment_session_authorize(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation AuthorizePaymentSession($id: ID!) {\n    payment_session_authorize(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPaymentSession($id: ID!) {\n    payment_session_cancel(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation CancelPaymentSession($id: ID!) {\n    payment_session_cancel(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPayment($payment_id: ID!) {\n    cancel_payment(payment_id: $payment_id) { id }\n  }\n"): (typeof documents)["\n  mutation CancelPayment($payment_id: ID!) {\n    cancel_payment(payment_id: $payment_id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoCancelPayment($payment_id: ID!) {\n    payment_cancel_undo(payment_id: $payment_id) { id }\n  }\n"): (typeof documents)["\n  mutation UndoCancelPayment($payment_id: ID!) {\n    payment_cancel_undo(payment_id: $payment_id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapturePayment($payment_id: ID!, $amount: BigNumber, $capture_id: ID!) {\n    capture_payment(payment_id: $payment_id, amount: $amount, capture_id: $capture_id) { id captures { id amount } }\n  }\n"): (typeof documents)["\n  mutation CapturePayment($payment_id: ID!, $amount: BigNumber, $capture_id: ID!) {\n    capture_payment(payment_id: $payment_id, amount: $amount, capture_id: $capture_id) { id captures { id amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCapture($id: ID!) {\n    capture_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCapture($id: ID!) {\n    capture_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePaymentCollection($input: PaymentCollectionCreateInput!) {\n    payment_collection_create(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreatePaymentCollection($input: PaymentCollectionCreateInput!) {\n    payment_collection_create(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePaymentCollection($id: ID!) {\n    payment_collection_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePaymentCollection($id: ID!) {\n    payment_collection_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePaymentSession($input: PaymentSessionCreateInput!) {\n    payment_session_create(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreatePaymentSession($input: PaymentSessionCreateInput!) {\n    payment_session_create(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePaymentSession($id: ID!) {\n    payment_session_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePaymentSession($id: ID!) {\n    payment_session_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPayment($payment_id: ID!, $amount: BigNumber, $refund_reason_id: ID, $note: String, $refund_id: ID!) {\n    refund_payment(payment_id: $payment_id, amount: $amount, refund_reason_id: $refund_reason_id, note: $note, refund_id: $refund_id) { id refunds { id amount } }\n  }\n"): (typeof documents)["\n  mutation RefundPayment($payment_id: ID!, $amount: BigNumber, $refund_reason_id: ID, $note: String, $refund_id: ID!) {\n    refund_payment(payment_id: $payment_id, amount: $amount, refund_reason_id: $refund_reason_id, note: $note, refund_id: $refund_id) { id refunds { id amount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRefund($id: ID!) {\n    refund_delete(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRefund($id: ID!) {\n    refund_delete(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPaymentCollectionStatus($id: ID!, $status: PaymentCollectionStatus!) {\n    update_payment_collections(id: $id, data: { status: $status }) { id status }\n  }\n"): (typeof documents)["\n  mutation SetPaymentCollectionStatus($id: ID!, $status: PaymentCollectionStatus!) {\n    update_payment_collections(id: $id, data: { status: $status }) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePaymentCollection($id: ID!, $amount: BigNumber!) {\n    payment_collection_update(id: $id, input: { amount: $amount }) { id }\n  }\n"): (typeof documents)["\n  mutation UpdatePaymentCollection($id: ID!, $amount: BigNumber!) {\n    payment_collection_update(id: $id, input: { amount: $amount }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePricePreferences($data: [PricePreferenceCreateInput!]!) {\n    create_price_preferences(data: $data) { id }\n  }\n"): (typeof documents)["\n  mutation CreatePricePreferences($data: [PricePreferenceCreateInput!]!) {\n    create_price_preferences(data: $data) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SoftDeletePricePreferences($ids: [ID!]!) {\n    soft_delete_price_preferences(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation SoftDeletePricePreferences($ids: [ID!]!) {\n    soft_delete_price_preferences(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProducts($data: [ProductCreateInput!]!) {\n    create_products(data: $data) { id }\n  }\n"): (typeof documents)["\n  mutation CreateProducts($data: [ProductCreateInput!]!) {\n    create_products(data: $data) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SoftDeleteCreatedProducts($ids: [ID!]!) {\n    soft_delete_products(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation SoftDeleteCreatedProducts($ids: [ID!]!) {\n    soft_delete_products(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExistingProducts($ids: [ID!]!) {\n    products(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) { data { id } }\n  }\n"): (typeof documents)["\n  query ExistingProducts($ids: [ID!]!) {\n    products(filters: { id: $ids }, with_deleted: true, pagination: { take: 200 }) { data { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePricePreference($id: ID!, $is_tax_inclusive: Boolean!) {\n    update_price_preferences(id: $id, data: { is_tax_inclusive: $is_tax_inclusive }) { id }\n  }\n"): (typeof documents)["\n  mutation UpdatePricePreference($id: ID!, $is_tax_inclusive: Boolean!) {\n    update_price_preferences(id: $id, data: { is_tax_inclusive: $is_tax_inclusive }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterUsage($order: ID!, $actions: [PromotionUsageActionInput!]!, $context: PromotionUsageContextInput) {\n    promotion_usage_register(reference_id: $order, actions: $actions, context: $context) { reference_id }\n  }\n"): (typeof documents)["\n  mutation RegisterUsage($order: ID!, $actions: [PromotionUsageActionInput!]!, $context: PromotionUsageContextInput) {\n    promotion_usage_register(reference_id: $order, actions: $actions, context: $context) { reference_id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertUsage($order: ID!) {\n    promotion_usage_revert(reference_id: $order) { __typename }\n  }\n"): (typeof documents)["\n  mutation RevertUsage($order: ID!) {\n    promotion_usage_revert(reference_id: $order) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegions($data: [RegionCreateInput!]!) {\n    create_regions(data: $data) { id }\n  }\n"): (typeof documents)["\n  mutation CreateRegions($data: [RegionCreateInput!]!) {\n    create_regions(data: $data) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SoftDeleteCreatedRegions($ids: [ID!]!) {\n    soft_delete_regions(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation SoftDeleteCreatedRegions($ids: [ID!]!) {\n    soft_delete_regions(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegion($id: ID!, $data: RegionUpdateInput!) {\n    update_regions(id: $id, data: $data) { id }\n  }\n"): (typeof documents)["\n  mutation UpdateRegion($id: ID!, $data: RegionUpdateInput!) {\n    update_regions(id: $id, data: $data) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxLines($items: [TaxableItemInput!]!, $shipping_methods: [TaxableShippingInput!]!, $context: TaxCalculationContextInput!) {\n    tax_lines(items: $items, shipping_methods: $shipping_methods, context: $context) {\n      line_item_id shipping_line_id rate code name rate_id provider_id\n    }\n  }\n"): (typeof documents)["\n  query TaxLines($items: [TaxableItemInput!]!, $shipping_methods: [TaxableShippingInput!]!, $context: TaxCalculationContextInput!) {\n    tax_lines(items: $items, shipping_methods: $shipping_methods, context: $context) {\n      line_item_id shipping_line_id rate code name rate_id provider_id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;