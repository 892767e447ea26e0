import Decimal from 'decimal.js';
import { SUMMARY_TOTALS } from '../subgraphs/order/models';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Medusa's pricing rules that are not promotions or tax rates, through the real gateway: price
 * preferences (the pricing module's `PricePreference`), and the tax-inclusivity they give a cart's
 * line items and shipping methods. Values cited are what Medusa 2.21.2 answered.
 */
let supergraph: TestSupergraph;
beforeAll(async () => {
  // One demo cart: cart 0 is placed, its payment captured (the refund test below).
  supergraph = await startTestSupergraph(1);
});
afterAll(() => supergraph?.stop());

interface Preference {
  id: string;
  attribute: string;
  value: string | null;
  is_tax_inclusive: boolean;
}

const PREFERENCE = 'id attribute value is_tax_inclusive';

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('price preferences', () => {
  const rows = (ids: string[]) =>
    supergraph.db.query<{
      id: string;
      attribute: string;
      value: string;
      is_tax_inclusive: boolean;
      deleted_at: Date | null;
    }>(
      'select id, attribute, value, is_tax_inclusive, deleted_at from product.price_preference where id = any($1) order by id',
      [ids],
    );

  it('creates, reads, updates, soft-deletes and restores them, false when is_tax_inclusive is left out', async () => {
    // Medusa 2.21.2: POST /admin/price-preferences {"attribute":"currency_code","value":"dkk","is_tax_inclusive":true}
    // answered { price_preference: { id: "prpref_…", attribute: "currency_code", value: "dkk", is_tax_inclusive: true } }.
    const create = `mutation ($data: [PricePreferenceCreateInput!]!) { create_price_preferences(data: $data) { ${PREFERENCE} } }`;
    const items = [
      { id: 'prpref_01JD0000000000000000000001', attribute: 'currency_code', value: 'dkk', is_tax_inclusive: true },
      { id: 'prpref_01JD0000000000000000000002', attribute: 'region_id', value: 'reg_01JD0000000000000000000009' },
    ];
    const created = await data<{ create_price_preferences: Preference[] }>(create, { data: items });
    expect(created.create_price_preferences).toEqual([items[0], { ...items[1], is_tax_inclusive: false }]);
    // A repeat with the same ids creates nothing more.
    expect(await data(create, { data: items })).toEqual(created);

    const listed = await data<{ price_preferences: { data: Preference[]; metadata: { count: number } } }>(
      `{ price_preferences(filters: { attribute: ["currency_code"], value: ["dkk"] }) { data { ${PREFERENCE} } metadata { count } } }`,
    );
    expect(listed.price_preferences).toEqual({ data: [items[0]], metadata: { count: 1 } });

    const updated = await data<{ update_price_preferences: Preference }>(
      `mutation { update_price_preferences(id: "${items[0].id}", data: { is_tax_inclusive: false }) { ${PREFERENCE} } }`,
    );
    expect(updated.update_price_preferences).toEqual({ ...items[0], is_tax_inclusive: false });

    const deleted = await data<{ soft_delete_price_preferences: string[] }>(
      `mutation { soft_delete_price_preferences(ids: ["${items[1].id}"]) }`,
    );
    expect(deleted.soft_delete_price_preferences).toEqual([items[1].id]);
    expect((await rows([items[1].id]))[0].deleted_at).not.toBeNull();
    const gone = await data<{ price_preference: Preference | null }>(
      `{ price_preference(id: "${items[1].id}") { id } }`,
    );
    expect(gone.price_preference).toBeNull();
    await data(`mutation { restore_price_preferences(ids: ["${items[1].id}"]) }`);
    expect(await rows(items.map((item) => item.id))).toEqual([
      expect.objectContaining({ ...items[0], is_tax_inclusive: false, deleted_at: null }),
      expect.objectContaining({ ...items[1], is_tax_inclusive: false, deleted_at: null }),
    ]);
    // Restore it as the tests below expect it.
    await data(`mutation { update_price_preferences(id: "${items[0].id}", data: { is_tax_inclusive: true }) { id } }`);
  });

  it('refuses a second live preference for the same attribute and value (CONFLICT), and unknown ids', async () => {
    // Medusa 2.21.2 answered a second POST /admin/price-preferences {"attribute":"currency_code","value":"dkk"}
    // with 400 invalid_data "Price preference with attribute: currency_code, value: dkk, already exists.".
    const again = await supergraph.query(
      'mutation { create_price_preferences(data: [{ attribute: "currency_code", value: "dkk" }]) { id } }',
    );
    expect(again.errors?.[0]).toMatchObject({
      message: 'Price preference with attribute: currency_code, value: dkk, already exists.',
      extensions: { code: 'CONFLICT' },
    });
    const unknown = await supergraph.query(
      'mutation { update_price_preferences(id: "prpref_01JD00000000000000000000ZZ", data: { is_tax_inclusive: true }) { id } }',
    );
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const malformed = await supergraph.query('mutation { soft_delete_price_preferences(ids: ["price_1"]) }');
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
  });

  it('are for admin users only', async () => {
    const guest = await supergraph.query('{ price_preferences { data { id } } }', {}, { token: null });
    expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const customer = await supergraph.query(
      'mutation { create_price_preferences(data: [{ attribute: "currency_code", value: "sek" }]) { id } }',
      {},
      { token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }) },
    );
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await supergraph.db.query("select id from product.price_preference where value = 'sek'")).toEqual([]);
  });
});

