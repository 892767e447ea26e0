import { readFileSync } from 'node:fs';
import { createMedusaClient, MedusaClientError, Modules, type MedusaClient, type QueryGraphInput } from '../client';
import { projectPath } from '../kit/paths';
import { cartPlan } from '../seed/carts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * The Medusa-style client (client/) against the real supergraph: each `query.graph` call is one
 * request and gives what the equivalent hand-written GraphQL query gives; the link calls round-trip;
 * mistakes are thrown, naming the path, before anything is sent.
 */
const CARTS = 12;
let supergraph: TestSupergraph;
let medusa: MedusaClient;
let requestsSent = 0;

beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
  const countingFetch: typeof fetch = (input, init) => {
    requestsSent += 1;
    return fetch(input, init);
  };
  medusa = createMedusaClient({ url: supergraph.gatewayUrl, token: supergraph.adminToken, fetch: countingFetch });
});
afterAll(() => supergraph?.stop());

/** Runs `work` and returns its result and the number of requests the client sent. */
async function counted<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = requestsSent;
  const result = await work();
  return { result, requests: requestsSent - before };
}

async function handWritten<Data>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables, { token });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** Every value at `path` (relations only, arrays flattened), to show a comparison is not vacuous. */
function valuesAt(records: unknown[], path: string[]): unknown[] {
  let values: unknown[] = records;
  for (const segment of path) {
    values = values.flatMap((value) => {
      const next = (value as Record<string, unknown> | null)?.[segment];
      return Array.isArray(next) ? next : next === null || next === undefined ? [] : [next];
    });
  }
  return values;
}

// The seed table's field paths on a cart, and the GraphQL each means, written out by hand.
const SEED_PATHS: [path: string, selection: string][] = [
  [
    'customer.*',
    'customer { id email first_name last_name phone company_name has_account metadata created_by created_at updated_at deleted_at }',
  ],
  [
    'shipping_methods.shipping_option.*',
    'shipping_methods { shipping_option { id name price_type data metadata service_zone_id shipping_profile_id provider_id shipping_option_type_id created_at updated_at deleted_at } }',
  ],
  [
    'order.*',
    `order { id display_id custom_display_id region_id customer_id sales_channel_id version status is_draft_order email currency_code locale
      no_notification metadata canceled_at shipping_address_id billing_address_id total subtotal tax_total discount_total discount_subtotal
      discount_tax_total original_total original_subtotal original_tax_total item_total item_subtotal item_tax_total item_discount_total
      original_item_total original_item_subtotal original_item_tax_total shipping_total shipping_subtotal shipping_tax_total
      shipping_discount_total original_shipping_total original_shipping_subtotal original_shipping_tax_total credit_line_total
      gift_card_total gift_card_tax_total created_at updated_at deleted_at payment_status fulfillment_status }`,
  ],
  [
    'payment_collection.*',
    'payment_collection { id currency_code amount authorized_amount captured_amount refunded_amount completed_at status metadata created_at updated_at deleted_at }',
  ],
  [
    'items.variant.*',
    `items { variant { id title sku barcode ean upc allow_backorder manage_inventory hs_code origin_country mid_code material weight length
      height width metadata variant_rank thumbnail product_id created_at updated_at deleted_at } }`,
  ],
  [
    'items.product.*',
    `items { product { id title handle subtitle description is_giftcard status thumbnail weight length height width origin_country hs_code
      mid_code material discountable external_id metadata type_id collection_id created_at updated_at deleted_at } }`,
  ],
  [
    'promotions.*',
    'promotions { id code is_automatic is_tax_inclusive limit used type status campaign_id metadata created_at updated_at deleted_at }',
  ],
  [
    'items.adjustments.promotion.*',
    'items { adjustments { promotion { id code is_automatic is_tax_inclusive limit used type status campaign_id metadata created_at updated_at deleted_at } } }',
  ],
  ['region.*', 'region { id name currency_code automatic_taxes metadata created_at updated_at deleted_at }'],
  ['sales_channel.*', 'sales_channel { id name description is_disabled metadata created_at updated_at deleted_at }'],
];

