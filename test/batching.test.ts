import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from '../gateway/context';
import { EntityBatcher } from '../gateway/entity-batching/batcher';
import { joinAnswers } from '../gateway/entity-batching/size-cap';
import { CART_PAGE_QUERY } from '../gateway/examples';
import { startHoldingRelay, type HoldingRelay } from './support/holding-relay';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * The gateway batches entity fetches across concurrent client requests: cart pages asked at the
 * same time cost fewer subgraph requests than asked one by one, and each gets exactly its own data.
 */
let supergraph: TestSupergraph;
let cartIds: string[];
beforeAll(async () => {
  supergraph = await startTestSupergraph(12);
  const carts = await supergraph.query<{ carts: { data: { id: string }[] } }>(
    '{ carts(pagination: { take: 12 }) { data { id } } }',
  );
  cartIds = carts.data!.carts.data.map((cart) => cart.id);
});
afterAll(() => supergraph?.stop());

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

it('concurrent cart pages share subgraph requests and each gets its own cart', async () => {
  const sequential = await supergraph.count(async () => {
    const answers = [];
    for (const id of cartIds) answers.push(await supergraph.query(CART_PAGE_QUERY, { id }));
    return answers;
  });
  const concurrent = await supergraph.count(() =>
    Promise.all(cartIds.map((id) => supergraph.query(CART_PAGE_QUERY, { id }))),
  );

  expect(concurrent.result).toEqual(sequential.result);
  concurrent.result.forEach((answer, index) => {
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { cart: { id: string } }).cart.id).toBe(cartIds[index]);
  });
  // How many fetches meet depends on timing; never more than one by one (the exact mechanism is
  // tested below without timing).
  expect(total(concurrent.subgraphRequests)).toBeLessThanOrEqual(total(sequential.subgraphRequests));
});

it("one cart page asks the product subgraph once for its items' products and variants", async () => {
  const page = await supergraph.count(() => supergraph.query(CART_PAGE_QUERY, { id: cartIds[0] }));
  expect(page.result.errors).toBeUndefined();
  const items = (page.result.data as { cart: { items: { product: { id: string }; variant: { id: string } }[] } }).cart
    .items;
  expect(items.length).toBeGreaterThan(0);
  items.forEach((item) => expect(item.variant.id).toMatch(/^variant_/));
  // Apollo's plan has two fetches to the product subgraph (Product and ProductVariant); they go as one request.
  expect(page.subgraphRequests.product).toBe(1);
});

it('an error at one entity of a batch reaches only the request that asked for it', async () => {
  const cartWithOrders = 'query($id: ID!) { cart(id: $id) { id customer { id orders { data { id } } } } }';
  const carts = await supergraph.query<{
    carts: { data: { id: string; customer_id: string; customer: { has_account: boolean } }[] };
  }>('{ carts(pagination: { take: 12 }) { data { id customer_id customer { has_account } } } }');
  const own = carts.data!.carts.data.find((cart) => cart.customer.has_account)!;
  const guest = carts.data!.carts.data.find((cart) => !cart.customer.has_account)!.id;
  const token = await supergraph.tokenFor({ actor_type: 'customer', actor_id: own.customer_id });
  // One signed-in customer, two carts: its own customer's orders are its own; a guest record's orders are not.
  const [refused, allowed] = await Promise.all([
    supergraph.query<{ cart: { customer: { orders: unknown } } }>(cartWithOrders, { id: guest }, { token }),
    supergraph.query<{ cart: { customer: { orders: { data: unknown[] } } } }>(
      cartWithOrders,
      { id: own.id },
      { token },
    ),
  ]);
  expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(refused.data!.cart.customer.orders).toBeNull();
  expect(allowed.errors).toBeUndefined();
  expect(allowed.data!.cart.customer.orders.data).toEqual(expect.any(Array));
});

