import Decimal from 'decimal.js';
import { CARTS_START, cartPlan, demoCartId } from '../seed/carts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/** The cart module's lists (`carts`, `line_items`) on the demo data: filters, pages, soft deletes, bad input. */
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

async function errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const response = await supergraph.query(query, variables);
  expect(response.data?.carts ?? response.data?.line_items ?? null).toBeNull();
  return response.errors?.[0].extensions?.code;
}

interface ListedCart {
  id: string;
  email: string;
  currency_code: string;
  customer_id: string;
  region_id: string;
  sales_channel_id: string;
  completed_at: string | null;
  created_at: string;
  deleted_at: string | null;
}
interface CartPage {
  carts: { data: ListedCart[]; metadata: { count: number; skip: number; take: number } };
}
const CARTS_QUERY = `query($filters: CartFilters, $pagination: Pagination, $with_deleted: Boolean) {
  carts(filters: $filters, pagination: $pagination, with_deleted: $with_deleted) {
    data { id email currency_code customer_id region_id sales_channel_id completed_at created_at deleted_at }
    metadata { count skip take }
  }
}`;
const carts = (variables: Record<string, unknown>) => data<CartPage>(CARTS_QUERY, variables).then((page) => page.carts);

interface ListedItem {
  id: string;
  cart_id: string;
  product_id: string;
  variant_id: string;
  unit_price: string;
  created_at: string;
  tax_lines: { rate: number; code: string }[];
}
const ITEMS_QUERY = `query($filters: LineItemFilters, $pagination: Pagination, $with_deleted: Boolean) {
  line_items(filters: $filters, pagination: $pagination, with_deleted: $with_deleted) {
    data { id cart_id product_id variant_id unit_price created_at tax_lines { rate code } }
    metadata { count skip take }
  }
}`;
const lineItems = (variables: Record<string, unknown>) =>
  data<{ line_items: { data: ListedItem[]; metadata: { count: number; skip: number; take: number } } }>(
    ITEMS_QUERY,
    variables,
  ).then((page) => page.line_items);

const ids = Array.from({ length: CARTS }, (_, index) => demoCartId(index));
const minute = (index: number) => new Date(CARTS_START + index * 60_000).toISOString();
/** Every cart has 1 + index % 3 items: 8 × (1 + 2 + 3) = 48 in the demo of 24 carts. */
const ITEM_COUNT = ids.reduce((sum, _, index) => sum + cartPlan(index).itemCount, 0);

let all: ListedCart[];
beforeAll(async () => {
  all = (await carts({ pagination: { take: 200 } })).data;
});

describe("carts: filters on the cart's own fields", () => {
  it('lists every demo cart, oldest first', () => {
    expect(all.map((cart) => cart.id)).toEqual(ids);
  });

  it('filters by ids and foreign keys (any of the values)', async () => {
    expect((await carts({ filters: { id: [ids[3], ids[7]] } })).data.map((cart) => cart.id)).toEqual([ids[3], ids[7]]);
    expect((await carts({ filters: { customer_id: [all[5].customer_id] } })).data.map((cart) => cart.id)).toEqual([
      ids[5],
    ]);
    // Regions take turns: Europe, North America, United Kingdom.
    const europe = await carts({ filters: { region_id: [all[0].region_id] } });
    expect(europe.data.map((cart) => cart.id)).toEqual(ids.filter((_, index) => index % 3 === 0));
    expect(new Set(europe.data.map((cart) => cart.currency_code))).toEqual(new Set(['eur']));
    expect((await carts({ filters: { sales_channel_id: [all[0].sales_channel_id] } })).metadata.count).toBe(CARTS);
  });

  it('filters by text equality lists and a boolean', async () => {
    expect((await carts({ filters: { email: [all[2].email, all[9].email] } })).data.map((cart) => cart.id)).toEqual([
      ids[2],
      ids[9],
    ]);
    const pounds = await carts({ filters: { currency_code: ['gbp', 'usd'] } });
    expect(pounds.metadata.count).toBe(16);
    expect(pounds.data.every((cart) => cart.currency_code !== 'eur')).toBe(true);
    // Every 4th cart is completed.
    expect((await carts({ filters: { completed: true } })).data.map((cart) => cart.id)).toEqual(
      ids.filter((_, index) => index % 4 === 0),
    );
    expect((await carts({ filters: { completed: false } })).metadata.count).toBe(18);
  });

  it('filters by date ranges', async () => {
    // Cart n is made n minutes after CARTS_START.
    const made = await carts({ filters: { created_at: { gte: minute(2), lt: minute(5) } } });
    expect(made.data.map((cart) => cart.id)).toEqual([ids[2], ids[3], ids[4]]);
    expect((await carts({ filters: { created_at: { eq: minute(7) } } })).data.map((cart) => cart.id)).toEqual([ids[7]]);
    // Completed 30 minutes after it was made: cart 4 at minute 34, … cart 16 at minute 46.
    const completed = await carts({ filters: { completed_at: { gte: minute(34), lt: minute(50) } } });
    expect(completed.data.map((cart) => cart.id)).toEqual([4, 8, 12, 16].map((index) => ids[index]));
    expect((await carts({ filters: { updated_at: { lte: minute(0) } } })).metadata.count).toBe(0);
  });

  it('combines filters: every filter given applies', async () => {
    const page = await carts({ filters: { currency_code: ['eur'], completed: true, created_at: { gte: minute(10) } } });
    // Europe is carts 0, 3, 6, …; completed are 0, 4, 8, …: both from cart 10 on is cart 12 alone.
    expect(page.data.map((cart) => cart.id)).toEqual([ids[12]]);
  });
});

