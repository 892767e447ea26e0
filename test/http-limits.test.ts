import { connect, type Socket } from 'node:net';
import { CART_PAGE_QUERY } from '../gateway/examples';
import { serveGateway } from '../gateway/serve';
import { buildGateway } from '../gateway/server';
import {
  GATEWAY_HTTP_LIMITS,
  httpLimits,
  SUBGRAPH_HTTP_LIMITS,
  type HttpLimits,
  type RunningServer,
} from '../kit/http';
import { SUBGRAPH_SECRET_HEADER } from '../kit/secret';
import { configFrom } from './support/config';
import { runScript } from './support/processes';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Every server (the gateway and each subgraph, kit/http.ts) has a time limit for a request's
 * headers and for the whole request, a keep-alive limit and a connection cap: a slow client is cut
 * off with 408 and a connection over the cap is refused. The gateway keeps its own connections to a
 * subgraph below the subgraph's cap. Nothing here waits on a clock: each test waits for the event
 * (an answer, a closed connection) that the limit causes.
 */
const TIMES = { headersTimeoutMs: 500, requestTimeoutMs: 1_000, keepAliveTimeoutMs: 500 };
const SUBGRAPH_CAP = 3;
let supergraph: TestSupergraph;

beforeAll(async () => {
  supergraph = await startTestSupergraph(4, {
    // The subgraphs keep idle connections 5 s, as by default: under 3 s the gateway would not reuse
    // them (it keeps one 2 s less than a subgraph says) but open one per request, and a subgraph
    // counts a connection the gateway has closed against its cap until it has closed it too.
    httpLimits: {
      gateway: { ...TIMES, maxConnections: 1_024 },
      subgraphs: { ...TIMES, keepAliveTimeoutMs: 5_000, maxConnections: SUBGRAPH_CAP },
    },
    // Two connections per subgraph: below the subgraphs' cap of three.
    gateway: { subgraphConnections: 2 },
  });
});
afterAll(() => supergraph?.stop());

interface Exchange {
  /** Everything the server sent before the connection closed. */
  received: string;
}

/** Opens a raw connection to `url`'s server, writes what `talk` writes, and resolves when the connection closes. */
function exchange(url: string, talk: (socket: Socket) => void): Promise<Exchange> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('connect', () => talk(socket));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    // A refused connection may be reset rather than closed: either way it is over.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    socket.on('close', () => resolve({ received }));
  });
}

const requestHead = (url: string, extra: string[] = []) => {
  const { host, pathname } = new URL(url);
  return [`POST ${pathname} HTTP/1.1`, `host: ${host}`, 'content-type: application/json', ...extra].join('\r\n');
};

function expectTimedOut({ received }: Exchange): void {
  expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  const body = JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4)) as {
    errors: { extensions: { code: string } }[];
  };
  expect(body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
}

