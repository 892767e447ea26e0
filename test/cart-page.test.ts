import Decimal from 'decimal.js';
import { cartPlan } from '../seed/carts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';
import { CART_PAGE_QUERY, type CartPage } from './support/queries';

/** A cart's computed totals, with what they are computed from. */
const CART_TOTALS_QUERY = `query CartTotals($id: ID!) {
  cart(id: $id) {
    total subtotal tax_total discount_subtotal item_total shipping_total credit_line_total
    items { quantity unit_price is_tax_inclusive total tax_lines { rate } adjustments { amount } }
    shipping_methods { amount total }
    credit_lines { amount }
    payment_collection { amount }
  }
}`;

interface CartTotalsPage {
  total: string;
  subtotal: string;
  tax_total: string;
  discount_subtotal: string;
  item_total: string;
  shipping_total: string;
  credit_line_total: string;
  items: {
    quantity: number;
    unit_price: string;
    is_tax_inclusive: boolean;
    total: string;
    tax_lines: { rate: number }[];
    adjustments: { amount: string }[];
  }[];
  shipping_methods: { amount: string; total: string }[];
  credit_lines: { amount: string }[];
  payment_collection: { amount: string } | null;
}

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
    expect(cart.region).toEqual({
      id: expect.stringMatching(/^reg_/),
      name: 'Europe',
      currency_code: cart.currency_code,
    });
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
    expect(cart.shipping_methods[0].shipping_option).toEqual({
      id: expect.stringMatching(/^so_/),
      name: expect.any(String),
    });
    expect(cart.promotions.map((promotion) => promotion.code)).toEqual([cart.items[0].adjustments[0].promotion!.code]);
    expect(cart.payment_collection).toEqual({
      id: expect.stringMatching(/^pay_col_/),
      amount: expect.any(String),
      status: 'authorized',
    });
    expect(cart.order).toEqual({
      id: expect.stringMatching(/^order_/),
      display_id: 1,
      status: 'pending',
      cart: { id },
    });

    // Every subgraph took part; each was asked a bounded number of times for one client request.
    expect(Object.keys(subgraphRequests).sort()).toEqual([
      'cart',
      'customer',
      'fulfillment',
      'link',
      'order',
      'payment',
      'product',
      'promotion',
      'region',
      'sales-channel',
    ]);
  });

  it("charges exactly the cart total: the payment collection amount is the cart's computed `total`", async () => {
    const carts = await firstCarts(12);
    let checked = 0;
    let withCredit = 0;
    for (const { id } of carts) {
      const response = await supergraph.query<{ cart: CartTotalsPage }>(CART_TOTALS_QUERY, { id });
      expect(response.errors).toBeUndefined();
      const cart = response.data!.cart;
      const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), new Decimal(0));

      // Medusa's relations between the totals (decorateCartTotals).
      expect(new Decimal(cart.total).toFixed()).toBe(
        new Decimal(cart.item_total).plus(cart.shipping_total).minus(cart.credit_line_total).toFixed(),
      );
      expect(new Decimal(cart.total).toFixed()).toBe(
        new Decimal(cart.subtotal)
          .plus(cart.tax_total)
          .minus(cart.discount_subtotal)
          .minus(cart.credit_line_total)
          .toFixed(),
      );
      expect(cart.item_total).toBe(sum(cart.items.map((item) => item.total)).toFixed());
      expect(cart.shipping_total).toBe(sum(cart.shipping_methods.map((method) => method.total)).toFixed());
      expect(cart.credit_line_total).toBe(sum(cart.credit_lines.map((line) => line.amount)).toFixed());
      if (cart.credit_lines.length > 0) withCredit += 1;

      // To the cent, from the stored rows: European and British prices (and the demo's
      // percentage discounts on them) include VAT, so the total is what the shelf prices say;
      // North American prices get the sales tax of the line's tax rate added.
      const inclusive = cart.items[0].is_tax_inclusive;
      const rate = new Decimal(cart.items[0].tax_lines[0].rate).div(100);
      const net = sum(cart.items.map((item) => new Decimal(item.unit_price).times(item.quantity).toFixed()))
        .minus(sum(cart.items.flatMap((item) => item.adjustments.map((adjustment) => adjustment.amount))))
        .plus(sum(cart.shipping_methods.map((method) => method.amount)));
      const expected = (inclusive ? net : net.times(rate.plus(1))).minus(
        sum(cart.credit_lines.map((line) => line.amount)),
      );
      expect(new Decimal(cart.total).toFixed(2)).toBe(expected.toFixed(2));

      if (!cart.payment_collection) continue;
      expect(cart.payment_collection.amount).toBe(cart.total);
      checked += 1;
    }
    expect(checked).toBe(6);
    // Carts 4 and 9 have a credit line of 5.00 (cartPlan).
    expect(cartPlan(4).hasCreditLine && cartPlan(9).hasCreditLine).toBe(true);
    expect(withCredit).toBe(2);
  });

  it('answers a cart without order, payment collection or promotions with null and empty lists', async () => {
    const carts = await firstCarts(2);
    // Cart 1: open, no shipping method, no payment collection, no promotion.
    expect(cartPlan(1)).toMatchObject({ completed: false, hasPaymentCollection: false, promotion: undefined });
    const response = await supergraph.query<{ cart: CartPage }>(CART_PAGE_QUERY, { id: carts[1].id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.cart).toMatchObject({
      order: null,
      payment_collection: null,
      promotions: [],
      shipping_methods: [],
    });
    expect(response.data!.cart.region).not.toBeNull();
  });
});