describe('tax-inclusive prices (price preferences) in carts', () => {
  let variant: string;
  beforeAll(async () => {
    const created = await data<{ admin_create_products: { variants: { id: string }[] }[] }>(
      `mutation { admin_create_products(data: [{ title: "Pricing tee", status: published, options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", options: { Size: "M" }, manage_inventory: false,
          prices: [{ currency_code: "eur", amount: "100" }, { currency_code: "chf", amount: "100" }] }] }]) { variants { id } } }`,
    );
    variant = created.admin_create_products[0].variants[0].id;
  });

  const newCart = async (region: string, country?: string) =>
    (
      await data<{ create_cart: { id: string } }>(
        'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }',
        {
          input: {
            region_id: region,
            items: [{ variant_id: variant, quantity: 2 }],
            ...(country ? { shipping_address: { country_code: country } } : {}),
          },
        },
      )
    ).create_cart.id;
  const lines = async (cart: string) =>
    supergraph.db.query<{ unit_price: string; is_tax_inclusive: boolean }>(
      'select unit_price::text, is_tax_inclusive from cart.cart_line_item where cart_id = $1',
      [cart],
    );

  it("admin_create_regions gives the region a region_id preference; a variant's price follows its currency's preference, not the region's", async () => {
    // Medusa 2.21.2: POST /admin/regions {"name":"pricing-incl-dkk","currency_code":"dkk","is_tax_inclusive":true}
    // made the price preference { attribute: "region_id", value: <the region's id>, is_tax_inclusive: true }; a cart
    // in it with a variant priced { currency_code: "dkk", amount: 100 } (no price rules) had items[0].is_tax_inclusive
    // false, and the store variant's calculated_price.is_calculated_price_tax_inclusive false. After POST
    // /admin/price-preferences {"attribute":"currency_code","value":"dkk","is_tax_inclusive":true}, a new cart's line was
    // is_tax_inclusive true (unit_price 100, total 200 with no tax lines). The same here with chf.
    const { admin_create_regions } = await data<{ admin_create_regions: { id: string }[] }>(
      'mutation { admin_create_regions(data: [{ name: "Switzerland inclusive", currency_code: "chf", is_tax_inclusive: true }]) { id } }',
    );
    const region = admin_create_regions[0].id;
    const preferenceOf = async () =>
      supergraph.db.query<{ attribute: string; value: string; is_tax_inclusive: boolean }>(
        "select attribute, value, is_tax_inclusive from product.price_preference where attribute = 'region_id' and value = $1 and deleted_at is null",
        [region],
      );
    expect(await preferenceOf()).toEqual([{ attribute: 'region_id', value: region, is_tax_inclusive: true }]);
    expect(await lines(await newCart(region))).toEqual([{ unit_price: '100', is_tax_inclusive: false }]);

    await data(
      'mutation { create_price_preferences(data: [{ attribute: "currency_code", value: "chf", is_tax_inclusive: true }]) { id } }',
    );
    expect(await lines(await newCart(region))).toEqual([{ unit_price: '100', is_tax_inclusive: true }]);

    // Medusa 2.21.2: POST /admin/regions/:id {"is_tax_inclusive":false} set that preference's is_tax_inclusive to false.
    await data(`mutation { admin_update_regions(id: "${region}", data: { is_tax_inclusive: false }) { id } }`);
    expect(await preferenceOf()).toEqual([{ attribute: 'region_id', value: region, is_tax_inclusive: false }]);
    // A region created without it gets a preference saying false (Medusa's createPricePreferences: `?? false`).
    const plain = await data<{ admin_create_regions: { id: string }[] }>(
      'mutation { admin_create_regions(data: [{ name: "Plain", currency_code: "sek" }]) { id } }',
    );
    expect(
      await supergraph.db.query('select is_tax_inclusive from product.price_preference where value = $1', [
        plain.admin_create_regions[0].id,
      ]),
    ).toEqual([{ is_tax_inclusive: false }]);
  });

  it("makes the cart's lines, shipping options and shipping methods tax-inclusive, and their totals Medusa's", async () => {
    const { regions } = await data<{ regions: { data: { id: string; name: string }[] } }>(
      '{ regions(filters: { name: ["Europe"] }) { data { id name } } }',
    );
    const europe = regions.data[0].id;
    const before = await newCart(europe);
    expect(await lines(before)).toEqual([{ unit_price: '100', is_tax_inclusive: false }]);

    await data(
      'mutation { create_price_preferences(data: [{ attribute: "currency_code", value: "eur", is_tax_inclusive: true }]) { id } }',
    );
    const cart = await newCart(europe, 'de');
    expect(await lines(cart)).toEqual([{ unit_price: '100', is_tax_inclusive: true }]);
    const { cart_shipping_options } = await data<{
      cart_shipping_options: {
        shipping_option: { id: string; name: string };
        amount: string;
        is_tax_inclusive: boolean;
      }[];
    }>(
      'query($cart: ID!) { cart_shipping_options(cart_id: $cart) { shipping_option { id name } amount is_tax_inclusive } }',
      {
        cart,
      },
    );
    const standard = cart_shipping_options.find((option) => option.shipping_option.name === 'Standard Shipping')!;
    expect(standard).toMatchObject({ amount: '8.00', is_tax_inclusive: true });
    await data(
      'mutation($cart: ID!, $option: ID!) { add_shipping_method(cart_id: $cart, option_id: $option) { id } }',
      {
        cart,
        option: standard.shipping_option.id,
      },
    );

    // A 25% tax line on each (the tax module's part, written here with SQL).
    const [item] = await supergraph.db.query<{ id: string }>('select id from cart.cart_line_item where cart_id = $1', [
      cart,
    ]);
    const [method] = await supergraph.db.query<{ id: string; is_tax_inclusive: boolean }>(
      'select id, is_tax_inclusive from cart.cart_shipping_method where cart_id = $1 and deleted_at is null',
      [cart],
    );
    expect(method.is_tax_inclusive).toBe(true);
    await supergraph.db.query(
      `insert into cart.cart_line_item_tax_line (id, item_id, code, rate) values ('calitxl_01JD0000000000000000000001', $1, 'VAT', 25)`,
      [item.id],
    );
    await supergraph.db.query(
      `insert into cart.cart_shipping_method_tax_line (id, shipping_method_id, code, rate) values ('casmtxl_01JD0000000000000000000001', $1, 'VAT', 25)`,
      [method.id],
    );
    const totals = await data<{
      cart: {
        total: string;
        subtotal: string;
        tax_total: string;
        item_subtotal: string;
        item_tax_total: string;
        item_total: string;
        shipping_subtotal: string;
        shipping_tax_total: string;
        shipping_total: string;
        items: { subtotal: string; tax_total: string; total: string }[];
        shipping_methods: { subtotal: string; tax_total: string; total: string }[];
      };
    }>(
      `query($id: ID!) { cart(id: $id) { total subtotal tax_total item_subtotal item_tax_total item_total
        shipping_subtotal shipping_tax_total shipping_total
        items { subtotal tax_total total } shipping_methods { subtotal tax_total total } } }`,
      { id: cart },
    );
    // Medusa 2.21.2's decorateCartTotals (@medusajs/utils) on { items: [{ unit_price: 100, quantity: 2,
    // is_tax_inclusive: true, tax_lines: [{ rate: 25 }] }], shipping_methods: [{ amount: 8, is_tax_inclusive: true,
    // tax_lines: [{ rate: 25 }] }] } gave: item subtotal 160, tax_total 40, total 200; method subtotal 6.4,
    // tax_total 1.6, total 8; cart subtotal 166.4, item_subtotal 160, item_tax_total 40, item_total 200,
    // shipping_subtotal 6.4, shipping_tax_total 1.6, shipping_total 8, tax_total 41.6, total 208.
    const number = (value: string) => Number(value);
    expect(totals.cart.items.map((line) => [line.subtotal, line.tax_total, line.total].map(number))).toEqual([
      [160, 40, 200],
    ]);
    expect(totals.cart.shipping_methods.map((line) => [line.subtotal, line.tax_total, line.total].map(number))).toEqual(
      [[6.4, 1.6, 8]],
    );
    const { items: _items, shipping_methods: _methods, ...cartTotals } = totals.cart;
    expect(Object.fromEntries(Object.entries(cartTotals).map(([key, value]) => [key, number(value)]))).toEqual({
      subtotal: 166.4,
      item_subtotal: 160,
      item_tax_total: 40,
      item_total: 200,
      shipping_subtotal: 6.4,
      shipping_tax_total: 1.6,
      shipping_total: 8,
      tax_total: 41.6,
      total: 208,
    });
  });
});

