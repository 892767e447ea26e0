import { createServer } from 'node:net';
import { CART_PAGE_QUERY } from '../gateway/examples';
import { serveGateway } from '../gateway/serve';
import { buildGateway } from '../gateway/server';
import { gatewayOptions } from '../gateway/settings';
import { configFrom } from './support/config';
import { subgraphModules } from '../subgraphs';
import { startSlowProxy, type SlowProxy } from './support/slow-proxy';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * A storefront's API stays up when one module is down or slow: the query still returns the other
 * subgraphs' data, with an error that names the failed subgraph and the path, and the gateway
 * stays healthy. Start-up order does not matter, and a stop drains what is in flight.
 */
interface CartPage {
  cart: {
    id: string;
    region: { name: string };
    items: {
      id: string;
      product: { title: string | null } | null;
      adjustments: { promotion: { code: string | null } | null }[];
    }[];
    promotions: { id: string; code: string | null }[];
  };
}

async function health(url: string, path: '/health' | '/ready') {
  const response = await fetch(new URL(path, url));
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks?: Record<string, string> },
  };
}

async function promotedCartId(supergraph: TestSupergraph): Promise<string> {
  const response = await supergraph.query<{ carts: { data: { id: string; promotions: { id: string }[] }[] } }>(
    '{ carts(pagination: { take: 50 }) { data { id promotions { id } } } }',
  );
  return response.data!.carts.data.find((cart) => cart.promotions.length > 0)!.id;
}

