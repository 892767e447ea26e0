/**
 * A storefront's typed calls to the supergraph: each operation is written with `graphql()` from the
 * generated `gql/` (`npm run examples:codegen`), which gives a TypedDocumentNode, so the variables
 * and the result of every call are checked against the gateway's schema. No GraphQL client library:
 * `request()` is one fetch. The operations are trusted documents: codegen writes their texts to
 * `gql/persisted-documents.json` (the manifest the gateway loads) and leaves in the code only each
 * one's hash, which is all `request()` sends.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './gql';
import type {
  CartAddressInput,
  CartItemInput,
  CheckoutCartFragment,
  CompleteCartMutation,
  CreatePaymentSessionMutation,
} from './gql/graphql';

export interface StorefrontClient {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Extra headers, e.g. `{ authorization: 'Bearer …' }` for a signed-in customer; a guest sends none. */
  headers?: Record<string, string>;
}

export function storefrontClient(
  url = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
  headers: Record<string, string> = {},
): StorefrontClient {
  return { url, headers };
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The gateway answered with errors (each with its `extensions.code`, e.g. BAD_USER_INPUT). */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: GraphQLErrorBody[],
    readonly status: number,
  ) {
    super(errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; '));
    this.name = 'GraphQLRequestError';
  }
}

/** An operation without variables takes none; any other takes exactly its variables. */
type VariablesArgument<Variables> = Variables extends Record<string, never> ? [] : [variables: Variables];

/** Sends one operation to the gateway and returns its typed data; GraphQL errors are thrown. */
export async function request<Result, Variables>(
  client: StorefrontClient,
  document: TypedDocumentNode<Result, Variables>,
  ...[variables]: VariablesArgument<Variables>
): Promise<Result> {
  // The client preset's `persistedDocuments` puts the hash where the document was (`__meta__`).
  const documentId = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!documentId) throw new Error('The document has no hash: run npm run examples:codegen');
  const response = await fetch(client.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...client.headers },
    body: JSON.stringify({ documentId, variables }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: GraphQLErrorBody[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors, response.status);
  if (!body.data)
    throw new GraphQLRequestError(
      [{ message: `The gateway answered ${response.status} without data` }],
      response.status,
    );
  return body.data;
}

// The cart page: the README's query, a cart with every link of the demo store.
const CartPageDocument = graphql(`
  query CartPage($id: ID!) {
    cart(id: $id) {
      id email currency_code
      region { id name currency_code }
      customer { id email }
      sales_channel { id name }
      items {
        id title quantity unit_price
        product { id title }
        variant { id sku }
        adjustments { amount promotion { id code } }
      }
      shipping_methods { id amount shipping_option { id name } }
      promotions { id code }
      payment_collection { id amount status }
      order { id display_id status cart { id } }
    }
  }
`);

/** The cart page for a cart id; null when there is no such cart. */
export async function fetchCartPage(client: StorefrontClient, id: string) {
  return (await request(client, CartPageDocument, { id })).cart;
}

// What the store sells: regions with their countries, and variants with their prices.
const CatalogDocument = graphql(`
  query Catalog {
    regions { data { id name currency_code countries { iso_2 } } }
    product_variants(pagination: { take: 50 }) {
      data { id sku title product { title } prices { currency_code amount } }
    }
  }
`);

export async function fetchCatalog(client: StorefrontClient) {
  const { regions, product_variants } = await request(client, CatalogDocument);
  return { regions: regions.data, variants: product_variants.data };
}

// The checkout: each mutation returns the cart as the checkout page shows it.
graphql(`
  fragment CheckoutCart on Cart {
    id email currency_code completed_at
    items { id title quantity unit_price variant_id total }
    shipping_address { first_name last_name address_1 city postal_code country_code }
    shipping_methods { id amount shipping_option { id name } }
    item_total shipping_total discount_total tax_total total
  }
`);

const CreateCartDocument = graphql(`
  mutation CreateCart($input: CreateCartInput!) {
    create_cart(input: $input) { ...CheckoutCart }
  }
`);

const AddLineItemDocument = graphql(`
  mutation AddLineItem($cartId: ID!, $variantId: ID!, $quantity: Int!) {
    add_line_item(cart_id: $cartId, variant_id: $variantId, quantity: $quantity) { ...CheckoutCart }
  }
`);

