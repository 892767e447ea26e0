import type { GraphQLResponse, QueryOptions } from './supergraph';

/** Sends one operation to a gateway: `TestSupergraph.query`, or `gatewayClient` for a supergraph started otherwise. */
export type Send = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  options?: QueryOptions,
) => Promise<GraphQLResponse<Data>>;

/** A `Send` for a gateway at `url`: as an admin (`adminToken`) unless `options.token` says otherwise (null: a guest). */
export function gatewayClient(url: string, adminToken: string): Send {
  return async <Data>(query: string, variables?: Record<string, unknown>, options: QueryOptions = {}) => {
    const token = options.token === undefined ? adminToken : options.token;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
  };
}

/** The data of a request that must succeed; its errors in the failure message otherwise. */
export async function ok<Data>(
  send: Send,
  query: string,
  variables: Record<string, unknown> = {},
  options?: QueryOptions,
): Promise<Data> {
  const response = await send<Data>(query, variables, options);
  if (response.errors) throw new Error(`Expected no errors, got ${JSON.stringify(response.errors)}`);
  return response.data!;
}

export interface Store {
  europe: string;
  /** Published variants priced in eur. */
  variants: string[];
}

/** What a checkout needs from the demo store. */
export async function readStore(send: Send): Promise<Store> {
  const data = await ok<{
    regions: { data: { id: string; name: string }[] };
    product_variants: { data: { id: string; product: { status: string }; prices: { currency_code: string }[] }[] };
  }>(
    send,
    '{ regions { data { id name } } product_variants(pagination: { take: 50 }) { data { id product { status } prices { currency_code } } } }',
  );
  return {
    europe: data.regions.data.find((region) => region.name === 'Europe')!.id,
    variants: data.product_variants.data
      .filter(
        (variant) =>
          variant.product.status === 'published' && variant.prices.some((price) => price.currency_code === 'eur'),
      )
      .map((variant) => variant.id),
  };
}

export const COMPLETE_CART =
  'mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id display_id } cart { id } } }';

/**
 * A guest's cart taken through the storefront's checkout up to completion: two lines (one added
 * after creation), the WELCOME10 code, standard shipping, a payment collection and a session.
 */
export async function cartReadyToComplete(send: Send, store: Store, email: string): Promise<string> {
  const guest = { token: null };
  const { create_cart } = await ok<{ create_cart: { id: string } }>(
    send,
    'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }',
    {
      input: {
        region_id: store.europe,
        email,
        items: [{ variant_id: store.variants[0], quantity: 2 }],
        shipping_address: {
          first_name: 'Ada',
          last_name: 'Shopper',
          address_1: '1 Main St',
          city: 'Berlin',
          country_code: 'de',
          postal_code: '10115',
        },
      },
    },
    guest,
  );
  const cart = create_cart.id;
  await ok(
    send,
    'mutation($cart: ID!, $variant: ID!) { add_line_item(cart_id: $cart, variant_id: $variant, quantity: 1) { id } }',
    { cart, variant: store.variants[1] },
    guest,
  );
  await ok(
    send,
    'mutation($cart: ID!) { add_promotions(cart_id: $cart, promo_codes: ["WELCOME10"]) { id } }',
    { cart },
    guest,
  );
  await shipAndPay(send, cart, { ...guest, shippingOption: 'Standard Shipping' });
  return cart;
}

/**
 * What a cart needs before `complete_cart`: a shipping method (the option named, else the first
 * one offered), a payment collection and a session. Sent as `options` says (the supergraph's
 * default actor unless a token is given).
 */
export async function shipAndPay(
  send: Send,
  cart: string,
  options: QueryOptions & { shippingOption?: string } = {},
): Promise<void> {
  const { shippingOption, ...as } = options;
  const { cart_shipping_options } = await ok<{
    cart_shipping_options: { shipping_option: { id: string; name: string } }[];
  }>(send, 'query($cart: ID!) { cart_shipping_options(cart_id: $cart) { shipping_option { id name } } }', { cart }, as);
  const chosen =
    cart_shipping_options.find((option) => option.shipping_option.name === shippingOption) ?? cart_shipping_options[0];
  await ok(
    send,
    'mutation($cart: ID!, $option: ID!) { add_shipping_method(cart_id: $cart, option_id: $option) { id } }',
    { cart, option: chosen.shipping_option.id },
    as,
  );
  const { create_payment_collection } = await ok<{ create_payment_collection: { id: string } }>(
    send,
    'mutation($cart: ID!) { create_payment_collection(cart_id: $cart) { id } }',
    { cart },
    as,
  );
  await ok(
    send,
    'mutation($id: ID!) { create_payment_session(payment_collection_id: $id) { id } }',
    {
      id: create_payment_collection.id,
    },
    as,
  );
}
