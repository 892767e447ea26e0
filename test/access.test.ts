import { SignJWT } from 'jose';
import { issueToken } from '../kit/auth';
import { ACTOR_TYPE_HEADER, ACTOR_ID_HEADER } from '../kit/auth';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Store rules as Medusa's store API has them: a cart (and an order) by whoever holds its id; a
 * customer's profile, addresses, carts and orders only by that customer; lists and the Link API
 * only by an admin. A refusal is UNAUTHENTICATED or FORBIDDEN, never data.
 */
let supergraph: TestSupergraph;
let owner: { cartId: string; customerId: string; orderId: string; addressId: string };
let otherCustomerId: string;
let guestCart: { id: string; customer_id: string };
let ownerToken: string;
let otherToken: string;

beforeAll(async () => {
  supergraph = await startTestSupergraph(20);
  const found = await supergraph.query<{
    carts: { data: { id: string; customer_id: string; customer: { has_account: boolean } | null; order: { id: string } | null }[] };
    customers: { data: { id: string; addresses: { id: string }[] }[] };
  }>(`{
    carts(filters: { completed: true }) { data { id customer_id customer { has_account } order { id } } }
    customers(pagination: { take: 100 }) { data { id addresses { id } } }
  }`);
  expect(found.errors).toBeUndefined();
  const cart = found.data!.carts.data.find((candidate) => candidate.order && candidate.customer?.has_account)!;
  guestCart = found.data!.carts.data.find((candidate) => candidate.customer && !candidate.customer.has_account)!;
  const customer = found.data!.customers.data.find((candidate) => candidate.id === cart.customer_id)!;
  const addressed = found.data!.customers.data.find((candidate) => candidate.addresses.length > 0)!;
  owner = { cartId: cart.id, customerId: cart.customer_id, orderId: cart.order!.id, addressId: addressed.addresses[0]?.id };
  // The address test needs the address's own customer; use that customer when the cart's has none.
  if (customer.addresses.length === 0) owner.addressId = '';
  otherCustomerId = found.data!.customers.data.find((candidate) => candidate.id !== owner.customerId)!.id;
  ownerToken = await supergraph.tokenFor({ actor_type: 'customer', actor_id: owner.customerId });
  otherToken = await supergraph.tokenFor({ actor_type: 'customer', actor_id: otherCustomerId });
});
afterAll(() => supergraph?.stop());

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);