describe('a subgraph that is down', () => {
  let supergraph: TestSupergraph;
  let cartId: string;
  beforeAll(async () => {
    supergraph = await startTestSupergraph(6);
    cartId = await promotedCartId(supergraph);
  });
  afterAll(() => supergraph?.stop());

  it('fails only its part of the query, with an error naming it, and the gateway stays healthy', async () => {
    const before = await supergraph.query<CartPage>(CART_PAGE_QUERY, { id: cartId });
    expect(before.errors).toBeUndefined();
    expect((await health(supergraph.gatewayUrl, '/ready')).status).toBe(200);

    await supergraph.stopSubgraph('promotion');
    const during = await supergraph.query<CartPage>(CART_PAGE_QUERY, { id: cartId });
    expect(during.status).toBe(200);
    // Everything the other subgraphs own is there…
    expect(during.data!.cart.id).toBe(cartId);
    expect(during.data!.cart.region.name).toBe(before.data!.cart.region.name);
    expect(during.data!.cart.items.map((item) => item.product?.title)).toEqual(
      before.data!.cart.items.map((item) => item.product?.title),
    );
    // …and what needs the promotion subgraph is null — the cart's promotions list (a link field is
    // nullable for this), the adjustments' promotions — with errors that say which subgraph and where.
    expect(during.data!.cart.promotions).toBeNull();
    expect(
      during.data!.cart.items.flatMap((item) => item.adjustments).every((adjustment) => adjustment.promotion === null),
    ).toBe(true);
    expect(during.errors!.length).toBeGreaterThan(0);
    for (const error of during.errors!) {
      expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'promotion' });
      expect(error.message).toMatch(/^The promotion subgraph is unavailable \(for cart\./);
    }

    // Alive, not ready: an orchestrator keeps the gateway and stops routing to a broken graph.
    expect(await health(supergraph.gatewayUrl, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await health(supergraph.gatewayUrl, '/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toMatchObject({ supergraph: 'ok', cart: 'ok' });
    expect(ready.body.checks!.promotion).toMatch(/^unreachable/);

    await supergraph.startSubgraph('promotion');
    const after = await supergraph.query<CartPage>(CART_PAGE_QUERY, { id: cartId });
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect((await health(supergraph.gatewayUrl, '/ready')).status).toBe(200);
  });

  it('each subgraph reports ready when its database answers', async () => {
    for (const subgraph of supergraph.subgraphs) {
      expect(await health(subgraph.url, '/ready')).toEqual({
        status: 200,
        body: { status: 'ready', checks: { database: 'ok' } },
      });
    }
  });
});

describe('a subgraph slower than its time limit', () => {
  let supergraph: TestSupergraph;
  let proxy: SlowProxy;
  let cartId: string;
  beforeAll(async () => {
    // The product subgraph is reached through a proxy that can hold its answers back; its limit is
    // 1.5 s, far above its usual answer, so only the held-back answers pass it.
    proxy = await startSlowProxy();
    supergraph = await startTestSupergraph(6, {
      gateway: { subgraphTimeouts: { product: 1500 } },
      route: (name, url) => {
        if (name !== 'product') return url;
        proxy.target = url;
        return proxy.url;
      },
    });
    cartId = await promotedCartId(supergraph);
  });
  afterAll(async () => {
    await supergraph?.stop();
    await proxy?.close();
  });

  it('is abandoned after its limit: the rest of the cart comes back, with SUBGRAPH_TIMEOUT naming it', async () => {
    const before = await supergraph.query<CartPage>(CART_PAGE_QUERY, { id: cartId });
    expect(before.errors).toBeUndefined();
    expect(before.data!.cart.items.every((item) => item.product?.title)).toBe(true);

    proxy.delayMs = 4000;
    const slow = await supergraph.query<CartPage>(CART_PAGE_QUERY, { id: cartId });
    expect(slow.status).toBe(200);
    expect(slow.data!.cart.id).toBe(cartId);
    expect(slow.data!.cart.region.name).toBe(before.data!.cart.region.name);
    expect(slow.data!.cart.promotions).toEqual(before.data!.cart.promotions);
    expect(slow.data!.cart.items.every((item) => item.product === null)).toBe(true);
    expect(slow.errors!.map((error) => error.extensions)).toEqual(
      slow.errors!.map(() => ({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'product' })),
    );
    expect(slow.errors![0].message).toMatch(/^The product subgraph did not answer within 1500 ms \(for cart\.items\./);
    expect((await health(supergraph.gatewayUrl, '/health')).status).toBe(200);

    proxy.delayMs = 0;
    const recovered = await supergraph.query<CartPage>(CART_PAGE_QUERY, { id: cartId });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data).toEqual(before.data);
  });

  it('a time limit comes from SUBGRAPH_<NAME>_TIMEOUT_MS, and a bad one is a clear start-up error', async () => {
    expect(
      gatewayOptions(configFrom({ SUBGRAPH_SALES_CHANNEL_TIMEOUT_MS: '250', SUBGRAPH_TIMEOUT_MS: '5000' })),
    ).toMatchObject({
      subgraphTimeoutMs: 5000,
      subgraphTimeouts: { 'sales-channel': 250 },
    });
    expect(() => configFrom({ SUBGRAPH_TIMEOUT_MS: 'soon' })).toThrow(
      'SUBGRAPH_TIMEOUT_MS must be a positive whole number of milliseconds, got "soon"',
    );
    expect(() => configFrom({ SUBGRAPH_SALESCHANNEL_TIMEOUT_MS: '250' })).toThrow(
      'SUBGRAPH_SALESCHANNEL_TIMEOUT_MS names no subgraph',
    );
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('start-up order', () => {
  it('a gateway started before its subgraphs serves errors, then data as soon as they come', async () => {
    const ports: Record<string, number> = {};
    for (const module of subgraphModules) ports[module.name] = await freePort();
    const gateway = buildGateway({
      subgraphUrls: Object.fromEntries(
        Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}/graphql`]),
      ),
      subgraphSecret: 'order-test-secret',
    });
    const early = await serveGateway(gateway, 0);
    let supergraph: TestSupergraph | undefined;
    try {
      const ask = async (id: string) => {
        const response = await fetch(early.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: CART_PAGE_QUERY, variables: { id } }),
        });
        return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<CartPage>, 'status'>) };
      };
      const unknownCart = 'cart_01JZZZZZZZZZZZZZZZZZZZZZZZ';
      const alone = await ask(unknownCart);
      expect(alone.status).toBe(200);
      expect(alone.errors![0]).toMatchObject({
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'cart' },
        path: ['cart'],
      });
      expect((await health(early.url, '/health')).status).toBe(200);
      expect((await health(early.url, '/ready')).status).toBe(503);

      supergraph = await startTestSupergraph(12, { subgraphPorts: ports, subgraphSecret: 'order-test-secret' });
      // A guest checkout's cart: the early gateway verifies no tokens, so it asks as a guest.
      const carts = await supergraph.query<{ carts: { data: { id: string; customer: { has_account: boolean } }[] } }>(
        '{ carts { data { id customer { has_account } } } }',
      );
      const cartId = carts.data!.carts.data.find((cart) => !cart.customer.has_account)!.id;
      // The same gateway, never restarted, now answers from the subgraphs that came up after it.
      const served = await ask(cartId);
      expect(served.errors).toBeUndefined();
      expect(served.data!.cart.id).toBe(cartId);
      expect(served.data).toEqual((await supergraph.query(CART_PAGE_QUERY, { id: cartId })).data);
      expect((await health(early.url, '/ready')).status).toBe(200);
    } finally {
      await early.close();
      await supergraph?.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('stops accepting, finishes the requests in flight, then closes the database', async () => {
    const proxy = await startSlowProxy();
    const supergraph = await startTestSupergraph(2, {
      route: (name, url) => {
        if (name !== 'cart') return url;
        proxy.target = url;
        return proxy.url;
      },
    });
    try {
      const carts = await supergraph.query<{ carts: { data: { id: string }[] } }>('{ carts { data { id } } }');
      const cartId = carts.data!.carts.data[0].id;
      proxy.delayMs = 500;
      const requestsBefore = proxy.requests;
      const inFlight = supergraph.query<CartPage>(CART_PAGE_QUERY, { id: cartId });
      // Stop once the request has reached the (slow) cart subgraph: it is truly in flight.
      while (proxy.requests === requestsBefore) await new Promise((resolve) => setImmediate(resolve));
      const stopped = supergraph.stop();
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.cart.id).toBe(cartId);
      await stopped;
      await expect(fetch(supergraph.gatewayUrl, { method: 'POST' })).rejects.toThrow();
      await expect(supergraph.db.query('select 1')).rejects.toThrow();
    } finally {
      await proxy.close();
    }
  });
});
