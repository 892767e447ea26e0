import { ACTOR_TYPE_HEADER, ACTOR_ID_HEADER } from '../kit/auth';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Access as declared in the subgraphs' schemas and enforced by the gateway at every field, plus
 * Medusa's store rules in the modules: a guest's cart (and order) by whoever holds its id, a
 * registered customer's only with that customer's token; the catalog as the store shows it;
 * lists, links, promotion internals and soft-deleted records for admins. A refused field comes
 * back null with UNAUTHENTICATED (guest) or FORBIDDEN (customer) at its path and no subgraph is
 * asked for it; a request with nothing left to run is refused whole (401 / 403).
 */
let supergraph: TestSupergraph;

interface SeededCart {
  id: string;
  customer_id: string | null;
  email: string | null;
  completed_at: string | null;
  customer: { has_account: boolean } | null;
  order: { id: string } | null;
  promotions: { id: string; code: string }[] | null;
  items: { id: string; variant_id: string }[];
}
let guestCart: SeededCart; // a guest checkout's completed cart, with an order
let promotedCart: SeededCart; // a guest's cart with a promotion applied
let ownedOrderCart: SeededCart; // a registered customer's completed cart
let ownedOpenCart: SeededCart; // a registered customer's open cart
let ownerToken: string;
let otherToken: string;
let otherCustomerId: string;

beforeAll(async () => {
  supergraph = await startTestSupergraph(24);
  const found = await supergraph.query<{
    carts: { data: SeededCart[] };
    customers: { data: { id: string; has_account: boolean }[] };
  }>(`{
    carts(pagination: { take: 100 }) { data { id customer_id email completed_at customer { has_account } order { id } promotions { id code } items { id variant_id } } }
    customers(pagination: { take: 100 }) { data { id has_account } }
  }`);
  expect(found.errors).toBeUndefined();
  const carts = found.data!.carts.data;
  const registered = (cart: SeededCart) => cart.customer?.has_account === true;
  guestCart = carts.find((cart) => cart.order && cart.customer && !registered(cart))!;
  promotedCart = carts.find((cart) => (cart.promotions?.length ?? 0) > 0 && !registered(cart))!;
  ownedOrderCart = carts.find((cart) => cart.order && registered(cart))!;
  ownedOpenCart = carts.find((cart) => !cart.completed_at && registered(cart) && cart.items.length > 0)!;
  for (const cart of [guestCart, promotedCart, ownedOrderCart, ownedOpenCart]) expect(cart).toBeDefined();
  otherCustomerId = found.data!.customers.data.find(
    (customer) =>
      customer.has_account && customer.id !== ownedOpenCart.customer_id && customer.id !== ownedOrderCart.customer_id,
  )!.id;
  ownerToken = await supergraph.tokenFor({ actor_type: 'customer', actor_id: ownedOpenCart.customer_id! });
  otherToken = await supergraph.tokenFor({ actor_type: 'customer', actor_id: otherCustomerId });
});
afterAll(() => supergraph?.stop());

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
const asGuest = { token: null };

/** Follows response keys (and list positions) into an answer. */
function at(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value === null || value === undefined ? value : (value as Record<string | number, unknown>)[key]),
    data,
  );
}