describe('settings', () => {
  it('has production-safe defaults: 10 s for headers, 30 s for a request, 5 s keep-alive, 1,024 connections (4,096 for a subgraph)', () => {
    expect(httpLimits(configFrom({}), 'gateway')).toEqual(GATEWAY_HTTP_LIMITS);
    expect(GATEWAY_HTTP_LIMITS).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_024,
    });
    expect(httpLimits(configFrom({}), 'subgraph')).toEqual(SUBGRAPH_HTTP_LIMITS);
    expect(SUBGRAPH_HTTP_LIMITS.maxConnections).toBe(4_096);
  });

  it('reads each variable; the gateway and the subgraphs each have their own connection cap', () => {
    const env = {
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '8000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '65000',
      HTTP_MAX_CONNECTIONS: '300',
      SUBGRAPH_HTTP_MAX_CONNECTIONS: '900',
    };
    expect(httpLimits(configFrom(env), 'gateway')).toEqual<HttpLimits>({
      headersTimeoutMs: 2_000,
      requestTimeoutMs: 8_000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 300,
    });
    expect(httpLimits(configFrom(env), 'subgraph').maxConnections).toBe(900);
  });

  it.each([
    ['HTTP_HEADERS_TIMEOUT_MS', 'soon'],
    ['HTTP_REQUEST_TIMEOUT_MS', '0'],
    ['HTTP_KEEP_ALIVE_TIMEOUT_MS', '-5'],
    ['HTTP_MAX_CONNECTIONS', '1.5'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    expect(() => configFrom({ [variable]: value })).toThrow(
      `${variable} must be ${variable === 'HTTP_MAX_CONNECTIONS' ? 'a positive whole number' : 'a positive whole number of milliseconds'}, got "${value}"`,
    );
  });

  it('refuses a header limit longer than the request limit', () => {
    expect(() => configFrom({ HTTP_HEADERS_TIMEOUT_MS: '40000' })).toThrow(
      'HTTP_HEADERS_TIMEOUT_MS (40000) must not be longer than HTTP_REQUEST_TIMEOUT_MS (30000): the headers are part of the request',
    );
  });

  it.each<[string, string, string[], Record<string, string>, string]>([
    [
      'the gateway',
      'gateway.ts',
      [],
      { HTTP_REQUEST_TIMEOUT_MS: 'soon' },
      'Could not start the gateway: HTTP_REQUEST_TIMEOUT_MS must be a positive whole number of milliseconds, got "soon"',
    ],
    [
      'a subgraph',
      'subgraph.ts',
      ['cart'],
      { SUBGRAPH_HTTP_MAX_CONNECTIONS: '0' },
      'Could not start the subgraph: SUBGRAPH_HTTP_MAX_CONNECTIONS must be a positive whole number, got "0"',
    ],
    [
      'npm start',
      'start.ts',
      [],
      { HTTP_HEADERS_TIMEOUT_MS: '60000' },
      'Could not start the supergraph: HTTP_HEADERS_TIMEOUT_MS (60000) must not be longer than HTTP_REQUEST_TIMEOUT_MS (30000)',
    ],
  ])('%s refuses to start with a bad value, naming the variable', async (_name, script, args, env, message) => {
    // Development, so that no secret is needed and only the bad value stops the start.
    const { code, output } = await runScript(script, args, {
      NODE_ENV: 'development',
      PORT: '0',
      SUBGRAPH_PORTS: 'free',
      ...env,
    });
    expect(code).toBe(1);
    expect(output).toContain(message);
  });
});

describe('time limits', () => {
  it('cuts off a request whose body does not arrive in time at the gateway: 408, connection closed', async () => {
    expectTimedOut(
      await exchange(supergraph.gatewayUrl, (socket) =>
        socket.write(`${requestHead(supergraph.gatewayUrl, ['content-length: 100'])}\r\n\r\n{"query":`),
      ),
    );
  });

  it('cuts off a request whose headers do not arrive in time: 408, connection closed', async () => {
    expectTimedOut(
      await exchange(supergraph.gatewayUrl, (socket) =>
        socket.write(`${requestHead(supergraph.gatewayUrl)}\r\nx-still-typing: `),
      ),
    );
  });

  it('cuts off a slow body at a subgraph too, even from a caller with the secret', async () => {
    const cart = supergraph.subgraphs.find((subgraph) => subgraph.name === 'cart')!;
    const head = requestHead(cart.url, [
      'content-length: 100',
      `${SUBGRAPH_SECRET_HEADER}: ${supergraph.subgraphSecret}`,
    ]);
    expectTimedOut(await exchange(cart.url, (socket) => socket.write(`${head}\r\n\r\n{"query":`)));
  });

  it('closes an idle keep-alive connection after the keep-alive limit', async () => {
    const { received } = await exchange(supergraph.gatewayUrl, (socket) => {
      const { host } = new URL(supergraph.gatewayUrl);
      socket.write(`GET /health HTTP/1.1\r\nhost: ${host}\r\nconnection: keep-alive\r\n\r\n`);
    });
    // One answer, kept alive, then closed by the server (this test would otherwise never end).
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(received).toMatch(/\r\nconnection: keep-alive\r\n/i);
  });

  it('leaves ordinary requests alone', async () => {
    const carts = await supergraph.query<{ carts: { data: { id: string }[] } }>('{ carts { data { id } } }');
    expect(carts.errors).toBeUndefined();
    expect(carts.data!.carts.data).toHaveLength(4);
  });
});

