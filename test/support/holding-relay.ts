import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A relay in front of a subgraph that holds back the requests a test picks (by their body) until
 * the test releases them; every other request passes at once.
 */
export interface HoldingRelay {
  /** The relay's GraphQL URL. */
  url: string;
  /** Where it forwards to (a subgraph's GraphQL URL); settable once the subgraph listens. */
  target: string;
  /** Which requests to hold, by their body; none when unset. */
  hold?: (body: string) => boolean;
  /** Resolves once a request is being held (at once if one is). */
  holding(): Promise<void>;
  /** Lets every held request through. */
  release(): void;
  /** Bodies of the requests received, in order. */
  bodies: string[];
  close(): Promise<void>;
}

export async function startHoldingRelay(): Promise<HoldingRelay> {
  let held: (() => void)[] = [];
  let waiters: (() => void)[] = [];
  const relay: HoldingRelay = {
    url: '',
    target: '',
    holding: () => (held.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    release() {
      const released = held;
      held = [];
      released.forEach((forward) => forward());
    },
    bodies: [],
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      relay.bodies.push(body.toString());
      const forward = () => {
        const target = new URL(relay.target);
        const upstream = httpRequest(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.socket?.destroy());
        upstream.end(body);
      };
      if (!relay.hold?.(body.toString())) {
        forward();
        return;
      }
      held.push(forward);
      const woken = waiters;
      waiters = [];
      woken.forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  relay.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  relay.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return relay;
}
