import { subgraphHeaders } from '../kit/secret';
import { cartPlan, demoFulfillmentId, demoOrderId, generateCarts } from '../seed/carts';
import {
  customerCount,
  demoAccountHolderId,
  demoCustomer,
  demoStockLocationId,
  hasAccountHolder,
  products,
  regions,
  salesChannels,
  shippingOptions,
} from '../seed/catalog';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * The read-only links (no pivot: the foreign key is on the source) in both directions, through
 * the gateway: Order.customer / region / sales_channel and OrderLineItem.product / variant, and
 * the reverse lists each owning subgraph serves (Customer / Region / SalesChannel .carts and
 * .orders, ProductVariant.cart_items and .order_items), paginated and batched. Then the
 * entities the stored links need: Fulfillment, AccountHolder, and the payment subgraph's
 * internal cascade mutations.
 */
const CARTS = 60;
const seed = generateCarts(0, CARTS, CARTS);
const CUSTOMERS = customerCount(CARTS);
const indexes = Array.from({ length: CARTS }, (_, index) => index);
const byRegion = (key: string) => indexes.filter((index) => regions[index % regions.length].key === key);
const uk = regions.find((region) => region.key === 'uk')!;
const cartIds = (list: number[]) => list.map((index) => seed.cart.carts[index].id);
const orderIds = (list: number[]) => list.filter((index) => cartPlan(index).completed).map(demoOrderId);

