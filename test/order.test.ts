import { cartPlan } from '../seed/carts';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';
import Decimal from 'decimal.js';

const CARTS = 24;
const COMPLETED = Array.from({ length: CARTS }, (_, index) => index).filter((index) => cartPlan(index).completed);

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

// The fields an order line item shares with the cart's line item (Medusa copies them).
const ITEM_FIELDS = `title subtitle thumbnail variant_id product_id product_title product_description product_subtitle
  product_type product_type_id product_collection product_handle variant_sku variant_barcode variant_title
  variant_option_values requires_shipping is_discountable is_giftcard is_tax_inclusive is_custom_price
  compare_at_unit_price unit_price metadata`;
const ITEM_TOTALS = `total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total
  original_subtotal original_tax_total item_total item_subtotal item_tax_total`;
const METHOD_TOTALS = `total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total
  original_subtotal original_tax_total`;
const ORDER_TOTALS = `total subtotal tax_total discount_total discount_subtotal discount_tax_total original_total
  original_subtotal original_tax_total item_total item_subtotal item_tax_total original_item_total
  original_item_subtotal original_item_tax_total item_discount_total shipping_total shipping_subtotal
  shipping_tax_total original_shipping_total original_shipping_subtotal original_shipping_tax_total
  shipping_discount_total credit_line_total gift_card_total gift_card_tax_total`;
const ADDRESS_FIELDS = `customer_id company first_name last_name address_1 address_2 city country_code province
  postal_code phone metadata`;

type Fields = Record<string, unknown>;

interface CartWithOrder extends Fields {
  id: string;
  shipping_address: Fields & { id: string };
  billing_address: Fields & { id: string };
  items: (Fields & {
    id: string;
    quantity: number;
    adjustments: Fields[];
    tax_lines: (Fields & { rate: number })[];
  })[];
  shipping_methods: (Fields & { id: string; adjustments: Fields[]; tax_lines: (Fields & { rate: number })[] })[];
  credit_lines: Fields[];
  order: { id: string } | null;
}

interface FullOrder extends Fields {
  id: string;
  display_id: number;
  total: string;
  shipping_address: Fields & { id: string };
  billing_address: Fields & { id: string };
  items: (Fields & {
    id: string;
    order_id: string;
    quantity: string;
    detail: Fields & { id: string };
    adjustments: (Fields & { id: string })[];
    tax_lines: (Fields & { id: string; rate: string })[];
  })[];
  shipping_methods: (Fields & {
    id: string;
    detail: Fields & { id: string };
    adjustments: (Fields & { id: string })[];
    tax_lines: (Fields & { id: string; rate: string })[];
  })[];
  summary: Record<string, string>;
  transactions: Fields[];
  credit_lines: Fields[];
  cart: { id: string };
}

const CART_QUERY = `query($ids: [ID!]) { carts(filters: { id: $ids }, pagination: { take: 100 }) { data {
  id region_id customer_id sales_channel_id email currency_code locale metadata ${ORDER_TOTALS}
  shipping_address { id ${ADDRESS_FIELDS} } billing_address { id ${ADDRESS_FIELDS} }
  items { id quantity ${ITEM_FIELDS} ${ITEM_TOTALS}
    adjustments { description code amount is_tax_inclusive provider_id promotion_id }
    tax_lines { description code rate provider_id tax_rate_id } }
  shipping_methods { id name description amount is_tax_inclusive shipping_option_id data metadata ${METHOD_TOTALS}
    adjustments { description code amount provider_id promotion_id }
    tax_lines { description code rate provider_id tax_rate_id } }
  credit_lines { reference reference_id amount metadata }
  order { id }
} } }`;