const UpdateCartDocument = graphql(`
  mutation UpdateCart($cartId: ID!, $input: UpdateCartInput!) {
    update_cart(cart_id: $cartId, input: $input) { ...CheckoutCart }
  }
`);

const CartShippingOptionsDocument = graphql(`
  query CartShippingOptions($cartId: ID!) {
    cart_shipping_options(cart_id: $cartId) { amount is_tax_inclusive shipping_option { id name } }
  }
`);

const AddShippingMethodDocument = graphql(`
  mutation AddShippingMethod($cartId: ID!, $optionId: ID!) {
    add_shipping_method(cart_id: $cartId, option_id: $optionId) { ...CheckoutCart }
  }
`);

const CreatePaymentCollectionDocument = graphql(`
  mutation CreatePaymentCollection($cartId: ID!) {
    create_payment_collection(cart_id: $cartId) { id amount currency_code status }
  }
`);

const CreatePaymentSessionDocument = graphql(`
  mutation CreatePaymentSession($paymentCollectionId: ID!) {
    create_payment_session(payment_collection_id: $paymentCollectionId) {
      id amount status payment_sessions { id provider_id status }
    }
  }
`);

const CompleteCartDocument = graphql(`
  mutation CompleteCart($cartId: ID!) {
    complete_cart(cart_id: $cartId) {
      order {
        id display_id status email currency_code
        items { id title quantity unit_price variant_id total }
        shipping_methods { name amount }
        item_total shipping_total discount_total tax_total total
      }
      cart { id completed_at }
    }
  }
`);

export interface GuestCheckoutInput {
  /** The cart's region (default: the store's first). */
  region_id?: string;
  email: string;
  items: CartItemInput[];
  shipping_address: CartAddressInput;
  /** The shipping option's name (default: the first option the cart can use). */
  shipping_option_name?: string;
}

export interface GuestCheckoutResult {
  /** The cart as the last checkout page showed it, with its shipping method and totals. */
  cart: CheckoutCartFragment;
  payment_collection: CreatePaymentSessionMutation['create_payment_session'];
  order: CompleteCartMutation['complete_cart']['order'];
}

/**
 * A guest's checkout, as a storefront walks it: a cart in the region, the items added one by one,
 * the email and address, a shipping method, a payment collection with a session, and completion.
 */
export async function checkout(client: StorefrontClient, input: GuestCheckoutInput): Promise<GuestCheckoutResult> {
  let cart = (await request(client, CreateCartDocument, { input: { region_id: input.region_id } })).create_cart;
  for (const item of input.items) {
    cart = (
      await request(client, AddLineItemDocument, {
        cartId: cart.id,
        variantId: item.variant_id,
        quantity: item.quantity,
      })
    ).add_line_item;
  }
  cart = (
    await request(client, UpdateCartDocument, {
      cartId: cart.id,
      input: { email: input.email, shipping_address: input.shipping_address, billing_address: input.shipping_address },
    })
  ).update_cart;

  const { cart_shipping_options: options } = await request(client, CartShippingOptionsDocument, { cartId: cart.id });
  const option = input.shipping_option_name
    ? options.find((candidate) => candidate.shipping_option.name === input.shipping_option_name)
    : options[0];
  if (!option) {
    const names = options.map((candidate) => candidate.shipping_option.name).join(', ') || 'none';
    const wanted = input.shipping_option_name ? `named ${input.shipping_option_name}` : 'at all';
    throw new Error(`Cart ${cart.id} has no shipping option ${wanted} (it can use: ${names})`);
  }
  cart = (await request(client, AddShippingMethodDocument, { cartId: cart.id, optionId: option.shipping_option.id }))
    .add_shipping_method;

  const collection = (await request(client, CreatePaymentCollectionDocument, { cartId: cart.id }))
    .create_payment_collection;
  const paid = (await request(client, CreatePaymentSessionDocument, { paymentCollectionId: collection.id }))
    .create_payment_session;
  const { order } = (await request(client, CompleteCartDocument, { cartId: cart.id })).complete_cart;
  return { cart, payment_collection: paid, order };
}
