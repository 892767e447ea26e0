import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent } from 'undici';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, OperationTypeNode, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { actorHeaders } from '../kit/auth';
import { DEFAULT_CONFIG } from '../kit/config';
import { relayedError, responseTooLarge, subgraphTimeout, subgraphUnavailable, tooManyEntities } from '../kit/errors';
import { IDEMPOTENCY_KEY_HEADER } from '../kit/subgraph';
import { REQUEST_ID_HEADER } from '../kit/http';
import { logError } from '../kit/log';
import { SUBGRAPH_SECRET_HEADER } from '../kit/secret';
import type { GatewayContext } from './context';
import { EntityBatcher } from './entity-batching/batcher';

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  /** The shared secret every subgraph request carries (subgraphs answer only the gateway). */
  secret?: string;
  /** How long one subgraph request may take before it is abandoned. */
  timeoutMs: number;
  /** Batch entity fetches to this subgraph, of one plan and of concurrent client requests (default on; GATEWAY_BATCH_ENTITIES=false). */
  batchEntities?: boolean;
  /** Open connections to this subgraph at most (GATEWAY_SUBGRAPH_CONNECTIONS); more requests wait for one. */
  connections?: number;
  /** Requests in flight to this subgraph at most (GATEWAY_SUBGRAPH_CONCURRENCY); more wait their turn, in order. */
  concurrency?: number;
  /** Entity representations one fetch may ask for (GATEWAY_MAX_ENTITIES_PER_FETCH). */
  maxEntities?: number;
  /** Entity representations one batched request carries at most (GATEWAY_MAX_ENTITIES_PER_BATCH); more go as several requests. */
  maxEntitiesPerBatch?: number;
  /** Bytes of subgraph answers one client request may receive in all (GATEWAY_MAX_RESPONSE_BYTES). */
  maxAnswerBytes?: number;
}

export const DEFAULT_SUBGRAPH_CONCURRENCY = DEFAULT_CONFIG.GATEWAY_SUBGRAPH_CONCURRENCY;
export const DEFAULT_MAX_ENTITIES_PER_FETCH = DEFAULT_CONFIG.GATEWAY_MAX_ENTITIES_PER_FETCH;
export const DEFAULT_MAX_RESPONSE_BYTES = DEFAULT_CONFIG.GATEWAY_MAX_RESPONSE_BYTES;

/** A subgraph answer over the bytes a request may still receive: its reading is stopped. */
class AnswerTooLarge extends Error {}

/**
 * The connection of a request ended (closed or reset by the subgraph) before the answer's headers
 * came: undici's `other side closed` / `closed` (UND_ERR_SOCKET), ECONNRESET, or EPIPE.
 */
class ClosedBeforeAnswer extends Error {
  readonly code: string;

  constructor(cause: Error & { code: string }) {
    super(cause.message, { cause });
    this.code = cause.code;
  }
}

const CLOSED_BEFORE_ANSWER = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * Connections one gateway process keeps to one subgraph at most. A subgraph refuses connections
 * over its cap (SUBGRAPH_HTTP_MAX_CONNECTIONS, 4,096): bounded here, a burst of client requests
 * queues for a connection instead of opening ones the subgraph would refuse.
 */
export const DEFAULT_SUBGRAPH_CONNECTIONS = DEFAULT_CONFIG.GATEWAY_SUBGRAPH_CONNECTIONS;