describe('a guest (no token)', () => {
  it('reads a cart by its id, with its items, region and order, as a storefront does', async () => {
    const response = await supergraph.query<{ cart: { id: string; items: unknown[]; region: { name: string }; order: { id: string } } }>(
      'query($id: ID!) { cart(id: $id) { id items { id } region { name } order { id } } }',
      { id: owner.cartId },
      { token: null },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cart).toMatchObject({ id: owner.cartId, order: { id: owner.orderId } });
    expect(response.data!.cart.items.length).toBeGreaterThan(0);
  });

  it('reads an order by its id (Medusa: GET /store/orders/:id is open to the holder of the id)', async () => {
    const response = await supergraph.query<{ order: { id: string } }>('query($id: ID!) { order(id: $id) { id } }', { id: owner.orderId }, { token: null });
    expect(response.errors).toBeUndefined();
    expect(response.data!.order.id).toBe(owner.orderId);
  });

  it("gets the cart but not its customer's profile: the profile's fields are null with UNAUTHENTICATED", async () => {
    const response = await supergraph.query<{ cart: { id: string; customer_id: string; customer: { id: string; email: string | null } } }>(
      'query($id: ID!) { cart(id: $id) { id customer_id customer { id email first_name } } }',
      { id: owner.cartId },
      { token: null },
    );
    expect(response.data!.cart.id).toBe(owner.cartId);
    // The id is the cart's own customer_id (the reference); nothing of the profile comes back.
    expect(response.data!.cart.customer).toEqual({ id: response.data!.cart.customer_id, email: null, first_name: null });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0].path?.slice(0, 2)).toEqual(['cart', 'customer']);
    expect(response.errors![0].message).toContain('only by that customer');
  });

  it.each([
    ['carts', '{ carts { data { id } } }'],
    ['orders', '{ orders { data { id } } }'],
    ['customers', '{ customers { data { id email } } }'],
    ['payments', '{ payments { data { id } } }'],
    ['promotions', '{ promotions { data { id code } } }'],
    ['order_cart (a link table)', '{ order_cart { data { cart_id order_id } } }'],
  ])('is refused %s with 401 UNAUTHENTICATED and no data', async (_name, query) => {
    const response = await supergraph.query(query, {}, { token: null });
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data).toBeUndefined();
  });

  it("reads a guest checkout's customer through its cart: a guest record has no sign-in, like the cart", async () => {
    const response = await supergraph.query<{ cart: { customer: { id: string; email: string; has_account: boolean } } }>(
      'query($id: ID!) { cart(id: $id) { customer { id email has_account } } }',
      { id: guestCart.id },
      { token: null },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cart.customer).toMatchObject({ id: guestCart.customer_id, has_account: false });
    expect(response.data!.cart.customer.email).toContain('@');
  });

  it("is refused a registered customer's profile by id", async () => {
    const response = await supergraph.query('query($id: ID!) { customer(id: $id) { id email } }', { id: owner.customerId }, { token: null });
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data).toEqual({ customer: null });
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

describe('a signed-in customer', () => {
  it('reads its own profile, addresses, carts and orders', async () => {
    const response = await supergraph.query<{
      customer: { id: string; email: string; carts: { data: { id: string }[] }; orders: { data: { id: string }[] } };
    }>(
      'query($id: ID!) { customer(id: $id) { id email addresses { id } carts { data { id } } orders { data { id } } } }',
      { id: owner.customerId },
      { token: ownerToken },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.customer.id).toBe(owner.customerId);
    expect(response.data!.customer.carts.data.map((cart) => cart.id)).toContain(owner.cartId);
    expect(response.data!.customer.orders.data.map((order) => order.id)).toContain(owner.orderId);
  });

  it("reads its customer through its own cart, but another customer's cart shows no profile (FORBIDDEN)", async () => {
    const query = 'query($id: ID!) { cart(id: $id) { id customer { id email orders { data { id } } } } }';
    const own = await supergraph.query<{ cart: { customer: { id: string } } }>(query, { id: owner.cartId }, { token: ownerToken });
    expect(own.errors).toBeUndefined();
    expect(own.data!.cart.customer.id).toBe(owner.customerId);
    const foreign = await supergraph.query<{ cart: { id: string; customer: unknown } }>(query, { id: owner.cartId }, { token: otherToken });
    expect(foreign.data!.cart).toEqual({ id: owner.cartId, customer: null });
    expect(codes(foreign)).toContain('FORBIDDEN');
    expect(foreign.errors!.every((error) => error.path?.[1] === 'customer')).toBe(true);
  });

  it("is refused another customer's profile, carts and orders with FORBIDDEN", async () => {
    const profile = await supergraph.query('query($id: ID!) { customer(id: $id) { id email } }', { id: owner.customerId }, { token: otherToken });
    expect(codes(profile)).toEqual(['FORBIDDEN']);
    expect(profile.data).toEqual({ customer: null });
  });

  it("is refused another customer's address", async () => {
    const addresses = await supergraph.query<{ customer_addresses: { data: { id: string; customer_id: string }[] } }>(
      '{ customer_addresses(pagination: { take: 1 }) { data { id customer_id } } }',
    );
    const address = addresses.data!.customer_addresses.data[0];
    const ownerOfAddress = await supergraph.tokenFor({ actor_type: 'customer', actor_id: address.customer_id });
    const query = 'query($id: ID!) { customer_address(id: $id) { id } }';
    expect((await supergraph.query(query, { id: address.id }, { token: ownerOfAddress })).data).toEqual({ customer_address: { id: address.id } });
    const stranger = await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JZZZZZZZZZZZZZZZZZZZZZZZ' });
    const refused = await supergraph.query(query, { id: address.id }, { token: stranger });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.data).toEqual({ customer_address: null });
  });

  it('creates a cart that is its own (Medusa: the signed-in customer becomes the cart\'s customer)', async () => {
    const created = await supergraph.query<{ create_cart: { id: string; customer_id: string; email: string; customer: { id: string } } }>(
      'mutation { create_cart(input: {}) { id customer_id email customer { id } } }',
      {},
      { token: ownerToken },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.create_cart).toMatchObject({ customer_id: owner.customerId, customer: { id: owner.customerId } });
    expect(created.data!.create_cart.email).toContain('@');
    const mine = await supergraph.query<{ customer: { carts: { data: { id: string }[] } } }>(
      'query($id: ID!) { customer(id: $id) { carts(pagination: { take: 100 }) { data { id } } } }',
      { id: owner.customerId },
      { token: ownerToken },
    );
    expect(mine.data!.customer.carts.data.map((cart) => cart.id)).toContain(created.data!.create_cart.id);
    // A guest's new cart has no customer until it gives an email.
    const guest = await supergraph.query<{ create_cart: { customer_id: string | null } }>('mutation { create_cart(input: {}) { customer_id } }', {}, { token: null });
    expect(guest.data!.create_cart.customer_id).toBeNull();
  });

  it('is refused the admin lists and the Link API with 403 FORBIDDEN', async () => {
    for (const query of [
      '{ carts { data { id } } }',
      '{ customers { data { id } } }',
      'mutation { dismiss_links(links: []) { __typename } }',
    ]) {
      const response = await supergraph.query(query, {}, { token: ownerToken });
      expect(response.status).toBe(403);
      expect(codes(response)[0]).toBe('FORBIDDEN');
      expect(response.data).toBeUndefined();
    }
  });

  it('is refused through a fragment too: the rule looks at the root fields behind fragments', async () => {
    const response = await supergraph.query('query { ...Everything } fragment Everything on Query { ... on Query { carts { data { id } } } }', {}, { token: ownerToken });
    expect(response.status).toBe(403);
  });
});