const ORDER_QUERY = `query($id: ID!) { order(id: $id) {
  id display_id custom_display_id region_id customer_id sales_channel_id version status is_draft_order email
  currency_code locale no_notification metadata canceled_at shipping_address_id billing_address_id
  created_at updated_at deleted_at ${ORDER_TOTALS}
  shipping_address { id ${ADDRESS_FIELDS} created_at deleted_at }
  billing_address { id ${ADDRESS_FIELDS} }
  items { id order_id quantity line_item_metadata ${ITEM_FIELDS} ${ITEM_TOTALS}
    detail { id order_id item_id version quantity unit_price compare_at_unit_price fulfilled_quantity
      shipped_quantity delivered_quantity return_requested_quantity return_received_quantity
      return_dismissed_quantity written_off_quantity metadata deleted_at }
    adjustments { id item_id version description code amount is_tax_inclusive provider_id promotion_id }
    tax_lines { id item_id description code rate provider_id tax_rate_id } }
  shipping_methods { id order_id name description amount is_tax_inclusive is_custom_amount shipping_option_id data metadata
    ${METHOD_TOTALS}
    detail { id order_id version return_id exchange_id claim_id shipping_method_id }
    adjustments { id shipping_method_id version description code amount provider_id promotion_id }
    tax_lines { id shipping_method_id description code rate provider_id tax_rate_id } }
  summary { pending_difference current_order_total original_order_total transaction_total paid_total
    refunded_total credit_line_total accounting_total }
  transactions { id order_id version amount currency_code reference reference_id return_id exchange_id claim_id }
  credit_lines { id order_id version reference reference_id amount metadata }
  cart { id }
} }`;

/** A field list without the keys that differ by design (ids, owners). */
function without<T extends Fields>(row: T, ...keys: string[]): Fields {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key)));
}

let carts: CartWithOrder[];
let orders: FullOrder[];
beforeAll(async () => {
  carts = (await data<{ carts: { data: CartWithOrder[] } }>(CART_QUERY)).carts.data.filter((cart) => cart.order);
  expect(carts).toHaveLength(COMPLETED.length);
  orders = await Promise.all(
    carts.map(async (cart) => (await data<{ order: FullOrder }>(ORDER_QUERY, { id: cart.order!.id })).order),
  );
});

