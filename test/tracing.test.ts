import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { issueToken } from '../kit/auth';
import { projectPath } from '../kit/paths';
import { roleOf, tracingRequested } from '../kit/tracing';
import { CART_PAGE_QUERY } from '../gateway/examples';
import { createTestTarget } from './support/database';
import { startScript, type Started } from './support/processes';

/** One span as an OTLP/HTTP JSON export carries it, with its process's service name. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

const SERVER_KIND = 2; // SPAN_KIND_SERVER in OTLP

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: {
      spans: {
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind: number;
        attributes?: OtlpAttribute[];
      }[];
    }[];
  }[];
}

function attributes(list: OtlpAttribute[] = []): Record<string, unknown> {
  return Object.fromEntries(
    list.map(({ key, value }) => [
      key,
      value.stringValue ?? (value.intValue === undefined ? undefined : Number(value.intValue)),
    ]),
  );
}

/** A minimal OpenTelemetry collector: OTLP over HTTP with JSON bodies, spans kept in memory. */
async function startCollector(): Promise<{ endpoint: string; spans: ReceivedSpan[]; close: () => Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces' || !/json/.test(req.headers['content-type'] ?? '')) {
        res.writeHead(404).end();
        return;
      }
      const exported = JSON.parse(body) as OtlpExport;
      for (const resourceSpans of exported.resourceSpans) {
        const service = String(attributes(resourceSpans.resource.attributes)['service.name']);
        for (const scope of resourceSpans.scopeSpans) {
          for (const span of scope.spans) spans.push({ service, ...span, attributes: attributes(span.attributes) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls `condition` until it holds (or `timeoutMs` passes, then the last answer stands). */
async function eventually<T>(condition: () => T | undefined, timeoutMs = 30_000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = condition();
    if (result !== undefined || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('tracing configuration', () => {
  it('is on only when the standard OTel variables ask for traces', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_SERVICE_NAME: 'gateway' })).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(
      false,
    );
    expect(
      tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }),
    ).toBe(false);
  });

  it('names the service after the process', () => {
    expect(roleOf(['node', '/app/bin/start.ts'])).toBe('supergraph');
    expect(roleOf(['node', '/app/bin/gateway.ts'])).toBe('gateway');
    expect(roleOf(['node', '/app/bin/subgraph.ts', 'sales-channel'])).toBe('subgraph-sales-channel');
    expect(roleOf(['node', '/app/dist/bin/subgraph.js'], { SUBGRAPH: 'cart' })).toBe('subgraph-cart');
  });

  it('loads no part of the SDK in a process that does not trace', async () => {
    const withoutOtel = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OTEL_')));
    const probe = `
      import './kit/tracing-init';
      import { tracingActive } from './kit/tracing';
      const loaded = Object.keys(require.cache).filter((path) => /@opentelemetry\\/(sdk-|instrumentation|exporter-)/.test(path));
      console.log(JSON.stringify({ active: tracingActive(), loaded: loaded.length }));`;
    const { stdout } = await promisify(execFile)(projectPath('node_modules', '.bin', 'tsx'), ['-e', probe], {
      cwd: projectPath(),
      env: withoutOtel,
    });
    expect(JSON.parse(stdout)).toEqual({ active: false, loaded: 0 });
  });
});

/**
 * The gateway (`npm run gateway`) and the supergraph's subgraphs (`npm start`) as two processes,
 * both exporting to a collector: one cart page query is one trace across both.
 */
