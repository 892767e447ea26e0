import Decimal from 'decimal.js';
import { generateId } from '../kit/ids';
import { cartPlan, demoCartId } from '../seed/carts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Cart, line-item and shipping-method totals through the gateway: on the demo data, on a worked
 * example written into the cart tables with SQL (every total checked against arithmetic done by
 * hand below), and their cost in SQL statements.
 */
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(60);
});
afterAll(() => supergraph?.stop());

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const CART_TOTALS = `total subtotal tax_total discount_total discount_subtotal discount_tax_total
  original_total original_subtotal original_tax_total
  item_total item_subtotal item_tax_total original_item_total original_item_subtotal original_item_tax_total
  shipping_total shipping_subtotal shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total
  credit_line_total credit_line_subtotal credit_line_tax_total gift_card_total gift_card_tax_total
  item_discount_total shipping_discount_total`;
const ITEM_TOTALS = `subtotal total original_total original_subtotal original_tax_total tax_total
  discount_total discount_subtotal discount_tax_total item_total item_subtotal item_tax_total`;
const METHOD_TOTALS = `subtotal total original_total original_subtotal original_tax_total tax_total
  discount_total discount_subtotal discount_tax_total`;

type Totals = Record<string, string>;
/** The cart the queries below return: every total as a string, and the relations. */
interface TotalsCart {
  total: string;
  item_total: string;
  shipping_total: string;
  credit_line_total: string;
  subtotal: string;
  items: { id: string; subtotal: string; tax_total: string; tax_lines: { rate: number; code: string }[] }[];
  shipping_methods: { id: string }[];
  credit_lines: { id: string; amount: string }[];
  payment_collection: { amount: string } | null;
}

const CART_QUERY = `query($id: ID!) { cart(id: $id) {
  ${CART_TOTALS}
  items { id ${ITEM_TOTALS} tax_lines { rate code } }
  shipping_methods { id ${METHOD_TOTALS} }
  credit_lines { id amount }
  payment_collection { amount }
} }`;

/** Every value rounded half-up to the cent, so hand arithmetic can be compared with it. */
function toCents(totals: object, fields: readonly string[]): Totals {
  const values = totals as Record<string, string>;
  return Object.fromEntries(fields.map((field) => [field, new Decimal(values[field]).toFixed(2)]));
}