describe('an order placed from a completed cart (completeCartWorkflow)', () => {
  it("copies the cart's own fields, with Medusa's order defaults", () => {
    carts.forEach((cart, n) => {
      const order = orders[n];
      expect(order.cart).toEqual({ id: cart.id });
      expect(order).toMatchObject({
        region_id: cart.region_id,
        customer_id: cart.customer_id,
        sales_channel_id: cart.sales_channel_id,
        email: cart.email,
        currency_code: cart.currency_code,
        locale: cart.locale,
        metadata: cart.metadata,
        display_id: COMPLETED[n] / 4 + 1,
        custom_display_id: null,
        version: 1,
        status: 'pending',
        is_draft_order: false,
        no_notification: null,
        canceled_at: null,
        deleted_at: null,
        shipping_address_id: order.shipping_address.id,
        billing_address_id: order.billing_address.id,
      });
      expect(order.id).toMatch(/^order_[0-9A-Z]{26}$/);
    });
  });

  it('copies the addresses into new order addresses (ordaddr_), one per role', () => {
    carts.forEach((cart, n) => {
      const order = orders[n];
      expect(order.shipping_address.id).toMatch(/^ordaddr_/);
      expect(order.billing_address.id).toMatch(/^ordaddr_/);
      // The demo cart uses one address for both; the order gets two copies, as Medusa's does.
      expect(order.billing_address.id).not.toBe(order.shipping_address.id);
      expect(without(order.shipping_address, 'id', 'created_at', 'deleted_at')).toEqual(
        without(cart.shipping_address, 'id'),
      );
      expect(without(order.billing_address, 'id')).toEqual(without(cart.billing_address, 'id'));
      expect(order.shipping_address.city).toEqual(expect.any(String));
    });
  });

  it('copies every item with its adjustments and tax lines; detail is the version-1 order item', () => {
    let adjusted = 0;
    carts.forEach((cart, n) => {
      const order = orders[n];
      expect(order.items).toHaveLength(cart.items.length);
      cart.items.forEach((cartItem, line) => {
        const item = order.items[line];
        expect(item.id).toMatch(/^ordli_/);
        expect(item.order_id).toBe(order.id);
        expect(item.quantity).toBe(String(cartItem.quantity));
        expect(item.line_item_metadata).toEqual(cartItem.metadata);
        const shared = (row: Fields) =>
          without(row, 'id', 'quantity', 'order_id', 'line_item_metadata', 'detail', 'adjustments', 'tax_lines');
        expect(shared(item)).toEqual(shared(cartItem));
        expect(item.detail).toEqual({
          id: expect.stringMatching(/^orditem_/),
          order_id: order.id,
          item_id: item.id,
          version: 1,
          quantity: String(cartItem.quantity),
          unit_price: null,
          compare_at_unit_price: null,
          fulfilled_quantity: '0',
          shipped_quantity: '0',
          delivered_quantity: '0',
          return_requested_quantity: '0',
          return_received_quantity: '0',
          return_dismissed_quantity: '0',
          written_off_quantity: '0',
          metadata: null,
          deleted_at: null,
        });
        expect(item.adjustments.map((adjustment) => without(adjustment, 'id', 'item_id', 'version'))).toEqual(
          cartItem.adjustments,
        );
        for (const adjustment of item.adjustments) {
          expect(adjustment).toMatchObject({ id: expect.stringMatching(/^ordliadj_/), item_id: item.id, version: 1 });
        }
        adjusted += item.adjustments.length;
        expect(item.tax_lines).toHaveLength(cartItem.tax_lines.length);
        item.tax_lines.forEach((taxLine, t) => {
          expect(taxLine.id).toMatch(/^ordlitxl_/);
          expect(taxLine.item_id).toBe(item.id);
          // The order module keeps the rate as an exact decimal; the cart's is a float.
          expect(Number(taxLine.rate)).toBe(cartItem.tax_lines[t].rate);
          expect(without(taxLine, 'id', 'item_id', 'rate')).toEqual(without(cartItem.tax_lines[t], 'rate'));
        });
      });
    });
    // Carts 0 and 12 of the demo have a promotion on every item.
    expect(adjusted).toBeGreaterThan(0);
  });

  it('copies the shipping methods; detail is the version-1 order-shipping row', () => {
    carts.forEach((cart, n) => {
      const order = orders[n];
      expect(order.shipping_methods).toHaveLength(cart.shipping_methods.length);
      expect(cart.shipping_methods.length).toBeGreaterThan(0);
      cart.shipping_methods.forEach((cartMethod, m) => {
        const method = order.shipping_methods[m];
        expect(method.id).toMatch(/^ordsm_/);
        expect(method).toMatchObject({ order_id: order.id, is_custom_amount: false });
        const shared = (row: Fields) =>
          without(row, 'id', 'order_id', 'is_custom_amount', 'detail', 'adjustments', 'tax_lines');
        expect(shared(method)).toEqual(shared(cartMethod));
        expect(method.detail).toEqual({
          id: expect.stringMatching(/^ordspmv_/),
          order_id: order.id,
          version: 1,
          return_id: null,
          exchange_id: null,
          claim_id: null,
          shipping_method_id: method.id,
        });
        expect(
          method.adjustments.map((adjustment) => without(adjustment, 'id', 'shipping_method_id', 'version')),
        ).toEqual(cartMethod.adjustments);
        expect(
          method.tax_lines.map((line) => ({ ...without(line, 'id', 'shipping_method_id'), rate: Number(line.rate) })),
        ).toEqual(cartMethod.tax_lines);
      });
      expect(order.credit_lines.map((line) => without(line, 'id', 'order_id', 'version'))).toEqual(cart.credit_lines);
    });
  });

  it("totals: the order's equal its cart's, item by item and method by method", () => {
    const orderTotalFields = ORDER_TOTALS.split(/\s+/).filter(Boolean);
    carts.forEach((cart, n) => {
      const order = orders[n];
      for (const field of orderTotalFields)
        expect({ field, value: order[field] }).toEqual({ field, value: cart[field] });
      cart.items.forEach((cartItem, line) => {
        for (const field of ITEM_TOTALS.split(/\s+/).filter(Boolean)) {
          expect({ field, value: order.items[line][field] }).toEqual({ field, value: cartItem[field] });
        }
      });
      cart.shipping_methods.forEach((cartMethod, m) => {
        for (const field of METHOD_TOTALS.split(/\s+/).filter(Boolean)) {
          expect({ field, value: order.shipping_methods[m][field] }).toEqual({ field, value: cartMethod[field] });
        }
      });
    });
  });

  it('totals add up: lines to the order, prices to the lines', () => {
    const sum = (values: unknown[]) =>
      values.reduce<Decimal>((total, value) => total.plus(String(value)), new Decimal(0));
    // Each total is Medusa's raw value (20 significant digits), so sums of rounded lines may differ
    // from the rounded sum in the last digit.
    const close = (a: Decimal, b: unknown) => a.minus(String(b)).abs().lt('1e-12');
    let taxed = 0;
    for (const order of orders) {
      expect(close(sum(order.items.map((item) => item.subtotal)), order.item_subtotal)).toBe(true);
      expect(close(sum(order.items.map((item) => item.total)), order.item_total)).toBe(true);
      expect(close(sum(order.items.map((item) => item.tax_total)), order.item_tax_total)).toBe(true);
      expect(close(sum(order.shipping_methods.map((method) => method.total)), order.shipping_total)).toBe(true);
      const total = new Decimal(String(order.item_total))
        .plus(String(order.shipping_total))
        .minus(String(order.credit_line_total));
      expect(close(total, order.total)).toBe(true);
      for (const item of order.items) {
        const price = new Decimal(String(item.unit_price)).times(item.quantity);
        // A tax-inclusive price holds its tax: the subtotal is the price without it.
        const gross = item.is_tax_inclusive
          ? new Decimal(String(item.subtotal)).plus(String(item.original_tax_total))
          : new Decimal(String(item.subtotal));
        expect(close(gross, price)).toBe(true);
        if (!item.is_tax_inclusive) {
          expect(close(sum(item.adjustments.map((adjustment) => adjustment.amount)), item.discount_subtotal)).toBe(
            true,
          );
        }
        if (item.tax_lines.length > 0) taxed += 1;
      }
      expect(order.gift_card_total).toBe('0');
    }
    expect(taxed).toBeGreaterThan(0);
  });

  it('has a summary of the paid order and one capture transaction of its total', () => {
    for (const order of orders) {
      expect(order.summary).toEqual({
        pending_difference: '0',
        current_order_total: order.total,
        original_order_total: order.total,
        transaction_total: order.total,
        paid_total: order.total,
        refunded_total: '0',
        credit_line_total: order.credit_line_total,
        accounting_total: order.total,
      });
      expect(order.transactions).toEqual([
        {
          id: expect.stringMatching(/^ordtrx_/),
          order_id: order.id,
          version: 1,
          amount: order.total,
          currency_code: order.currency_code,
          reference: 'capture',
          reference_id: expect.stringMatching(/^capt_[0-9A-Z]{26}$/),
          return_id: null,
          exchange_id: null,
          claim_id: null,
        },
      ]);
    }
  });

  it('order_line_item(id) is the same public item as in the order', async () => {
    const item = orders[0].items[0];
    const { order_line_item } = await data<{ order_line_item: Fields }>(
      `query($id: ID!) { order_line_item(id: $id) { id order_id quantity unit_price detail { id quantity } adjustments { id } } }`,
      { id: item.id },
    );
    expect(order_line_item).toEqual({
      id: item.id,
      order_id: item.order_id,
      quantity: item.quantity,
      unit_price: item.unit_price,
      detail: { id: item.detail.id, quantity: item.quantity },
      adjustments: item.adjustments.map(({ id }) => ({ id })),
    });
  });

  it("shows only the current version: a version-2 item row replaces version 1's", async () => {
    const order = orders[0];
    const item = order.items[0];
    const db = supergraph.db;
    try {
      await db.query(`update "order"."order" set version = 2 where id = $1`, [order.id]);
      // Version 2 keeps every item but the first, and the first's adjustments are not carried over.
      await db.query(
        `insert into "order".order_item (id, order_id, item_id, version, quantity)
         select id || 'V2', order_id, item_id, 2, quantity + 1 from "order".order_item where order_id = $1 and item_id <> $2`,
        [order.id, item.id],
      );
      await db.query(
        `insert into "order".order_shipping (id, order_id, version, shipping_method_id)
         select id || 'V2', order_id, 2, shipping_method_id from "order".order_shipping where order_id = $1`,
        [order.id],
      );
      const { order: current } = await data<{ order: FullOrder }>(
        `query($id: ID!) { order(id: $id) { items { id quantity detail { version } } shipping_methods { id detail { version } }
          summary { current_order_total } } }`,
        { id: order.id },
      );
      expect(current.items.map(({ id }) => id)).toEqual(order.items.slice(1).map(({ id }) => id));
      current.items.forEach((row, n) => {
        expect(row.detail).toEqual({ version: 2 });
        expect(row.quantity).toBe(String(Number(order.items[n + 1].quantity) + 1));
      });
      expect(current.shipping_methods.map((method) => method.detail)).toEqual(
        order.shipping_methods.map(() => ({ version: 2 })),
      );
      // The summary of version 1 is not the current version's.
      expect(current.summary).toBeNull();
      const stale = await data<{ order_line_item: null }>(`query($id: ID!) { order_line_item(id: $id) { id } }`, {
        id: item.id,
      });
      expect(stale.order_line_item).toBeNull();
    } finally {
      await db.query(`delete from "order".order_item where order_id = $1 and version = 2`, [order.id]);
      await db.query(`delete from "order".order_shipping where order_id = $1 and version = 2`, [order.id]);
      await db.query(`update "order"."order" set version = 1 where id = $1`, [order.id]);
    }
  });
});