describe('tracing across the gateway and the subgraphs', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let supergraph: Started | undefined;
  let gateway: Started | undefined;
  const secrets = { SUBGRAPH_SECRET: 'tracing-test-subgraph-secret', JWT_SECRET: 'tracing-test-jwt-secret' };

  beforeAll(async () => {
    target = await createTestTarget();
    collector = await startCollector();
  });
  afterAll(async () => {
    await gateway?.stop('SIGTERM');
    await supergraph?.stop('SIGTERM');
    await collector?.close();
    await target?.drop();
  });

  it('exports the gateway spans and the subgraph server spans of one query in one trace', async () => {
    const tracing = {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '200',
    };
    supergraph = await startScript(
      'start.ts',
      {
        ...target.env,
        ...secrets,
        ...tracing,
        PORT: '0',
        SUBGRAPH_PORTS: 'free',
        DEMO_CARTS: '4',
      },
      /Try the cart page query:\s+curl [^\n]+\n/,
    );
    const output = supergraph.output();
    const subgraphs = [...output.matchAll(/\n {2}([a-z-]+) +http:\/\/127\.0\.0\.1:(\d+)\/graphql/g)].map(
      ([, name, port]) => ({ name, port: Number(port) }),
    );
    expect(subgraphs.map((subgraph) => subgraph.name)).toEqual(
      expect.arrayContaining(['cart', 'region', 'customer', 'order', 'link']),
    );
    const cartId = /"variables":\{"id":"(cart_[0-9A-Z]{26})"\}/.exec(output)?.[1];
    expect(cartId).toBeDefined();

    gateway = await startScript(
      'gateway.ts',
      {
        ...secrets,
        ...tracing,
        // Its spans wait in the batch past the end of the test unless stopping the gateway flushes them.
        OTEL_BSP_SCHEDULE_DELAY: '600000',
        PORT: '0',
        ...Object.fromEntries(
          subgraphs.map(({ name, port }) => [
            `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`,
            `http://127.0.0.1:${port}/graphql`,
          ]),
        ),
      },
      /listening on (http:\/\/[^\s"]+)/,
    );
    const gatewayUrl = /listening on (http:\/\/[^\s"]+)/.exec(gateway.output())![1];

    const adminToken = await issueToken({ actor_type: 'user', actor_id: 'user_tracing_admin' }, secrets.JWT_SECRET);
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: CART_PAGE_QUERY, variables: { id: cartId } }),
    });
    const body = (await response.json()) as {
      data?: { cart: { id: string; order: { id: string } | null } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data!.cart.id).toBe(cartId);
    expect(await gateway.stop('SIGTERM')).toBe(0);

    // The trace of that request: the gateway's spans, and for each subgraph it fetched from, the
    // subgraph's server span as the child of a fetch to it (the traceparent header crossed the hop).
    // Fetches of one plan to one subgraph go as one request, under the first of them.
    const portOf = new Map(subgraphs.map(({ name, port }) => [name, port]));
    const trace = await eventually(() => {
      const request = collector.spans.find((span) => span.service === 'gateway' && span.name === 'gateway.request');
      if (!request) return undefined;
      const spans = collector.spans.filter((span) => span.traceId === request.traceId);
      const fetches = spans.filter((span) => span.name === 'gateway.fetch');
      const servedOf = (fetched: (typeof fetches)[number]) =>
        spans.find((span) => span.parentSpanId === fetched.spanId && span.kind === SERVER_KIND);
      const subgraphsFetched = new Set(fetches.map((fetched) => String(fetched.attributes.service)));
      const subgraphsServed = new Set(fetches.filter(servedOf).map((fetched) => String(fetched.attributes.service)));
      return fetches.length > 0 && subgraphsServed.size === subgraphsFetched.size
        ? { request, spans, fetches, servedOf }
        : undefined;
    });
    if (!trace)
      throw new Error(
        `No complete trace arrived. Spans received:\n${collector.spans.map((span) => `${span.service} ${span.name} ${span.traceId}`).join('\n')}`,
      );

    const incoming = trace.spans.find((span) => span.spanId === trace.request.parentSpanId);
    expect(incoming).toMatchObject({
      service: 'gateway',
      kind: SERVER_KIND,
      attributes: expect.objectContaining({ 'url.path': '/graphql' }),
    });
    const fetchedSubgraphs = new Set(trace.fetches.map((fetched) => String(fetched.attributes.service)));
    expect([...fetchedSubgraphs]).toEqual(expect.arrayContaining(['cart', 'region', 'customer', 'order']));
    for (const fetched of trace.fetches) expect(fetched.service).toBe('gateway');
    for (const fetched of trace.fetches.filter(trace.servedOf)) {
      expect(trace.servedOf(fetched)).toMatchObject({
        service: 'supergraph',
        attributes: expect.objectContaining({
          'server.port': portOf.get(String(fetched.attributes.service)),
          'url.path': '/graphql',
        }),
      });
    }
    expect(await supergraph.stop('SIGTERM')).toBe(0);
  });
});