describe('through a customer subgraph whose answers can be held, with at most 3 entities per request', () => {
  const CAP = 3;
  let capped: TestSupergraph;
  let relay: HoldingRelay;
  type CartWithCustomer = { id: string; customer_id: string; customer: { id: string; email: string | null } };
  const CART_CUSTOMER = 'query($id: ID!) { cart(id: $id) { id customer_id customer { id email } } }';
  beforeAll(async () => {
    relay = await startHoldingRelay();
    capped = await startTestSupergraph(12, {
      gateway: { bounds: { maxEntitiesPerBatch: CAP } },
      route: (name, url) => {
        if (name !== 'customer') return url;
        relay.target = url;
        return relay.url;
      },
    });
  });
  afterAll(async () => {
    relay?.release();
    await capped?.stop();
    await relay?.close();
  });

  it("one guest's held customer fetch does not hold up another guest's", async () => {
    const carts = await capped.query<{
      carts: { data: { id: string; customer_id: string; customer: { has_account: boolean } }[] };
    }>('{ carts(pagination: { take: 12 }) { data { id customer_id customer { has_account } } } }');
    const guestCarts = carts.data!.carts.data.filter((cart) => !cart.customer.has_account);
    const a = guestCarts[0];
    const b = guestCarts.find((cart) => cart.customer_id !== a.customer_id)!;
    expect(b).toBeDefined();

    relay.hold = (body) => body.includes(a.customer_id);
    let aAnswered = false;
    const slow = capped
      .query<{ cart: CartWithCustomer }>(CART_CUSTOMER, { id: a.id }, { token: null })
      .then((answer) => {
        aAnswered = true;
        return answer;
      });
    await relay.holding();
    // Both are guests, so the same actor: B's fetch to the same subgraph goes while A's is held.
    const fast = await capped.query<{ cart: CartWithCustomer }>(CART_CUSTOMER, { id: b.id }, { token: null });
    expect(fast.errors).toBeUndefined();
    expect(fast.data!.cart.customer.id).toBe(b.customer_id);
    expect(aAnswered).toBe(false);

    relay.hold = undefined;
    relay.release();
    const answer = await slow;
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.cart.customer.id).toBe(a.customer_id);
  });

  it('sends the representations of one fetch over the cap as ceil(n / cap) requests, every entity in its place', async () => {
    const asked = relay.bodies.length;
    const page = await capped.count(() =>
      capped.query<{ carts: { data: CartWithCustomer[] } }>(
        '{ carts(pagination: { take: 12 }) { data { id customer_id customer { id email } } } }',
      ),
    );
    expect(page.result.errors).toBeUndefined();
    const carts = page.result.data!.carts.data;
    const customers = new Set(carts.map((cart) => cart.customer_id)).size;
    expect(customers).toBeGreaterThan(CAP);
    expect(page.subgraphRequests.customer).toBe(Math.ceil(customers / CAP));
    const sizes = relay.bodies
      .slice(asked)
      .map(
        (body) => (JSON.parse(body) as { variables: { representations: unknown[] } }).variables.representations.length,
      );
    expect(sizes.every((size) => size <= CAP)).toBe(true);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(customers);
    carts.forEach((cart) => expect(cart.customer.id).toBe(cart.customer_id));
    expect(carts.every((cart) => cart.customer.email)).toBe(true);
  });
});

