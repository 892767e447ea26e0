import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy in front of a subgraph whose answers can be delayed: a slow network, or a slow subgraph. */
export interface SlowProxy {
  /** The proxy's GraphQL URL. */
  url: string;
  /** Where it forwards to (a subgraph's GraphQL URL); settable once the subgraph listens. */
  target: string;
  /** Milliseconds each answer is held back from now on. */
  delayMs: number;
  /** Requests received so far. */
  requests: number;
  /** Requests being answered now, and the most there ever were at once. */
  inFlight: number;
  maxInFlight: number;
  close(): Promise<void>;
}

export async function startSlowProxy(): Promise<SlowProxy> {
  const proxy: SlowProxy = {
    url: '',
    target: '',
    delayMs: 0,
    requests: 0,
    inFlight: 0,
    maxInFlight: 0,
    close: async () => undefined,
  };
  const pending = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    proxy.requests += 1;
    proxy.inFlight += 1;
    proxy.maxInFlight = Math.max(proxy.maxInFlight, proxy.inFlight);
    res.on('close', () => (proxy.inFlight -= 1));
    const target = new URL(proxy.target);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        }, proxy.delayMs);
        pending.add(timer);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  proxy.close = async () => {
    for (const timer of pending) clearTimeout(timer);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return proxy;
}