describe('query.graph gives what the hand-written GraphQL query gives, in one request', () => {
  it.each(SEED_PATHS)('cart with "%s"', async (path, selection) => {
    const { result, requests } = await counted(() =>
      medusa.query.graph({ entity: 'cart', fields: ['id', path], pagination: { take: CARTS } }),
    );
    expect(requests).toBe(1);
    const expected = await handWritten<{ carts: { data: unknown[]; metadata: unknown } }>(
      `{ carts(pagination: { take: ${CARTS} }) { data { id ${selection} } metadata { count skip take next_cursor previous_cursor } } }`,
    );
    expect(result).toEqual({
      data: expected.carts.data,
      metadata: { count: CARTS, skip: 0, take: CARTS, next_cursor: null, previous_cursor: null },
    });
    expect(expected.carts.metadata).toEqual(result.metadata);
    // Some cart of the seed has the relation, with its fields.
    expect(valuesAt(result.data, path.split('.').slice(0, -1)).length).toBeGreaterThan(0);
  });

  it('deep paths and plain fields: "items.variant.product.title", "promotions.code"', async () => {
    const fields = ['id', 'email', 'items.variant.product.title', 'items.title', 'promotions.code'];
    const { result, requests } = await counted(() =>
      medusa.query.graph({ entity: 'cart', fields, pagination: { take: CARTS } }),
    );
    expect(requests).toBe(1);
    const expected = await handWritten<{ carts: { data: unknown[] } }>(
      `{ carts(pagination: { take: ${CARTS} }) { data { id email items { variant { product { title } } title } promotions { code } } } }`,
    );
    expect(result.data).toEqual(expected.carts.data);
    expect(valuesAt(result.data, ['promotions']).length).toBeGreaterThan(0);
  });

  it('"*" is every scalar of the entity and no relation', async () => {
    const { data } = await medusa.query.graph({ entity: 'region', fields: ['*'] });
    const expected = await handWritten<{ regions: { data: unknown[] } }>(
      '{ regions { data { id name currency_code automatic_taxes metadata created_at updated_at deleted_at } } }',
    );
    expect(data).toEqual(expected.regions.data);
    expect(data.length).toBeGreaterThan(0);
  });

  it('a relation that is a paged list in GraphQL (Customer.orders) is a plain array, as in Medusa', async () => {
    const orders = await medusa.query.graph<{ customer_id: string }>({
      entity: 'order',
      fields: ['customer_id'],
      pagination: { take: CARTS },
    });
    const customerIds = [...new Set(orders.data.map((order) => order.customer_id))];
    const { data } = await medusa.query.graph({
      entity: 'customer',
      fields: ['id', 'orders.id', 'orders.display_id'],
      filters: { id: customerIds },
    });
    const expected = await handWritten<{ customers: { data: { id: string; orders: { data: unknown[] } }[] } }>(
      'query($ids: [ID!]) { customers(filters: { id: $ids }) { data { id orders { data { id display_id } } } } }',
      { ids: customerIds },
    );
    expect(data).toEqual(
      expected.customers.data.map((customer) => ({ id: customer.id, orders: customer.orders.data })),
    );
    expect(valuesAt(data, ['orders']).length).toBeGreaterThan(0);
  });

  it('a pivot entity (order_cart) lists its rows with both sides', async () => {
    const { data, metadata } = await medusa.query.graph({
      entity: 'order_cart',
      fields: ['*', 'cart.id', 'order.display_id'],
      pagination: { take: CARTS },
    });
    const expected = await handWritten<{ order_cart: { data: unknown[] } }>(
      `{ order_cart(pagination: { take: ${CARTS} }) { data { id order_id cart_id created_at updated_at deleted_at cart { id } order { display_id } } } }`,
    );
    expect(data).toEqual(expected.order_cart.data);
    expect(metadata?.count).toBe(
      Array.from({ length: CARTS }, (_, index) => cartPlan(index)).filter((plan) => plan.completed).length,
    );
  });
});