describe('EntityBatcher', () => {
  const QUERY =
    'query Page__product__1($representations:[_Any!]!){_entities(representations:$representations){...on Product{title}}}';
  const fetchOf = (ids: string[], actorId = 'user_1') =>
    ({
      kind: 'incoming operation',
      request: { query: QUERY, variables: { representations: ids.map((id) => ({ __typename: 'Product', id })) } },
      context: { actor: { type: 'user', id: actorId }, requestId: 'r' },
    }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;

  /** A subgraph whose answers the test releases by hand; it answers each representation with its id, and an error for "prod_bad". */
  function manualSubgraph() {
    const sent: { ids: string[]; release: () => void }[] = [];
    const send = (options: GraphQLDataSourceProcessOptions<GatewayContext>) =>
      new Promise<GatewayGraphQLResponse>((resolve) => {
        const ids = (options.request.variables!.representations as { id: string }[]).map(
          (representation) => representation.id,
        );
        sent.push({
          ids,
          release: () =>
            resolve({
              data: { _entities: ids.map((id) => (id === 'prod_bad' ? null : { title: `title of ${id}` })) },
              errors: ids.includes('prod_bad')
                ? [{ message: 'bad product', path: ['_entities', ids.indexOf('prod_bad'), 'title'] }]
                : undefined,
            } as GatewayGraphQLResponse),
        });
      });
    return { sent, send };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('sends the first fetch at once, then what queued while it was out as one request, each representation once', async () => {
    const subgraph = manualSubgraph();
    // Nothing counts as slow here: the test holds the first answer as long as it likes.
    const batcher = new EntityBatcher(subgraph.send, { minSlowMs: 600_000 });
    const first = batcher.load(fetchOf(['prod_a']));
    await tick();
    expect(subgraph.sent.map((request) => request.ids)).toEqual([['prod_a']]);
    const second = batcher.load(fetchOf(['prod_b', 'prod_c']));
    await tick();
    const third = batcher.load(fetchOf(['prod_c', 'prod_bad', 'prod_d']));
    await tick();
    expect(subgraph.sent).toHaveLength(1);
    subgraph.sent[0].release();
    expect(await first).toEqual({ data: { _entities: [{ title: 'title of prod_a' }] }, errors: undefined });
    while (subgraph.sent.length < 2) await tick();
    expect(subgraph.sent.map((request) => request.ids)).toEqual([
      ['prod_a'],
      ['prod_b', 'prod_c', 'prod_bad', 'prod_d'],
    ]);
    subgraph.sent[1].release();
    expect(await second).toEqual({
      data: { _entities: [{ title: 'title of prod_b' }, { title: 'title of prod_c' }] },
      errors: undefined,
    });
    // The third gets its own entities in its own order, and the error at its own index.
    expect(await third).toEqual({
      data: { _entities: [{ title: 'title of prod_c' }, null, { title: 'title of prod_d' }] },
      errors: [{ message: 'bad product', path: ['_entities', 1, 'title'] }],
    });
  });

  it('holds nothing back behind a slow request: the next goes once it is slow, and is answered first', async () => {
    const subgraph = manualSubgraph();
    const batcher = new EntityBatcher(subgraph.send);
    const slow = batcher.load(fetchOf(['prod_a']));
    let slowAnswered = false;
    void slow.then(() => (slowAnswered = true));
    await tick();
    const other = batcher.load(fetchOf(['prod_b']));
    const another = batcher.load(fetchOf(['prod_c']));
    while (subgraph.sent.length < 2) await tick();
    expect(subgraph.sent.map((request) => request.ids)).toEqual([['prod_a'], ['prod_b', 'prod_c']]);
    subgraph.sent[1].release();
    expect(await other).toEqual({ data: { _entities: [{ title: 'title of prod_b' }] }, errors: undefined });
    expect(await another).toEqual({ data: { _entities: [{ title: 'title of prod_c' }] }, errors: undefined });
    expect(slowAnswered).toBe(false);
    subgraph.sent[0].release();
    expect(await slow).toEqual({ data: { _entities: [{ title: 'title of prod_a' }] }, errors: undefined });
  });

  it('sends a fetch over the size cap as requests of at most the cap, and answers it in order', async () => {
    const subgraph = manualSubgraph();
    const batcher = new EntityBatcher(subgraph.send, { maxRepresentations: 3 });
    const ids = ['prod_1', 'prod_2', 'prod_3', 'prod_4', 'prod_bad', 'prod_6', 'prod_7'];
    const answer = batcher.load(fetchOf(ids));
    await tick();
    expect(subgraph.sent.map((request) => request.ids)).toEqual([
      ['prod_1', 'prod_2', 'prod_3'],
      ['prod_4', 'prod_bad', 'prod_6'],
      ['prod_7'],
    ]);
    subgraph.sent.forEach((request) => request.release());
    expect(await answer).toEqual({
      data: { _entities: ids.map((id) => (id === 'prod_bad' ? null : { title: `title of ${id}` })) },
      errors: [{ message: 'bad product', path: ['_entities', 4, 'title'] }],
    });
  });

  it('keeps each part of a split fetch at its own places, even when a subgraph answers a part short', () => {
    const joined = joinAnswers(
      [
        { data: { _entities: [{ title: 'a' }] }, errors: [{ message: 'lost', path: ['_entities', 2] }] },
        { data: { _entities: [{ title: 'd' }, { title: 'e' }] }, errors: [{ message: 'bad', path: ['_entities', 1] }] },
      ] as GatewayGraphQLResponse[],
      [3, 2],
    );
    // The first part asked for 3 and got 1: its missing places are null, the second part's stay 3 and 4.
    expect(joined.data).toEqual({ _entities: [{ title: 'a' }, null, null, { title: 'd' }, { title: 'e' }] });
    expect(joined.errors).toEqual([
      { message: 'lost', path: ['_entities', 2] },
      { message: 'bad', path: ['_entities', 4] },
    ]);
  });

  it('starts another request when fetches of one turn would pass the size cap together', async () => {
    const subgraph = manualSubgraph();
    const batcher = new EntityBatcher(subgraph.send, { maxRepresentations: 3 });
    const answers = [
      batcher.load(fetchOf(['prod_a', 'prod_b'])),
      batcher.load(fetchOf(['prod_c'])),
      batcher.load(fetchOf(['prod_d'])),
    ];
    await tick();
    expect(subgraph.sent.map((request) => request.ids)).toEqual([['prod_a', 'prod_b', 'prod_c'], ['prod_d']]);
    subgraph.sent.forEach((request) => request.release());
    expect((await Promise.all(answers)).map((answer) => answer.data)).toEqual([
      { _entities: [{ title: 'title of prod_a' }, { title: 'title of prod_b' }] },
      { _entities: [{ title: 'title of prod_c' }] },
      { _entities: [{ title: 'title of prod_d' }] },
    ]);
  });

  it('sends a representation with more than __typename and id once per distinct value, not once per id', async () => {
    const sent: unknown[][] = [];
    const batcher = new EntityBatcher((options) => {
      const representations = options.request.variables!.representations as unknown[];
      sent.push(representations);
      return Promise.resolve({
        data: { _entities: representations.map(() => ({ title: 't' })) },
      } as GatewayGraphQLResponse);
    });
    const withFields = (representations: object[]) =>
      ({
        ...fetchOf([]),
        request: { query: QUERY, variables: { representations } },
      }) as GraphQLDataSourceProcessOptions<GatewayContext>;
    const plain = { __typename: 'Product', id: 'prod_a' };
    const priced = { __typename: 'Product', id: 'prod_a', currency_code: 'eur' };
    // Both queue in the same turn, so they go as one request.
    const answers = [
      batcher.load(withFields([plain, priced])),
      batcher.load(withFields([{ ...priced }, { ...plain }])),
    ];
    await Promise.all(answers);
    expect(sent).toEqual([[plain, priced]]);
    expect(await answers[1]).toEqual({ data: { _entities: [{ title: 't' }, { title: 't' }] }, errors: undefined });
  });

  it('sends different entity queries of one turn as one request with an aliased _entities field each, and splits the answer', async () => {
    const VARIANT_QUERY =
      'query Page__product__2($representations:[_Any!]!,$currency:String){_entities(representations:$representations){...V}}fragment V on ProductVariant{sku price(currency:$currency)}';
    const sent: { query: string; variables: Record<string, unknown> }[] = [];
    const batcher = new EntityBatcher((options) => {
      sent.push({ query: options.request.query!, variables: options.request.variables! });
      const variants = options.request.variables!.representations__1 as { id: string }[];
      return Promise.resolve({
        data: {
          _entities__0: [{ title: 'title of prod_a' }, null],
          _entities__1: variants.map((variant) => ({ sku: `sku of ${variant.id}` })),
        },
        errors: [{ message: 'no such product', path: ['_entities__0', 1] }],
      } as GatewayGraphQLResponse);
    });
    const variantFetch = {
      ...fetchOf([]),
      request: {
        query: VARIANT_QUERY,
        variables: { representations: [{ __typename: 'ProductVariant', id: 'variant_a' }], currency: 'eur' },
      },
    } as GraphQLDataSourceProcessOptions<GatewayContext>;
    const [products, variants] = await Promise.all([
      batcher.load(fetchOf(['prod_a', 'prod_gone'])),
      batcher.load(variantFetch),
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0].query).toContain('_entities__0: _entities(representations: $representations__0)');
    expect(sent[0].query).toContain('_entities__1: _entities(representations: $representations__1)');
    expect(sent[0].query).toContain('fragment V__1 on ProductVariant');
    expect(sent[0].query).toContain('price(currency: $currency__1)');
    expect(sent[0].variables).toEqual({
      representations__0: [
        { __typename: 'Product', id: 'prod_a' },
        { __typename: 'Product', id: 'prod_gone' },
      ],
      representations__1: [{ __typename: 'ProductVariant', id: 'variant_a' }],
      currency__1: 'eur',
    });
    expect(products).toMatchObject({
      data: { _entities: [{ title: 'title of prod_a' }, null] },
      errors: [{ message: 'no such product', path: ['_entities', 1] }],
    });
    expect(variants).toMatchObject({ data: { _entities: [{ sku: 'sku of variant_a' }] }, errors: undefined });
  });

  it('never combines different queries of different client requests, so one client cannot fail another', async () => {
    const OTHER =
      'query Page__product__2($representations:[_Any!]!){_entities(representations:$representations){...on ProductVariant{sku}}}';
    const sent: string[] = [];
    const batcher = new EntityBatcher((options) => {
      sent.push(options.request.query!);
      const representations = options.request.variables!.representations as unknown[];
      return Promise.resolve({
        data: { _entities: representations.map(() => ({ title: 't', sku: 's' })) },
      } as GatewayGraphQLResponse);
    });
    const fromRequest = (fetch: GraphQLDataSourceProcessOptions<GatewayContext>, requestId: string) =>
      ({
        ...fetch,
        context: { ...(fetch as { context: GatewayContext }).context, requestId },
      }) as GraphQLDataSourceProcessOptions<GatewayContext>;
    const other = {
      ...fetchOf([]),
      request: { query: OTHER, variables: { representations: [{ __typename: 'ProductVariant', id: 'variant_a' }] } },
    };
    await Promise.all([
      batcher.load(fromRequest(fetchOf(['prod_a']), 'request_1')),
      batcher.load(fromRequest(other as GraphQLDataSourceProcessOptions<GatewayContext>, 'request_2')),
      batcher.load(fromRequest(fetchOf(['prod_b']), 'request_2')),
    ]);
    // The same query of both clients still goes once, with both products; the other query on its own.
    expect(sent.sort()).toEqual([OTHER, QUERY].sort());
  });

  it('answers every waiting fetch when sending throws before any request is made', async () => {
    const batcher = new EntityBatcher(() => {
      throw new Error('could not build the request');
    });
    const answers = [batcher.load(fetchOf(['prod_a'])), batcher.load(fetchOf(['prod_b']))];
    await expect(
      Promise.all(
        answers.map((answer) =>
          answer.then(
            () => 'answered',
            (error: Error) => error.message,
          ),
        ),
      ),
    ).resolves.toEqual(['could not build the request', 'could not build the request']);
  });

  it('gives every query of a combined request the errors when the answer has no data', async () => {
    const OTHER =
      'query Page__product__2($representations:[_Any!]!){_entities(representations:$representations){...on ProductVariant{sku}}}';
    const batcher = new EntityBatcher(() =>
      Promise.resolve({
        data: null,
        errors: [{ message: 'Cannot return null for non-nullable field', path: ['_entities__0'] }],
      } as GatewayGraphQLResponse),
    );
    const other = {
      ...fetchOf([]),
      request: { query: OTHER, variables: { representations: [{ __typename: 'ProductVariant', id: 'variant_a' }] } },
    };
    const answers = await Promise.all([
      batcher.load(fetchOf(['prod_a'])),
      batcher.load(other as GraphQLDataSourceProcessOptions<GatewayContext>),
    ]);
    expect(answers.map((answer) => answer.errors?.map((error) => error.message))).toEqual([
      ['Cannot return null for non-nullable field'],
      ['Cannot return null for non-nullable field'],
    ]);
    expect(answers[1].errors?.[0].path).toBeUndefined();
  });

  it('never batches fetches of different actors', async () => {
    const subgraph = manualSubgraph();
    const batcher = new EntityBatcher(subgraph.send);
    const answers = [batcher.load(fetchOf(['prod_a'], 'cus_1')), batcher.load(fetchOf(['prod_b'], 'cus_2'))];
    await tick();
    expect(subgraph.sent.map((request) => request.ids)).toEqual([['prod_a'], ['prod_b']]);
    subgraph.sent.forEach((request) => request.release());
    await Promise.all(answers);
  });

  it('passes a failure of a batched request to every fetch in it', async () => {
    const batcher = new EntityBatcher(() => Promise.reject(new Error('connection refused')));
    await expect(Promise.all([batcher.load(fetchOf(['prod_a'])), batcher.load(fetchOf(['prod_b']))])).rejects.toThrow(
      'connection refused',
    );
  });
});