describe('order item totals with returned quantities', () => {
  it("counts only the units not received back or dismissed, and gives admins each quantity's total", async () => {
    const line = (unit_price: string, quantity: string, rate: number, adjustment: Record<string, unknown>) => ({
      title: `Line at ${unit_price}`,
      unit_price,
      quantity,
      tax_lines: [{ code: 'VAT', rate }],
      adjustments: [{ code: 'OFF', ...adjustment }],
    });
    const summary = Object.fromEntries(SUMMARY_TOTALS.map((field) => [field, '0']));
    const created = await supergraph.querySubgraph<{ order_create: { id: string; items: { id: string }[] } }>(
      'order',
      'mutation($input: OrderCreateInput!) { order_create(input: $input) { id items { id } } }',
      {
        input: {
          currency_code: 'eur',
          items: [
            line('30', '4', 10, { amount: '12' }),
            { ...line('121', '3', 21, { amount: '10', is_tax_inclusive: true }), is_tax_inclusive: true },
            line('10', '3', 19, { amount: '1' }),
          ],
          shipping_methods: [{ name: 'Standard', amount: '5', tax_lines: [{ code: 'VAT', rate: 10 }] }],
          summary,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const order = created.data!.order_create;
    // What fulfilments, returns and write-offs recorded (the order module's order_item columns).
    const quantities = [
      { fulfilled: 4, shipped: 3, requested: 1, received: 1, dismissed: 0, written_off: 0 },
      { fulfilled: 3, shipped: 3, requested: 0, received: 1, dismissed: 1, written_off: 0 },
      { fulfilled: 2, shipped: 0, requested: 0, received: 1, dismissed: 0, written_off: 1 },
    ];
    for (const [index, item] of order.items.entries()) {
      const q = quantities[index];
      await supergraph.db.query(
        `update "order".order_item set fulfilled_quantity = $2, shipped_quantity = $3, return_requested_quantity = $4,
          return_received_quantity = $5, return_dismissed_quantity = $6, written_off_quantity = $7 where item_id = $1`,
        [item.id, q.fulfilled, q.shipped, q.requested, q.received, q.dismissed, q.written_off],
      );
    }
    const read = await data<{
      order: { total: string; item_total: string; tax_total: string; items: Record<string, string>[] };
    }>(
      `query($id: ID!) { order(id: $id) { total item_total tax_total items { title total subtotal tax_total
        fulfilled_total shipped_total return_requested_total return_received_total return_dismissed_total write_off_total
        refundable_total refundable_total_per_unit } } }`,
      { id: order.id },
    );
    // Medusa 2.21.2's decorateCartTotals (@medusajs/utils) on this order (items { unit_price, quantity,
    // is_tax_inclusive, tax_lines, adjustments, detail: { fulfilled_quantity, … } }, the method { amount: 5, 10% })
    // gave these (raw values; more in kit/totals.test.ts).
    expect(read.order).toMatchObject({
      total: '235.27333333333333333',
      item_total: '229.77333333333333333',
      tax_total: '32.694820936639118457',
    });
    expect(read.order.items.sort((a, b) => a.title.localeCompare(b.title, 'en', { numeric: true }))).toEqual([
      {
        title: 'Line at 10',
        total: '23.006666666666666667',
        subtotal: '20',
        tax_total: '3.6733333333333333333',
        fulfilled_total: '23.006666666666666667',
        shipped_total: '0',
        return_requested_total: '0',
        return_received_total: '11.503333333333333333',
        return_dismissed_total: '0',
        write_off_total: '11.503333333333333333',
        refundable_total: '23.006666666666666667',
        refundable_total_per_unit: '11.503333333333333333',
      },
      {
        title: 'Line at 30',
        total: '89.1',
        subtotal: '90',
        tax_total: '8.1',
        fulfilled_total: '118.8',
        shipped_total: '89.1',
        return_requested_total: '29.7',
        return_received_total: '29.7',
        return_dismissed_total: '0',
        write_off_total: '0',
        refundable_total: '59.4',
        refundable_total_per_unit: '29.7',
      },
      {
        title: 'Line at 121',
        total: '117.66666666666666667',
        subtotal: '100',
        tax_total: '20.421487603305785124',
        fulfilled_total: '353',
        shipped_total: '353',
        return_requested_total: '0',
        return_received_total: '117.66666666666666667',
        return_dismissed_total: '117.66666666666666667',
        write_off_total: '0',
        refundable_total: '117.66666666666666667',
        refundable_total_per_unit: '117.66666666666666667',
      },
    ]);
  });
});

describe("Medusa's currency epsilon on refunds", () => {
  it('refunds up to one unit of the last decimal more than was captured, and refuses beyond', async () => {
    const [payment] = await supergraph.db.query<{ id: string; captured: string }>(
      `select p.id, sum(c.amount)::text as captured from payment.payment p join payment.capture c on c.payment_id = p.id
        where p.currency_code = 'eur' group by p.id limit 1`,
    );
    const refund = (amount: string) =>
      supergraph.query<{ admin_refund_payment: { refunds: { amount: string }[] } }>(
        'mutation($id: ID!, $amount: BigNumber!) { admin_refund_payment(payment_id: $id, amount: $amount) { refunds { amount } } }',
        { id: payment.id, amount },
      );
    // Medusa 2.21.2 (refundPaymentWorkflow's validateRefundPaymentExceedsCapturedAmountStep and the payment
    // module's refundPayment): refused when captured - refunded < -epsilon, epsilon 0.01 for eur
    // (getEpsilonFromDecimalPrecision(defaultCurrencies.EUR.decimal_digits)).
    const within = await refund(new Decimal(payment.captured).add('0.01').toString());
    expect(within.errors).toBeUndefined();
    const beyond = await refund('0.01');
    expect(beyond.errors?.[0]).toMatchObject({
      message: 'You are not allowed to refund more than the captured amount',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
