import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLError } from 'graphql';
import { DEFAULT_CONFIG, type Config } from './config';
import {
  asRequestRefusal,
  badRequest,
  formatted,
  internalServerError,
  payloadTooLarge,
  requestHeaderFieldsTooLarge,
  requestTimeout,
  statusOf,
  unauthenticated,
} from './errors';
import { log, logDebug, logError } from './log';
import { SUBGRAPH_SECRET_HEADER, secretMatches } from './secret';

export interface ServeOptions<Context extends BaseContext> {
  /** Name in log lines, e.g. `cart` or `gateway`. */
  name: string;
  port: number;
  host?: string;
  context: (request: IncomingMessage, requestId: string) => Promise<Context>;
  /** Largest request body accepted, in bytes; a larger one gets 413. */
  maxBodyBytes?: number;
  /** When set, GraphQL requests must carry it in the x-subgraph-secret header (subgraphs answer only the gateway). */
  requireSecret?: string;
  /** What `GET /ready` checks (the database, the subgraphs, …); without it, ready once listening. */
  readiness?: () => Promise<Readiness>;
  /** Whether to log one line per GraphQL request at `info` (the gateway) or at `debug` (subgraphs). */
  logRequests?: 'info' | 'debug';
  /** More fields for a request's log line, from its context once it has run (the gateway: the operation's cost). */
  logFields?: (context: Context) => Record<string, unknown>;
  /** Answers requests this server handles before GraphQL (e.g. CORS preflight); true when it answered. */
  preHandle?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Time limits and the connection cap; default the gateway's. */
  limits?: HttpLimits;
}

/** What one HTTP server allows a client, so slow or piled-up connections cannot hold it. */
export interface HttpLimits {
  /** Time to receive a request's headers, in ms (HTTP_HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included, in ms (HTTP_REQUEST_TIMEOUT_MS): a slow body is cut off with 408. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, in ms (HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
  /** Open connections at most; one more is closed as soon as it is accepted (HTTP_MAX_CONNECTIONS, SUBGRAPH_HTTP_MAX_CONNECTIONS). */
  maxConnections: number;
}

/** A server's limits from the configuration: the gateway's, or every subgraph's (which have a connection cap of their own). */
export function httpLimits(
  config: Pick<
    Config,
    | 'HTTP_HEADERS_TIMEOUT_MS'
    | 'HTTP_REQUEST_TIMEOUT_MS'
    | 'HTTP_KEEP_ALIVE_TIMEOUT_MS'
    | 'HTTP_MAX_CONNECTIONS'
    | 'SUBGRAPH_HTTP_MAX_CONNECTIONS'
  >,
  role: 'gateway' | 'subgraph',
): HttpLimits {
  return {
    headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: role === 'gateway' ? config.HTTP_MAX_CONNECTIONS : config.SUBGRAPH_HTTP_MAX_CONNECTIONS,
  };
}

/**
 * The public gateway's limits by default: 10 s for the headers and 30 s for a whole request (a 1 MiB
 * body at 35 KB/s) instead of Node's 60 s and 300 s; Node's 5 s keep-alive; 1,024 connections per process.
 */
export const GATEWAY_HTTP_LIMITS: HttpLimits = httpLimits(DEFAULT_CONFIG, 'gateway');

/**
 * A subgraph's: the same times, and room for the connections of many gateway processes (each keeps
 * up to GATEWAY_SUBGRAPH_CONNECTIONS, 256 by default, open to one subgraph: 16 of them) and of the
 * link and workflows subgraphs.
 */
export const SUBGRAPH_HTTP_LIMITS: HttpLimits = httpLimits(DEFAULT_CONFIG, 'subgraph');

function checkHttpLimits(limits: HttpLimits): void {
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new Error(`HTTP limit ${key} must be a positive whole number, got ${value}`);
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(
      `The headers time limit (${limits.headersTimeoutMs} ms) must not be longer than the request's (${limits.requestTimeoutMs} ms): the headers are part of the request`,
    );
  }
}

/**
 * Node checks the header and request time limits on a timer (every 30 s by default), so a 10 s
 * limit could hold a slow client for 40 s: check at a quarter of the shorter limit, at most once a
 * second (the check walks only the connections that are receiving a request).
 */
function connectionsCheckingInterval(limits: HttpLimits): number {
  return Math.max(10, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)));
}

