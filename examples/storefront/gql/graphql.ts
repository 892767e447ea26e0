/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CartAddressInput = {
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

export type CartItemInput = {
  metadata?: unknown;
  quantity: number;
  variant_id: string | number;
};

export type CreateCartInput = {
  billing_address?: CartAddressInput | null | undefined;
  currency_code?: string | null | undefined;
  email?: string | null | undefined;
  items?: Array<CartItemInput> | null | undefined;
  locale?: string | null | undefined;
  metadata?: unknown;
  promo_codes?: Array<string> | null | undefined;
  region_id?: string | number | null | undefined;
  sales_channel_id?: string | number | null | undefined;
  shipping_address?: CartAddressInput | null | undefined;
};

/** Medusa `OrderStatus`. */
export type OrderStatus =
  | 'archived'
  | 'canceled'
  | 'completed'
  | 'draft'
  | 'pending'
  | 'requires_action';

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

/** Medusa `PaymentSessionStatus`. */
export type PaymentSessionStatus =
  | 'authorized'
  | 'canceled'
  | 'captured'
  | 'error'
  | 'pending'
  | 'pending_authorization'
  | 'requires_more';

export type UpdateCartInput = {
  billing_address?: CartAddressInput | null | undefined;
  email?: string | null | undefined;
  metadata?: unknown;
  /** Replaces the cart's promo codes (an empty list removes them all). */
  promo_codes?: Array<string> | null | undefined;
  shipping_address?: CartAddressInput | null | undefined;
};

export type CartPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CartPageQuery = { cart: { id: string, email: string | null, currency_code: string, region: { id: string, name: string, currency_code: string } | null, customer: { id: string, email: string | null } | null, sales_channel: { id: string, name: string } | null, items: Array<{ id: string, title: string, quantity: number, unit_price: string, product: { id: string, title: string } | null, variant: { id: string, sku: string | null } | null, adjustments: Array<{ amount: string, promotion: { id: string, code: string } | null }> }>, shipping_methods: Array<{ id: string, amount: string, shipping_option: { id: string, name: string } | null }>, promotions: Array<{ id: string, code: string }> | null, payment_collection: { id: string, amount: string, status: PaymentCollectionStatus } | null, order: { id: string, display_id: number, status: OrderStatus, cart: { id: string } | null } | null } | null };

export type CatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogQuery = { regions: { data: Array<{ id: string, name: string, currency_code: string, countries: Array<{ iso_2: string }> }> }, product_variants: { data: Array<{ id: string, sku: string | null, title: string, product: { title: string } | null, prices: Array<{ currency_code: string, amount: string }> }> } };

export type CheckoutCartFragment = { id: string, email: string | null, currency_code: string, completed_at: string | null, item_total: string, shipping_total: string, discount_total: string, tax_total: string, total: string, items: Array<{ id: string, title: string, quantity: number, unit_price: string, variant_id: string | null, total: string }>, shipping_address: { first_name: string | null, last_name: string | null, address_1: string | null, city: string | null, postal_code: string | null, country_code: string | null } | null, shipping_methods: Array<{ id: string, amount: string, shipping_option: { id: string, name: string } | null }> };

export type CreateCartMutationVariables = Exact<{
  input: CreateCartInput;
}>;


export type CreateCartMutation = { create_cart: { id: string, email: string | null, currency_code: string, completed_at: string | null, item_total: string, shipping_total: string, discount_total: string, tax_total: string, total: string, items: Array<{ id: string, title: string, quantity: number, unit_price: string, variant_id: string | null, total: string }>, shipping_address: { first_name: string | null, last_name: string | null, address_1: string | null, city: string | null, postal_code: string | null, country_code: string | null } | null, shipping_methods: Array<{ id: string, amount: string, shipping_option: { id: string, name: string } | null }> } };

export type AddLineItemMutationVariables = Exact<{
  cartId: string | number;
  variantId: string | number;
  quantity: number;
}>;


export type AddLineItemMutation = { add_line_item: { id: string, email: string | null, currency_code: string, completed_at: string | null, item_total: string, shipping_total: string, discount_total: string, tax_total: string, total: string, items: Array<{ id: string, title: string, quantity: number, unit_price: string, variant_id: string | null, total: string }>, shipping_address: { first_name: string | null, last_name: string | null, address_1: string | null, city: string | null, postal_code: string | null, country_code: string | null } | null, shipping_methods: Array<{ id: string, amount: string, shipping_option: { id: string, name: string } | null }> } };

export type UpdateCartMutationVariables = Exact<{
  cartId: string | number;
  input: UpdateCartInput;
}>;


export type UpdateCartMutation = { update_cart: { id: string, email: string | null, currency_code: string, completed_at: string | null, item_total: string, shipping_total: string, discount_total: string, tax_total: string, total: string, items: Array<{ id: string, title: string, quantity: number, unit_price: string, variant_id: string | null, total: string }>, shipping_address: { first_name: string | null, last_name: string | null, address_1: string | null, city: string | null, postal_code: string | null, country_code: string | null } | null, shipping_methods: Array<{ id: string, amount: string, shipping_option: { id: string, name: string } | null }> } };

export type CartShippingOptionsQueryVariables = Exact<{
  cartId: string | number;
}>;


export type CartShippingOptionsQuery = { cart_shipping_options: Array<{ amount: string, is_tax_inclusive: boolean, shipping_option: { id: string, name: string } }> };

export type AddShippingMethodMutationVariables = Exact<{
  cartId: string | number;
  optionId: string | number;
}>;


export type AddShippingMethodMutation = { add_shipping_method: { id: string, email: string | null, currency_code: string, completed_at: string | null, item_total: string, shipping_total: string, discount_total: string, tax_total: string, total: string, items: Array<{ id: string, title: string, quantity: number, unit_price: string, variant_id: string | null, total: string }>, shipping_address: { first_name: string | null, last_name: string | null, address_1: string | null, city: string | null, postal_code: string | null, country_code: string | null } | null, shipping_methods: Array<{ id: string, amount: string, shipping_option: { id: string, name: string } | null }> } };

export type CreatePaymentCollectionMutationVariables = Exact<{
  cartId: string | number;
}>;


export type CreatePaymentCollectionMutation = { create_payment_collection: { id: string, amount: string, currency_code: string, status: PaymentCollectionStatus } };

export type CreatePaymentSessionMutationVariables = Exact<{
  paymentCollectionId: string | number;
}>;


export type CreatePaymentSessionMutation = { create_payment_session: { id: string, amount: string, status: PaymentCollectionStatus, payment_sessions: Array<{ id: string, provider_id: string, status: PaymentSessionStatus }> } };

export type CompleteCartMutationVariables = Exact<{
  cartId: string | number;
}>;


export type CompleteCartMutation = { complete_cart: { order: { id: string, display_id: number, status: OrderStatus, email: string | null, currency_code: string, item_total: string, shipping_total: string, discount_total: string, tax_total: string, total: string, items: Array<{ id: string, title: string, quantity: string, unit_price: string | null, variant_id: string | null, total: string }>, shipping_methods: Array<{ name: string, amount: string }> }, cart: { id: string, completed_at: string | null } } };

export const CheckoutCartFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckoutCart"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"currency_code"}},{"kind":"Field","name":{"kind":"Name","value":"completed_at"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit_price"}},{"kind":"Field","name":{"kind":"Name","value":"variant_id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first_name"}},{"kind":"Field","name":{"kind":"Name","value":"last_name"}},{"kind":"Field","name":{"kind":"Name","value":"address_1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postal_code"}},{"kind":"Field","name":{"kind":"Name","value":"country_code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping_methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"item_total"}},{"kind":"Field","name":{"kind":"Name","value":"shipping_total"}},{"kind":"Field","name":{"kind":"Name","value":"discount_total"}},{"kind":"Field","name":{"kind":"Name","value":"tax_total"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<CheckoutCartFragment, unknown>;
export const CartPageDocument = {"__meta__":{"hash":"sha256:2e5bd688f7f67b9eaf23e4d18ba7d6440a0d5817e424bfe3a36e010c1bea32f8"}} as unknown as DocumentNode<CartPageQuery, CartPageQueryVariables>;
export const CatalogDocument = {"__meta__":{"hash":"sha256:33387229645ad0d61a337da8d6b33cbaafe64b26320ebe542ed25884837cb42d"}} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const CreateCartDocument = {"__meta__":{"hash":"sha256:2f598007af0246a50627650847a193a75f58cd97f695f3d6cae1e640a575a389"}} as unknown as DocumentNode<CreateCartMutation, CreateCartMutationVariables>;
export const AddLineItemDocument = {"__meta__":{"hash":"sha256:c78411115d9a7c1dfd18d97037114ad88eea36b0528630618598ce9b00c91774"}} as unknown as DocumentNode<AddLineItemMutation, AddLineItemMutationVariables>;
export const UpdateCartDocument = {"__meta__":{"hash":"sha256:3f3989b1130d6b08a226af43658452d5920eed3443fd280b0a4d1f6fbb0d56fa"}} as unknown as DocumentNode<UpdateCartMutation, UpdateCartMutationVariables>;
export const CartShippingOptionsDocument = {"__meta__":{"hash":"sha256:36aa672f733d4c415ced41b5fd24eda91beb5f94b716b89310461d4b42ddd125"}} as unknown as DocumentNode<CartShippingOptionsQuery, CartShippingOptionsQueryVariables>;
export const AddShippingMethodDocument = {"__meta__":{"hash":"sha256:1bdab55cd1ce1e5b2dc86513cf13520278aec3a3a0c81b9b7a6d18c649e69d67"}} as unknown as DocumentNode<AddShippingMethodMutation, AddShippingMethodMutationVariables>;
export const CreatePaymentCollectionDocument = {"__meta__":{"hash":"sha256:cc3d3f416362b2a4c1b84c9b33ce4410c400bf8900bd8490f3fd8c10f8755306"}} as unknown as DocumentNode<CreatePaymentCollectionMutation, CreatePaymentCollectionMutationVariables>;
export const CreatePaymentSessionDocument = {"__meta__":{"hash":"sha256:87987091491117497d7e8c42cdaea7773c9fadb6c2271385e93e6800058de79f"}} as unknown as DocumentNode<CreatePaymentSessionMutation, CreatePaymentSessionMutationVariables>;
export const CompleteCartDocument = {"__meta__":{"hash":"sha256:2ab1c015869f328957c0d4e3f9fd8effd5be9b0636c1c44d76cda914775b6fbd"}} as unknown as DocumentNode<CompleteCartMutation, CompleteCartMutationVariables>;