type OrderPage = {
  orders: { data: { id: string; display_id: number }[]; metadata: { count: number; skip: number; take: number } };
};

async function orderPage(
  filters: Record<string, unknown> | null,
  pagination?: Record<string, unknown>,
  withDeleted?: boolean,
) {
  const result = await data<OrderPage>(
    `query($filters: OrderFilters, $pagination: Pagination, $with_deleted: Boolean) {
      orders(filters: $filters, pagination: $pagination, with_deleted: $with_deleted) { data { id display_id } metadata { count skip take } }
    }`,
    { filters, pagination, with_deleted: withDeleted },
  );
  return result.orders;
}

const ids = (page: OrderPage['orders']) => page.data.map((order) => order.id);
const displayIds = (page: OrderPage['orders']) => page.data.map((order) => order.display_id);

describe('orders(filters, pagination, with_deleted)', () => {
  it('lists every order, oldest first, with the count', async () => {
    const page = await orderPage(null);
    expect(displayIds(page)).toEqual(COMPLETED.map((index) => index / 4 + 1));
    expect(page.metadata).toEqual({ count: COMPLETED.length, skip: 0, take: 20 });
    expect(ids(page)).toEqual(orders.map((order) => order.id));
  });

  it('filters by ids and foreign keys', async () => {
    const [first, , third] = orders;
    expect(ids(await orderPage({ id: [first.id, third.id] }))).toEqual([first.id, third.id]);
    const byCustomer = await orderPage({ customer_id: [first.customer_id] });
    expect(ids(byCustomer)).toEqual(
      orders.filter((order) => order.customer_id === first.customer_id).map((order) => order.id),
    );
    const byRegion = await orderPage({ region_id: [third.region_id] });
    expect(byRegion.data.length).toBeGreaterThan(0);
    expect(ids(byRegion)).toEqual(
      orders.filter((order) => order.region_id === third.region_id).map((order) => order.id),
    );
    expect(ids(await orderPage({ sales_channel_id: [first.sales_channel_id] }))).toEqual(ids(await orderPage(null)));
  });

  it('filters by equality lists, booleans and the enum', async () => {
    const [first, second] = orders;
    expect(ids(await orderPage({ email: [first.email, second.email] }))).toEqual([first.id, second.id]);
    expect(ids(await orderPage({ email: ['nobody@example.com'] }))).toEqual([]);
    const euro = await orderPage({ currency_code: ['eur'] });
    expect(euro.data.length).toBeGreaterThan(0);
    expect(ids(euro)).toEqual(orders.filter((order) => order.currency_code === 'eur').map((order) => order.id));
    expect(displayIds(await orderPage({ display_id: [2, 4, 99] }))).toEqual([2, 4]);
    expect(ids(await orderPage({ status: ['pending'] }))).toHaveLength(orders.length);
    expect(ids(await orderPage({ status: ['completed', 'canceled'] }))).toEqual([]);
    expect(ids(await orderPage({ is_draft_order: false }))).toHaveLength(orders.length);
    expect(ids(await orderPage({ is_draft_order: true }))).toEqual([]);
  });

  it('filters by a date range', async () => {
    const created = orders.map((order) => String(order.created_at));
    const between = await orderPage({ created_at: { gte: created[1], lt: created[3] } });
    expect(ids(between)).toEqual([orders[1].id, orders[2].id]);
    expect(ids(await orderPage({ created_at: { eq: created[4] } }))).toEqual([orders[4].id]);
    expect(ids(await orderPage({ updated_at: { gt: created[created.length - 1] } }))).toEqual([]);
    expect(ids(await orderPage({ canceled_at: { lte: '2100-01-01T00:00:00Z' } }))).toEqual([]);
  });

  it('q searches the email and the display id', async () => {
    const [first] = orders;
    const local = String(first.email).split('@')[0].toUpperCase();
    expect(ids(await orderPage({ q: local }))).toEqual(
      orders.filter((order) => String(order.email).toUpperCase().includes(local)).map((order) => order.id),
    );
    expect(displayIds(await orderPage({ q: '5' }))).toEqual(
      orders
        .filter((order) => String(order.display_id).includes('5') || String(order.email).includes('5'))
        .map((order) => order.display_id),
    );
    expect(ids(await orderPage({ q: '%' }))).toEqual([]);
  });

  it('paginates: skip/take, order asc/desc, past the end, take over the total', async () => {
    const page = await orderPage(null, { skip: 1, take: 2 });
    expect(displayIds(page)).toEqual([2, 3]);
    expect(page.metadata).toEqual({ count: orders.length, skip: 1, take: 2 });
    expect(displayIds(await orderPage(null, { order: '-display_id', take: 3 }))).toEqual([6, 5, 4]);
    expect(displayIds(await orderPage(null, { order: 'currency_code,-created_at' }))).toEqual(
      [...orders]
        .sort(
          (a, b) =>
            String(a.currency_code).localeCompare(String(b.currency_code)) ||
            String(b.created_at).localeCompare(String(a.created_at)),
        )
        .map((order) => order.display_id),
    );
    const past = await orderPage(null, { skip: 50 });
    expect(past.data).toEqual([]);
    expect(past.metadata.count).toBe(orders.length);
    const large = await orderPage(null, { take: 200 });
    expect(large.data).toHaveLength(orders.length);
    expect(large.metadata).toEqual({ count: orders.length, skip: 0, take: 200 });
  });

  it('hides soft-deleted orders and nested rows unless with_deleted', async () => {
    const [, second] = orders;
    const adjusted = orders.find((order) => order.items.some((item) => item.adjustments.length > 0))!;
    const adjustment = adjusted.items.find((item) => item.adjustments.length > 0)!.adjustments[0];
    const db = supergraph.db;
    try {
      await db.query(`update "order"."order" set deleted_at = now() where id = $1`, [second.id]);
      await db.query(`update "order".order_line_item_adjustment set deleted_at = now() where id = $1`, [adjustment.id]);
      await db.query(`update "order".order_transaction set deleted_at = now() where order_id = $1`, [adjusted.id]);

      const live = await orderPage(null);
      expect(ids(live)).not.toContain(second.id);
      expect(live.metadata.count).toBe(orders.length - 1);
      const all = await orderPage(null, undefined, true);
      expect(ids(all)).toEqual(orders.map((order) => order.id));
      expect(all.metadata.count).toBe(orders.length);

      const query = `query($id: ID!, $with_deleted: Boolean) { order(id: $id, with_deleted: $with_deleted) { id deleted_at } }`;
      expect((await data<{ order: null }>(query, { id: second.id })).order).toBeNull();
      const shown = await data<{ order: { id: string; deleted_at: string } }>(query, {
        id: second.id,
        with_deleted: true,
      });
      expect(shown.order.id).toBe(second.id);
      expect(shown.order.deleted_at).toEqual(expect.any(String));
      const itemQuery = `query($id: ID!, $with_deleted: Boolean) { order_line_item(id: $id, with_deleted: $with_deleted) { id order_id } }`;
      const itemId = second.items[0].id;
      expect((await data<{ order_line_item: null }>(itemQuery, { id: itemId })).order_line_item).toBeNull();
      expect(
        (await data<{ order_line_item: Fields }>(itemQuery, { id: itemId, with_deleted: true })).order_line_item,
      ).toEqual({
        id: itemId,
        order_id: second.id,
      });

      const nested = await data<{ order: FullOrder }>(
        `query($id: ID!) { order(id: $id) { total discount_subtotal items { adjustments { id } } transactions { id } } }`,
        { id: adjusted.id },
      );
      expect(nested.order.items.flatMap((item) => item.adjustments.map(({ id }) => id))).not.toContain(adjustment.id);
      expect(nested.order.transactions).toEqual([]);
      // A deleted discount no longer counts in the totals.
      expect(new Decimal(String(nested.order.discount_subtotal)).lt(String(adjusted.discount_subtotal))).toBe(true);
      expect(new Decimal(nested.order.total).gt(adjusted.total)).toBe(true);
    } finally {
      await db.query(`update "order"."order" set deleted_at = null where id = $1`, [second.id]);
      await db.query(`update "order".order_line_item_adjustment set deleted_at = null where id = $1`, [adjustment.id]);
      await db.query(`update "order".order_transaction set deleted_at = null where order_id = $1`, [adjusted.id]);
    }
  });
});