describe('carts: pagination', () => {
  it('pages with skip and take, and counts every match', async () => {
    const page = await carts({ pagination: { skip: 5, take: 3 } });
    expect(page.data.map((cart) => cart.id)).toEqual(ids.slice(5, 8));
    expect(page.metadata).toEqual({ count: CARTS, skip: 5, take: 3 });
  });

  it("sorts in Medusa's order syntax, ascending or descending, ties broken by id", async () => {
    const newest = await carts({ pagination: { take: 3, order: '-created_at' } });
    expect(newest.data.map((cart) => cart.id)).toEqual([ids[23], ids[22], ids[21]]);
    // eur first (carts 0, 3, …, 21), newest first among them.
    const byCurrency = await carts({ pagination: { take: 2, order: 'currency_code,-created_at' } });
    expect(byCurrency.data.map((cart) => cart.id)).toEqual([ids[21], ids[18]]);
    const completedFirst = await carts({
      filters: { completed: true },
      pagination: { order: '-completed_at', take: 1 },
    });
    expect(completedFirst.data.map((cart) => cart.id)).toEqual([ids[20]]);
  });

  it('gives an empty page past the end, and every match when take is larger than the total', async () => {
    const past = await carts({ pagination: { skip: 100, take: 10 } });
    expect(past).toEqual({ data: [], metadata: { count: CARTS, skip: 100, take: 10 } });
    const large = await carts({ filters: { completed: true }, pagination: { take: 200 } });
    expect(large.data).toHaveLength(6);
    expect(large.metadata).toEqual({ count: 6, skip: 0, take: 200 });
  });
});

