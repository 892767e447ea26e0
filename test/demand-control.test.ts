import { readFileSync } from 'node:fs';
import {
  getNamedType,
  getOperationAST,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLObjectType,
} from 'graphql';
import { apiSchema } from '../gateway/api-schema';
import { estimateCost, readCostPolicy } from '../gateway/cost';
import { DEFAULT_MAX_COST } from '../gateway/plugins/demand-control';
import { CART_PAGE_QUERY } from '../gateway/examples';
import { serveGateway } from '../gateway/serve';
import { buildGateway, type GatewayOptions } from '../gateway/server';
import type { RunningServer } from '../kit/http';
import { projectPath } from '../kit/paths';
import { LIST_PAGE_QUERY } from '../bench/operations';
import { startSlowProxy } from './support/slow-proxy';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Demand control: an operation's cost is estimated from the schema's @cost / @listSize
 * declarations before it is planned, and refused over the limit before any subgraph is asked;
 * bounds that hold whatever the estimate (entities per fetch, bytes per answer, requests in
 * flight per subgraph, requests per client) answer with codes instead of stalling the supergraph.
 */
const supergraphSdl = readFileSync(projectPath('supergraph.graphql'), 'utf8');
const schema = apiSchema(supergraphSdl);
const policy = readCostPolicy(supergraphSdl);
const estimate = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return estimateCost(schema, policy, document, getOperationAST(document)!, variables);
};

let supergraph: TestSupergraph;
const extra: RunningServer[] = [];
beforeAll(async () => {
  supergraph = await startTestSupergraph(48, { gateway: { development: true } });
});
afterAll(async () => {
  for (const server of extra) await server.close();
  await supergraph?.stop();
});

/** Another gateway in front of the same subgraphs, with its own settings. */
async function gatewayWith(
  options: Partial<GatewayOptions>,
  route: (name: string, url: string) => string = (_name, url) => url,
): Promise<string> {
  const gateway = buildGateway({
    subgraphUrls: Object.fromEntries(
      supergraph.subgraphs.map((subgraph) => [subgraph.name, route(subgraph.name, subgraph.url)]),
    ),
    subgraphSecret: supergraph.subgraphSecret,
    auth: { jwtSecret: supergraph.jwtSecret },
    development: true,
    ...options,
  });
  const server = await serveGateway(gateway, 0);
  extra.push(server);
  return server.url;
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = supergraph.adminToken,
): Promise<GraphQLResponse & { headers: Headers; bytes: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.byteLength(text),
    ...(JSON.parse(text) as Omit<GraphQLResponse, 'status'>),
  };
}

// The query that used to pass every limit: three nested lists of 200 carts, 214 bytes.
const NESTED = `{ regions { data { carts(pagination: { take: 200 }) { data { sales_channel { carts(pagination: { take: 200 }) { data {
  sales_channel { carts(pagination: { take: 200 }) { data { id } } } } } } } } } } }`;

