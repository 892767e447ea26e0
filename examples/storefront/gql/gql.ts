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
    "\n  query CartPage($id: ID!) {\n    cart(id: $id) {\n      id email currency_code\n      region { id name currency_code }\n      customer { id email }\n      sales_channel { id name }\n      items {\n        id title quantity unit_price\n        product { id title }\n        variant { id sku }\n        adjustments { amount promotion { id code } }\n      }\n      shipping_methods { id amount shipping_option { id name } }\n      promotions { id code }\n      payment_collection { id amount status }\n      order { id display_id status cart { id } }\n    }\n  }\n": typeof types.CartPageDocument,
    "\n  query Catalog {\n    regions { data { id name currency_code countries { iso_2 } } }\n    product_variants(pagination: { take: 50 }) {\n      data { id sku title product { title } prices { currency_code amount } }\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  fragment CheckoutCart on Cart {\n    id email currency_code completed_at\n    items { id title quantity unit_price variant_id total }\n    shipping_address { first_name last_name address_1 city postal_code country_code }\n    shipping_methods { id amount shipping_option { id name } }\n    item_total shipping_total discount_total tax_total total\n  }\n": typeof types.CheckoutCartFragmentDoc,
    "\n  mutation CreateCart($input: CreateCartInput!) {\n    create_cart(input: $input) { ...CheckoutCart }\n  }\n": typeof types.CreateCartDocument,
    "\n  mutation AddLineItem($cartId: ID!, $variantId: ID!, $quantity: Int!) {\n    add_line_item(cart_id: $cartId, variant_id: $variantId, quantity: $quantity) { ...CheckoutCart }\n  }\n": typeof types.AddLineItemDocument,
    "\n  mutation UpdateCart($cartId: ID!, $input: UpdateCartInput!) {\n    update_cart(cart_id: $cartId, input: $input) { ...CheckoutCart }\n  }\n": typeof types.UpdateCartDocument,
    "\n  query CartShippingOptions($cartId: ID!) {\n    cart_shipping_options(cart_id: $cartId) { amount is_tax_inclusive shipping_option { id name } }\n  }\n": typeof types.CartShippingOptionsDocument,
    "\n  mutation AddShippingMethod($cartId: ID!, $optionId: ID!) {\n    add_shipping_method(cart_id: $cartId, option_id: $optionId) { ...CheckoutCart }\n  }\n": typeof types.AddShippingMethodDocument,
    "\n  mutation CreatePaymentCollection($cartId: ID!) {\n    create_payment_collection(cart_id: $cartId) { id amount currency_code status }\n  }\n": typeof types.CreatePaymentCollectionDocument,
    "\n  mutation CreatePaymentSession($paymentCollectionId: ID!) {\n    create_payment_session(payment_collection_id: $paymentCollectionId) {\n      id amount status payment_sessions { id provider_id status }\n    }\n  }\n": typeof types.CreatePaymentSessionDocument,
    "\n  mutation CompleteCart($cartId: ID!) {\n    complete_cart(cart_id: $cartId) {\n      order {\n        id display_id status email currency_code\n        items { id title quantity unit_price variant_id total }\n        shipping_methods { name amount }\n        item_total shipping_total discount_total tax_total total\n      }\n      cart { id completed_at }\n    }\n  }\n": typeof types.CompleteCartDocument,
};
const documents: Documents = {
    "\n  query CartPage($id: ID!) {\n    cart(id: $id) {\n      id email currency_code\n      region { id name currency_code }\n      customer { id email }\n      sales_channel { id name }\n      items {\n        id title quantity unit_price\n        product { id title }\n        variant { id sku }\n        adjustments { amount promotion { id code } }\n      }\n      shipping_methods { id amount shipping_option { id name } }\n      promotions { id code }\n      payment_collection { id amount status }\n      order { id display_id status cart { id } }\n    }\n  }\n": types.CartPageDocument,
    "\n  query Catalog {\n    regions { data { id name currency_code countries { iso_2 } } }\n    product_variants(pagination: { take: 50 }) {\n      data { id sku title product { title } prices { currency_code amount } }\n    }\n  }\n": types.CatalogDocument,
    "\n  fragment CheckoutCart on Cart {\n    id email currency_code completed_at\n    items { id title quantity unit_price variant_id total }\n    shipping_address { first_name last_name address_1 city postal_code country_code }\n    shipping_methods { id amount shipping_option { id name } }\n    item_total shipping_total discount_total tax_total total\n  }\n": types.CheckoutCartFragmentDoc,
    "\n  mutation CreateCart($input: CreateCartInput!) {\n    create_cart(input: $input) { ...CheckoutCart }\n  }\n": types.CreateCartDocument,
    "\n  mutation AddLineItem($cartId: ID!, $variantId: ID!, $quantity: Int!) {\n    add_line_item(cart_id: $cartId, variant_id: $variantId, quantity: $quantity) { ...CheckoutCart }\n  }\n": types.AddLineItemDocument,
    "\n  mutation UpdateCart($cartId: ID!, $input: UpdateCartInput!) {\n    update_cart(cart_id: $cartId, input: $input) { ...CheckoutCart }\n  }\n": types.UpdateCartDocument,
    "\n  query CartShippingOptions($cartId: ID!) {\n    cart_shipping_options(cart_id: $cartId) { amount is_tax_inclusive shipping_option { id name } }\n  }\n": types.CartShippingOptionsDocument,
    "\n  mutation AddShippingMethod($cartId: ID!, $optionId: ID!) {\n    add_shipping_method(cart_id: $cartId, option_id: $optionId) { ...CheckoutCart }\n  }\n": types.AddShippingMethodDocument,
    "\n  mutation CreatePaymentCollection($cartId: ID!) {\n    create_payment_collection(cart_id: $cartId) { id amount currency_code status }\n  }\n": types.CreatePaymentCollectionDocument,
    "\n  mutation CreatePaymentSession($paymentCollectionId: ID!) {\n    create_payment_session(payment_collection_id: $paymentCollectionId) {\n      id amount status payment_sessions { id provider_id status }\n    }\n  }\n": types.CreatePaymentSessionDocument,
    "\n  mutation CompleteCart($cartId: ID!) {\n    complete_cart(cart_id: $cartId) {\n      order {\n        id display_id status email currency_code\n        items { id title quantity unit_price variant_id total }\n        shipping_methods { name amount }\n        item_total shipping_total discount_total tax_total total\n      }\n      cart { id completed_at }\n    }\n  }\n": types.CompleteCartDocument,
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
export function graphql(source: "\n  query CartPage($id: ID!) {\n    cart(id: $id) {\n      id email currency_code\n      region { id name currency_code }\n      customer { id email }\n      sales_channel { id name }\n      items {\n        id title quantity unit_price\n        product { id title }\n        variant { id sku }\n        adjustments { amount promotion { id code } }\n      }\n      shipping_methods { id amount shipping_option { id name } }\n      promotions { id code }\n      payment_collection { id amount status }\n      order { id display_id status cart { id } }\n    }\n  }\n"): (typeof documents)["\n  query CartPage($id: ID!) {\n    cart(id: $id) {\n      id email currency_code\n      region { id name currency_code }\n      customer { id email }\n      sales_channel { id name }\n      items {\n        id title quantity unit_price\n        product { id title }\n        variant { id sku }\n        adjustments { amount promotion { id code } }\n      }\n      shipping_methods { id amount shipping_option { id name } }\n      promotions { id code }\n      payment_collection { id amount status }\n      order { id display_id status cart { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    regions { data { id name currency_code countries { iso_2 } } }\n    product_variants(pagination: { take: 50 }) {\n      data { id sku title product { title } prices { currency_code amount } }\n    }\n  }\n"): (typeof documents)["\n  query Catalog {\n    regions { data { id name currency_code countries { iso_2 } } }\n    product_variants(pagination: { take: 50 }) {\n      data { id sku title product { title } prices { currency_code amount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckoutCart on Cart {\n    id email currency_code completed_at\n    items { id title quantity unit_price variant_id total }\n    shipping_address { first_name last_name address_1 city postal_code country_code }\n    shipping_methods { id amount shipping_option { id name } }\n    item_total shipping_total discount_total tax_total total\n  }\n"): (typeof documents)["\n  fragment CheckoutCart on Cart {\n    id email currency_code completed_at\n    items { id title quantity unit_price variant_id total }\n    shipping_address { first_name last_name address_1 city postal_code country_code }\n    shipping_methods { id amount shipping_option { id name } }\n    item_total shipping_total discount_total tax_total total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCart($input: CreateCartInput!) {\n    create_cart(input: $input) { ...CheckoutCart }\n  }\n"): (typeof documents)["\n  mutation CreateCart($input: CreateCartInput!) {\n    create_cart(input: $input) { ...CheckoutCart }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLineItem($cartId: ID!, $variantId: ID!, $quantity: Int!) {\n    add_line_item(cart_id: $cartId, variant_id: $variantId, quantity: $quantity) { ...CheckoutCart }\n  }\n"): (typeof documents)["\n  mutation AddLineItem($cartId: ID!, $variantId: ID!, $quantity: Int!) {\n    add_line_item(cart_id: $cartId, variant_id: $variantId, quantity: $quantity) { ...CheckoutCart }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCart($cartId: ID!, $input: UpdateCartInput!) {\n    update_cart(cart_id: $cartId, input: $input) { ...CheckoutCart }\n  }\n"): (typeof documents)["\n  mutation UpdateCart($cartId: ID!, $input: UpdateCartInput!) {\n    update_cart(cart_id: $cartId, input: $input) { ...CheckoutCart }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartShippingOptions($cartId: ID!) {\n    cart_shipping_options(cart_id: $cartId) { amount is_tax_inclusive shipping_option { id name } }\n  }\n"): (typeof documents)["\n  query CartShippingOptions($cartId: ID!) {\n    cart_shipping_options(cart_id: $cartId) { amount is_tax_inclusive shipping_option { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddShippingMethod($cartId: ID!, $optionId: ID!) {\n    add_shipping_method(cart_id: $cartId, option_id: $optionId) { ...CheckoutCart }\n  }\n"): (typeof documents)["\n  mutation AddShippingMethod($cartId: ID!, $optionId: ID!) {\n    add_shipping_method(cart_id: $cartId, option_id: $optionId) { ...CheckoutCart }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePaymentCollection($cartId: ID!) {\n    create_payment_collection(cart_id: $cartId) { id amount currency_code status }\n  }\n"): (typeof documents)["\n  mutation CreatePaymentCollection($cartId: ID!) {\n    create_payment_collection(cart_id: $cartId) { id amount currency_code status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePaymentSession($paymentCollectionId: ID!) {\n    create_payment_session(payment_collection_id: $paymentCollectionId) {\n      id amount status payment_sessions { id provider_id status }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePaymentSession($paymentCollectionId: ID!) {\n    create_payment_session(payment_collection_id: $paymentCollectionId) {\n      id amount status payment_sessions { id provider_id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCart($cartId: ID!) {\n    complete_cart(cart_id: $cartId) {\n      order {\n        id display_id status email currency_code\n        items { id title quantity unit_price variant_id total }\n        shipping_methods { name amount }\n        item_total shipping_total discount_total tax_total total\n      }\n      cart { id completed_at }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteCart($cartId: ID!) {\n    complete_cart(cart_id: $cartId) {\n      order {\n        id display_id status email currency_code\n        items { id title quantity unit_price variant_id total }\n        shipping_methods { name amount }\n        item_total shipping_total discount_total tax_total total\n      }\n      cart { id completed_at }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;