describe('an admin user', () => {
  it('lists carts, customers and orders, and reads any customer', async () => {
    const response = await supergraph.query<{ carts: { metadata: { count: number } }; customer: { id: string } }>(
      'query($id: ID!) { carts { metadata { count } } customers { metadata { count } } orders { metadata { count } } customer(id: $id) { id orders { data { id } } } }',
      { id: owner.customerId },
    );
    expect(response.errors).toBeUndefined();
    // The seeded twenty, and the two a test above created.
    expect(response.data!.carts.metadata.count).toBe(22);
    expect(response.data!.customer.id).toBe(owner.customerId);
  });
});

describe('bad tokens', () => {
  const carts = (authorization: string) =>
    fetch(supergraph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: 'query($id: ID!) { cart(id: $id) { id } }', variables: { id: owner.cartId } }),
    });

  it.each([
    ['garbage', async () => 'Bearer not.a.token'],
    ['another scheme', async () => 'Basic dXNlcjpwYXNz'],
    ['a wrong signature', async () => `Bearer ${await issueToken({ actor_type: 'user', actor_id: 'user_1' }, 'not-the-secret')}`],
    ['an expired token', async () => `Bearer ${await issueToken({ actor_type: 'user', actor_id: 'user_1' }, supergraph.jwtSecret, { expiresIn: '-1m' })}`],
    [
      'a token without an actor',
      async () =>
        `Bearer ${await new SignJWT({ sub: 'someone' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(supergraph.jwtSecret))}`,
    ],
    [
      'an unsigned token (alg none)',
      async () => `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"actor_type":"user","actor_id":"user_1"}').toString('base64url')}.`,
    ],
  ])('%s: 401 UNAUTHENTICATED even for a public query, never treated as a guest', async (_name, header) => {
    const response = await carts(await header());
    expect(response.status).toBe(401);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });
});