describe('connection caps', () => {
  let capped: RunningServer;
  beforeAll(async () => {
    // A gateway of its own, so no other client's connection counts against its cap of two.
    capped = await serveGateway(buildGateway({ development: false }), 0, '127.0.0.1', {
      ...GATEWAY_HTTP_LIMITS,
      keepAliveTimeoutMs: 60_000,
      maxConnections: 2,
    });
  });
  afterAll(() => capped?.close());

  /** A connection that has been answered once and stays open (keep-alive), so it counts against the cap. */
  function holdConnection(): Promise<Socket> {
    const { hostname, port, host } = new URL(capped.url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(`GET /health HTTP/1.1\r\nhost: ${host}\r\n\r\n`),
      );
      socket.once('data', () => resolve(socket));
      socket.once('error', reject);
      socket.once('close', () => reject(new Error('closed before it was answered')));
    });
  }

  it('refuses a connection over the cap, and accepts again once one closes', async () => {
    const held = [await holdConnection(), await holdConnection()];
    const refused = await exchange(capped.url, (socket) =>
      socket.write(`GET /health HTTP/1.1\r\nhost: ${new URL(capped.url).host}\r\n\r\n`),
    );
    expect(refused.received).toBe('');
    for (const socket of held) socket.destroy();
    // The server sees the closes a moment later: each attempt ends in an answer or a refusal, never a wait on a clock.
    let answered = false;
    for (let attempt = 0; attempt < 1_000 && !answered; attempt += 1) {
      const again = await exchange(capped.url, (socket) =>
        socket.end(`GET /health HTTP/1.1\r\nhost: ${new URL(capped.url).host}\r\nconnection: close\r\n\r\n`),
      );
      answered = again.received.startsWith('HTTP/1.1 200 OK');
    }
    expect(answered).toBe(true);
  });

  /** 40 cart pages at once through the gateway at `url`: the errors of all the answers. */
  async function fortyCartPages(url: string) {
    const carts = await supergraph.query<{ carts: { data: { id: string }[] } }>('{ carts { data { id } } }');
    const ids = carts.data!.carts.data.map((cart) => cart.id);
    const answers = await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${supergraph.adminToken}` },
          body: JSON.stringify({ query: CART_PAGE_QUERY, variables: { id: ids[index % ids.length] } }),
        });
        return (await response.json()) as {
          data?: { cart: { id: string } | null };
          errors?: { extensions: { code: string } }[];
        };
      }),
    );
    return {
      ids: answers.map((answer) => answer.data?.cart?.id),
      errors: answers.flatMap((answer) => answer.errors ?? []),
      expectedIds: Array.from({ length: 40 }, (_, index) => ids[index % ids.length]),
    };
  }

  it(`answers 40 concurrent cart pages through a gateway whose connections stay under the subgraphs' cap of ${SUBGRAPH_CAP}`, async () => {
    const { ids, errors, expectedIds } = await fortyCartPages(supergraph.gatewayUrl);
    expect(errors).toEqual([]);
    expect(ids).toEqual(expectedIds);
  });

  it('(the same through a gateway with an unbounded pool: it opens more connections than the cap, and those are refused)', async () => {
    const unbounded = await serveGateway(
      buildGateway({
        subgraphUrls: Object.fromEntries(supergraph.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
        subgraphSecret: supergraph.subgraphSecret,
        auth: { jwtSecret: supergraph.jwtSecret },
        subgraphConnections: 10_000,
      }),
      0,
    );
    try {
      const { errors } = await fortyCartPages(unbounded.url);
      expect(errors.length).toBeGreaterThan(0);
      expect(new Set(errors.map((error) => error.extensions.code))).toEqual(new Set(['SUBGRAPH_UNAVAILABLE']));
    } finally {
      await unbounded.close();
    }
  });
});
