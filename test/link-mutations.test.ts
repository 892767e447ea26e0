import { cartPlan } from '../seed/carts';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

const CARTS = 48;
let supergraph: TestSupergraph;
let carts: {
  id: string;
  order: { id: string } | null;
  payment_collection: { id: string } | null;
  promotions: { id: string; code: string }[];
}[];
let promotionIds: Record<string, string>;

beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
  carts = (
    await supergraph.query<{ carts: { data: typeof carts } }>(
      `{ carts(pagination: { take: ${CARTS} }) { data { id order { id } payment_collection { id } promotions { id code } } } }`,
    )
  ).data!.carts.data;
  const promotions = await supergraph.query<{ promotions: { data: { id: string; code: string }[] } }>(
    '{ promotions(pagination: { take: 50 }) { data { id code } } }',
  );
  promotionIds = Object.fromEntries(
    promotions.data!.promotions.data.map((promotion) => [promotion.code, promotion.id]),
  );
});
afterAll(() => supergraph?.stop());

const CREATE = `mutation($links: [LinkInput!]!) { create_links(links: $links) {
  __typename
  ... on LinkCartPromotion { id cart_id promotion_id deleted_at }
  ... on LinkCartPaymentCollection { id cart_id payment_collection_id }
  ... on LinkOrderCart { id order_id cart_id }
  ... on LinkOrderPaymentCollection { id order_id payment_collection_id }
  ... on LinkProductSalesChannel { id product_id sales_channel_id rank }
} }`;
const DISMISS = `mutation($links: [LinkInput!]!) { dismiss_links(links: $links) { __typename ... on LinkCartPromotion { id deleted_at } ... on LinkCartPaymentCollection { id deleted_at } } }`;

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

async function cartLinks(id: string) {
  const response = await supergraph.query<{
    cart: { order: { id: string } | null; payment_collection: { id: string } | null; promotions: { id: string }[] };
  }>(`query($id: ID!) { cart(id: $id) { order { id } payment_collection { id } promotions { id } } }`, { id });
  expect(response.errors).toBeUndefined();
  return response.data!.cart;
}

// Cart 1 is open: no order, no payment collection, no promotion.
const openCart = () => carts[1];