describe('query.graph by id', () => {
  it('reads one cart by id as a guest (the by-id query), with no metadata', async () => {
    const guest = createMedusaClient({ url: supergraph.gatewayUrl });
    // A guest checkout's cart: a registered customer's is that customer's only.
    const completed = (
      await medusa.query.graph<{ id: string; customer: { has_account: boolean } }>({
        entity: 'cart',
        fields: ['id', 'customer.has_account'],
        filters: { completed: true },
        pagination: { take: 20 },
      })
    ).data.find((cart) => !cart.customer.has_account)!;
    const result = await guest.query.graph({
      entity: 'cart',
      fields: ['id', 'order.id', 'order.display_id', 'items.variant.sku'],
      filters: { id: completed.id },
    });
    const expected = await handWritten<{ cart: unknown }>(
      'query($id: ID!) { cart(id: $id) { id order { id display_id } items { variant { sku } } } }',
      { id: completed.id },
      null,
    );
    expect(result).toEqual({ data: [expected.cart] });
  });

  it('gives an empty array for an unknown id', async () => {
    expect(
      await medusa.query.graph({ entity: 'cart', fields: ['id'], filters: { id: 'cart_01ARZ3NDEKTSV4RRFFQ69G5FAV' } }),
    ).toEqual({ data: [] });
  });

  it('reads several records of an entity that has no list query (shipping_method) in one request', async () => {
    const methods = valuesAt(
      (await medusa.query.graph({ entity: 'cart', fields: ['shipping_methods.id'], pagination: { take: CARTS } })).data,
      ['shipping_methods'],
    ) as { id: string }[];
    const ids = methods.slice(0, 3).map((method) => method.id);
    expect(ids).toHaveLength(3);
    const { result, requests } = await counted(() =>
      medusa.query.graph({
        entity: 'shipping_method',
        fields: ['id', 'name', 'shipping_option.name'],
        filters: { id: ids },
      }),
    );
    expect(requests).toBe(1);
    const expected = await Promise.all(
      ids.map(
        async (id) =>
          (
            await handWritten<{ shipping_method: unknown }>(
              'query($id: ID!) { shipping_method(id: $id) { id name shipping_option { name } } }',
              { id },
            )
          ).shipping_method,
      ),
    );
    expect(result).toEqual({ data: expected });
  });
});

