import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from '../gateway/context';
import { EntityBatcher } from '../gateway/entity-batching/batcher';
import { CART_PAGE_QUERY } from '../gateway/examples';
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

  it('sends the first fetch at once, then everything that queued meanwhile as one request, each representation once', async () => {
    const subgraph = manualSubgraph();
    const batcher = new EntityBatcher(subgraph.send);
    const first = batcher.load(fetchOf(['prod_a']));
    await tick();
    expect(subgraph.sent.map((request) => request.ids)).toEqual([['prod_a']]);
    const second = batcher.load(fetchOf(['prod_b', 'prod_c']));
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