describe('create_links and dismiss_links (Medusa link.create / link.dismiss)', () => {
  it('creates a link once: creating a live pair again changes nothing', async () => {
    expect(cartPlan(1)).toMatchObject({ completed: false, hasPaymentCollection: false, promotion: undefined });
    const link = { cart: { cart_id: openCart().id }, promotion: { promotion_id: promotionIds.FLAT5 } };
    const first = await supergraph.query<{
      create_links: { id: string; cart_id: string; promotion_id: string; deleted_at: null }[];
    }>(CREATE, { links: [link] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.create_links).toEqual([
      {
        __typename: 'LinkCartPromotion',
        id: expect.stringMatching(/^cartpromo_/),
        cart_id: openCart().id,
        promotion_id: promotionIds.FLAT5,
        deleted_at: null,
      },
    ]);
    const again = await supergraph.query<{ create_links: { id: string }[] }>(CREATE, { links: [link] });
    expect(again.data!.create_links[0].id).toBe(first.data!.create_links[0].id);

    const pivots = await supergraph.query<{ cart_promotion: { metadata: { count: number } } }>(
      `query($id: ID!) { cart_promotion(filters: { cart_id: [$id] }, with_deleted: true) { metadata { count } } }`,
      { id: openCart().id },
    );
    expect(pivots.data!.cart_promotion.metadata.count).toBe(1);
    expect((await cartLinks(openCart().id)).promotions).toEqual([{ id: promotionIds.FLAT5 }]);
    const promotion = await supergraph.query<{ promotion: { carts: { id: string }[] } }>(
      `query($id: ID!) { promotion(id: $id) { carts { id } } }`,
      { id: promotionIds.FLAT5 },
    );
    expect(promotion.data!.promotion.carts).toEqual([{ id: openCart().id }]);
  });

  it('dismisses a link (soft delete) and revives the same pivot row when created again', async () => {
    const link = { promotion: { promotion_id: promotionIds.FLAT5 }, cart: { cart_id: openCart().id } };
    const dismissed = await supergraph.query<{ dismiss_links: { id: string; deleted_at: string }[] }>(DISMISS, {
      links: [link],
    });
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.dismiss_links[0].deleted_at).toMatch(/^\d{4}-/);
    expect((await cartLinks(openCart().id)).promotions).toEqual([]);
    // Dismissing what is not linked is not an error.
    expect(
      (await supergraph.query<{ dismiss_links: unknown[] }>(DISMISS, { links: [link] })).data!.dismiss_links,
    ).toEqual([]);

    const revived = await supergraph.query<{ create_links: { id: string; deleted_at: null }[] }>(CREATE, {
      links: [link],
    });
    expect(revived.data!.create_links[0]).toMatchObject({ id: dismissed.data!.dismiss_links[0].id, deleted_at: null });
    expect((await cartLinks(openCart().id)).promotions).toEqual([{ id: promotionIds.FLAT5 }]);
  });

  it('writes extra pivot columns from data, and refuses columns the link does not have', async () => {
    const products = await supergraph.query<{
      products: { data: { id: string }[] };
      sales_channels: { data: { id: string; name: string }[] };
    }>('{ products(pagination: { take: 1 }) { data { id } } sales_channels { data { id name } } }');
    const product = products.data!.products.data[0].id;
    const mobile = products.data!.sales_channels.data.find((channel) => channel.name === 'Mobile App')!.id;
    const created = await supergraph.query<{ create_links: { rank: number }[] }>(CREATE, {
      links: [{ product: { product_id: product }, sales_channel: { sales_channel_id: mobile }, data: { rank: 3 } }],
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.create_links[0].rank).toBe(3);
    const read = await supergraph.query<{
      product: { sales_channels_link: { sales_channel_id: string; rank: number }[] };
    }>(`query($id: ID!) { product(id: $id) { sales_channels_link { sales_channel_id rank } } }`, { id: product });
    expect(read.data!.product.sales_channels_link).toContainEqual({ sales_channel_id: mobile, rank: 3 });

    const wrongColumn = await supergraph.query(CREATE, {
      links: [{ product: { product_id: product }, sales_channel: { sales_channel_id: mobile }, data: { position: 1 } }],
    });
    expect(code(wrongColumn)).toBe('BAD_USER_INPUT');
    expect(wrongColumn.errors![0].message).toContain('the extra columns rank');
    const wrongType = await supergraph.query(CREATE, {
      links: [
        { product: { product_id: product }, sales_channel: { sales_channel_id: mobile }, data: { rank: 'first' } },
      ],
    });
    expect(wrongType.errors![0].message).toContain('data.rank must be an integer');
  });
});

describe('cardinality, held by the database', () => {
  it('refuses a second order for a cart (order_cart is one-to-one), naming the link and the ids', async () => {
    const [first, second] = carts.filter((cart) => cart.order);
    const response = await supergraph.query(CREATE, {
      links: [{ order: { order_id: second.order!.id }, cart: { cart_id: first.id } }],
    });
    expect(code(response)).toBe('CONFLICT');
    expect(response.errors![0].message).toContain('order_cart is one-to-one');
    expect(response.errors![0].extensions).toMatchObject({
      link: 'order_cart',
      order_id: second.order!.id,
      cart_id: first.id,
    });
    expect((await cartLinks(first.id)).order).toEqual(first.order);
  });

  it('refuses a payment collection that already belongs to another order (one order to many collections)', async () => {
    const [first, second] = carts.filter((cart) => cart.order);
    const response = await supergraph.query(CREATE, {
      links: [
        { order: { order_id: second.order!.id }, payment: { payment_collection_id: first.payment_collection!.id } },
      ],
    });
    expect(code(response)).toBe('CONFLICT');
    expect(response.errors![0].message).toContain(`is already linked to Order ${first.order!.id}`);
  });

  it('leaves exactly one live link after 20 parallel conflicting one-to-one creates', async () => {
    // Twenty payment collections, each freed from its cart, all offered to one open cart at once.
    const collections = carts.filter((cart) => cart.payment_collection).slice(0, 20);
    expect(collections).toHaveLength(20);
    const target = carts[3].id;
    expect(cartPlan(3).hasPaymentCollection).toBe(false);
    const freed = await supergraph.query(DISMISS, {
      links: collections.map((cart) => ({
        cart: { cart_id: cart.id },
        payment: { payment_collection_id: cart.payment_collection!.id },
      })),
    });
    expect(freed.errors).toBeUndefined();

    const results = await Promise.all(
      collections.map((cart) =>
        supergraph.query(CREATE, {
          links: [{ cart: { cart_id: target }, payment: { payment_collection_id: cart.payment_collection!.id } }],
        }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const refused = results.filter((result) => result.errors);
    expect(refused).toHaveLength(19);
    for (const result of refused) {
      expect(code(result)).toBe('CONFLICT');
      expect(result.errors![0].message).toContain(`Cart ${target} is already linked to PaymentCollection`);
    }
    const live = await supergraph.query<{ cart_payment_collection: { metadata: { count: number } } }>(
      `query($id: ID!) { cart_payment_collection(filters: { cart_id: [$id] }) { metadata { count } } }`,
      { id: target },
    );
    expect(live.data!.cart_payment_collection.metadata.count).toBe(1);
  });
});

describe('all or nothing, and records that must exist', () => {
  it('writes nothing when the last link of a batch is invalid', async () => {
    const cart = carts[5].id;
    expect(cartPlan(5).promotion).toBeUndefined();
    const [withOrder, otherWithOrder] = carts.filter((candidate) => candidate.order);
    const response = await supergraph.query(CREATE, {
      links: [
        { cart: { cart_id: cart }, promotion: { promotion_id: promotionIds.WELCOME10 } },
        { cart: { cart_id: cart }, promotion: { promotion_id: promotionIds.SUMMER15 } },
        { order: { order_id: otherWithOrder.order!.id }, cart: { cart_id: withOrder.id } },
      ],
    });
    expect(code(response)).toBe('CONFLICT');
    expect((await cartLinks(cart)).promotions).toEqual([]);
  });

  it('refuses a link to a record its module does not know, and writes nothing', async () => {
    const cart = carts[7].id;
    const response = await supergraph.query(CREATE, {
      links: [
        { cart: { cart_id: cart }, promotion: { promotion_id: promotionIds.WELCOME10 } },
        { cart: { cart_id: cart }, promotion: { promotion_id: 'promo_01KDVDNA00ZZZZZZZZZZZZZZZZ' } },
      ],
    });
    expect(code(response)).toBe('NOT_FOUND');
    expect(response.errors![0].message).toContain('Promotion promo_01KDVDNA00ZZZZZZZZZZZZZZZZ');
    expect((await cartLinks(cart)).promotions).toEqual([]);
  });

  it('refuses links that are not declared, malformed ids and a wrong number of records', async () => {
    const cart = carts[7].id;
    const cases: [unknown, string][] = [
      [
        { cart: { cart_id: cart }, region: { region_id: 'reg_01KDVDNA00ZZZZZZZZZZZZZZZZ' } },
        'no stored link between cart.cart_id and region.region_id',
      ],
      [{ cart: { cart_id: cart } }, 'exactly two records'],
      [
        { cart: { cart_id: 'cart_nope' }, promotion: { promotion_id: promotionIds.WELCOME10 } },
        'expected "cart_" followed by a 26-character ULID',
      ],
      [
        {
          cart: { cart_id: cart },
          promotion: { promotion_id: promotionIds.WELCOME10 },
          order: { order_id: carts[0].order!.id },
        },
        'exactly two records',
      ],
    ];
    for (const [link, message] of cases) {
      const response = await supergraph.query(CREATE, { links: [link] });
      expect({ code: code(response), message: response.errors?.[0].message }).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(message),
      });
    }
  });
});

describe('delete_links and restore_links (Medusa link.delete / link.restore)', () => {
  const DELETE = `mutation($records: LinkRecordsInput!) { delete_links(records: $records) { module key ids } }`;
  const RESTORE = `mutation($records: LinkRecordsInput!) { restore_links(records: $records) { module key ids } }`;

  it('deletes every link of an order and cascades to its payment collections, then restores all of it', async () => {
    const cart = carts.filter((candidate) => candidate.order && candidate.promotions.length > 0)[1];
    const orderId = cart.order!.id;
    const collectionId = cart.payment_collection!.id;
    const orderView = `query($id: ID!, $pc: ID!) {
      order(id: $id) { cart { id } promotions { id } payment_collections { id } }
      payment_collection(id: $pc) { id }
      deleted: payment_collection(id: $pc, with_deleted: true) { id deleted_at }
    }`;
    const before = await supergraph.query<{
      order: { cart: { id: string } | null; promotions: { id: string }[]; payment_collections: { id: string }[] };
    }>(orderView, { id: orderId, pc: collectionId });
    expect(before.data!.order).toEqual({
      cart: { id: cart.id },
      promotions: cart.promotions.map(({ id }) => ({ id })),
      payment_collections: [{ id: collectionId }],
    });

    const deleted = await supergraph.query<{ delete_links: { module: string; key: string; ids: string[] }[] }>(DELETE, {
      records: { order: { order_id: [orderId] } },
    });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.delete_links).toEqual(
      expect.arrayContaining([
        { module: 'order', key: 'order_id', ids: [orderId] },
        { module: 'cart', key: 'cart_id', ids: [cart.id] },
        { module: 'payment', key: 'payment_collection_id', ids: [collectionId] },
      ]),
    );
    const after = await supergraph.query<{
      order: unknown;
      payment_collection: unknown;
      deleted: { deleted_at: string | null };
    }>(orderView, { id: orderId, pc: collectionId });
    expect(after.data!.order).toEqual({ cart: null, promotions: [], payment_collections: [] });
    // The cascade: the collection itself is soft-deleted in the payment module, and its cart link too.
    expect(after.data!.payment_collection).toBeNull();
    expect(after.data!.deleted.deleted_at).toMatch(/^\d{4}-/);
    expect(await cartLinks(cart.id)).toEqual({
      order: null,
      payment_collection: null,
      promotions: cart.promotions.map(({ id }) => ({ id })),
    });

    const restored = await supergraph.query(RESTORE, { records: { order: { order_id: [orderId] } } });
    expect(restored.errors).toBeUndefined();
    const back = await supergraph.query<{ order: unknown; payment_collection: unknown }>(orderView, {
      id: orderId,
      pc: collectionId,
    });
    expect(back.data!.order).toEqual(before.data!.order);
    expect(back.data!.payment_collection).toEqual({ id: collectionId });
    expect((await cartLinks(cart.id)).payment_collection).toEqual({ id: collectionId });
  });

  it('restores only what the latest delete removed: a link dismissed before it stays dismissed', async () => {
    // A cart without an order: link it to a free promotion, dismiss that, link another, delete, restore.
    const cart = carts[11].id;
    expect(cartPlan(11).promotion).toBeUndefined();
    const link = (code: string) => ({ cart: { cart_id: cart }, promotion: { promotion_id: promotionIds[code] } });
    expect((await supergraph.query(CREATE, { links: [link('WELCOME10')] })).errors).toBeUndefined();
    expect((await supergraph.query(DISMISS, { links: [link('WELCOME10')] })).errors).toBeUndefined();
    expect((await supergraph.query(CREATE, { links: [link('SUMMER15')] })).errors).toBeUndefined();

    expect((await supergraph.query(DELETE, { records: { cart: { cart_id: [cart] } } })).errors).toBeUndefined();
    expect((await cartLinks(cart)).promotions).toEqual([]);
    expect((await supergraph.query(RESTORE, { records: { cart: { cart_id: [cart] } } })).errors).toBeUndefined();
    expect((await cartLinks(cart)).promotions).toEqual([{ id: promotionIds.SUMMER15 }]);
  });

  it('refuses records with a key no link has, or no records at all', async () => {
    const wrongKey = await supergraph.query(DELETE, { records: { payment: { payment_provider_id: ['nope'] } } });
    expect(code(wrongKey)).toBe('BAD_USER_INPUT');
    const none = await supergraph.query(DELETE, { records: {} });
    expect(code(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0].message).toContain('at least one record');
  });
});

describe('no N+1 across links', () => {
  it('order → cart → promotions → orders → payment collections → cart costs the same for 2 orders as for 12', async () => {
    const query = `query($take: Int!) { orders(pagination: { take: $take }) { data {
      id display_id
      cart { id email promotions(pagination: { take: 5 }) { id code orders(pagination: { take: 5 }) { id payment_collections(pagination: { take: 5 }) { id amount cart { id } } } } }
      fulfillments { id shipped_at }
    } } }`;
    const cost = async (take: number) => {
      const { result, statements, subgraphRequests } = await supergraph.count(() =>
        supergraph.query<{ orders: { data: { cart: { promotions: unknown[] } | null }[] } }>(query, { take }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.orders.data).toHaveLength(take);
      expect(result.data!.orders.data.some((order) => (order.cart?.promotions.length ?? 0) > 0)).toBe(true);
      return { statements, subgraphRequests };
    };
    const two = await cost(2);
    const twelve = await cost(12);
    expect(twelve).toEqual(two);
    expect(Object.keys(twelve.subgraphRequests).sort()).toEqual([
      'cart',
      'fulfillment',
      'link',
      'order',
      'payment',
      'promotion',
    ]);
  });
});