describe('bad input', () => {
  function expectBadInput(response: GraphQLResponse, code: string, text: string) {
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.errors?.[0].message).toContain(text);
  }

  it('an unknown sort field is BAD_USER_INPUT naming the sortable ones', async () => {
    const response = await supergraph.query(`{ orders(pagination: { order: "-total" }) { data { id } } }`);
    expectBadInput(response, 'BAD_USER_INPUT', 'Unknown sort field "total"');
    expect(response.errors![0].message).toContain('display_id');
  });

  // The gateway does not parse custom scalars: the order subgraph refuses the variable with a 400,
  // and the gateway passes its coded error on (gateway/subgraph-source.ts).
  it('a malformed date in a variable is BAD_USER_INPUT', async () => {
    const response = await supergraph.query(`query($f: OrderFilters) { orders(filters: $f) { data { id } } }`, {
      f: { created_at: { gte: 'yesterday' } },
    });
    expectBadInput(response, 'BAD_USER_INPUT', 'Invalid DateTime "yesterday"');
  });

  it('malformed ids are BAD_USER_INPUT, in by-id queries and in filters', async () => {
    expectBadInput(
      await supergraph.query(`{ order(id: "cart_01KDVDNA00ZZZZZZZZZZZZZZZZ") { id } }`),
      'BAD_USER_INPUT',
      'expected "order_"',
    );
    expectBadInput(
      await supergraph.query(`{ order_line_item(id: "ordli_x") { id } }`),
      'BAD_USER_INPUT',
      'expected "ordli_"',
    );
    expectBadInput(
      await supergraph.query(
        `{ orders(filters: { region_id: ["order_01KDVDNA00ZZZZZZZZZZZZZZZZ"] }) { data { id } } }`,
      ),
      'BAD_USER_INPUT',
      'filters.region_id',
    );
  });

  it('a display_id that is not an integer and a NUL in a text filter are refused with a code', async () => {
    const notInt = await supergraph.query(`query($f: OrderFilters) { orders(filters: $f) { data { id } } }`, {
      f: { display_id: ['one'] },
    });
    expect(notInt.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const nul = await supergraph.query(`query($f: OrderFilters) { orders(filters: $f) { data { id } } }`, {
      f: { email: ['a\u0000b'] },
    });
    expectBadInput(nul, 'BAD_USER_INPUT', 'NUL');
  });
});

describe('no N+1 in a page of full orders', () => {
  it('six orders cost the same SQL statements as two', async () => {
    const query = `query($take: Int!) { orders(pagination: { take: $take }) { data {
      id total summary { paid_total } shipping_address { city } billing_address { city } transactions { amount } credit_lines { amount }
      items { total detail { quantity } adjustments { amount } tax_lines { rate } variant { id } }
      shipping_methods { total detail { version } adjustments { amount } tax_lines { rate } }
      cart { id }
    } } }`;
    const cost = async (take: number) => {
      const { result, statements } = await supergraph.count(() => supergraph.query(query, { take }));
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const two = await cost(2);
    const six = await cost(6);
    expect(six).toBe(two);
    expect(six).toBeLessThan(25);
  });
});