describe('the cost estimate', () => {
  it.each([
    ['the nested lists', NESTED],
    [
      '30 aliases of a list',
      `{ ${Array.from({ length: 30 }, (_, index) => `a${index}: carts(pagination: { take: 200 }) { data { items { variant { cart_items(pagination: { take: 200 }) { data { id } } } } } }`).join(' ')} }`,
    ],
    [
      'a fragment spread',
      `{ regions { data { ...Carts } } } fragment Carts on Region { carts(pagination: { take: 200 }) { data { sales_channel { ...More } } } } fragment More on SalesChannel { carts(pagination: { take: 200 }) { data { id } } }`,
    ],
    [
      'a variable page size',
      'query($take: Int) { regions { data { carts(pagination: { take: $take }) { data { sales_channel { carts(pagination: { take: $take }) { data { id } } } } } } } }',
    ],
  ])('refuses %s before any subgraph is asked, with the estimate and the limit', async (_name, query) => {
    const { result, subgraphRequests, statements } = await supergraph.count(() =>
      post(supergraph.gatewayUrl, query, { take: 200 }),
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      extensions: {
        code: 'COST_ESTIMATED_TOO_EXPENSIVE',
        cost: { estimated: expect.any(Number), limit: DEFAULT_MAX_COST },
      },
    });
    expect((result.errors![0].extensions!.cost as { estimated: number }).estimated).toBeGreaterThan(DEFAULT_MAX_COST);
    expect(result.data).toBeUndefined();
    expect(subgraphRequests).toEqual({});
    expect(statements).toBe(0);
  });

  it('accepts the cart page, the 50-cart list page and every README example, each estimated above what it actually costs', async () => {
    const carts = await supergraph.query<{ carts: { data: { id: string }[] } }>(
      '{ carts(filters: { completed: true }, pagination: { take: 1 }) { data { id } } }',
    );
    const readmeExamples = [...readFileSync(projectPath('README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)]
      .map((match) => match[1])
      .filter((example) => !example.includes('…'));
    const operations: [string, string, Record<string, unknown>][] = [
      ['cart page', CART_PAGE_QUERY, { id: carts.data!.carts.data[0].id }],
      ['50-cart list page', LIST_PAGE_QUERY, { skip: 0 }],
      ...readmeExamples.map((example, index): [string, string, Record<string, unknown>] => [
        `README example ${index + 1}`,
        example,
        { id: carts.data!.carts.data[0].id },
      ]),
    ];
    const costs: Record<string, { estimated: number; actual: number }> = {};
    for (const [name, query, variables] of operations) {
      const response = await post(supergraph.gatewayUrl, query, variables);
      expect(response.errors).toBeUndefined();
      const cost = response.extensions?.cost as { estimated: number; actual: number; limit: number };
      expect(cost.estimated).toBe(estimate(query, variables));
      expect(cost.actual).toBeLessThanOrEqual(cost.estimated);
      costs[name] = { estimated: cost.estimated, actual: cost.actual };
    }
    // What each costs, estimated and actual (the README quotes the first two).
    console.log(
      Object.entries(costs)
        .map(([name, cost]) => `${name}: estimated ${cost.estimated}, actual ${cost.actual}`)
        .join('\n'),
    );
    expect(costs['cart page'].estimated).toBeLessThan(DEFAULT_MAX_COST / 100);
    expect(costs['50-cart list page'].estimated).toBeLessThan(DEFAULT_MAX_COST / 2);
  });

  it('counts a page at its pagination.take, and every paginated list declares what it sizes', () => {
    expect(estimate('{ carts(pagination: { take: 1 }) { data { id } } }')).toBe(2);
    expect(estimate('{ carts(pagination: { take: 100 }) { data { id } } }')).toBe(101);
    // Absent, a page is 20 rows; beyond 200 it is 200 (a take the subgraph refuses anyway).
    expect(estimate('{ carts { data { id } } }')).toBe(21);
    // `metadata { count }` costs its statement.
    expect(estimate('{ carts(pagination: { take: 1 }) { metadata { count } } }')).toBe(12);
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.args.some((argument) => argument.name === 'pagination') && !policy.listSize(type.name, field.name))
          undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('counts a write by its rows: the mutation once, each row it is given, each row it answers', () => {
    // 10 for the call, 1 per row given, and what is selected on each row returned (a scalar: 0).
    expect(estimate('mutation { create_sales_channels(data: [{ name: "a" }, { name: "b" }]) { id } }')).toBe(12);
    const data = Array.from({ length: 1000 }, (_, index) => ({ name: `channel ${index}` }));
    expect(
      estimate('mutation ($data: [SalesChannelCreateInput!]!) { create_sales_channels(data: $data) { id } }', { data }),
    ).toBe(1010);
    // The same document with three rows costs what three rows cost.
    expect(
      estimate('mutation ($data: [SalesChannelCreateInput!]!) { create_sales_channels(data: $data) { id } }', {
        data: data.slice(0, 3),
      }),
    ).toBe(13);
    expect(estimate('mutation { soft_delete_sales_channels(ids: ["sc_1", "sc_2", "sc_3", "sc_4", "sc_5"]) }')).toBe(15);
    expect(estimate('mutation { update_sales_channels(id: "sc_1", data: { name: "x" }) { id } }')).toBe(10);
  });

  it('measures without refusing in measure mode', async () => {
    const url = await gatewayWith({ limits: { maxCost: 10 }, costMode: 'measure' });
    const response = await post(url, '{ carts(pagination: { take: 5 }) { data { id items { id } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.cost).toMatchObject({ estimated: expect.any(Number), limit: 10 });
    expect((response.extensions!.cost as { estimated: number }).estimated).toBeGreaterThan(10);
  });
});

describe('generated nested list queries (seeded)', () => {
  /** A small seeded generator, so a failure can be replayed. */
  function random(seed: number) {
    let state = seed;
    return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  }
  /** A nested selection through list fields of the schema, with random page sizes and aliases. */
  function generate(next: () => number): string {
    const listFields = (type: GraphQLObjectType) =>
      Object.values(type.getFields()).filter((field) => {
        const named = getNamedType(field.type);
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        return (isObjectType(named) && 'id' in named.getFields()) ||
          (isObjectType(named) && named.name.endsWith('List'))
          ? (isListType(unwrapped) || named.name.endsWith('List')) &&
              !field.args.some((argument) => isNonNullType(argument.type))
          : false;
      });
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    const selection = (type: GraphQLObjectType, depth: number): string => {
      const wrapper = type.name.endsWith('List') ? type.getFields().data : undefined;
      if (wrapper) return `data { ${selection(getNamedType(wrapper.type) as GraphQLObjectType, depth)} }`;
      const fields = listFields(type);
      if (depth === 0 || fields.length === 0) return 'id';
      const copies = next() < 0.3 ? 1 + Math.floor(next() * 10) : 1;
      const field = pick(fields);
      const take = [1, 5, 20, 50, 200][Math.floor(next() * 5)];
      const args = field.args.some((argument) => argument.name === 'pagination')
        ? `(pagination: { take: ${take} })`
        : '';
      const inner = selection(getNamedType(field.type) as GraphQLObjectType, depth - 1);
      return `id ${Array.from({ length: copies }, (_, index) => `f${index}: ${field.name}${args} { ${inner} }`).join(' ')}`;
    };
    const roots = listFields(schema.getQueryType()!);
    const root = pick(roots);
    return `{ ${root.name}(pagination: { take: ${[5, 50, 200][Math.floor(next() * 3)]} }) { ${selection(getNamedType(root.type) as GraphQLObjectType, 2 + Math.floor(next() * 3))} } }`;
  }

  it('answers every accepted one within the answer bound, and refuses every other before any subgraph is asked', async () => {
    const maxResponseBytes = 2 * 1024 * 1024;
    const url = await gatewayWith({ bounds: { maxResponseBytes } });
    const next = random(15);
    let accepted = 0;
    let refused = 0;
    for (let index = 0; index < 80; index += 1) {
      const query = generate(next);
      const { result, subgraphRequests } = await supergraph.count(() => post(url, query));
      const code = result.errors?.[0]?.extensions?.code;
      // Refused before planning: by its cost, or by another limit (more than 30 aliases, say).
      if (code === 'COST_ESTIMATED_TOO_EXPENSIVE' || code === 'GRAPHQL_VALIDATION_FAILED') {
        if (code === 'COST_ESTIMATED_TOO_EXPENSIVE') refused += 1;
        expect({ query, subgraphRequests }).toEqual({ query, subgraphRequests: {} });
      } else {
        accepted += 1;
        expect({ query, bytes: result.bytes <= maxResponseBytes + 64 * 1024 }).toEqual({ query, bytes: true });
        expect({ query, status: result.status }).toEqual({ query, status: 200 });
      }
    }
    expect(accepted).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  });
});

describe('bounds that hold whatever the estimate', () => {
  it('refuses an entity fetch of too many entities with TOO_MANY_ENTITIES, and keeps the rest of the answer', async () => {
    const url = await gatewayWith({ bounds: { maxEntitiesPerFetch: 5 } });
    const response = await post(url, '{ carts(pagination: { take: 20 }) { data { id customer { email } } } }');
    expect(response.errors?.map((error) => error.extensions?.code)).toContain('TOO_MANY_ENTITIES');
    expect((response.data as { carts: { data: { id: string }[] } }).carts.data).toHaveLength(20);
  });

  it('stops an answer over the size bound with RESPONSE_TOO_LARGE', async () => {
    const url = await gatewayWith({ bounds: { maxResponseBytes: 4096 } });
    const response = await post(url, LIST_PAGE_QUERY, { skip: 0 });
    expect(response.errors?.map((error) => error.extensions?.code)).toContain('RESPONSE_TOO_LARGE');
    expect(response.bytes).toBeLessThan(64 * 1024);
  });

  it('sends one subgraph at most its concurrency limit of requests at once; the others wait their turn', async () => {
    const proxy = await startSlowProxy();
    proxy.target = supergraph.subgraphs.find((subgraph) => subgraph.name === 'region')!.url;
    proxy.delayMs = 50;
    try {
      const url = await gatewayWith({ bounds: { subgraphConcurrency: 2 } }, (name, target) =>
        name === 'region' ? proxy.url : target,
      );
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          post(url, `query($take: Int) { regions(pagination: { take: $take }) { data { id } } }`, { take: index + 1 }),
        ),
      );
      expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
      expect(proxy.requests).toBe(6);
      expect(proxy.maxInFlight).toBe(2);
    } finally {
      await proxy.close();
    }
  });

  it('limits each client: over its pace 429 with Retry-After, without slowing another client', async () => {
    const url = await gatewayWith({ rateLimit: { perSecond: 1, burst: 2 } });
    const query = '{ regions { data { id } } }';
    const guest = [
      await post(url, query, {}, null),
      await post(url, query, {}, null),
      await post(url, query, {}, null),
    ];
    expect(guest.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect(guest[2].errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(Number(guest[2].headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // A signed-in client has a budget of its own.
    expect((await post(url, query)).status).toBe(200);
  });
});
