import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { log } from './log';
import { SUBGRAPH_SECRET_HEADER, secretMatches } from './secret';

export interface ServeOptions<Context extends BaseContext> {
  /** Name in log lines, e.g. `cart` or `gateway`. */
  name: string;
  port: number;
  host?: string;
  context: (request: IncomingMessage) => Promise<Context>;
  /** Largest request body accepted, in bytes; a larger one gets 413. */
  maxBodyBytes?: number;
  /** When set, GraphQL requests must carry it in the x-subgraph-secret header (subgraphs answer only the gateway). */
  requireSecret?: string;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4001/graphql`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * Serves an Apollo Server over Node's http module: GraphQL at `/graphql` (and `/`),
 * `GET /health` for liveness. The server is started here, so `build*` functions stay free of I/O.
 */
export async function serve<Context extends BaseContext>(
  server: ApolloServer<Context>,
  options: ServeOptions<Context>,
): Promise<RunningServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const httpServer: Server = createServer((req, res) => {
    handle(server, options, maxBodyBytes, req, res).catch((error: Error) => {
      if (!res.headersSent) sendJson(res, 500, graphqlError(error.message, 'INTERNAL_SERVER_ERROR'));
      else res.end();
    });
  });
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await server.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = httpServer.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}/graphql`;
  log(options.name, `listening on ${url}`);
  return { url, port, close: () => server.stop() };
}

async function handle<Context extends BaseContext>(
  server: ApolloServer<Context>,
  options: ServeOptions<Context>,
  maxBodyBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  if (url.pathname !== '/graphql' && url.pathname !== '/') {
    sendJson(res, 404, { error: `Not found: ${url.pathname}. GraphQL is served at /graphql` });
    return;
  }
  if (options.requireSecret && !secretMatches(req.headers[SUBGRAPH_SECRET_HEADER], options.requireSecret)) {
    req.resume();
    sendJson(res, 401, graphqlError(`The ${options.name} subgraph answers only the gateway: the ${SUBGRAPH_SECRET_HEADER} header is missing or wrong`, 'UNAUTHENTICATED'));
    return;
  }
  const body = await readBody(req, maxBodyBytes);
  if (body === tooLarge) {
    sendJson(res, 413, graphqlError(`Request body is larger than ${maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE'));
    return;
  }
  let parsedBody: unknown = body;
  if (body.length > 0 && /json/i.test(req.headers['content-type'] ?? '')) {
    try {
      parsedBody = JSON.parse(body);
    } catch {
      sendJson(res, 400, graphqlError('Request body is not valid JSON', 'BAD_REQUEST'));
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body: parsedBody },
    context: () => options.context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

const tooLarge = Symbol('too large');

function readBody(req: IncomingMessage, limit: number): Promise<string | typeof tooLarge> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Keep draining (without storing) so the 413 can still be written on this connection.
        chunks.length = 0;
        resolve(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}