/**
 * How the gateway talks to one subgraph: with the secret, the verified actor and the request id;
 * within a time limit. A subgraph that is down or too slow fails only its part of the query: the
 * error names the subgraph and the path, and the other subgraphs' data is still returned.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SubgraphSourceOptions;
  private readonly batcher: EntityBatcher | undefined;
  private readonly slots: Slots;

  constructor(options: SubgraphSourceOptions) {
    super({
      url: options.url,
      fetcher: keepAliveFetcher(
        options.timeoutMs,
        options.connections ?? DEFAULT_SUBGRAPH_CONNECTIONS,
        options.maxAnswerBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      ),
    });
    this.options = options;
    this.slots = new Slots(options.concurrency ?? DEFAULT_SUBGRAPH_CONCURRENCY);
    this.batcher =
      options.batchEntities === false
        ? undefined
        : new EntityBatcher((batched) => this.send(batched), { maxRepresentations: options.maxEntitiesPerBatch });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    if (this.options.secret) headers.set(SUBGRAPH_SECRET_HEADER, this.options.secret);
    if ('context' in options && options.context.actor) {
      for (const [name, value] of Object.entries(actorHeaders(options.context.actor))) headers.set(name, value);
      headers.set(REQUEST_ID_HEADER, options.context.requestId);
      // The workflows answer a retried mutation from its first run by this key.
      if (options.context.idempotencyKey !== undefined && this.options.name === 'workflows')
        headers.set(IDEMPOTENCY_KEY_HEADER, options.context.idempotencyKey);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const context = 'context' in options ? options.context : undefined;
    const representations = options.request.variables?.representations;
    const maxEntities = this.options.maxEntities ?? DEFAULT_MAX_ENTITIES_PER_FETCH;
    if (Array.isArray(representations) && representations.length > maxEntities) {
      throw tooManyEntities(
        `The ${this.options.name} subgraph would be asked for ${representations.length} entities at once, over the limit of ${maxEntities}: ask for smaller pages`,
        { serviceName: this.options.name },
        { path: responsePath(options) },
      );
    }
    const maxBytes = this.options.maxAnswerBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (context && (context.answerBytes ?? 0) >= maxBytes) throw this.tooLarge(options, maxBytes);
    try {
      const answer = await this.slots.run(() =>
        this.batcher && EntityBatcher.accepts(options) ? this.batcher.load(options) : this.send(options),
      );
      if (context && (context.answerBytes ?? 0) > maxBytes) throw this.tooLarge(options, maxBytes);
      return answer;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof AnswerTooLarge) throw this.tooLarge(options, maxBytes);
      throw this.unavailable(error as Error, options);
    }
  }

  /**
   * One subgraph request. A read whose connection ended before its answer began is sent once more,
   * on another connection: the subgraph closed that connection as the request went out (its
   * keep-alive ran out, or it refused the connection over its cap as soon as it was opened), and a
   * read is safe to repeat whether or not it got there. undici repeats nothing itself: it fails the
   * request it had written on that connection. A mutation is not repeated: it may have run.
   */
  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!(error instanceof ClosedBeforeAnswer) || operationOf(options)?.operation !== OperationTypeNode.QUERY)
        throw error;
      return super.process(options);
    }
  }

  /** Counts what each client request receives, so a request can be stopped before it has received too much. */
  override parseBody(
    ...args: Parameters<RemoteGraphQLDataSource<GatewayContext>['parseBody']>
  ): Promise<object | string> {
    const [response, , context] = args;
    const target = context as GatewayContext | undefined;
    if (target) target.answerBytes = (target.answerBytes ?? 0) + Number(response.headers.get('content-length') ?? 0);
    return super.parseBody(...args);
  }

  private tooLarge(options: GraphQLDataSourceProcessOptions<GatewayContext>, maxBytes: number): GraphQLError {
    return responseTooLarge(
      `The answer is larger than ${maxBytes} bytes: ask for less (smaller pages, fewer fields)`,
      { serviceName: this.options.name },
      { path: responsePath(options) },
    );
  }

  /** A subgraph that could not be reached or answered too late, as a coded error at the path it would have filled. */
  private unavailable(error: Error, options: GraphQLDataSourceProcessOptions<GatewayContext>): GraphQLError {
    const { name, url, timeoutMs } = this.options;
    const code = (error as Error & { code?: string }).code;
    const timedOut =
      code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || error.name === 'TimeoutError';
    const at = pathOf(options);
    const where = at.length > 0 ? ` (for ${at.join('.')})` : '';
    const requestId = 'context' in options ? options.context.requestId : undefined;
    logError('gateway', `${name} subgraph at ${url}: ${error.message}`, { request_id: requestId, subgraph: name });
    const message = timedOut
      ? `The ${name} subgraph did not answer within ${timeoutMs} ms${where}`
      : `The ${name} subgraph is unavailable${where}`;
    return (timedOut ? subgraphTimeout : subgraphUnavailable)(
      message,
      { serviceName: name },
      { path: responsePath(options) },
    );
  }

  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    // A subgraph answers a request it rejects as a whole (e.g. a malformed DateTime variable, 400; a
    // body over its limit, 413) with a 4xx and a coded GraphQL error: pass on its message and code, not "400: Bad Request".
    const fallback = await super.errorFromResponse(response.clone());
    const body = (await response.json().catch(() => undefined)) as SubgraphErrorBody | undefined;
    const first = body?.errors?.[0];
    if (
      response.status < 400 ||
      response.status >= 500 ||
      typeof first?.message !== 'string' ||
      typeof first.extensions?.code !== 'string'
    )
      return fallback;
    return relayedError(first.extensions.code, first.message, { serviceName: this.options.name });
  }
}

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'] & object;