describe('totals of the demo carts', () => {
  it('cart 0 (Germany): VAT-inclusive prices, a 10% promotion and shipping, as the shelf prices say', async () => {
    // Cart 0: one Medusa T-Shirt (S) at 19.50 EUR, WELCOME10 (10% = 1.95 off), Standard Shipping
    // 8.00; everything includes 19% German VAT.
    expect(cartPlan(0)).toMatchObject({ itemCount: 1, hasShippingMethod: true, hasCreditLine: false });
    const { cart } = await data<{ cart: TotalsCart }>(CART_QUERY, { id: demoCartId(0) });
    expect(cart.items[0].tax_lines).toEqual([{ rate: 19, code: 'DE-VAT' }]);
    expect(
      toCents(cart, [
        'total',
        'item_total',
        'shipping_total',
        'subtotal',
        'tax_total',
        'discount_total',
        'original_total',
      ]),
    ).toEqual({
      total: '25.55', // 19.50 - 1.95 + 8.00
      item_total: '17.55', // 19.50 - 1.95
      shipping_total: '8.00',
      subtotal: '23.11', // (19.50 + 8.00) / 1.19 = 23.1092…
      tax_total: '4.08', // (17.55 + 8.00) / 1.19 × 0.19 = 4.0794…
      discount_total: '1.95', // the discount includes its VAT
      original_total: '27.50', // 19.50 + 8.00
    });
    // The total is exact, not merely right to the cent.
    expect(cart.total).toBe('25.55');
    expect(cart.payment_collection).toEqual({ amount: '25.55' });
  });

  it('cart 4 (United States): sales tax added to prices and shipping, and a credit line', async () => {
    // Cart 4: 2 × Medusa Sweatshirt (XL) at 44.50 USD, 3 × Medusa Sweatpants (L) at 34.50,
    // Standard Shipping 8.00, New York sales tax 8.875% on top, 5.00 of loyalty points.
    expect(cartPlan(4)).toMatchObject({
      itemCount: 2,
      hasShippingMethod: true,
      hasCreditLine: true,
      promotion: undefined,
    });
    const { cart } = await data<{ cart: TotalsCart }>(CART_QUERY, { id: demoCartId(4) });
    // (A cart's items come in id order; the demo's ids of one cart share their time, so sort.)
    expect(cart.items.map((item) => item.subtotal).sort()).toEqual(['103.5', '89']);
    expect(cart.items.map((item) => item.tax_total).sort()).toEqual(['7.89875', '9.185625']); // 89 × 0.08875, 103.5 × 0.08875
    expect(cart).toMatchObject({
      item_subtotal: '192.5',
      item_tax_total: '17.084375',
      item_total: '209.584375', // 192.5 × 1.08875
      shipping_subtotal: '8',
      shipping_tax_total: '0.71', // 8 × 0.08875
      shipping_total: '8.71',
      subtotal: '200.5',
      tax_total: '17.794375',
      credit_line_total: '5',
      total: '213.294375', // 209.584375 + 8.71 - 5
      discount_total: '0',
    });
    // Medusa's payment collection is created for the cart's raw total, not a rounded one.
    expect(cart.payment_collection).toEqual({ amount: '213.294375' });
  });

  it('every demo cart with a payment collection is charged its total', async () => {
    const { carts } = await data<{ carts: { data: TotalsCart[] } }>(
      `{ carts(pagination: { take: 60 }) { data { total item_total shipping_total credit_line_total payment_collection { amount } } } }`,
    );
    const charged = carts.data.filter((cart) => cart.payment_collection);
    expect(charged).toHaveLength(30);
    for (const cart of charged) expect(cart.payment_collection!.amount).toBe(cart.total);
    for (const cart of carts.data) {
      expect(new Decimal(cart.item_total).plus(cart.shipping_total).minus(cart.credit_line_total).eq(cart.total)).toBe(
        true,
      );
    }
  });
});