let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
});
afterAll(() => supergraph?.stop());

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  // The payment collection cascades are internal: they go straight to the payment subgraph.
  const internal = /^mutation[^{]*\{\s*(soft_delete|restore)_payment_collections/.test(query);
  const response = internal
    ? await supergraph.querySubgraph<Data>('payment', query, variables)
    : await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

interface Page<T> {
  data: T[];
  metadata: { count: number; skip: number; take: number };
}
const ids = (page: Page<{ id: string }>) => page.data.map((row) => row.id);

describe('read-only links from the order: Order.customer, region, sales_channel; OrderLineItem.product, variant', () => {
  it("resolve to the seed's customer, region, sales channel, product and variant of each order", async () => {
    const { orders } = await data<{
      orders: {
        data: {
          id: string;
          email: string;
          customer: { id: string; email: string };
          region: { id: string; name: string };
          sales_channel: { id: string; name: string };
          items: {
            variant_sku: string;
            product: { id: string; title: string };
            variant: { id: string; sku: string };
          }[];
        }[];
      };
    }>(`{ orders(pagination: { take: 50 }) { data {
      id email customer { id email } region { id name } sales_channel { id name }
      items { variant_sku product { id title } variant { id sku } }
    } } }`);
    const completed = indexes.filter((index) => cartPlan(index).completed);
    expect(orders.data.map((order) => order.id)).toEqual(completed.map(demoOrderId));
    orders.data.forEach((order, n) => {
      const index = completed[n];
      const customer = demoCustomer(index % CUSTOMERS);
      expect(order.customer).toEqual({ id: customer.id, email: customer.email });
      expect(order.region).toEqual({
        id: regions[index % regions.length].id,
        name: regions[index % regions.length].name,
      });
      expect(order.sales_channel).toEqual({ id: salesChannels[0].id, name: salesChannels[0].name });
      const cartItems = seed.cart.items.filter((item) => item.cart_id === seed.cart.carts[index].id);
      expect(order.items.map((item) => item.variant.id).sort()).toEqual(
        cartItems.map((item) => item.variant_id).sort(),
      );
      for (const item of order.items) {
        const product = products.find((candidate) => candidate.id === item.product.id)!;
        expect(item.product.title).toBe(product.title);
        expect(item.variant.sku).toBe(item.variant_sku);
        expect(product.variants.some((variant) => variant.id === item.variant.id)).toBe(true);
      }
    });
  });

  it('is null when the foreign key is null', async () => {
    const orderId = demoOrderId(4);
    await supergraph.db.query(`update "order"."order" set customer_id = null, sales_channel_id = null where id = $1`, [
      orderId,
    ]);
    try {
      const { order } = await data<{ order: { customer: null; sales_channel: null; region: { id: string } } }>(
        `query($id: ID!) { order(id: $id) { customer { id email } sales_channel { id name } region { id } } }`,
        { id: orderId },
      );
      expect(order).toEqual({ customer: null, sales_channel: null, region: { id: regions[1].id } });
    } finally {
      await supergraph.db.query(`update "order"."order" set customer_id = $2, sales_channel_id = $3 where id = $1`, [
        orderId,
        demoCustomer(4).id,
        salesChannels[0].id,
      ]);
    }
  });
});

describe('reverse lists: Region.carts and Region.orders', () => {
  it("the UK's carts are exactly the seed's UK carts, and its orders the UK orders", async () => {
    const { region } = await data<{
      region: { carts: Page<{ id: string; region_id: string }>; orders: Page<{ id: string; region_id: string }> };
    }>(
      `query($id: ID!) { region(id: $id) {
        carts(pagination: { take: 200 }) { data { id region_id } metadata { count skip take } }
        orders(pagination: { take: 200 }) { data { id region_id } metadata { count skip take } }
      } }`,
      { id: uk.id },
    );
    const ukCarts = byRegion('uk');
    expect(ids(region.carts)).toEqual(cartIds(ukCarts));
    expect(region.carts.data.every((cart) => cart.region_id === uk.id)).toBe(true);
    expect(region.carts.metadata).toEqual({ count: ukCarts.length, skip: 0, take: 200 });
    expect(ids(region.orders)).toEqual(orderIds(ukCarts));
    expect(region.orders.data.every((order) => order.region_id === uk.id)).toBe(true);
    expect(region.orders.metadata.count).toBe(orderIds(ukCarts).length);
    expect(region.orders.metadata.count).toBeGreaterThan(0);
  });

  it('every region lists its own carts; together they are every cart', async () => {
    const { regions: list } = await data<{ regions: { data: { id: string; carts: Page<{ id: string }> }[] } }>(
      '{ regions { data { id carts(pagination: { take: 200 }) { data { id } metadata { count } } } } }',
    );
    expect(list.data).toHaveLength(regions.length);
    for (const region of list.data) {
      const key = regions.find((candidate) => candidate.id === region.id)!.key;
      expect(ids(region.carts)).toEqual(cartIds(byRegion(key)));
    }
    expect(list.data.reduce((sum, region) => sum + region.carts.metadata.count, 0)).toBe(CARTS);
  });

  it('hides soft-deleted carts and orders, and counts without them', async () => {
    const [first] = byRegion('uk');
    const cartId = seed.cart.carts[first].id;
    await supergraph.db.query('update cart.cart set deleted_at = now() where id = $1', [cartId]);
    try {
      const { region } = await data<{ region: { carts: Page<{ id: string }> } }>(
        'query($id: ID!) { region(id: $id) { carts(pagination: { take: 200 }) { data { id } metadata { count } } } }',
        { id: uk.id },
      );
      expect(ids(region.carts)).toEqual(cartIds(byRegion('uk').slice(1)));
      expect(region.carts.metadata.count).toBe(byRegion('uk').length - 1);
    } finally {
      await supergraph.db.query('update cart.cart set deleted_at = null where id = $1', [cartId]);
    }
  });
});

describe('reverse lists: Customer.carts and Customer.orders', () => {
  it("a customer's carts and orders are the seed's, in creation order", async () => {
    // With 60 carts and 50 customers, customer 0 has carts 0 and 50; cart 0 was completed.
    const customer = demoCustomer(0);
    const { customer: found } = await data<{
      customer: {
        email: string;
        carts: Page<{ id: string; customer_id: string }>;
        orders: Page<{ id: string; email: string }>;
      };
    }>(
      `query($id: ID!) { customer(id: $id) {
        email
        carts { data { id customer_id } metadata { count skip take } }
        orders { data { id email } metadata { count skip take } }
      } }`,
      { id: customer.id },
    );
    expect(found.email).toBe(customer.email);
    expect(ids(found.carts)).toEqual(cartIds([0, 50]));
    expect(found.carts.metadata).toEqual({ count: 2, skip: 0, take: 20 });
    expect(ids(found.orders)).toEqual([demoOrderId(0)]);
    expect(found.orders.data[0].email).toBe(customer.email);
    expect(found.orders.metadata).toEqual({ count: 1, skip: 0, take: 20 });
  });

  it('a customer with no completed cart has carts but no orders', async () => {
    // Customer 1 has carts 1 and 51, neither completed.
    expect(cartPlan(1).completed || cartPlan(51).completed).toBe(false);
    const { customer } = await data<{ customer: { carts: Page<{ id: string }>; orders: Page<{ id: string }> } }>(
      'query($id: ID!) { customer(id: $id) { carts { data { id } metadata { count } } orders { data { id } metadata { count } } } }',
      { id: demoCustomer(1).id },
    );
    expect(ids(customer.carts)).toEqual(cartIds([1, 51]));
    expect(customer.orders).toEqual({ data: [], metadata: { count: 0 } });
  });

  it('walks back and forth: a cart’s customer lists that cart', async () => {
    const { cart } = await data<{
      cart: { id: string; customer: { carts: Page<{ id: string }>; orders: Page<{ id: string }> } };
    }>('query($id: ID!) { cart(id: $id) { id customer { carts { data { id } } orders { data { id } } } } }', {
      id: seed.cart.carts[8].id,
    });
    expect(ids(cart.customer.carts)).toContain(cart.id);
    expect(ids(cart.customer.orders)).toEqual([demoOrderId(8)]);
  });
});

describe('reverse lists: SalesChannel.carts and SalesChannel.orders', () => {
  it('the default channel has every cart and order; the others have none', async () => {
    const { sales_channels } = await data<{
      sales_channels: { data: { id: string; carts: Page<{ id: string }>; orders: Page<{ id: string }> }[] };
    }>(
      '{ sales_channels { data { id carts { data { id } metadata { count skip take } } orders { data { id } metadata { count skip take } } } } }',
    );
    const byId = new Map(sales_channels.data.map((channel) => [channel.id, channel]));
    const main = byId.get(salesChannels[0].id)!;
    expect(ids(main.carts)).toEqual(cartIds(indexes.slice(0, 20)));
    expect(main.carts.metadata).toEqual({ count: CARTS, skip: 0, take: 20 });
    expect(ids(main.orders)).toEqual(orderIds(indexes).slice(0, 20));
    expect(main.orders.metadata).toEqual({ count: orderIds(indexes).length, skip: 0, take: 20 });
    for (const channel of salesChannels.slice(1)) {
      expect(byId.get(channel.id)).toEqual({
        id: channel.id,
        carts: { data: [], metadata: { count: 0, skip: 0, take: 20 } },
        orders: { data: [], metadata: { count: 0, skip: 0, take: 20 } },
      });
    }
  });
});

describe('reverse lists: ProductVariant.cart_items and ProductVariant.order_items', () => {
  const variantIds = [...new Set(seed.cart.items.map((item) => item.variant_id!))].sort();
  const allVariants = products.flatMap((product) => product.variants);

  it("each variant's cart and order lines are the seed's lines holding it", async () => {
    const { product_variants } = await data<{
      product_variants: {
        data: {
          id: string;
          cart_items: Page<{ id: string; variant_id: string; cart_id: string }>;
          order_items: Page<{ id: string; variant_id: string; order_id: string; variant: { id: string } }>;
        }[];
      };
    }>(`{ product_variants(pagination: { take: 50 }) { data {
      id
      cart_items(pagination: { take: 200 }) { data { id variant_id cart_id } metadata { count } }
      order_items(pagination: { take: 200 }) { data { id variant_id order_id variant { id } } metadata { count } }
    } } }`);
    expect(product_variants.data).toHaveLength(allVariants.length);
    let empty = 0;
    for (const variant of product_variants.data) {
      const cartLines = seed.cart.items
        .filter((item) => item.variant_id === variant.id)
        .map((item) => item.id)
        .sort();
      const orderLines = seed.order.line_item
        .filter((item) => item.variant_id === variant.id)
        .map((item) => item.id)
        .sort();
      expect(ids(variant.cart_items)).toEqual(cartLines);
      expect(variant.cart_items.metadata.count).toBe(cartLines.length);
      expect(ids(variant.order_items)).toEqual(orderLines);
      expect(variant.order_items.metadata.count).toBe(orderLines.length);
      for (const item of variant.order_items.data) {
        expect(item).toMatchObject({
          variant_id: variant.id,
          variant: { id: variant.id },
          order_id: expect.stringMatching(/^order_/),
        });
      }
      if (orderLines.length === 0) empty += 1;
    }
    // The seed puts some variants in carts and orders, and leaves others out of every order.
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(allVariants.length);
  });

  it('a variant in no cart has empty lists', async () => {
    const unused = allVariants.find((variant) => !variantIds.includes(variant.id));
    const target = unused?.id ?? variantIds[0];
    if (!unused)
      await supergraph.db.query('update cart.cart_line_item set deleted_at = now() where variant_id = $1', [target]);
    try {
      const { product_variant } = await data<{ product_variant: { cart_items: Page<{ id: string }> } }>(
        'query($id: ID!) { product_variant(id: $id) { cart_items { data { id } metadata { count skip take } } } }',
        { id: target },
      );
      expect(product_variant.cart_items).toEqual({ data: [], metadata: { count: 0, skip: 0, take: 20 } });
    } finally {
      if (!unused)
        await supergraph.db.query('update cart.cart_line_item set deleted_at = null where variant_id = $1', [target]);
    }
  });
});

describe('pagination of the reverse lists', () => {
  const QUERY = `query($id: ID!, $pagination: Pagination) { region(id: $id) {
    carts(pagination: $pagination) { data { id email } metadata { count skip take } }
  } }`;
  const ukCarts = byRegion('uk');
  const carts = async (pagination: Record<string, unknown>) =>
    (await data<{ region: { carts: Page<{ id: string; email: string }> } }>(QUERY, { id: uk.id, pagination })).region
      .carts;

  it('skip and take select a slice of the creation order', async () => {
    const page = await carts({ skip: 2, take: 3 });
    expect(ids(page)).toEqual(cartIds(ukCarts.slice(2, 5)));
    expect(page.metadata).toEqual({ count: ukCarts.length, skip: 2, take: 3 });
  });

  it('order sorts ascending or descending, with the id breaking ties', async () => {
    expect(ids(await carts({ take: 200, order: '-created_at' }))).toEqual(cartIds([...ukCarts].reverse()));
    const byEmail = await carts({ take: 200, order: 'email' });
    const expected = ukCarts
      .map((index) => seed.cart.carts[index])
      .sort((a, b) => (a.email! < b.email! ? -1 : a.email! > b.email! ? 1 : a.id < b.id ? -1 : 1))
      .map((cart) => cart.id);
    expect(ids(byEmail)).toEqual(expected);
  });

  it('a page past the end is empty but still counts; take beyond the total returns all', async () => {
    expect(await carts({ skip: 1000, take: 5 })).toEqual({
      data: [],
      metadata: { count: ukCarts.length, skip: 1000, take: 5 },
    });
    expect(ids(await carts({ take: 200 }))).toEqual(cartIds(ukCarts));
  });

  it('different pages of one list in one request each get their own rows', async () => {
    const { region } = await data<{ region: { first: Page<{ id: string }>; second: Page<{ id: string }> } }>(
      `query($id: ID!) { region(id: $id) {
        first: carts(pagination: { take: 2 }) { data { id } }
        second: carts(pagination: { skip: 2, take: 2 }) { data { id } }
      } }`,
      { id: uk.id },
    );
    expect(ids(region.first)).toEqual(cartIds(ukCarts.slice(0, 2)));
    expect(ids(region.second)).toEqual(cartIds(ukCarts.slice(2, 4)));
  });

  it('order items sort by their own fields', async () => {
    const variantId = seed.order.line_item[0].variant_id!;
    const lines = seed.order.line_item.filter((item) => item.variant_id === variantId);
    const { product_variant } = await data<{
      product_variant: { order_items: Page<{ id: string; quantity: string }> };
    }>(
      `query($id: ID!) { product_variant(id: $id) { order_items(pagination: { order: "-id", take: 1 }) { data { id quantity } metadata { count } } } }`,
      { id: variantId },
    );
    expect(ids(product_variant.order_items)).toEqual([
      lines
        .map((line) => line.id)
        .sort()
        .at(-1),
    ]);
    expect(product_variant.order_items.metadata.count).toBe(lines.length);
  });

  it('an unknown sort field, a negative skip or a take out of range is BAD_USER_INPUT', async () => {
    for (const pagination of [{ order: 'password' }, { skip: -1 }, { take: 0 }, { take: 201 }]) {
      const response = await supergraph.query(QUERY, { id: uk.id, pagination });
      expect(code(response)).toBe('BAD_USER_INPUT');
    }
    const response = await supergraph.query(QUERY, { id: uk.id, pagination: { order: 'password' } });
    expect(response.errors![0].message).toMatch(/Unknown sort field "password".*sortable: id, region_id/);
  });
});

describe('no N+1: the reverse lists cost one statement per list field, whatever the number of parents', () => {
  async function cost(query: string, take: number) {
    const { result, statements } = await supergraph.count(() =>
      supergraph.query<Record<string, { data: unknown[] }>>(query, { take }),
    );
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data!)[0].data).toHaveLength(take);
    return statements;
  }

  it('20 customers selecting their carts and orders (and counts) cost the same as 2', async () => {
    const query = `query($take: Int) { customers(pagination: { take: $take }) { data {
      id carts(pagination: { take: 5 }) { data { id } metadata { count } } orders { data { id } metadata { count } }
    } } }`;
    expect(await cost(query, 20)).toBe(await cost(query, 2));
  });

  it('20 variants selecting their cart and order items cost the same as 2', async () => {
    const query = `query($take: Int) { product_variants(pagination: { take: $take }) { data {
      id cart_items { data { id } metadata { count } } order_items { data { id quantity } metadata { count } }
    } } }`;
    const two = await cost(query, 2);
    expect(await cost(query, 20)).toBe(two);
    // The list, then per list field one page statement and one count: 1 + 2 × 2.
    expect(two).toBe(5);
  });

  it('every region and sales channel selecting carts and orders cost the same as one', async () => {
    const regionsQuery = `query($take: Int) { regions(pagination: { take: $take }) { data {
      id carts { data { id } metadata { count } } orders { data { id } metadata { count } }
    } } }`;
    expect(await cost(regionsQuery, regions.length)).toBe(await cost(regionsQuery, 1));
    const channelsQuery = `query($take: Int) { sales_channels(pagination: { take: $take }) { data {
      id carts { data { id } } orders { data { id } }
    } } }`;
    expect(await cost(channelsQuery, salesChannels.length)).toBe(await cost(channelsQuery, 1));
  });

  it('the counts are only computed when the metadata is selected', async () => {
    const query = (metadata: string) =>
      `query($take: Int) { regions(pagination: { take: $take }) { data { id carts { data { id } ${metadata} } } } }`;
    const withCount = await cost(query('metadata { count }'), 3);
    const withoutCount = await cost(query(''), 3);
    expect(withCount - withoutCount).toBe(1);
  });
});