/**
 * The subgraph calls, on undici's own request API over keep-alive connections: the WHATWG fetch
 * stack (streams, an AbortSignal per call) was a quarter of the gateway's busy time under load.
 * The time limit is undici's: until the answer's headers, and between its body's chunks. The pool
 * per subgraph is bounded (`connections`).
 *
 * An idle connection is closed by the gateway before the subgraph closes it, or a request could go
 * out on a connection the subgraph is closing: kept for what the subgraph's keep-alive answer
 * header says less 2 s (`timeout=5`, Node's default, keeps it 3 s; under 3 s it is not kept), at
 * most 30 s; without that header 4 s, under Node's default 5 s.
 */
function keepAliveFetcher(timeoutMs: number, connections: number, maxBytes: number): Fetcher {
  const agent = new Agent({
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    keepAliveTimeoutThreshold: 2_000,
    keepAliveMaxTimeout: 30_000,
    keepAliveTimeout: 4_000,
    connections,
  });
  // A data source calls one URL: parse it once, not per request.
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };
  const fetcher = async (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const { origin, path } = targetOf(url);
    const answer = await agent
      .request({ origin, path, method: 'POST', headers: init?.headers, body: init?.body })
      .catch((error: Error & { code?: unknown }) => {
        throw typeof error.code === 'string' && CLOSED_BEFORE_ANSWER.has(error.code)
          ? new ClosedBeforeAnswer(error as Error & { code: string })
          : error;
      });
    // Read up to the limit, not past it: an answer too large is stopped where it crosses it.
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of answer.body) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        answer.body.destroy();
        throw new AnswerTooLarge(`answer over ${maxBytes} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    const headers = answer.headers;
    const response = {
      ok: answer.statusCode >= 200 && answer.statusCode < 300,
      status: answer.statusCode,
      statusText: '',
      url,
      headers: {
        get: (name: string) => {
          const key = name.toLowerCase();
          // The size of what was read, whether or not the subgraph said it.
          if (key === 'content-length') return String(size);
          const value = headers[key];
          return Array.isArray(value) ? value.join(', ') : (value ?? null);
        },
      },
      text: async () => text,
      json: async () => JSON.parse(text) as unknown,
      clone: () => response,
    };
    return response;
  };
  // The gateway reads only these parts of an answer (status, headers.get, text, json, clone).
  return fetcher as unknown as Fetcher;
}

/** At most `limit` tasks at a time; the others wait, first come first served. */
class Slots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next in line; only when nobody waits is it freed.
      if (next) next();
      else this.running -= 1;
    }
  }
}

/** Where in the client's response this fetch's data would go: the entity path, or the root fields it fetches. */
function pathOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): string[] {
  if ('pathInIncomingRequest' in options && options.pathInIncomingRequest && options.pathInIncomingRequest.length > 0) {
    return options.pathInIncomingRequest.map(String);
  }
  const first = operationOf(options)?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return first && first.kind === Kind.FIELD ? [(first.alias ?? first.name).value] : [];
}

/** The operation a fetch sends: from its own document when the plan hands it over, else from its query text. */
function operationOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): OperationDefinitionNode | undefined {
  const document = ('document' in options ? options.document : undefined) ?? parseOrUndefined(options.request.query);
  return document?.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
}

/** The path this fetch would have filled, where it is a concrete response path: one with a list marker ('@') stays in the message only. */
function responsePath(options: GraphQLDataSourceProcessOptions<GatewayContext>): string[] | undefined {
  const at = pathOf(options);
  return at.length > 0 && at.every((key) => key !== '@') ? at : undefined;
}

function parseOrUndefined(query: string | undefined): DocumentNode | undefined {
  try {
    return query ? parse(query) : undefined;
  } catch {
    return undefined;
  }
}