describe('query.graph filters and pagination', () => {
  it('maps { skip, take, order: { created_at: "DESC" } } and returns Medusa metadata', async () => {
    const result = await medusa.query.graph({
      entity: 'cart',
      fields: ['id', 'created_at'],
      pagination: { skip: 2, take: 3, order: { created_at: 'DESC' } },
    });
    const expected = await handWritten<{ carts: { data: unknown[] } }>(
      '{ carts(pagination: { skip: 2, take: 3, order: "-created_at" }) { data { id created_at } } }',
    );
    expect(result).toEqual({
      data: expected.carts.data,
      metadata: {
        count: CARTS,
        skip: 2,
        take: 3,
        next_cursor: expect.any(String),
        previous_cursor: expect.any(String),
      },
    });
    const ascending = await medusa.query.graph<{ id: string }>({
      entity: 'carts',
      fields: ['id'],
      pagination: { take: CARTS, order: { created_at: 'ASC' } },
    });
    const descending = await medusa.query.graph<{ id: string }>({
      entity: 'carts',
      fields: ['id'],
      pagination: { take: CARTS, order: '-created_at' },
    });
    expect(descending.data).toEqual([...ascending.data].reverse());
  });

  it('pages on with a cursor: pagination.after takes the metadata.next_cursor of the page before', async () => {
    const whole = await medusa.query.graph<{ id: string }>({
      entity: 'cart',
      fields: ['id'],
      pagination: { take: CARTS, order: '-created_at' },
    });
    const walked: { id: string }[] = [];
    let after: string | undefined;
    do {
      const page = await medusa.query.graph<{ id: string }>({
        entity: 'cart',
        fields: ['id'],
        pagination: { take: 5, order: { created_at: 'DESC' }, after },
      });
      walked.push(...page.data);
      after = page.metadata!.next_cursor ?? undefined;
    } while (after);
    expect(walked).toEqual(whole.data);
  });

  it('wraps single values where the filter takes a list, passes lists, and maps $gte to the range input', async () => {
    const all = (
      await medusa.query.graph<{ id: string; email: string; created_at: string }>({
        entity: 'cart',
        fields: ['id', 'email', 'created_at'],
        pagination: { take: CARTS },
      })
    ).data;
    const byEmail = await medusa.query.graph({ entity: 'cart', fields: ['id'], filters: { email: all[3].email } });
    expect(byEmail.data).toEqual(all.filter((cart) => cart.email === all[3].email).map(({ id }) => ({ id })));
    const byIds = await medusa.query.graph({ entity: 'cart', fields: ['id'], filters: { id: [all[1].id, all[5].id] } });
    expect(byIds).toEqual({
      data: [{ id: all[1].id }, { id: all[5].id }],
      metadata: { count: 2, skip: 0, take: 20, next_cursor: null, previous_cursor: null },
    });
    const since = await medusa.query.graph({
      entity: 'cart',
      fields: ['id'],
      filters: { created_at: { $gte: new Date(all[6].created_at) } },
      pagination: { take: CARTS },
    });
    const expected = await handWritten<{ carts: { data: unknown[] } }>(
      `query($since: DateTime) { carts(filters: { created_at: { gte: $since } }, pagination: { take: ${CARTS} }) { data { id } } }`,
      { since: all[6].created_at },
    );
    expect(since.data).toEqual(expected.carts.data);
    const completed = await medusa.query.graph({
      entity: 'cart',
      fields: ['id'],
      filters: { completed: true },
      pagination: { take: CARTS },
    });
    expect(completed.metadata!.count).toBe(
      Array.from({ length: CARTS }, (_, index) => cartPlan(index)).filter((plan) => plan.completed).length,
    );
  });

  it("throws the gateway's code and message for what only the gateway can refuse", async () => {
    await expect(
      medusa.query.graph({ entity: 'cart', fields: ['id'], pagination: { take: 500 } }),
    ).rejects.toMatchObject({
      name: 'MedusaClientError',
      code: 'BAD_USER_INPUT',
      message: 'pagination.take must be between 1 and 200, got 500',
    });
    await expect(
      medusa.query.graph({ entity: 'cart', fields: ['id'], pagination: { order: { shoe_size: 'ASC' } } }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('Unknown sort field "shoe_size" in pagination.order; sortable: '),
    });
  });
});

