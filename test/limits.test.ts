import { CART_PAGE_QUERY } from '../gateway/examples';
import { DEFAULT_LIMITS } from '../gateway/server';
import { gatewayOptions } from '../gateway/settings';
import { configFrom } from './support/config';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Abuse limits at the gateway (graphql-armor, and graphql-js's token limit): a pathological
 * operation is refused with a coded error before it is planned, so no subgraph sees it; the
 * storefront's own operations pass.
 */
let supergraph: TestSupergraph;
let cartId: string;
beforeAll(async () => {
  supergraph = await startTestSupergraph(4);
  const carts = await supergraph.query<{ carts: { data: { id: string }[] } }>('{ carts { data { id } } }');
  cartId = carts.data!.carts.data[0].id;
});
afterAll(() => supergraph?.stop());

async function refusedBeforeFanOut(query: string, variables?: Record<string, unknown>) {
  const { result, subgraphRequests, statements } = await supergraph.count(() => supergraph.query(query, variables));
  expect(subgraphRequests).toEqual({});
  expect(statements).toBe(0);
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  return result.errors!;
}

/** `cart { order { cart { order { … id } } } }`: `depth` levels of fields, the leaf `id` included. */
function deepCart(depth: number): string {
  // Levels 2 … depth-1 alternate order, cart, order, … under the root cart; the leaf id is the last.
  const wrappers = Array.from({ length: depth - 2 }, (_, index) => (index % 2 === 0 ? 'order' : 'cart'));
  const selection = wrappers.reduceRight((inner, field) => `${field} { ${inner} }`, 'id');
  return `query($id: ID!) { cart(id: $id) { ${selection} } }`;
}

describe('abuse limits', () => {
  it('the cart page query passes them', async () => {
    const response = await supergraph.query(CART_PAGE_QUERY, { id: cartId }, { token: null });
    expect(response.status).toBe(200);
    expect(response.data).toBeDefined();
  });

  it(`depth: at most ${DEFAULT_LIMITS.maxDepth} levels`, async () => {
    const allowed = await supergraph.query(deepCart(DEFAULT_LIMITS.maxDepth), { id: cartId });
    expect(allowed.status).toBe(200);
    const errors = await refusedBeforeFanOut(deepCart(DEFAULT_LIMITS.maxDepth + 1), { id: cartId });
    expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors[0].message).toMatch(/depth/i);
  });

  it(`aliases: at most ${DEFAULT_LIMITS.maxAliases}`, async () => {
    const aliases = (count: number) =>
      `query($id: ID!) { ${Array.from({ length: count }, (_, index) => `a${index}: cart(id: $id) { id }`).join(' ')} }`;
    expect((await supergraph.query(aliases(DEFAULT_LIMITS.maxAliases), { id: cartId })).status).toBe(200);
    const errors = await refusedBeforeFanOut(aliases(DEFAULT_LIMITS.maxAliases + 1), { id: cartId });
    expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors[0].message).toMatch(/aliases/i);
  });

  it(`tokens: at most ${DEFAULT_LIMITS.maxTokens} per document`, async () => {
    // Repeated __typename fields: cheap to plan, but many tokens.
    const query = `{ ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)} }`;
    const errors = await refusedBeforeFanOut(query);
    expect(errors[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    // graphql-js's own wording ("more that").
    expect(errors[0].message).toMatch(/Document contains more tha[nt] 5000 tokens/);
  });

  it(`cost: at most ${DEFAULT_LIMITS.maxCost}`, async () => {
    // Within the alias and depth limits (30 aliases, 8 deep), but each alias fans out over every
    // nested list: the schema's declarations price it far over the limit (gateway/cost.ts).
    const wide = `carts { data { items { variant { product { variants { id sku title } options { id title values { id value } } } } } } }`;
    const query = `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases }, (_, index) => `c${index}: ${wide}`).join(' ')} }`;
    const errors = await refusedBeforeFanOut(query);
    expect(errors[0].extensions?.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(errors[0].message).toMatch(/estimated cost is \d+, over the limit of 100000/);
  });

  it(`directives: at most ${DEFAULT_LIMITS.maxDirectives}`, async () => {
    const query = `query($id: ID!) { cart(id: $id) { id ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)} } }`;
    const errors = await refusedBeforeFanOut(query, { id: cartId });
    expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors[0].message).toMatch(/directives/i);
  });

  it('request size: a body over 1 MiB is 413 PAYLOAD_TOO_LARGE, and batches are refused', async () => {
    const huge = await fetch(supergraph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    const batch = await fetch(supergraph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    expect(((await batch.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_REQUEST',
    );
  });

  it('limits are settings: GATEWAY_MAX_DEPTH and friends', () => {
    expect(gatewayOptions(configFrom({ GATEWAY_MAX_DEPTH: '6', GATEWAY_MAX_COST: '900' })).limits).toEqual({
      ...DEFAULT_LIMITS,
      maxDepth: 6,
      maxCost: 900,
    });
    expect(() => configFrom({ GATEWAY_MAX_ALIASES: '-1' })).toThrow(
      'GATEWAY_MAX_ALIASES must be a positive whole number',
    );
  });
});