describe('line_items', () => {
  let items: ListedItem[];
  beforeAll(async () => {
    const page = await lineItems({ pagination: { take: 200 } });
    items = page.data;
    expect(page.metadata.count).toBe(ITEM_COUNT);
  });

  it('filters by cart, product and variant', async () => {
    const ofCarts = await lineItems({ filters: { cart_id: [ids[0], ids[1]] } });
    expect(ofCarts.metadata.count).toBe(cartPlan(0).itemCount + cartPlan(1).itemCount);
    expect(new Set(ofCarts.data.map((item) => item.cart_id))).toEqual(new Set([ids[0], ids[1]]));

    const product = items[0].product_id;
    const ofProduct = await lineItems({ filters: { product_id: [product] }, pagination: { take: 200 } });
    expect(ofProduct.data.map((item) => item.id)).toEqual(
      items.filter((item) => item.product_id === product).map((item) => item.id),
    );

    const variants = [items[1].variant_id, items[2].variant_id];
    const ofVariants = await lineItems({
      filters: { variant_id: variants, id: items.map((item) => item.id) },
      pagination: { take: 200 },
    });
    expect(ofVariants.data.map((item) => item.id)).toEqual(
      items.filter((item) => variants.includes(item.variant_id)).map((item) => item.id),
    );
  });

  it('filters by an amount range and a date range', async () => {
    const mid = await lineItems({ filters: { unit_price: { gte: '30', lte: '44.50' } }, pagination: { take: 200 } });
    const expected = items.filter(
      (item) => new Decimal(item.unit_price).gte(30) && new Decimal(item.unit_price).lte('44.50'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(mid.data.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    // Cart 3's one item was made at minute 3.
    const atThree = await lineItems({ filters: { created_at: { gte: minute(3), lt: minute(4) } } });
    expect(atThree.data.map((item) => item.cart_id)).toEqual([ids[3]]);
  });

  it('sorts and pages', async () => {
    const priciest = await lineItems({ pagination: { take: 5, order: '-unit_price' } });
    const prices = priciest.data.map((item) => new Decimal(item.unit_price).toNumber());
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    expect(prices[0]).toBe(Math.max(...items.map((item) => Number(item.unit_price))));
    const last = await lineItems({ pagination: { skip: ITEM_COUNT - 2, take: 10 } });
    expect(last.data.map((item) => item.id)).toEqual(items.slice(-2).map((item) => item.id));
    expect(last.metadata).toEqual({ count: ITEM_COUNT, skip: ITEM_COUNT - 2, take: 10 });
  });

  it("carries its tax lines: the VAT of the cart's country, or North American sales tax", async () => {
    const byCart = new Map(items.map((item) => [item.cart_id, item]));
    expect(byCart.get(ids[0])!.tax_lines).toEqual([{ rate: 19, code: 'DE-VAT' }]); // Germany
    expect(byCart.get(ids[1])!.tax_lines).toEqual([{ rate: 13, code: 'CA-ON-HST' }]); // Canada
    expect(byCart.get(ids[2])!.tax_lines).toEqual([{ rate: 20, code: 'GB-VAT' }]); // United Kingdom
    expect(byCart.get(ids[4])!.tax_lines).toEqual([{ rate: 8.875, code: 'US-NY' }]); // United States
  });
});

describe('relations of the full model', () => {
  it('a cart has its addresses, credit lines, and shipping methods with tax lines', async () => {
    const { cart } = await data<{
      cart: {
        shipping_address_id: string;
        shipping_address: { id: string; country_code: string; deleted_at: string | null };
        billing_address: { id: string };
        credit_lines: {
          id: string;
          reference: string;
          reference_id: string;
          amount: string;
          metadata: unknown;
          cart_id: string;
        }[];
        shipping_methods: {
          is_tax_inclusive: boolean;
          tax_lines: { code: string; rate: number; provider_id: string; tax_rate_id: string }[];
          adjustments: unknown[];
        }[];
        items: {
          product_type: string;
          product_type_id: string;
          variant_option_values: unknown;
          variant_title: string;
        }[];
        customer_id: string;
      };
    }>(
      `query($id: ID!) { cart(id: $id) {
        customer_id shipping_address_id shipping_address { id country_code deleted_at } billing_address { id }
        credit_lines { id cart_id reference reference_id amount metadata }
        shipping_methods { is_tax_inclusive tax_lines { code rate provider_id tax_rate_id } adjustments { amount } }
        items { product_type product_type_id variant_option_values variant_title }
      } }`,
      { id: ids[4] },
    );
    expect(cart.shipping_address).toEqual({ id: cart.shipping_address_id, country_code: 'us', deleted_at: null });
    expect(cart.billing_address.id).toBe(cart.shipping_address_id);
    // Cart 4 has 5.00 of the customer's loyalty points.
    expect(cart.credit_lines).toEqual([
      {
        id: expect.stringMatching(/^cacl_/),
        cart_id: ids[4],
        reference: 'loyalty_points',
        reference_id: cart.customer_id,
        amount: '5.00',
        metadata: { points: 500 },
      },
    ]);
    expect(cart.shipping_methods).toEqual([
      {
        is_tax_inclusive: false,
        tax_lines: [{ code: 'US-NY', rate: 8.875, provider_id: 'system', tax_rate_id: expect.stringMatching(/^txr_/) }],
        adjustments: [],
      },
    ]);
    for (const item of cart.items) {
      expect(item.product_type_id).toMatch(/^ptyp_/);
      // The snapshot of the variant's options: its size (the variant's title) and its colour.
      expect(Object.values(item.variant_option_values as Record<string, string>)).toContain(item.variant_title);
      expect(item.variant_option_values).toHaveProperty('Color');
    }
  });
});

describe('bad input', () => {
  it('an unknown sort field is BAD_USER_INPUT', async () => {
    expect(await errorCode('{ carts(pagination: { order: "-nope" }) { data { id } } }')).toBe('BAD_USER_INPUT');
    expect(await errorCode('{ line_items(pagination: { order: "total" }) { data { id } } }')).toBe('BAD_USER_INPUT');
  });

  it('a malformed date or amount in a variable is BAD_USER_INPUT', async () => {
    expect(await errorCode(CARTS_QUERY, { filters: { created_at: { gte: 'yesterday' } } })).toBe('BAD_USER_INPUT');
    expect(await errorCode(ITEMS_QUERY, { filters: { unit_price: { gt: 'ten' } } })).toBe('BAD_USER_INPUT');
  });

  it('a malformed id in a filter is BAD_USER_INPUT, naming the expected prefix', async () => {
    const response = await supergraph.query(CARTS_QUERY, { filters: { region_id: [ids[0]] } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', expectedPrefix: 'reg_' });
    expect(await errorCode(ITEMS_QUERY, { filters: { cart_id: ['cart_nope'] } })).toBe('BAD_USER_INPUT');
    expect(await errorCode(ITEMS_QUERY, { filters: { variant_id: [ids[0]] } })).toBe('BAD_USER_INPUT');
  });

  it('a page size out of range is BAD_USER_INPUT', async () => {
    expect(await errorCode(ITEMS_QUERY, { pagination: { take: 0 } })).toBe('BAD_USER_INPUT');
  });
});

describe('with_deleted', () => {
  it('a soft-deleted cart is hidden from the list and by id, and shown when asked', async () => {
    await supergraph.db.query('update cart.cart set deleted_at = now() where id = $1', [ids[23]]);
    const live = await carts({ pagination: { take: 200 } });
    expect(live.metadata.count).toBe(CARTS - 1);
    expect(live.data.map((cart) => cart.id)).not.toContain(ids[23]);
    const byId = `query($id: ID!, $with_deleted: Boolean) { cart(id: $id, with_deleted: $with_deleted) { id deleted_at } }`;
    expect((await data<{ cart: unknown }>(byId, { id: ids[23] })).cart).toBeNull();

    const withDeleted = await carts({ pagination: { take: 200 }, with_deleted: true });
    expect(withDeleted.metadata.count).toBe(CARTS);
    expect(withDeleted.data.find((cart) => cart.id === ids[23])!.deleted_at).toEqual(expect.any(String));
    expect((await data<{ cart: { id: string } }>(byId, { id: ids[23], with_deleted: true })).cart.id).toBe(ids[23]);
  });

  it('a soft-deleted line item is hidden from lists, by id and from its cart, and shown when asked', async () => {
    // Cart 22 has 1 + 22 % 3 = 2 items.
    const [gone, kept] = (await lineItems({ filters: { cart_id: [ids[22]] } })).data;
    await supergraph.db.query('update cart.cart_line_item set deleted_at = now() where id = $1', [gone.id]);

    expect((await lineItems({ filters: { cart_id: [ids[22]] } })).data.map((item) => item.id)).toEqual([kept.id]);
    const withDeleted = await lineItems({ filters: { cart_id: [ids[22]] }, with_deleted: true });
    expect(withDeleted.data.map((item) => item.id)).toEqual([gone.id, kept.id]);

    const byId = `query($id: ID!, $with_deleted: Boolean) { line_item(id: $id, with_deleted: $with_deleted) { id deleted_at } }`;
    expect((await data<{ line_item: unknown }>(byId, { id: gone.id })).line_item).toBeNull();
    expect(
      (await data<{ line_item: { deleted_at: string } }>(byId, { id: gone.id, with_deleted: true })).line_item
        .deleted_at,
    ).toEqual(expect.any(String));
    // Nested relations always hide soft-deleted rows, and the totals leave them out.
    const { cart } = await data<{ cart: { items: { id: string; total: string }[]; item_total: string } }>(
      `query($id: ID!) { cart(id: $id) { items { id total } item_total } }`,
      { id: ids[22] },
    );
    expect(cart.items.map((item) => item.id)).toEqual([kept.id]);
    expect(cart.item_total).toBe(cart.items[0].total);
  });
});
