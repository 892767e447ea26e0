import { cartPlan } from '../seed/carts';
import { demoCustomer, hasAccountHolder, products as demoProducts } from '../seed/catalog';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/** The stored links beyond the cart's, read from both sides through the gateway, on the demo store. */
const CARTS = 32;
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
});
afterAll(() => supergraph?.stop());

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

interface DemoOrder {
  id: string;
  cart: { id: string };
  promotions: { id: string; code: string; orders: { id: string }[] }[];
  payment_collections: { id: string; order: { id: string } }[];
  fulfillments: { id: string; shipped_at: string; order: { id: string } }[];
}

let orders: DemoOrder[];
beforeAll(async () => {
  orders = (
    await data<{ orders: { data: DemoOrder[] } }>(`{ orders(pagination: { take: 50 }) { data {
      id cart { id }
      promotions { id code orders(pagination: { take: 50 }) { id } }
      payment_collections { id order { id } }
      fulfillments { id shipped_at order { id } }
    } } }`)
  ).orders.data;
  expect(orders).toHaveLength(CARTS / 4);
});

/** Demo cart index of an order: carts are seeded in index order, one minute apart. */
async function cartIndexes(): Promise<Map<string, number>> {
  const carts = await data<{ carts: { data: { id: string }[] } }>(
    `{ carts(pagination: { take: ${CARTS} }) { data { id } } }`,
  );
  return new Map(carts.carts.data.map((cart, index) => [cart.id, index]));
}

describe('order links', () => {
  it('Order.promotions and Promotion.orders (order_promotion, many-to-many)', async () => {
    const indexes = await cartIndexes();
    for (const order of orders) {
      const plan = cartPlan(indexes.get(order.cart.id)!);
      expect(order.promotions.map((promotion) => promotion.code)).toEqual(plan.promotion ? [plan.promotion.code] : []);
      for (const promotion of order.promotions) expect(promotion.orders.map(({ id }) => id)).toContain(order.id);
    }
    expect(orders.some((order) => order.promotions.length === 0)).toBe(true);
    const pivots = await data<{ order_promotion: { metadata: { count: number } } }>(
      '{ order_promotion { metadata { count } } }',
    );
    expect(pivots.order_promotion.metadata.count).toBe(orders.filter((order) => order.promotions.length > 0).length);
  });

  it('Order.payment_collections and PaymentCollection.order (order_payment_collection, one order to many)', () => {
    for (const order of orders) {
      expect(order.payment_collections).toHaveLength(1);
      expect(order.payment_collections[0].order.id).toBe(order.id);
    }
  });

  it('Order.fulfillments and Fulfillment.order (order_fulfillment, one order to many)', async () => {
    const indexes = await cartIndexes();
    for (const order of orders) {
      const fulfilled = cartPlan(indexes.get(order.cart.id)!).fulfilled;
      expect(order.fulfillments.length).toBe(fulfilled ? 1 : 0);
      for (const fulfillment of order.fulfillments) {
        expect(fulfillment.order.id).toBe(order.id);
        expect(fulfillment.shipped_at).toMatch(/^\d{4}-/);
      }
    }
  });
});

describe('catalog links', () => {
  it('Product.sales_channels and SalesChannel.products (product_sales_channel, many-to-many, with a rank)', async () => {
    const result = await data<{
      products: { data: { id: string; sales_channels: { name: string }[]; sales_channels_link: { rank: number }[] }[] };
      sales_channels: { data: { name: string; products: { id: string }[] }[] };
    }>(`{
      products(pagination: { take: 50 }) { data { id sales_channels { name } sales_channels_link { rank } } }
      sales_channels { data { name products(pagination: { take: 50 }) { id } } }
    }`);
    const channel = (name: string) => result.sales_channels.data.find((candidate) => candidate.name === name)!;
    expect(channel('Default Sales Channel').products).toHaveLength(demoProducts.length);
    expect(channel('Wholesale').products).toEqual([]);
    const cheap = demoProducts.filter((product) => product.cents < 3000).map((product) => product.id);
    expect(
      channel('Mobile App')
        .products.map(({ id }) => id)
        .sort(),
    ).toEqual(cheap.sort());
    for (const product of result.products.data) {
      expect(product.sales_channels.map(({ name }) => name)).toContain('Default Sales Channel');
      expect(product.sales_channels_link[0].rank).toBe(demoProducts.findIndex((demo) => demo.id === product.id));
    }
  });

  it('Product.shipping_profile and ShippingProfile.products (product_shipping_profile, a product has one)', async () => {
    const result = await data<{
      products: { data: { shipping_profile: { name: string } | null }[] };
      shipping_profiles: { data: { name: string; products: { id: string }[] }[] };
    }>(`{
      products(pagination: { take: 50 }) { data { shipping_profile { name } } }
      shipping_profiles { data { name products(pagination: { take: 50 }) { id } } }
    }`);
    for (const product of result.products.data)
      expect(product.shipping_profile).toEqual({ name: 'Default Shipping Profile' });
    expect(result.shipping_profiles.data[0].products).toHaveLength(demoProducts.length);
  });

  it('Region.payment_providers and PaymentProvider.regions (region_payment_provider, many-to-many)', async () => {
    const result = await data<{
      regions: { data: { name: string; payment_providers: { id: string; is_enabled: boolean }[] }[] };
      payment_providers: { data: { id: string; regions: { name: string }[] }[] };
    }>(`{
      regions { data { name payment_providers { id is_enabled } } }
      payment_providers { data { id regions { name } } }
    }`);
    const europe = result.regions.data.find((region) => region.name === 'Europe')!;
    expect(europe.payment_providers.map(({ id }) => id).sort()).toEqual(['pp_stripe_stripe', 'pp_system_default']);
    const stripe = result.payment_providers.data.find((provider) => provider.id === 'pp_stripe_stripe')!;
    expect(stripe.regions).toEqual([{ name: 'Europe' }]);
    const system = result.payment_providers.data.find((provider) => provider.id === 'pp_system_default')!;
    expect(system.regions).toHaveLength(3);
  });
});

describe('customer links', () => {
  it('Customer.account_holders and AccountHolder.customer (customer_account_holder, one customer to many)', async () => {
    const result = await data<{
      customers: { data: { id: string; account_holders: { id: string; customer: { id: string } }[] }[] };
    }>(`{ customers(pagination: { take: 12 }) { data { id account_holders { id customer { id } } } } }`);
    const indexOf = new Map(Array.from({ length: 50 }, (_, index) => [demoCustomer(index).id, index]));
    expect(result.customers.data.some((customer) => customer.account_holders.length === 0)).toBe(true);
    result.customers.data.forEach((customer) => {
      const index = indexOf.get(customer.id)!;
      expect({ index, holders: customer.account_holders.length }).toEqual({
        index,
        holders: hasAccountHolder(index) ? 1 : 0,
      });
      for (const holder of customer.account_holders) expect(holder.customer.id).toBe(customer.id);
    });
  });
});
