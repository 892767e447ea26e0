import { readFileSync } from 'node:fs';
import {
  checkout,
  fetchCartPage,
  fetchCatalog,
  GraphQLRequestError,
  storefrontClient,
  type StorefrontClient,
} from '../examples/storefront/storefront';
import { STOREFRONT_EXAMPLE_MANIFEST } from '../gateway/trusted-documents';
import { projectPath } from '../kit/paths';
import { cents } from './support/queries';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * The storefront example (examples/storefront) against the real supergraph: its typed operations
 * go over HTTP to the gateway as a guest would send them, by hash, with no token.
 */
const README_CART_PAGE_QUERY = [
  ...readFileSync(projectPath('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g),
]
  .map((match) => match[1])
  .find((example) => example.startsWith('query CartPage('));

let supergraph: TestSupergraph;
let guest: StorefrontClient;

beforeAll(async () => {
  // The example sends its operations by hash only: the gateway holds its manifest.
  supergraph = await startTestSupergraph(8, {
    gateway: { trustedDocuments: { manifests: [projectPath(STOREFRONT_EXAMPLE_MANIFEST)] } },
  });
  guest = storefrontClient(supergraph.gatewayUrl);
});
afterAll(() => supergraph?.stop());

describe('the storefront example', () => {
  it("shows a completed cart's page with the same data as the README's cart page query", async () => {
    expect(README_CART_PAGE_QUERY).toBeDefined();
    // A guest checkout's cart: its customer is a guest record, readable by whoever holds the cart
    // (a registered customer's profile needs that customer's token; see test/access.test.ts).
    const completed = await supergraph.query<{ carts: { data: { id: string; customer: { has_account: boolean } }[] } }>(
      '{ carts(filters: { completed: true }, pagination: { take: 100 }) { data { id customer { has_account } } } }',
    );
    const cartId = completed.data!.carts.data.find((cart) => !cart.customer.has_account)!.id;

    const page = await fetchCartPage(guest, cartId);
    const readme = await supergraph.query<{ cart: unknown }>(README_CART_PAGE_QUERY!, { id: cartId });
    expect(readme.errors).toBeUndefined();
    expect(page).toEqual(readme.data!.cart);
    expect(page).toMatchObject({ id: cartId, order: { cart: { id: cartId } } });
    expect(page!.items.length).toBeGreaterThan(0);
  });

  it('gives null for an unknown cart and a coded error for a malformed id', async () => {
    await expect(fetchCartPage(guest, 'cart_01ARZ3NDEKTSV4RRFFQ69G5FAV')).resolves.toBeNull();
    const failure = await fetchCartPage(guest, 'not-a-cart').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphQLRequestError);
    expect((failure as GraphQLRequestError).errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("runs a guest checkout through the example's functions into an order with the cart's items and total", async () => {
    const { regions, variants } = await fetchCatalog(guest);
    const europe = regions.find((region) => region.name === 'Europe')!;
    const [first, second] = variants.filter((variant) => variant.prices.some((price) => price.currency_code === 'eur'));
    const euros = (variant: typeof first) => variant.prices.find((price) => price.currency_code === 'eur')!.amount;

    const { cart, payment_collection, order } = await checkout(guest, {
      region_id: europe.id,
      email: 'Guest.Shopper@example.com',
      items: [
        { variant_id: first.id, quantity: 2 },
        { variant_id: second.id, quantity: 1 },
      ],
      shipping_address: {
        first_name: 'Ada',
        last_name: 'Guest',
        address_1: '1 Main St',
        city: 'Berlin',
        postal_code: '10115',
        country_code: 'de',
      },
      shipping_option_name: 'Standard Shipping',
    });

    // The cart the checkout page showed: the items at the catalog's prices, the address, the shipping method.
    expect(cart.email).toBe('guest.shopper@example.com');
    expect(cart.shipping_address).toMatchObject({ city: 'Berlin', country_code: 'de' });
    expect(cart.items.map((item) => [item.variant_id, item.quantity, item.unit_price])).toEqual([
      [first.id, 2, euros(first)],
      [second.id, 1, euros(second)],
    ]);
    expect(cart.shipping_methods.map((method) => method.shipping_option?.name)).toEqual(['Standard Shipping']);
    expect(cents(cart.total)).toBe(cents(cart.item_total) + cents(cart.shipping_total));
    expect(cents(cart.total)).toBe(2 * cents(euros(first)) + cents(euros(second)) + cents(cart.shipping_total));
    expect(payment_collection).toMatchObject({
      amount: cart.total,
      payment_sessions: [{ provider_id: 'pp_system_default' }],
    });

    // The order: the cart's items, shipping and total.
    expect(order).toMatchObject({
      email: 'guest.shopper@example.com',
      currency_code: 'eur',
      total: cart.total,
      item_total: cart.item_total,
      shipping_total: cart.shipping_total,
    });
    expect(Number.isInteger(order.display_id)).toBe(true);
    expect(order.items.map((item) => [item.variant_id, Number(item.quantity), item.unit_price, item.title])).toEqual(
      cart.items.map((item) => [item.variant_id, item.quantity, item.unit_price, item.title]),
    );
    expect(order.shipping_methods).toEqual([{ name: 'Standard Shipping', amount: cart.shipping_methods[0].amount }]);

    // The cart page now shows the order, for the guest too.
    const page = await fetchCartPage(guest, cart.id);
    expect(page!.order).toEqual({
      id: order.id,
      display_id: order.display_id,
      status: order.status,
      cart: { id: cart.id },
    });
  });
});