describe('a worked example written with SQL', () => {
  // Ids made a millisecond apart sort in this order: item A comes first.
  const now = Date.now();
  const ids = {
    cart: generateId('cart', now),
    itemA: generateId('cali', now),
    itemB: generateId('cali', now + 1),
    method: generateId('casm'),
    credit: generateId('cacl'),
  };

  beforeAll(async () => {
    const db = supergraph.db;
    await db.query(`insert into cart.cart (id, currency_code, email) values ($1, 'eur', 'worked@example.com')`, [
      ids.cart,
    ]);
    // A: 3 × 40.00, tax-exclusive, 10% tax, a fixed 12.00 off (without tax).
    // B: 2 × 25.00, tax-inclusive, 20% tax, 10% off the shelf price = 5.00 (with tax).
    await db.query(
      `insert into cart.cart_line_item (id, cart_id, title, quantity, unit_price, is_tax_inclusive)
       values ($1, $3, 'A', 3, 40.00, false), ($2, $3, 'B', 2, 25.00, true)`,
      [ids.itemA, ids.itemB, ids.cart],
    );
    await db.query(
      `insert into cart.cart_line_item_tax_line (id, item_id, code, rate) values ($1, $2, 'TEN', 10), ($3, $4, 'TWENTY', 20)`,
      [generateId('calitxl'), ids.itemA, generateId('calitxl'), ids.itemB],
    );
    await db.query(
      `insert into cart.cart_line_item_adjustment (id, item_id, code, amount, is_tax_inclusive)
       values ($1, $2, 'FIXED12', 12.00, false), ($3, $4, 'PERCENT10', 5.00, true)`,
      [generateId('caliadj'), ids.itemA, generateId('caliadj'), ids.itemB],
    );
    // Shipping: 12.00 with 20% tax included, 2.00 off (shipping adjustments are without tax).
    await db.query(
      `insert into cart.cart_shipping_method (id, cart_id, name, amount, is_tax_inclusive) values ($1, $2, 'Courier', 12.00, true)`,
      [ids.method, ids.cart],
    );
    await db.query(
      `insert into cart.cart_shipping_method_tax_line (id, shipping_method_id, code, rate) values ($1, $2, 'TWENTY', 20)`,
      [generateId('casmtxl'), ids.method],
    );
    await db.query(
      `insert into cart.cart_shipping_method_adjustment (id, shipping_method_id, code, amount) values ($1, $2, 'SHIP2', 2.00)`,
      [generateId('casmadj'), ids.method],
    );
    // 7.50 of store credit.
    await db.query(
      `insert into cart.credit_line (id, cart_id, reference, amount) values ($1, $2, 'store_credit', 7.50)`,
      [ids.credit, ids.cart],
    );
  });

  // Item A (exclusive): price 3 × 40 = 120 = subtotal; discount 12 (no tax in it);
  // tax = (120 - 12) × 10% = 10.80; before the discount 120 × 10% = 12.
  const itemA = {
    subtotal: '120.00',
    discount_subtotal: '12.00',
    tax_total: '10.80',
    original_tax_total: '12.00',
    total: '118.80', // 120 - 12 + 10.80
    original_total: '132.00', // 120 + 12
    original_subtotal: '120.00', // 132 - 12
    discount_tax_total: '1.20', // 12 - 10.80
    discount_total: '13.20', // 12 + 1.20
    item_total: '118.80',
    item_subtotal: '120.00',
    item_tax_total: '10.80',
  };
  // Item B (inclusive): price 2 × 25 = 50 includes 20%: subtotal 50 / 1.2 = 41.666…;
  // the 5.00 discount includes 20% too: 5 / 1.2 = 4.1666… without tax;
  // tax = (41.666… - 4.1666…) × 20% = 37.50 × 20% = 7.50; before the discount 41.666… × 20% = 8.333….
  const itemB = {
    subtotal: '41.67',
    discount_subtotal: '4.17',
    tax_total: '7.50',
    original_tax_total: '8.33',
    total: '45.00', // 37.50 + 7.50 = 50 - 5
    original_total: '50.00', // the price, which includes its tax
    original_subtotal: '41.67', // 50 - 8.333…
    discount_tax_total: '0.83', // 8.333… - 7.50
    discount_total: '5.00', // 4.1666… + 0.8333…
    item_total: '45.00',
    item_subtotal: '41.67',
    item_tax_total: '7.50',
  };
  // Shipping (inclusive): 12 / 1.2 = 10 without tax; 2 off; tax = (10 - 2) × 20% = 1.60;
  // before the discount 10 × 20% = 2; the discount's tax 2 × 20% = 0.40.
  const method = {
    subtotal: '10.00',
    total: '9.60', // 10 - 2 + 1.60
    original_total: '12.00',
    original_subtotal: '10.00', // 12 - 2
    original_tax_total: '2.00',
    tax_total: '1.60',
    discount_total: '2.40', // 2 + 0.40
    discount_subtotal: '2.00',
    discount_tax_total: '0.40',
  };
  const cart = {
    item_total: '163.80', // 118.80 + 45
    item_subtotal: '161.67', // 120 + 41.666…
    item_tax_total: '18.30', // 10.80 + 7.50
    original_item_total: '182.00', // 132 + 50
    original_item_subtotal: '161.67', // 120 + 41.666…
    original_item_tax_total: '20.33', // 12 + 8.333…
    item_discount_total: '18.20', // 13.20 + 5
    shipping_total: '9.60',
    shipping_subtotal: '10.00',
    shipping_tax_total: '1.60',
    original_shipping_total: '12.00',
    original_shipping_subtotal: '10.00',
    original_shipping_tax_total: '2.00',
    shipping_discount_total: '2.40',
    subtotal: '171.67', // 161.666… + 10
    tax_total: '19.90', // 18.30 + 1.60
    discount_subtotal: '18.17', // 12 + 4.1666… + 2
    discount_tax_total: '2.43', // 1.20 + 0.8333… + 0.40
    discount_total: '20.60', // 13.20 + 5 + 2.40
    original_total: '194.00', // 182 + 12
    original_subtotal: '171.67', // 161.666… + 10
    original_tax_total: '22.33', // 20.333… + 2
    credit_line_total: '7.50',
    credit_line_subtotal: '7.50',
    credit_line_tax_total: '0.00',
    gift_card_total: '0.00',
    gift_card_tax_total: '0.00',
    total: '165.90', // 163.80 + 9.60 - 7.50 = 171.666… + 19.90 - 18.1666… - 7.50
  };

  it('gives every cart, item and shipping-method total to the cent', async () => {
    const result = (await data<{ cart: TotalsCart }>(CART_QUERY, { id: ids.cart })).cart;
    expect(toCents(result, Object.keys(cart))).toEqual(cart);
    const [a, b] = result.items;
    expect([a.id, b.id]).toEqual([ids.itemA, ids.itemB]);
    expect(toCents(a, Object.keys(itemA))).toEqual(itemA);
    expect(toCents(b, Object.keys(itemB))).toEqual(itemB);
    expect(toCents(result.shipping_methods[0], Object.keys(method))).toEqual(method);
  });

  it('is exact: the tax-inclusive divisions come back to the whole amounts', async () => {
    const result = (await data<{ cart: TotalsCart }>(CART_QUERY, { id: ids.cart })).cart;
    expect(result).toMatchObject({
      total: '165.9',
      item_total: '163.8',
      tax_total: '19.9',
      discount_total: '20.6',
      original_total: '194',
    });
    expect(result.items[1]).toMatchObject({ total: '45', tax_total: '7.5', discount_total: '5' });
    // A repeating decimal is written with 20 significant digits (Medusa's raw value).
    expect(result.items[1].subtotal).toBe('41.666666666666666667');
  });

  it('gives the same totals to a line item and a shipping method asked by id', async () => {
    const byId = await data<{ line_item: Totals; shipping_method: Totals }>(
      `query($item: ID!, $method: ID!) { line_item(id: $item) { ${ITEM_TOTALS} } shipping_method(id: $method) { ${METHOD_TOTALS} } }`,
      { item: ids.itemB, method: ids.method },
    );
    expect(toCents(byId.line_item, Object.keys(itemB))).toEqual(itemB);
    expect(toCents(byId.shipping_method, Object.keys(method))).toEqual(method);
  });

  it('leaves soft-deleted credit lines and adjustments out of the totals', async () => {
    await supergraph.db.query('update cart.credit_line set deleted_at = now() where id = $1', [ids.credit]);
    await supergraph.db.query(
      'update cart.cart_shipping_method_adjustment set deleted_at = now() where shipping_method_id = $1',
      [ids.method],
    );
    const result = (await data<{ cart: TotalsCart }>(CART_QUERY, { id: ids.cart })).cart;
    expect(result.credit_lines).toEqual([]);
    // Shipping without its discount: 12 incl. 20% = 12; the cart: 163.80 + 12 - 0.
    expect(result).toMatchObject({
      credit_line_total: '0',
      shipping_total: '12',
      shipping_discount_total: '0',
      total: '175.8',
    });
  });
});

describe('the cost of totals', () => {
  const LIST = `query($take: Int!) { carts(pagination: { take: $take }) { data {
    id ${CART_TOTALS}
    items { total subtotal tax_total tax_lines { rate } adjustments { amount } }
    shipping_methods { total tax_total tax_lines { rate } }
    credit_lines { amount }
  } } }`;

  async function cost(take: number) {
    const { result, statements, subgraphRequests } = await supergraph.count(() =>
      supergraph.query<{ carts: { data: TotalsCart[] } }>(LIST, { take }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.carts.data).toHaveLength(take);
    return { statements, subgraphRequests };
  }

  it('50 carts with every total cost the same SQL statements as 5: one per relation', async () => {
    const five = await cost(5);
    const fifty = await cost(50);
    expect(fifty).toEqual(five);
    expect(fifty.subgraphRequests).toEqual({ cart: 1 });
    // The page, items, their tax lines and adjustments, shipping methods, their tax lines and
    // adjustments, credit lines: 8 statements whatever the number of carts.
    expect(fifty.statements).toBe(8);
  });
});
