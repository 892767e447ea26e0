import { cartPlan } from '../seed/carts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';
import { CART_PAGE_QUERY, cents, type CartPage } from './support/queries';

let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(12);
});
afterAll(() => supergraph?.stop());

async function firstCarts(take: number): Promise<{ id: string }[]> {
  const response = await supergraph.query<{ carts: { data: { id: string }[] } }>(
    `query($take: Int!) { carts(pagination: { take: $take }) { data { id } } }`,
    { take },
  );
  return response.data!.carts.data;
}

describe('the cart page query through the gateway', () => {
  it('returns every field of a completed cart, across all ten subgraphs, in one request', async () => {
    // Cart 0 of the demo is completed, has a promotion, a shipping method and a payment collection.
    expect(cartPlan(0)).toMatchObject({ completed: true, hasShippingMethod: true, hasPaymentCollection: true });
    const [{ id }] = await firstCarts(1);

    const { result: response, subgraphRequests } = await supergraph.count(() =>
      supergraph.query<{ cart: CartPage }>(CART_PAGE_QUERY, { id }),
    );

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const cart = response.data!.cart;
    expect(cart.id).toBe(id);
    expect(cart.email).toMatch(/@example\.com$/);
    expect(cart.region).toEqual({ id: expect.stringMatching(/^reg_/), name: 'Europe', currency_code: cart.currency_code });
    expect(cart.customer).toEqual({ id: expect.stringMatching(/^cus_/), email: cart.email });
    expect(cart.sales_channel).toEqual({ id: expect.stringMatching(/^sc_/), name: 'Default Sales Channel' });

    expect(cart.items.length).toBeGreaterThan(0);
    for (const item of cart.items) {
      expect(item.id).toMatch(/^cali_/);
      expect(item.product).toEqual({ id: expect.stringMatching(/^prod_/), title: item.title });
      expect(item.variant).toEqual({ id: expect.stringMatching(/^variant_/), sku: expect.any(String) });
      expect(item.adjustments).toHaveLength(1);
      expect(item.adjustments[0].promotion).toEqual({ id: expect.stringMatching(/^promo_/), code: expect.any(String) });
    }
    expect(cart.shipping_methods).toHaveLength(1);
    expect(cart.shipping_methods[0].shipping_option).toEqual({ id: expect.stringMatching(/^so_/), name: expect.any(String) });
    expect(cart.promotions.map((promotion) => promotion.code)).toEqual([cart.items[0].adjustments[0].promotion!.code]);
    expect(cart.payment_collection).toEqual({ id: expect.stringMatching(/^pay_col_/), amount: expect.any(String), status: 'authorized' });
    expect(cart.order).toEqual({ id: expect.stringMatching(/^order_/), display_id: 1, status: 'pending', cart: { id } });

    // Every subgraph took part; each was asked a bounded number of times for one client request.
    expect(Object.keys(subgraphRequests).sort()).toEqual(
      ['cart', 'customer', 'fulfillment', 'link', 'order', 'payment', 'product', 'promotion', 'region', 'sales-channel'],
    );
  });

  it('charges exactly the cart total: items minus discounts plus shipping, to the cent', async () => {
    const carts = await firstCarts(12);
    let checked = 0;
    for (const { id } of carts) {
      const cart = (await supergraph.query<{ cart: CartPage }>(CART_PAGE_QUERY, { id })).data!.cart;
      if (!cart.payment_collection) continue;
      const items = cart.items.reduce((sum, item) => sum + cents(item.unit_price) * item.quantity, 0);
      const discounts = cart.items.flatMap((item) => item.adjustments).reduce((sum, adjustment) => sum + cents(adjustment.amount), 0);
      const shipping = cart.shipping_methods.reduce((sum, method) => sum + cents(method.amount), 0);
      expect(cents(cart.payment_collection.amount)).toBe(items - discounts + shipping);
      checked += 1;
    }
    expect(checked).toBe(6);
  });

  it('answers a cart without order, payment collection or promotions with null and empty lists', async () => {
    const carts = await firstCarts(2);
    // Cart 1: open, no shipping method, no payment collection, no promotion.
    expect(cartPlan(1)).toMatchObject({ completed: false, hasPaymentCollection: false, promotion: undefined });
    const response = await supergraph.query<{ cart: CartPage }>(CART_PAGE_QUERY, { id: carts[1].id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.cart).toMatchObject({ order: null, payment_collection: null, promotions: [], shipping_methods: [] });
    expect(response.data!.cart.region).not.toBeNull();
  });
});
