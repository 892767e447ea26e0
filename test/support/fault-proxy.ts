import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to one call, by the operation name of its GraphQL document (`CreateOrder`). */
export type Fault =
  /** Cuts the connection before the call reaches its target: the step fails and nothing happened there. */
  | 'fail'
  /** Forwards the call, then cuts the connection instead of answering: the step happened, its answer is lost. */
  | 'lose-answer'
  /** Runs a function first (e.g. kill a process), then does what it returns (forwards when void). */
  | ((call: ProxiedCall) => Promise<'fail' | 'lose-answer' | 'hang' | AfterAnswer | void>)
  | AfterAnswer;

/** Forwards the call and, once its target has answered, runs `afterAnswer` (e.g. kill the caller) before cutting the connection. */
export interface AfterAnswer {
  afterAnswer(): Promise<void>;
}

export interface ProxiedCall {
  /** `cart`, `order`, … or `gateway`: the target the call was routed to. */
  target: string;
  operationName: string;
}

/**
 * A proxy in front of the subgraphs and the gateway as the workflows reach them (the transport of
 * their steps): each call passes through by its target's name in the path, and a test makes one
 * operation fail, lose its answer, or wait for something first. Calls are recorded in order.
 */
export interface FaultProxy {
  /** The URL a service named `target` is reached at through the proxy. */
  route(target: string, url: string): string;
  /** Faults by operation name; each strikes the next call of its operation once, then is gone. */
  faults: Map<string, Fault>;
  /** Asked for every call (after `faults`): what to do with it, or nothing. */
  intercept?: (call: ProxiedCall) => Promise<Fault | void>;
  calls: ProxiedCall[];
  close(): Promise<void>;
}

export async function startFaultProxy(): Promise<FaultProxy> {
  const targets = new Map<string, string>();
  const proxy: FaultProxy = {
    route(target, url) {
      targets.set(target, url);
      return `${base}/${target}/graphql`;
    },
    faults: new Map(),
    calls: [],
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const target = /^\/([\w-]+)\//.exec(req.url ?? '')?.[1] ?? '';
    const upstream = targets.get(target);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    let operationName = '';
    try {
      const parsed = JSON.parse(body.toString()) as { query?: string; operationName?: string };
      operationName = parsed.operationName ?? /^\s*(?:query|mutation)\s+(\w+)/.exec(parsed.query ?? '')?.[1] ?? '';
    } catch {
      // Not GraphQL JSON: passed on as it is.
    }
    const call = { target, operationName };
    proxy.calls.push(call);
    // A fault strikes once: the undo that follows (which may send the same operation) goes through.
    const rule = proxy.faults.get(operationName) ?? (await proxy.intercept?.(call)) ?? undefined;
    proxy.faults.delete(operationName);
    const fault = typeof rule === 'function' ? await rule(call) : rule;
    if (!upstream || fault === 'fail') {
      res.socket?.destroy();
      return;
    }
    if (fault === 'hang') return;
    const url = new URL(upstream);
    const forward = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: req.method, headers: req.headers },
      (answer) => {
        if (fault === 'lose-answer' || (typeof fault === 'object' && fault !== null)) {
          answer.resume();
          answer.on('end', () => {
            const then = typeof fault === 'object' && fault !== null ? fault.afterAnswer() : Promise.resolve();
            void then.finally(() => res.socket?.destroy());
          });
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.socket?.destroy());
    forward.end(body);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return proxy;
}
