import { cartPlan } from '../seed/carts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

const CARTS = 24;
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

interface LinkedCart {
  id: string;
  email: string;
  customer_id: string;
  region_id: string;
  sales_channel_id: string;
  customer: { id: string; email: string };
  region: { id: string; name: string };
  sales_channel: { id: string; name: string };
  items: {
    product_id: string;
    variant_id: string;
    variant_sku: string;
    product_title: string;
    product: { id: string; title: string };
    variant: { id: string; sku: string };
    adjustments: { promotion_id: string; code: string; promotion: { id: string; code: string } }[];
  }[];
  shipping_methods: { shipping_option_id: string; name: string; shipping_option: { id: string; name: string } }[];
  order: { id: string } | null;
  payment_collection: { id: string } | null;
  promotions: { id: string; code: string }[];
}

let carts: LinkedCart[];
beforeAll(async () => {
  carts = (
    await data<{ carts: { data: LinkedCart[] } }>(`{
      carts(pagination: { take: ${CARTS} }) { data {
        id email customer_id region_id sales_channel_id
        customer { id email } region { id name } sales_channel { id name }
        items {
          product_id variant_id variant_sku product_title
          product { id title } variant { id sku }
          adjustments { promotion_id code promotion { id code } }
        }
        shipping_methods { shipping_option_id name shipping_option { id name } }
        order { id } payment_collection { id } promotions { id code }
      } }
    }`)
  ).carts.data;
  expect(carts).toHaveLength(CARTS);
});

describe('read-only links, resolved by the owning subgraph', () => {
  it("Cart.customer is the customer with the cart's customer_id", async () => {
    for (const cart of carts) {
      expect(cart.customer.id).toBe(cart.customer_id);
      // The email comes from the customer subgraph; the demo's carts carry their customer's email.
      expect(cart.customer.email).toBe(cart.email);
    }
    const { customer } = await data<{ customer: { email: string } }>(
      `query($id: ID!) { customer(id: $id) { email } }`,
      {
        id: carts[5].customer_id,
      },
    );
    expect(carts[5].customer.email).toBe(customer.email);
  });

  it('Cart.region and Cart.sales_channel follow region_id and sales_channel_id', () => {
    for (const cart of carts) {
      expect(cart.region.id).toBe(cart.region_id);
      expect(cart.sales_channel).toEqual({ id: cart.sales_channel_id, name: 'Default Sales Channel' });
    }
    expect(new Set(carts.map((cart) => cart.region.name))).toEqual(
      new Set(['Europe', 'North America', 'United Kingdom']),
    );
  });

  it('LineItem.product and LineItem.variant are the product and variant the line was made from', () => {
    const items = carts.flatMap((cart) => cart.items);
    expect(items.length).toBeGreaterThan(CARTS);
    for (const item of items) {
      expect(item.product).toEqual({ id: item.product_id, title: item.product_title });
      expect(item.variant).toEqual({ id: item.variant_id, sku: item.variant_sku });
    }
  });

  it('ShippingMethod.shipping_option is the option the method was created from', () => {
    const methods = carts.flatMap((cart) => cart.shipping_methods);
    expect(methods).toHaveLength(CARTS / 2);
    for (const method of methods)
      expect(method.shipping_option).toEqual({ id: method.shipping_option_id, name: method.name });
  });

  it('LineItemAdjustment.promotion is the promotion whose code made the adjustment', () => {
    const adjustments = carts.flatMap((cart) => cart.items.flatMap((item) => item.adjustments));
    expect(adjustments.length).toBeGreaterThan(0);
    for (const adjustment of adjustments) {
      expect(adjustment.promotion).toEqual({ id: adjustment.promotion_id, code: adjustment.code });
    }
  });
});

describe('stored links, from both sides', () => {
  it('Cart.order and Order.cart (order_cart, one-to-one)', async () => {
    carts.forEach((cart, index) => expect(cart.order !== null).toBe(cartPlan(index).completed));
    const { orders } = await data<{ orders: { data: { id: string; cart: { id: string; order: { id: string } } }[] } }>(
      `{ orders(pagination: { take: 100 }) { data { id cart { id order { id } } } } }`,
    );
    expect(orders.data).toHaveLength(CARTS / 4);
    for (const order of orders.data) {
      expect(order.cart.order.id).toBe(order.id);
      expect(carts.find((cart) => cart.id === order.cart.id)?.order?.id).toBe(order.id);
    }
  });

  it('Cart.payment_collection and PaymentCollection.cart (cart_payment_collection, one-to-one)', async () => {
    carts.forEach((cart, index) => expect(cart.payment_collection !== null).toBe(cartPlan(index).hasPaymentCollection));
    const { payment_collections } = await data<{
      payment_collections: { data: { id: string; cart: { id: string } }[] };
    }>(`{ payment_collections(pagination: { take: 100 }) { data { id cart { id } } } }`);
    expect(payment_collections.data).toHaveLength(CARTS / 2);
    for (const collection of payment_collections.data) {
      expect(carts.find((cart) => cart.id === collection.cart.id)?.payment_collection?.id).toBe(collection.id);
    }
  });

  it('Cart.promotions and Promotion.carts (cart_promotion, many-to-many)', async () => {
    carts.forEach((cart, index) =>
      expect(cart.promotions.map((promotion) => promotion.code)).toEqual(
        cartPlan(index).promotion ? [cartPlan(index).promotion!.code] : [],
      ),
    );
    // The demo applies WELCOME10 and SUMMER15 to carts; the other promotions are on none.
    const { promotions } = await data<{
      promotions: { data: { id: string; code: string; carts: { id: string; promotions: { id: string }[] }[] }[] };
    }>(
      `{ promotions(filters: { code: ["WELCOME10", "SUMMER15"] }) { data { id code carts { id promotions { id } } } } }`,
    );
    expect(promotions.data.map((promotion) => promotion.code).sort()).toEqual(['SUMMER15', 'WELCOME10']);
    for (const promotion of promotions.data) {
      const expected = carts
        .filter((cart) => cart.promotions.some((applied) => applied.id === promotion.id))
        .map((cart) => cart.id);
      expect(promotion.carts.map((cart) => cart.id).sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(0);
      for (const cart of promotion.carts) expect(cart.promotions.map((applied) => applied.id)).toContain(promotion.id);
    }
  });
});