describe('Fulfillment (fulfillment subgraph)', () => {
  const fulfilled = indexes.filter((index) => cartPlan(index).fulfilled);
  const delivered = fulfilled.filter((index) => cartPlan(index).delivered);
  const FIELDS = `id location_id packed_at shipped_at delivered_at canceled_at requires_shipping provider_id shipping_option_id
    metadata data provider { id } shipping_option { id name }
    delivery_address { id first_name last_name city country_code }
    items { id title sku barcode quantity line_item_id fulfillment_id }
    labels { id tracking_number tracking_url label_url fulfillment_id }`;
  interface FulfillmentView {
    id: string;
    location_id: string;
    packed_at: string;
    shipped_at: string;
    delivered_at: string | null;
    canceled_at: null;
    requires_shipping: boolean;
    provider: { id: string };
    shipping_option: { id: string; name: string };
    delivery_address: { first_name: string; last_name: string; city: string; country_code: string };
    items: {
      title: string;
      sku: string;
      barcode: string;
      quantity: string;
      line_item_id: string;
      fulfillment_id: string;
    }[];
    labels: { tracking_number: string; tracking_url: string; fulfillment_id: string }[];
  }

  it("every other completed cart's order is shipped: one fulfillment of all its items, with a label", async () => {
    expect(fulfilled).toEqual([0, 8, 16, 24, 32, 40, 48, 56]);
    const { fulfillments } = await data<{ fulfillments: Page<FulfillmentView> }>(
      `{ fulfillments(pagination: { take: 50 }) { data { ${FIELDS} } metadata { count } } }`,
    );
    expect(fulfillments.data.map((fulfillment) => fulfillment.id)).toEqual(fulfilled.map(demoFulfillmentId));
    expect(fulfillments.metadata.count).toBe(fulfilled.length);
    fulfillments.data.forEach((fulfillment, n) => {
      const index = fulfilled[n];
      const cart = seed.cart.carts[index];
      const address = seed.cart.addresses.find((row) => row.id === cart.shipping_address_id)!;
      const method = seed.cart.shipping_methods.find((row) => row.cart_id === cart.id)!;
      const orderLines = seed.order.item.filter((item) => item.order_id === demoOrderId(index));
      expect(fulfillment).toMatchObject({
        location_id: demoStockLocationId,
        canceled_at: null,
        requires_shipping: true,
        provider: { id: 'manual_manual' },
        shipping_option: {
          id: method.shipping_option_id,
          name: shippingOptions.find((option) => option.id === method.shipping_option_id)!.name,
        },
        delivery_address: {
          first_name: address.first_name,
          last_name: address.last_name,
          city: address.city,
          country_code: address.country_code,
        },
      });
      expect(Date.parse(fulfillment.shipped_at)).toBeGreaterThan(Date.parse(fulfillment.packed_at));
      expect(fulfillment.delivered_at !== null).toBe(delivered.includes(index));
      expect(fulfillment.items.map((item) => [item.line_item_id, item.quantity])).toEqual(
        orderLines.map((line) => [line.item_id, line.quantity]),
      );
      for (const item of fulfillment.items) {
        const line = seed.order.line_item.find((row) => row.id === item.line_item_id)!;
        expect(item).toMatchObject({
          title: line.variant_title,
          sku: line.variant_sku,
          barcode: '',
          fulfillment_id: fulfillment.id,
        });
      }
      expect(fulfillment.labels).toHaveLength(1);
      expect(fulfillment.labels[0].tracking_url).toContain(fulfillment.labels[0].tracking_number);
    });
  });

  it('fulfillment(id) finds one; an unknown id is null; a malformed id is BAD_USER_INPUT', async () => {
    const { fulfillment } = await data<{ fulfillment: { id: string; items: { line_item_id: string }[] } }>(
      'query($id: ID!) { fulfillment(id: $id) { id items { line_item_id } } }',
      { id: demoFulfillmentId(8) },
    );
    const { order } = await data<{ order: { items: { id: string }[] } }>(
      'query($id: ID!) { order(id: $id) { items { id } } }',
      { id: demoOrderId(8) },
    );
    expect(fulfillment.items.map((item) => item.line_item_id)).toEqual(order.items.map((item) => item.id));
    expect(
      (await data<{ fulfillment: null }>('{ fulfillment(id: "ful_01ARZ3NDEKTSV4RRFFQ69G5FAV") { id } }')).fulfillment,
    ).toBeNull();
    const malformed = await supergraph.query('{ fulfillment(id: "order_01ARZ3NDEKTSV4RRFFQ69G5FAV") { id } }');
    expect(code(malformed)).toBe('BAD_USER_INPUT');
    expect(
      code(await supergraph.query('{ fulfillments(filters: { location_id: ["warehouse"] }) { data { id } } }')),
    ).toBe('BAD_USER_INPUT');
  });

  it('filters on ids, dates and the location; sorts by its dates', async () => {
    const list = async (filters: Record<string, unknown>, order?: string) =>
      ids(
        (
          await data<{ fulfillments: Page<{ id: string }> }>(
            'query($filters: FulfillmentFilters, $order: String) { fulfillments(filters: $filters, pagination: { take: 50, order: $order }) { data { id } } }',
            { filters, order },
          )
        ).fulfillments,
      );
    expect(await list({ delivered_at: { gte: '2000-01-01T00:00:00Z' } })).toEqual(delivered.map(demoFulfillmentId));
    expect(await list({ id: [demoFulfillmentId(16), demoFulfillmentId(0)] })).toEqual([
      demoFulfillmentId(0),
      demoFulfillmentId(16),
    ]);
    expect(await list({ location_id: [demoStockLocationId], requires_shipping: true })).toHaveLength(fulfilled.length);
    const shipped = (
      await data<{ fulfillment: { shipped_at: string } }>('query($id: ID!) { fulfillment(id: $id) { shipped_at } }', {
        id: demoFulfillmentId(24),
      })
    ).fulfillment.shipped_at;
    expect(await list({ shipped_at: { gt: shipped } })).toEqual(
      fulfilled.filter((index) => index > 24).map(demoFulfillmentId),
    );
    expect(await list({}, '-shipped_at')).toEqual([...fulfilled].reverse().map(demoFulfillmentId));
  });

  it('a soft-deleted fulfillment is hidden unless with_deleted', async () => {
    const id = demoFulfillmentId(56);
    await supergraph.db.query('update fulfillment.fulfillment set deleted_at = now() where id = $1', [id]);
    try {
      const query =
        'query($id: ID!, $with: Boolean) { fulfillment(id: $id, with_deleted: $with) { id deleted_at } fulfillments(with_deleted: $with, pagination: { take: 50 }) { metadata { count } } }';
      const hidden = await data<{ fulfillment: null; fulfillments: Page<never> }>(query, { id, with: false });
      expect(hidden.fulfillment).toBeNull();
      expect(hidden.fulfillments.metadata.count).toBe(fulfilled.length - 1);
      const shown = await data<{ fulfillment: { id: string; deleted_at: string }; fulfillments: Page<never> }>(query, {
        id,
        with: true,
      });
      expect(shown.fulfillment.deleted_at).not.toBeNull();
      expect(shown.fulfillments.metadata.count).toBe(fulfilled.length);
    } finally {
      await supergraph.db.query('update fulfillment.fulfillment set deleted_at = null where id = $1', [id]);
    }
  });
});