/** The result of a readiness check: each dependency's state, `ok` or why not. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

/** The header that carries a request's id from the client through the gateway to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

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
  const limits = options.limits ?? GATEWAY_HTTP_LIMITS;
  checkHttpLimits(limits);
  const state = { stopping: false };
  const httpServer: Server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: connectionsCheckingInterval(limits),
    },
    (req, res) => {
      handle(server, options, state, maxBodyBytes, req, res).catch((error: Error) => {
        // A request cut off (a slow body past the time limit, a client gone) has no one left to answer.
        if (res.destroyed || !res.socket || res.socket.destroyed || res.writableEnded) return;
        if (!res.headersSent) sendError(res, internalServerError(error.message));
        else res.end();
      });
    },
  );
  httpServer.maxConnections = limits.maxConnections;
  httpServer.on('drop', countDroppedConnection(options.name, limits.maxConnections));
  httpServer.on('clientError', answerClientError);
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
  return {
    url,
    port,
    close: async () => {
      // /ready turns 503 at once, so a load balancer stops sending; in-flight requests drain (Apollo's drain plugin).
      state.stopping = true;
      await server.stop();
      log(options.name, 'stopped');
    },
  };
}

async function handle<Context extends BaseContext>(
  server: ApolloServer<Context>,
  options: ServeOptions<Context>,
  state: { stopping: boolean },
  maxBodyBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    sendJson(res, 200, { status: 'ok' });
    return;
  }
  if (url.pathname === '/ready') {
    const readiness = state.stopping
      ? { ready: false, checks: { server: 'stopping' } }
      : ((await options
          .readiness?.()
          .catch((error: Error) => ({ ready: false, checks: { readiness: error.message } }))) ?? {
          ready: true,
          checks: {},
        });
    sendJson(res, readiness.ready ? 200 : 503, {
      status: readiness.ready ? 'ready' : 'not ready',
      checks: readiness.checks,
    });
    return;
  }
  if (options.preHandle && (await options.preHandle(req, res))) return;
  if (url.pathname !== '/graphql' && url.pathname !== '/') {
    sendJson(res, 404, { error: `Not found: ${url.pathname}. GraphQL is served at /graphql` });
    return;
  }
  if (options.requireSecret && !secretMatches(req.headers[SUBGRAPH_SECRET_HEADER], options.requireSecret)) {
    req.resume();
    sendError(
      res,
      asRequestRefusal(
        unauthenticated(
          `The ${options.name} subgraph answers only the gateway: the ${SUBGRAPH_SECRET_HEADER} header is missing or wrong`,
        ),
      ),
    );
    return;
  }
  const body = await readBody(req, maxBodyBytes);
  if (body === tooLarge) {
    sendError(res, payloadTooLarge(`Request body is larger than ${maxBodyBytes} bytes`));
    return;
  }
  let parsedBody: unknown = body;
  if (body.length > 0 && /json/i.test(req.headers['content-type'] ?? '')) {
    try {
      parsedBody = JSON.parse(body);
    } catch {
      sendError(res, badRequest('Request body is not valid JSON'));
      return;
    }
  }
  const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  const started = performance.now();
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let context: Context | undefined;
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body: parsedBody },
    context: async () => (context = await options.context(req, requestId)),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (options.logRequests) {
    const fields = {
      request_id: requestId,
      status: res.statusCode,
      duration_ms: Math.round((performance.now() - started) * 10) / 10,
      ...(context && options.logFields ? options.logFields(context) : {}),
    };
    if (options.logRequests === 'info') log(options.name, 'request', fields);
    else logDebug(options.name, 'request', fields);
  }
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The client's request id when it is a sane token, else a new one: ids end up in log lines. */
function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/**
 * Connections refused over the cap, logged at most once per 10 s with their count: a flood of
 * them must not become a flood of log lines.
 */
function countDroppedConnection(name: string, maxConnections: number): () => void {
  let dropped = 0;
  return () => {
    dropped += 1;
    if (dropped > 1) return;
    setTimeout(() => {
      logError(name, `refused ${dropped} connection(s) in 10 s: ${maxConnections} were open (the connection cap)`);
      dropped = 0;
    }, 10_000).unref();
  };
}

/**
 * A request Node's HTTP parser refuses before any handler runs (headers or URL over 16 KiB, a
 * malformed request line), or one not received within the time limits (408): answered as JSON with
 * a code like every other error, not a bare status line.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Node's own rule: no error answer once a response has begun on this connection (it would corrupt it).
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (!socket.writable || error.code === 'ECONNRESET' || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const refusal =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? requestHeaderFieldsTooLarge('The request line and headers are larger than 16 KiB')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? requestTimeout('The request was not received in time')
        : badRequest('Malformed HTTP request');
  const status = statusOf(refusal) ?? 400;
  const body = JSON.stringify({ errors: [formatted(refusal)] });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export const tooLarge = Symbol('too large');

export function readBody(req: IncomingMessage, limit: number): Promise<string | typeof tooLarge> {
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

/** Answers a request refused before GraphQL runs, with the error's status and the error as GraphQL's `errors`. */
export function sendError(res: ServerResponse, error: GraphQLError): void {
  sendJson(res, statusOf(error) ?? 500, { errors: [formatted(error)] });
}

export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}