describe('mistakes are thrown, naming the path, before any request', () => {
  const mistakes: [what: string, input: QueryGraphInput, code: string, message: string][] = [
    ['an unknown entity', { entity: 'cartz', fields: ['id'] }, 'UNKNOWN_ENTITY', 'Unknown entity "cartz"'],
    [
      'an unknown field',
      { entity: 'cart', fields: ['id', 'itemz.title'] },
      'UNKNOWN_FIELD',
      'Unknown field "itemz" on Cart in "itemz.title"',
    ],
    [
      'an unknown field deep down',
      { entity: 'cart', fields: ['items.variant.prodcut.title'] },
      'UNKNOWN_FIELD',
      'Unknown field "prodcut" on ProductVariant in "items.variant.prodcut.title"',
    ],
    [
      'a path inside a scalar',
      { entity: 'cart', fields: ['email.domain'] },
      'NOT_A_RELATION',
      '"email" on Cart is a String, not a relation',
    ],
    [
      '"*" before the end',
      { entity: 'cart', fields: ['items.*.title'] },
      'BAD_FIELD_PATH',
      '"*" must end a field path, in "items.*.title"',
    ],
    [
      'an empty segment',
      { entity: 'cart', fields: ['items..title'] },
      'BAD_FIELD_PATH',
      'Empty segment in field path "items..title"',
    ],
    [
      'an unknown filter',
      { entity: 'cart', filters: { emial: 'a@example.com' } },
      'BAD_FILTER',
      'Unknown filter "emial" on cart (CartFilters)',
    ],
    [
      'an unknown operator',
      { entity: 'cart', filters: { created_at: { $ne: '2025-01-01T00:00:00Z' } } },
      'BAD_FILTER',
      'Unknown operator "$ne" in filter "created_at"',
    ],
    [
      'a list where one value is taken',
      { entity: 'cart', filters: { completed: [true, false] } },
      'BAD_FILTER',
      'Filter "completed" takes one value',
    ],
    [
      'an entity read by id only, without an id',
      { entity: 'shipping_method', fields: ['id'] },
      'BAD_FILTER',
      '"shipping_method" has no list query',
    ],
    [
      'an unknown pagination key',
      { entity: 'cart', pagination: { limit: 5 } as never },
      'BAD_PAGINATION',
      'Unknown pagination key "limit"',
    ],
    [
      'a bad sort direction',
      { entity: 'cart', pagination: { order: { created_at: 'DOWN' } } as never },
      'BAD_PAGINATION',
      'pagination.order.created_at must be "ASC" or "DESC"',
    ],
  ];

  it.each(mistakes)('%s', async (_what, input, code, message) => {
    const { result: error, requests } = await counted(() =>
      medusa.query.graph(input).then(
        () => undefined,
        (thrown: unknown) => thrown,
      ),
    );
    expect(requests).toBe(0);
    expect(error).toBeInstanceOf(MedusaClientError);
    expect(error).toMatchObject({ code, message: expect.stringContaining(message) });
  });

  it('an unknown module or linkable key in a link', async () => {
    const { subgraphRequests, result } = await supergraph.count(() =>
      counted(async () => {
        const errors: unknown[] = [];
        await medusa.link
          .create({
            cartz: { cart_id: 'cart_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
            [Modules.ORDER]: { order_id: 'order_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
          })
          .catch((error) => errors.push(error));
        await medusa.link
          .delete({ [Modules.CART]: { cart_idd: 'cart_01ARZ3NDEKTSV4RRFFQ69G5FAV' } })
          .catch((error) => errors.push(error));
        return errors;
      }),
    );
    expect(result.requests).toBe(0);
    expect(subgraphRequests).toEqual({});
    expect(result.result).toEqual([
      expect.objectContaining({
        code: 'BAD_LINK',
        message: expect.stringContaining('Unknown module "cartz" in links[0]; modules: order, cart, payment'),
      }),
      expect.objectContaining({
        code: 'BAD_LINK',
        message: 'Unknown key "cart_idd" for module "cart" in records; keys: cart_id',
      }),
    ]);
  });
});

describe('link.create / dismiss / delete / restore round-trip', () => {
  const cartLinks = async (id: string) =>
    (
      await medusa.query.graph<{
        order: { id: string } | null;
        payment_collection: { id: string } | null;
        promotions: { id: string }[];
      }>({
        entity: 'cart',
        fields: ['order.id', 'payment_collection.id', 'promotions.id'],
        filters: { id },
      })
    ).data[0];

  it('create and dismiss a cart–promotion link, seen on the cart and in the pivot list', async () => {
    const carts = (
      await medusa.query.graph<{ id: string }>({ entity: 'cart', fields: ['id'], pagination: { take: CARTS } })
    ).data;
    expect(cartPlan(1)).toMatchObject({ completed: false, promotion: undefined });
    const openCart = carts[1].id;
    const promotion = (
      await medusa.query.graph<{ id: string }>({ entity: 'promotion', fields: ['id'], pagination: { take: 1 } })
    ).data[0];
    const link = { [Modules.CART]: { cart_id: openCart }, [Modules.PROMOTION]: { promotion_id: promotion.id } };

    const created = await medusa.link.create(link);
    expect(created).toEqual([
      {
        id: expect.stringMatching(/^cartpromo_/),
        cart_id: openCart,
        promotion_id: promotion.id,
        created_at: expect.any(String),
        updated_at: expect.any(String),
        deleted_at: null,
      },
    ]);
    expect((await cartLinks(openCart)).promotions).toEqual([{ id: promotion.id }]);
    const pivots = await medusa.query.graph({
      entity: 'cart_promotion',
      fields: ['id', 'promotion.id'],
      filters: { cart_id: openCart },
    });
    expect(pivots).toEqual({
      data: [{ id: created[0].id, promotion: { id: promotion.id } }],
      metadata: { count: 1, skip: 0, take: 20, next_cursor: null, previous_cursor: null },
    });

    const dismissed = await medusa.link.dismiss([link]);
    expect(dismissed).toEqual([expect.objectContaining({ id: created[0].id, deleted_at: expect.any(String) })]);
    expect((await cartLinks(openCart)).promotions).toEqual([]);
    expect(
      (await medusa.query.graph({ entity: 'cart_promotion', fields: ['id'], filters: { cart_id: openCart } })).metadata
        ?.count,
    ).toBe(0);
  });

  it('dismiss and re-create an order–cart link (either module first), then delete and restore a cart’s links', async () => {
    expect(cartPlan(4)).toMatchObject({ completed: true, hasPaymentCollection: true });
    const cart = (
      await medusa.query.graph<{ id: string; order: { id: string }; payment_collection: { id: string } }>({
        entity: 'cart',
        fields: ['id', 'order.id', 'payment_collection.id'],
        pagination: { skip: 4, take: 1 },
      })
    ).data[0];
    const orderId = cart.order.id;

    await medusa.link.dismiss({ [Modules.ORDER]: { order_id: orderId }, [Modules.CART]: { cart_id: cart.id } });
    expect((await cartLinks(cart.id)).order).toBeNull();
    const created = await medusa.link.create({
      [Modules.CART]: { cart_id: cart.id },
      [Modules.ORDER]: { order_id: orderId },
    });
    expect(created).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^ordercart_/),
        order_id: orderId,
        cart_id: cart.id,
        deleted_at: null,
      }),
    ]);
    expect((await cartLinks(cart.id)).order).toEqual({ id: orderId });

    const deleted = await medusa.link.delete({ [Modules.CART]: { cart_id: cart.id } });
    expect(deleted).toEqual(expect.arrayContaining([{ module: 'cart', key: 'cart_id', ids: [cart.id] }]));
    expect(await cartLinks(cart.id)).toEqual({ order: null, payment_collection: null, promotions: [] });

    const restored = await medusa.link.restore({ [Modules.CART]: { cart_id: [cart.id] } });
    expect(restored).toEqual(expect.arrayContaining([{ module: 'cart', key: 'cart_id', ids: [cart.id] }]));
    expect(await cartLinks(cart.id)).toEqual({
      order: { id: orderId },
      payment_collection: { id: cart.payment_collection.id },
      promotions: [],
    });
  });

  it("link errors from the gateway keep the gateway's code", async () => {
    await expect(
      medusa.link.create({
        [Modules.CART]: { cart_id: 'cart_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
        [Modules.REGION]: { region_id: 'reg_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('there is no stored link between'),
    });
  });
});

describe('the schema can be passed in', () => {
  it('as SDL (gateway/api-schema.graphql), giving the same operation as the default', () => {
    const fromSdl = createMedusaClient({
      url: supergraph.gatewayUrl,
      schema: readFileSync(projectPath('gateway', 'api-schema.graphql'), 'utf8'),
    });
    const input: QueryGraphInput = {
      entity: 'cart',
      fields: ['*', 'order.*', 'items.variant.product.title'],
      filters: { id: ['cart_x'] },
      pagination: { take: 2 },
    };
    expect(fromSdl.query.toGraphQL(input)).toEqual(medusa.query.toGraphQL(input));
  });
});