describe('a guest (no token)', () => {
  it("reads a guest checkout's cart page by its id: items, region, customer, promotions, collection and order", async () => {
    const response = await supergraph.query<{
      cart: { id: string; customer: { has_account: boolean }; order: { id: string }; items: unknown[] };
    }>(
      `query($id: ID!) { cart(id: $id) {
        id email total shipping_address { address_1 } region { name currency_code countries { iso_2 } }
        customer { id email has_account } sales_channel { id name }
        items { id title quantity unit_price product { title } variant { sku prices { amount } } adjustments { amount promotion { code } } }
        promotions { id code } payment_collection { id amount status payment_sessions { status } } order { id display_id total fulfillments { id } }
      } }`,
      { id: guestCart.id },
      asGuest,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cart).toMatchObject({
      id: guestCart.id,
      customer: { has_account: false },
      order: { id: guestCart.order!.id },
    });
    expect(response.data!.cart.items.length).toBeGreaterThan(0);
  });

  it("reads a guest checkout's order by its id (Medusa: GET /store/orders/:id to the holder of the id)", async () => {
    const response = await supergraph.query<{ order: { id: string } }>(
      'query($id: ID!) { order(id: $id) { id items { title } } }',
      { id: guestCart.order!.id },
      asGuest,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.order.id).toBe(guestCart.order!.id);
  });

  it.each([
    ['cart', () => ownedOrderCart.id, 'query($id: ID!) { cart(id: $id) { id email shipping_address { phone } } }'],
    ['order', () => ownedOrderCart.order!.id, 'query($id: ID!) { order(id: $id) { id email } }'],
  ])(
    "is refused a registered customer's %s, even holding its id: null with UNAUTHENTICATED",
    async (field, id, query) => {
      const response = await supergraph.query(query, { id: id() }, asGuest);
      expect(response.data).toEqual({ [field]: null });
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.errors![0].message).toContain('belongs to a registered customer');
    },
  );

  it("is refused the registered customer's cart behind its order too (Order.cart)", async () => {
    const response = await supergraph.query<{ order: { id: string; cart: unknown } }>(
      'query($id: ID!) { order(id: $id) { id cart { id email } } }',
      { id: guestCart.order!.id },
      asGuest,
    );
    // A guest's order leads to a guest's cart: allowed.
    expect(response.errors).toBeUndefined();
    expect(response.data!.order.cart).toEqual({ id: guestCart.id, email: guestCart.email });
  });

  // Every way a guest could walk from its own cart, or the catalog, to other shoppers' carts and orders.
  it.each([
    [
      'Region.carts',
      '{ regions { data { name carts { data { id email shipping_address { phone address_1 } } } } } }',
      ['regions', 'data', 0, 'carts'],
      ['regions', 'data', 0, 'name'],
    ],
    [
      'Region.orders',
      '{ regions { data { name orders { data { id email } } } } }',
      ['regions', 'data', 0, 'orders'],
      ['regions', 'data', 0, 'name'],
    ],
    [
      'SalesChannel.carts',
      'query($id: ID!) { cart(id: $id) { id sales_channel { name carts { data { id email } } } } }',
      ['cart', 'sales_channel', 'carts'],
      ['cart', 'sales_channel', 'name'],
    ],
    [
      'SalesChannel.orders',
      'query($id: ID!) { cart(id: $id) { id sales_channel { name orders { data { id email } } } } }',
      ['cart', 'sales_channel', 'orders'],
      ['cart', 'sales_channel', 'name'],
    ],
    [
      'Product.sales_channels',
      '{ products(pagination: { take: 1 }) { data { title sales_channels { carts { data { id } } } } } }',
      ['products', 'data', 0, 'sales_channels'],
      ['products', 'data', 0, 'title'],
    ],
    [
      'ProductVariant.cart_items',
      'query($id: ID!) { cart(id: $id) { id items { variant { sku cart_items { data { cart_id } } } } } }',
      ['cart', 'items', 0, 'variant', 'cart_items'],
      ['cart', 'items', 0, 'variant', 'sku'],
    ],
    [
      'ProductVariant.order_items',
      'query($id: ID!) { cart(id: $id) { id items { variant { sku order_items { data { order_id } } } } } }',
      ['cart', 'items', 0, 'variant', 'order_items'],
      ['cart', 'items', 0, 'variant', 'sku'],
    ],
    [
      'Promotion.carts',
      'query($id: ID!) { cart(id: $id) { id promotions { code carts { id email } } } }',
      ['cart', 'promotions', 0, 'carts'],
      ['cart', 'promotions', 0, 'code'],
    ],
    [
      'Promotion.orders',
      'query($id: ID!) { cart(id: $id) { id promotions { code orders { id email } } } }',
      ['cart', 'promotions', 0, 'orders'],
      ['cart', 'promotions', 0, 'code'],
    ],
    [
      'Promotion.carts_link',
      'query($id: ID!) { cart(id: $id) { id promotions { code carts_link { cart_id } } } }',
      ['cart', 'promotions', 0, 'carts_link'],
      ['cart', 'promotions', 0, 'code'],
    ],
    [
      'Promotion.orders_link',
      'query($id: ID!) { cart(id: $id) { id promotions { code orders_link { order_id } } } }',
      ['cart', 'promotions', 0, 'orders_link'],
      ['cart', 'promotions', 0, 'code'],
    ],
    [
      'Promotion.carts',
      'query($id: ID!) { cart(id: $id) { id items { adjustments { promotion { code carts { id } } } } } }',
      ['cart', 'items', 0, 'adjustments', 0, 'promotion', 'carts'],
      ['cart', 'items', 0, 'adjustments', 0, 'promotion', 'code'],
    ],
  ])(
    'walks no reverse list to other shoppers: %s comes back null with UNAUTHENTICATED, the rest stays',
    async (field, query, nulled, kept) => {
      const response = await supergraph.query(query, { id: promotedCart.id }, asGuest);
      expect(response.status).toBe(200);
      expect(at(response.data, nulled)).toBeNull();
      expect(at(response.data, kept)).toEqual(expect.anything());
      expect(response.errors).toEqual([
        expect.objectContaining({ path: nulled, extensions: { code: 'UNAUTHENTICATED', field } }),
      ]);
      expect(response.errors![0].message).toContain(`${field} is readable only by an admin user`);
    },
  );

  it('is refused before any subgraph is asked: the cart module serves no part of Region.carts', async () => {
    const { result, subgraphRequests } = await supergraph.count(() =>
      supergraph.query('{ regions { data { name carts { data { id email } } } } }', {}, asGuest),
    );
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(subgraphRequests).toEqual({ region: 1 });
  });

  it('is refused the same field through fragments, inline fragments and aliases', async () => {
    const response = await supergraph.query(
      `query($id: ID!) {
        mine: cart(id: $id) { ...Leak }
        again: cart(id: $id) { ... on Cart { sales_channel { stolen: carts { data { id } } } } }
      }
      fragment Leak on Cart { id region { carts { data { id email } } } }`,
      { id: promotedCart.id },
      asGuest,
    );
    expect(response.data).toEqual({
      mine: { id: promotedCart.id, region: { carts: null } },
      again: { sales_channel: { stolen: null } },
    });
    expect(response.errors!.map((error) => [error.path, error.extensions?.field])).toEqual([
      [['mine', 'region', 'carts'], 'Region.carts'],
      [['again', 'sales_channel', 'stolen'], 'SalesChannel.carts'],
    ]);
  });

  it("sees a promotion's code and amounts on its cart, not its rules, campaign, budget or usage", async () => {
    const response = await supergraph.query<{ cart: { promotions: Record<string, unknown>[] } }>(
      `query($id: ID!) { cart(id: $id) { promotions {
        code type is_automatic application_method { type value allocation target_type target_rules { attribute } }
        rules { attribute values { value } } campaign { name budget { limit used } } limit used campaign_id
      } } }`,
      { id: promotedCart.id },
      asGuest,
    );
    const [promotion] = response.data!.cart.promotions;
    expect(promotion).toMatchObject({
      code: promotedCart.promotions![0].code,
      rules: null,
      campaign: null,
      limit: null,
      used: null,
      campaign_id: null,
    });
    expect(promotion.application_method).toMatchObject({ target_rules: null });
    expect((promotion.application_method as { value: string }).value).toEqual(expect.any(String));
    expect(new Set(response.errors!.map((error) => error.extensions?.field))).toEqual(
      new Set([
        'Promotion.rules',
        'Promotion.campaign',
        'Promotion.limit',
        'Promotion.used',
        'Promotion.campaign_id',
        'ApplicationMethod.target_rules',
      ]),
    );
    expect(new Set(codes(response))).toEqual(new Set(['UNAUTHENTICATED']));
  });

  it.each([
    ['a list', '{ products(with_deleted: true) { data { id } } }', {}],
    [
      'a record by id',
      'query($id: ID!) { cart(id: $id, with_deleted: true) { id } }',
      { id: 'cart_01JZZZZZZZZZZZZZZZZZZZZZZZ' },
    ],
    ['a variable', 'query($deleted: Boolean) { regions(with_deleted: $deleted) { data { id } } }', { deleted: true }],
    ['a variable default', 'query($deleted: Boolean = true) { regions(with_deleted: $deleted) { data { id } } }', {}],
    ['a fragment', '{ ...F } fragment F on Query { countries(with_deleted: true) { data { iso_2 } } }', {}],
  ])('is refused soft-deleted records (with_deleted: true) through %s: 401', async (_how, query, variables) => {
    const response = await supergraph.query(query, variables, asGuest);
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0].message).toContain('with_deleted');
    expect(response.data).toBeUndefined();
  });

  it.each([
    ['carts', '{ carts { data { id } } }'],
    ['orders', '{ orders { data { id } } }'],
    ['customers', '{ customers { data { id email } } }'],
    ['payments', '{ payments { data { id } } }'],
    ['promotions', '{ promotions { data { id code } } }'],
    ['sales channels', '{ sales_channels { data { id } } }'],
    ['a line item by id', '{ line_item(id: "cali_01JZZZZZZZZZZZZZZZZZZZZZZZ") { id } }'],
    ['order_cart (a link table)', '{ order_cart { data { cart_id order_id } } }'],
    ['the Link API', 'mutation { dismiss_links(links: []) { __typename } }'],
    ['an admin list beside a public one', '{ regions { data { id } } carts { data { id } } }'],
  ])('is refused %s whole: 401 UNAUTHENTICATED and no data', async (_name, query) => {
    const response = await supergraph.query(query, {}, asGuest);
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data).toBeUndefined();
  });

  it('cannot make itself an admin with actor headers: the gateway believes only tokens', async () => {
    const response = await fetch(supergraph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ACTOR_TYPE_HEADER]: 'system', [ACTOR_ID_HEADER]: 'user_x' },
      body: JSON.stringify({ query: '{ carts { data { id } } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe("a registered customer's cart", () => {
  const update =
    'mutation($id: ID!, $email: String) { update_cart(cart_id: $id, input: { email: $email }) { id email } }';
  const emailOf = async (id: string) =>
    (await supergraph.query<{ cart: { email: string } }>('query($id: ID!) { cart(id: $id) { email } }', { id })).data!
      .cart.email;

  it.each([
    ['a guest', () => null, 'UNAUTHENTICATED'],
    ['another customer', () => otherToken, 'FORBIDDEN'],
  ])('is neither read nor changed by %s', async (_who, token, code) => {
    const before = await emailOf(ownedOpenCart.id);
    const read = await supergraph.query(
      'query($id: ID!) { cart(id: $id) { id email } }',
      { id: ownedOpenCart.id },
      { token: token() },
    );
    expect(read.data).toEqual({ cart: null });
    expect(codes(read)).toEqual([code]);
    for (const [query, variables] of [
      [update, { id: ownedOpenCart.id, email: 'thief@example.com' }],
      [
        'mutation($id: ID!, $variant: ID!) { add_line_item(cart_id: $id, variant_id: $variant, quantity: 5) { id } }',
        { id: ownedOpenCart.id, variant: ownedOpenCart.items[0].variant_id },
      ],
      [
        'mutation($id: ID!, $line: ID!) { remove_line_item(cart_id: $id, line_item_id: $line) { id } }',
        { id: ownedOpenCart.id, line: ownedOpenCart.items[0].id },
      ],
      ['mutation($id: ID!) { create_payment_collection(cart_id: $id) { id } }', { id: ownedOpenCart.id }],
      ['mutation($id: ID!) { complete_cart(cart_id: $id) { order { id } } }', { id: ownedOpenCart.id }],
      ['query($id: ID!) { cart_shipping_options(cart_id: $id) { amount } }', { id: ownedOpenCart.id }],
    ] as const) {
      const refused = await supergraph.query(query, variables, { token: token() });
      expect(codes(refused)).toEqual([code]);
    }
    // Nothing changed: the cart is as its owner left it.
    const after = await supergraph.query<{
      cart: { email: string; items: { id: string; quantity: number }[]; payment_collection: unknown };
    }>('query($id: ID!) { cart(id: $id) { email completed_at items { id } } }', { id: ownedOpenCart.id });
    expect(after.data!.cart).toMatchObject({
      email: before,
      completed_at: null,
      items: ownedOpenCart.items.map((item) => ({ id: item.id })),
    });
  });

  it("is read and changed with its customer's token, and by an admin", async () => {
    const own = await supergraph.query<{ update_cart: { email: string } }>(
      update,
      { id: ownedOpenCart.id, email: 'owner@example.com' },
      { token: ownerToken },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.update_cart.email).toBe('owner@example.com');
    const admin = await supergraph.query<{ cart: { email: string } }>('query($id: ID!) { cart(id: $id) { email } }', {
      id: ownedOpenCart.id,
    });
    expect(admin.data!.cart.email).toBe('owner@example.com');
  });

  it("leaves a guest's cart usable by whoever holds its id, a signed-in customer too (Medusa's store API)", async () => {
    const response = await supergraph.query<{ cart: { id: string } }>(
      'query($id: ID!) { cart(id: $id) { id items { id } } }',
      { id: promotedCart.id },
      { token: otherToken },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cart.id).toBe(promotedCart.id);
  });
});

describe('the catalog as the store shows it', () => {
  let draft: { id: string; variant: string };
  beforeAll(async () => {
    const found = await supergraph.query<{ products: { data: { id: string; variants: { id: string }[] }[] } }>(
      '{ products(pagination: { take: 1, order: "-id" }) { data { id variants { id } } } }',
    );
    draft = { id: found.data!.products.data[0].id, variant: found.data!.products.data[0].variants[0].id };
    // There is no admin write API for products yet: the product is made a draft in its own table.
    await supergraph.db.query(`update product.product set status = 'draft' where id = $1`, [draft.id]);
  });
  afterAll(() => supergraph.db.query(`update product.product set status = 'published' where id = $1`, [draft.id]));

  const catalog = `query($id: ID!, $variant: ID!) {
    products(pagination: { take: 200 }) { data { id } metadata { count } }
    product(id: $id) { id }
    product_variants(pagination: { take: 200 }) { data { id } }
    product_variant(id: $variant) { id }
    product_categories(pagination: { take: 200 }) { data { handle products { id } } }
  }`;
  type Catalog = {
    products: { data: { id: string }[]; metadata: { count: number } };
    product: { id: string } | null;
    product_variants: { data: { id: string }[] };
    product_variant: { id: string } | null;
    product_categories: { data: { handle: string; products: { id: string }[] }[] };
  };

  it.each([
    ['a guest', () => null],
    ['a customer', () => otherToken],
  ])('shows %s published products only, and categories that are active and not internal', async (_who, token) => {
    const response = await supergraph.query<Catalog>(
      catalog,
      { id: draft.id, variant: draft.variant },
      { token: token() },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.products.data.map((product) => product.id)).not.toContain(draft.id);
    expect(data.products.metadata.count).toBe(data.products.data.length);
    expect(data.product).toBeNull();
    expect(data.product_variants.data.map((variant) => variant.id)).not.toContain(draft.variant);
    expect(data.product_variant).toBeNull();
    expect(
      data.product_categories.data.flatMap((category) => category.products.map((product) => product.id)),
    ).not.toContain(draft.id);
    expect(data.product_categories.data.map((category) => category.handle)).not.toContain('archive');
  });

  it('shows an admin every product and category', async () => {
    const response = await supergraph.query<Catalog>(catalog, { id: draft.id, variant: draft.variant });
    expect(response.data!.product).toEqual({ id: draft.id });
    expect(response.data!.product_variant).toEqual({ id: draft.variant });
    expect(response.data!.products.data.map((product) => product.id)).toContain(draft.id);
    expect(response.data!.product_categories.data.map((category) => category.handle)).toContain('archive');
  });

  it("refuses a draft's variant in a guest's cart", async () => {
    const response = await supergraph.query(
      'mutation($variant: ID!) { create_cart(input: { items: [{ variant_id: $variant, quantity: 1 }] }) { id } }',
      { variant: draft.variant },
      asGuest,
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toContain('not published');
  });
});

describe('a signed-in customer', () => {
  it('reads its own profile, addresses, carts and orders', async () => {
    const id = ownedOrderCart.customer_id!;
    const token = await supergraph.tokenFor({ actor_type: 'customer', actor_id: id });
    const response = await supergraph.query<{
      customer: { id: string; carts: { data: { id: string }[] }; orders: { data: { id: string }[] } };
    }>(
      'query($id: ID!) { customer(id: $id) { id email addresses { id } carts { data { id } } orders { data { id } } } }',
      { id },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.customer.carts.data.map((cart) => cart.id)).toContain(ownedOrderCart.id);
    expect(response.data!.customer.orders.data.map((order) => order.id)).toContain(ownedOrderCart.order!.id);
    const order = await supergraph.query<{ order: { id: string; cart: { id: string } } }>(
      'query($id: ID!) { order(id: $id) { id cart { id } } }',
      { id: ownedOrderCart.order!.id },
      { token },
    );
    expect(order.errors).toBeUndefined();
    expect(order.data!.order.cart.id).toBe(ownedOrderCart.id);
  });

  it("is refused another customer's profile, order and carts with FORBIDDEN", async () => {
    const profile = await supergraph.query(
      'query($id: ID!) { customer(id: $id) { id email } }',
      { id: ownedOrderCart.customer_id },
      { token: otherToken },
    );
    expect(codes(profile)).toEqual(['FORBIDDEN']);
    expect(profile.data).toEqual({ customer: null });
    const order = await supergraph.query(
      'query($id: ID!) { order(id: $id) { id } }',
      { id: ownedOrderCart.order!.id },
      { token: otherToken },
    );
    expect(codes(order)).toEqual(['FORBIDDEN']);
    expect(order.data).toEqual({ order: null });
  });

  it("is refused another customer's address", async () => {
    const addresses = await supergraph.query<{ customer_addresses: { data: { id: string; customer_id: string }[] } }>(
      '{ customer_addresses(pagination: { take: 1 }) { data { id customer_id } } }',
    );
    const address = addresses.data!.customer_addresses.data[0];
    const ownerOfAddress = await supergraph.tokenFor({ actor_type: 'customer', actor_id: address.customer_id });
    const query = 'query($id: ID!) { customer_address(id: $id) { id } }';
    expect((await supergraph.query(query, { id: address.id }, { token: ownerOfAddress })).data).toEqual({
      customer_address: { id: address.id },
    });
    const stranger = await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JZZZZZZZZZZZZZZZZZZZZZZZ' });
    const refused = await supergraph.query(query, { id: address.id }, { token: stranger });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.data).toEqual({ customer_address: null });
  });

  it("sees no carts list on a guest's record (Customer.carts is for signed-in customers, and their own)", async () => {
    const response = await supergraph.query<{ cart: { customer: { email: string; carts: unknown } } }>(
      'query($id: ID!) { cart(id: $id) { customer { email carts { data { id } } } } }',
      { id: guestCart.id },
      asGuest,
    );
    expect(response.data!.cart.customer).toMatchObject({ carts: null });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['cart', 'customer', 'carts'],
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', field: 'Customer.carts' }),
      }),
    ]);
    expect(response.errors![0].message).toContain('a signed-in customer');
  });

  it("creates a cart that is its own (Medusa: the signed-in customer becomes the cart's customer)", async () => {
    const created = await supergraph.query<{
      create_cart: { id: string; customer_id: string; email: string; customer: { id: string } };
    }>('mutation { create_cart(input: {}) { id customer_id email customer { id } } }', {}, { token: ownerToken });
    expect(created.errors).toBeUndefined();
    expect(created.data!.create_cart).toMatchObject({
      customer_id: ownedOpenCart.customer_id,
      customer: { id: ownedOpenCart.customer_id },
    });
    // Its own cart is closed to others from the start.
    expect(
      codes(
        await supergraph.query(
          'query($id: ID!) { cart(id: $id) { id } }',
          { id: created.data!.create_cart.id },
          asGuest,
        ),
      ),
    ).toEqual(['UNAUTHENTICATED']);
    // A guest's new cart has no customer until it gives an email.
    const guest = await supergraph.query<{ create_cart: { customer_id: string | null } }>(
      'mutation { create_cart(input: {}) { customer_id } }',
      {},
      asGuest,
    );
    expect(guest.data!.create_cart.customer_id).toBeNull();
  });

  it.each([
    ['the admin lists', '{ carts { data { id } } }'],
    ['customers', '{ customers { data { id } } }'],
    ['the Link API', 'mutation { dismiss_links(links: []) { __typename } }'],
    ['soft-deleted records', '{ regions(with_deleted: true) { data { id } } }'],
    [
      'an admin list through a fragment',
      'query { ...Everything } fragment Everything on Query { ... on Query { carts { data { id } } } }',
    ],
  ])('is refused %s with 403 FORBIDDEN', async (_name, query) => {
    const response = await supergraph.query(query, {}, { token: otherToken });
    expect(response.status).toBe(403);
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.data).toBeUndefined();
  });
});

describe('an admin user', () => {
  it('reads everything: lists, reverse lists, promotion internals, soft-deleted records', async () => {
    const response = await supergraph.query<{
      carts: { metadata: { count: number } };
      regions: { data: { carts: { data: unknown[] } }[] };
    }>(
      `query($id: ID!) {
        carts { metadata { count } } customers { metadata { count } } orders { metadata { count } }
        regions(with_deleted: true) { data { carts { data { id } } orders { data { id } } } }
        cart(id: $id) { promotions { rules { attribute } campaign { name } used carts { id } } }
      }`,
      { id: promotedCart.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.carts.metadata.count).toBeGreaterThanOrEqual(24);
    expect(response.data!.regions.data.some((region) => region.carts.data.length > 0)).toBe(true);
  });
});