describe('AccountHolder (payment subgraph)', () => {
  const holders = Array.from({ length: CUSTOMERS }, (_, index) => index).filter(hasAccountHolder);

  it('registered customers with an even index have one at pp_system_default, keyed by their id', async () => {
    expect(holders.slice(0, 6)).toEqual([0, 2, 6, 8, 10, 12]);
    const { account_holders } = await data<{
      account_holders: Page<{
        id: string;
        provider_id: string;
        external_id: string;
        email: string;
        data: unknown;
        metadata: null;
      }>;
    }>(
      '{ account_holders(pagination: { take: 100 }) { data { id provider_id external_id email data metadata } metadata { count } } }',
    );
    expect(account_holders.metadata.count).toBe(holders.length);
    expect(account_holders.data).toEqual(
      holders.map((index) => ({
        id: demoAccountHolderId(index),
        provider_id: 'pp_system_default',
        external_id: demoCustomer(index).id,
        email: demoCustomer(index).email,
        data: {},
        metadata: null,
      })),
    );
  });

  it('account_holder(id), filters on email and external id, with_deleted, bad input', async () => {
    const customer = demoCustomer(2);
    const { account_holder } = await data<{ account_holder: { external_id: string } }>(
      'query($id: ID!) { account_holder(id: $id) { external_id } }',
      { id: demoAccountHolderId(2) },
    );
    expect(account_holder.external_id).toBe(customer.id);
    const filtered = await data<{ a: Page<{ id: string }>; b: Page<{ id: string }> }>(
      `query($email: String!, $external: String!) {
        a: account_holders(filters: { email: [$email] }) { data { id } }
        b: account_holders(filters: { external_id: [$external], provider_id: ["pp_stripe_stripe"] }) { data { id } }
      }`,
      { email: customer.email, external: customer.id },
    );
    expect(ids(filtered.a)).toEqual([demoAccountHolderId(2)]);
    expect(ids(filtered.b)).toEqual([]);

    await supergraph.db.query('update payment.account_holder set deleted_at = now() where id = $1', [
      demoAccountHolderId(2),
    ]);
    try {
      const query = 'query($id: ID!, $with: Boolean) { account_holder(id: $id, with_deleted: $with) { id } }';
      expect(
        (await data<{ account_holder: null }>(query, { id: demoAccountHolderId(2), with: false })).account_holder,
      ).toBeNull();
      expect(
        (await data<{ account_holder: { id: string } }>(query, { id: demoAccountHolderId(2), with: true }))
          .account_holder.id,
      ).toBe(demoAccountHolderId(2));
    } finally {
      await supergraph.db.query('update payment.account_holder set deleted_at = null where id = $1', [
        demoAccountHolderId(2),
      ]);
    }
    expect(code(await supergraph.query('{ account_holder(id: "cus_01ARZ3NDEKTSV4RRFFQ69G5FAV") { id } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await supergraph.query('{ account_holders(pagination: { order: "data" }) { data { id } } }'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a provider holds one live account per external id', async () => {
    const customer = demoCustomer(0);
    await expect(
      supergraph.db.query(
        `insert into payment.account_holder (id, provider_id, external_id) values ('acchld_01ARZ3NDEKTSV4RRFFQ69G5FAV', 'pp_system_default', $1)`,
        [customer.id],
      ),
    ).rejects.toThrow(/account_holder_provider_id_external_id_unique/);
  });
});

describe('soft_delete_payment_collections and restore_payment_collections (the cascade of an order’s links)', () => {
  const SOFT_DELETE = 'mutation($ids: [ID!]!) { soft_delete_payment_collections(ids: $ids) }';
  const RESTORE = 'mutation($ids: [ID!]!) { restore_payment_collections(ids: $ids) }';
  const COLLECTION = `query($id: ID!) { payment_collection(id: $id, with_deleted: true) {
    id deleted_at payment_sessions { id } payments { id captures { id } }
  } }`;
  const collectionOf = (index: number) =>
    seed.payment.payment_collection.find((row) =>
      seed.links.cart_payment_collection.some(
        (link) => link.cart_id === seed.cart.carts[index].id && link.payment_collection_id === row.id,
      ),
    )!.id;
  const deletedAt = async (table: string, column: string, id: string) =>
    (
      await supergraph.db.query<{ deleted_at: Date | null }>(
        `select deleted_at from payment.${table} where ${column} = $1`,
        [id],
      )
    ).map((row) => row.deleted_at);

  it('soft-deletes a collection with its sessions, payments and captures, and restores them', async () => {
    const id = collectionOf(12);
    const before = await data<{
      payment_collection: {
        deleted_at: null;
        payment_sessions: { id: string }[];
        payments: { id: string; captures: { id: string }[] }[];
      };
    }>(COLLECTION, { id });
    expect(before.payment_collection.deleted_at).toBeNull();
    expect(before.payment_collection.payments[0].captures).toHaveLength(1);

    const deleted = await data<{ soft_delete_payment_collections: string[] }>(SOFT_DELETE, { ids: [id] });
    expect(deleted.soft_delete_payment_collections).toEqual([id]);
    const after = await data<{
      payment_collection: { deleted_at: string; payment_sessions: unknown[]; payments: unknown[] };
    }>(COLLECTION, { id });
    expect(after.payment_collection).toMatchObject({
      deleted_at: expect.any(String),
      payment_sessions: [],
      payments: [],
    });
    const [collectionDeletedAt] = await deletedAt('payment_collection', 'id', id);
    for (const [table, column] of [
      ['payment_session', 'payment_collection_id'],
      ['payment', 'payment_collection_id'],
    ]) {
      expect(await deletedAt(table, column, id)).toEqual([collectionDeletedAt]);
    }
    expect(await deletedAt('capture', 'id', before.payment_collection.payments[0].captures[0].id)).toEqual([
      collectionDeletedAt,
    ]);
    expect(
      (await data<{ payment_collection: null }>('query($id: ID!) { payment_collection(id: $id) { id } }', { id }))
        .payment_collection,
    ).toBeNull();
    // Deleting again changes nothing.
    expect(
      (await data<{ soft_delete_payment_collections: string[] }>(SOFT_DELETE, { ids: [id] }))
        .soft_delete_payment_collections,
    ).toEqual([]);

    const restored = await data<{ restore_payment_collections: string[] }>(RESTORE, { ids: [id] });
    expect(restored.restore_payment_collections).toEqual([id]);
    expect((await data<typeof before>(COLLECTION, { id })).payment_collection).toEqual({
      id,
      ...before.payment_collection,
    });
    expect(
      (await data<{ restore_payment_collections: string[] }>(RESTORE, { ids: [id] })).restore_payment_collections,
    ).toEqual([]);
  });

  it('restore leaves rows that were deleted at another moment deleted', async () => {
    const id = collectionOf(2);
    const [session] = seed.payment.payment_session.filter((row) => row.payment_collection_id === id);
    await supergraph.db.query(
      `update payment.payment_session set deleted_at = now() - interval '1 day' where id = $1`,
      [session.id],
    );
    try {
      await data(SOFT_DELETE, { ids: [id] });
      await data(RESTORE, { ids: [id] });
      expect(await deletedAt('payment_collection', 'id', id)).toEqual([null]);
      expect((await deletedAt('payment_session', 'id', session.id))[0]).not.toBeNull();
    } finally {
      await supergraph.db.query('update payment.payment_session set deleted_at = null where id = $1', [session.id]);
    }
  });

  it('returns only the ids it changed, in the order given, once each', async () => {
    const [a, b] = [collectionOf(6), collectionOf(10)];
    const unknown = 'pay_col_01ARZ3NDEKTSV4RRFFQ69G5FAV';
    await data(SOFT_DELETE, { ids: [a] });
    const deleted = await data<{ soft_delete_payment_collections: string[] }>(SOFT_DELETE, { ids: [b, unknown, a, b] });
    expect(deleted.soft_delete_payment_collections).toEqual([b]);
    const restored = await data<{ restore_payment_collections: string[] }>(RESTORE, { ids: [a, unknown, b, a] });
    expect(restored.restore_payment_collections).toEqual([a, b]);
    expect(
      (await data<{ soft_delete_payment_collections: string[] }>(SOFT_DELETE, { ids: [] }))
        .soft_delete_payment_collections,
    ).toEqual([]);
  });

  it('a malformed id is BAD_USER_INPUT and changes nothing', async () => {
    const id = collectionOf(14);
    for (const mutation of [SOFT_DELETE, RESTORE]) {
      const response = await supergraph.querySubgraph('payment', mutation, {
        ids: [id, 'cart_01ARZ3NDEKTSV4RRFFQ69G5FAV'],
      });
      expect(code(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toMatch(/pay_col_/);
    }
    expect(await deletedAt('payment_collection', 'id', id)).toEqual([null]);
  });

  it('the payment subgraph answers the link subgraph directly, as the cascade calls it', async () => {
    const payment = supergraph.subgraphs.find((subgraph) => subgraph.name === 'payment')!;
    const id = collectionOf(18);
    const call = async (query: string) => {
      // As the link subgraph calls it: straight to the payment subgraph, with the subgraph secret.
      const response = await fetch(payment.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...subgraphHeaders(supergraph.subgraphSecret) },
        body: JSON.stringify({ query, variables: { ids: [id] } }),
      });
      return (await response.json()) as { data: Record<string, string[]> };
    };
    expect((await call(SOFT_DELETE)).data).toEqual({ soft_delete_payment_collections: [id] });
    expect((await call(RESTORE)).data).toEqual({ restore_payment_collections: [id] });
  });
});
