import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent } from 'undici';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { actorHeaders } from '../kit/auth';
import { IDEMPOTENCY_KEY_HEADER } from '../kit/subgraph';
import { REQUEST_ID_HEADER } from '../kit/http';
import { logError } from '../kit/log';
import { SUBGRAPH_SECRET_HEADER } from '../kit/secret';
import type { GatewayContext } from './context';
import { EntityBatcher } from './entity-batcher';

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
}

/**
 * Connections one gateway process keeps to one subgraph at most. A subgraph refuses connections
 * over its cap (SUBGRAPH_HTTP_MAX_CONNECTIONS, 4,096): bounded here, a burst of client requests
 * queues for a connection instead of opening ones the subgraph would refuse.
 */
export const DEFAULT_SUBGRAPH_CONNECTIONS = 256;

/**
 * How the gateway talks to one subgraph: with the secret, the verified actor and the request id;
 * within a time limit. A subgraph that is down or too slow fails only its part of the query: the
 * error names the subgraph and the path, and the other subgraphs' data is still returned.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: SubgraphSourceOptions;
  private readonly batcher: EntityBatcher | undefined;

  constructor(options: SubgraphSourceOptions) {
    super({ url: options.url, fetcher: keepAliveFetcher(options.timeoutMs, options.connections ?? DEFAULT_SUBGRAPH_CONNECTIONS) });
    this.options = options;
    this.batcher = options.batchEntities === false ? undefined : new EntityBatcher((batched) => super.process(batched));
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    if (this.options.secret) headers.set(SUBGRAPH_SECRET_HEADER, this.options.secret);
    if ('context' in options && options.context.actor) {
      for (const [name, value] of Object.entries(actorHeaders(options.context.actor))) headers.set(name, value);
      headers.set(REQUEST_ID_HEADER, options.context.requestId);
      // The workflows answer a retried mutation from its first run by this key.
      if (options.context.idempotencyKey !== undefined && this.options.name === 'workflows') headers.set(IDEMPOTENCY_KEY_HEADER, options.context.idempotencyKey);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return this.batcher && EntityBatcher.accepts(options) ? await this.batcher.load(options) : await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      throw this.unavailable(error as Error, options);
    }
  }

  /** A subgraph that could not be reached or answered too late, as a coded error at the path it would have filled. */
  private unavailable(error: Error, options: GraphQLDataSourceProcessOptions<GatewayContext>): GraphQLError {
    const { name, url, timeoutMs } = this.options;
    const code = (error as Error & { code?: string }).code;
    const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || error.name === 'TimeoutError';
    const at = pathOf(options);
    const where = at.length > 0 ? ` (for ${at.join('.')})` : '';
    const requestId = 'context' in options ? options.context.requestId : undefined;
    logError('gateway', `${name} subgraph at ${url}: ${error.message}`, { request_id: requestId, subgraph: name });
    const message = timedOut
      ? `The ${name} subgraph did not answer within ${timeoutMs} ms${where}`
      : `The ${name} subgraph is unavailable${where}`;
    // A path with a list marker ('@') is not a concrete response path: it stays in the message only.
    const path = at.every((key) => key !== '@') && at.length > 0 ? at : undefined;
    return new GraphQLError(message, {
      path,
      extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', serviceName: name },
    });
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    // A subgraph answers a request it rejects as a whole (e.g. a malformed DateTime variable, 400; a
    // body over its limit, 413) with a 4xx and a coded GraphQL error: pass on its message and code, not "400: Bad Request".
    const fallback = await super.errorFromResponse(response.clone());
    const body = (await response.json().catch(() => undefined)) as SubgraphErrorBody | undefined;
    const first = body?.errors?.[0];
    if (response.status < 400 || response.status >= 500 || typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return fallback;
    return new GraphQLError(first.message, { extensions: { code: first.extensions.code, serviceName: this.options.name } });
  }
}

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'] & object;

/**
 * The subgraph calls, on undici's own request API over keep-alive connections: the WHATWG fetch
 * stack (streams, an AbortSignal per call) was a quarter of the gateway's busy time under load.
 * The time limit is undici's: until the answer's headers, and between its body's chunks. The pool
 * per subgraph is bounded (`connections`); how long an idle connection is kept is the subgraph's
 * to say (its keep-alive answer header), at most 30 s.
 */
function keepAliveFetcher(timeoutMs: number, connections: number): Fetcher {
  const agent = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, keepAliveTimeout: 30_000, connections });
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
    const answer = await agent.request({ origin, path, method: 'POST', headers: init?.headers, body: init?.body });
    const text = await answer.body.text();
    const headers = answer.headers;
    const response = {
      ok: answer.statusCode >= 200 && answer.statusCode < 300,
      status: answer.statusCode,
      statusText: '',
      url,
      headers: {
        get: (name: string) => {
          const value = headers[name.toLowerCase()];
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

/** Where in the client's response this fetch's data would go: the entity path, or the root fields it fetches. */
function pathOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): string[] {
  if ('pathInIncomingRequest' in options && options.pathInIncomingRequest && options.pathInIncomingRequest.length > 0) {
    return options.pathInIncomingRequest.map(String);
  }
  // The fetch's own document when the plan hands it over, else its query text.
  const document = ('document' in options ? options.document : undefined) ?? parseOrUndefined(options.request.query);
  const operation = document?.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const first = operation?.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return first && first.kind === Kind.FIELD ? [(first.alias ?? first.name).value] : [];
}

function parseOrUndefined(query: string | undefined): DocumentNode | undefined {
  try {
    return query ? parse(query) : undefined;
  } catch {
    return undefined;
  }
}
