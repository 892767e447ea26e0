import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloGateway } from '@apollo/gateway';
import { getVariableValues, GraphQLError, type FloatValueNode, type GraphQLFormattedError, type IntValueNode, type ValidationRule } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import { createTokenVerifier, issueToken, type AuthSettings, type TokenClaims } from '../kit/auth';
import { DEFAULT_CONFIG } from '../kit/config';
import { badRequest, badUserInput, ErrorCode, formatted, statusOf } from '../kit/errors';
import { GATEWAY_HTTP_LIMITS, readBody, sendJson, serve, tooLarge, type HttpLimits, type Readiness, type RunningServer } from '../kit/http';
import { isLoopbackOrigin, notFromThisMachine } from '../kit/loopback';
import { projectPath } from '../kit/paths';
import { accessPlugin } from './plugins/access';
import { readCostPolicy } from './cost';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitSettings } from './plugins/rate-limit';
import { DEFAULT_MAX_COST, demandControlPlugin } from './plugins/demand-control';
import { declareEnforcedFeatures, readAccessPolicy } from './access-policy';
import { createGatewayContext, type GatewayContext } from './context';
import { SubgraphDataSource } from './subgraph-source';

export interface GatewayOptions {
  /** The composed supergraph; defaults to the committed supergraph.graphql. */
  supergraphSdl?: string;
  /** Routing URLs that replace the supergraph's, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  /** The secret every subgraph request carries (SUBGRAPH_SECRET). */
  subgraphSecret?: string;
  /** How bearer tokens are verified (JWT_SECRET, JWT_JWKS_URL, …); without a key every request is a guest's. */
  auth?: AuthSettings;
  /** Time limit of one subgraph request, in ms (SUBGRAPH_TIMEOUT_MS, default 10 s); per subgraph in `subgraphTimeouts`. */
  subgraphTimeoutMs?: number;
  /** Per-subgraph time limits by name (SUBGRAPH_<NAME>_TIMEOUT_MS). */
  subgraphTimeouts?: Record<string, number>;
  /** Abuse limits; the defaults pass the storefront and checkout operations. */
  limits?: Partial<GatewayLimits>;
  /** Demand bounds that hold whatever the estimate (GATEWAY_SUBGRAPH_CONCURRENCY, GATEWAY_MAX_ENTITIES_PER_FETCH, GATEWAY_MAX_RESPONSE_BYTES). */
  bounds?: { subgraphConcurrency?: number; maxEntitiesPerFetch?: number; maxResponseBytes?: number };
  /** Requests per second and burst per client (GATEWAY_RATE_LIMIT, GATEWAY_RATE_BURST; 0 turns it off), and proxy hops to trust for the client's address (GATEWAY_TRUSTED_PROXIES). */
  rateLimit?: Partial<RateLimitSettings>;
  /** `enforce` (default) refuses an operation whose estimated cost is over `limits.maxCost`; `measure` only reports it (GATEWAY_COST_MODE). */
  costMode?: 'enforce' | 'measure';
  /**
   * The development issuer: `POST /auth/token` with `{ "actor_type", "actor_id" }` signs a token
   * with this secret for any caller on this machine. For the demo and local development only:
   * ignored in production.
   */
  devIssuerSecret?: string;
  /**
   * Development (when NODE_ENV is unset or `development`, kit/mode.ts): Apollo Sandbox as the
   * landing page, introspection on, local browser origins, the query plan on request and stack
   * traces in errors. Production (the default, which fails closed): none of these.
   */
  development?: boolean;
  /** Overrides the mode's introspection (GRAPHQL_INTROSPECTION). */
  introspection?: boolean;
  /** Browser origins besides Apollo Studio / Sandbox that may call the gateway (CORS_ORIGINS). */
  corsOrigins?: string[];
  /** Batch entity fetches to a subgraph, of one plan and of concurrent client requests (default on; GATEWAY_BATCH_ENTITIES=false turns it off). */
  batchEntities?: boolean;
  /** Open connections to one subgraph at most (GATEWAY_SUBGRAPH_CONNECTIONS, default 256). */
  subgraphConnections?: number;
}

/** Apollo Studio and its Sandbox (the Explorer) call the gateway from this origin. */
export const APOLLO_STUDIO_ORIGIN = 'https://studio.apollographql.com';

const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'apollo-query-plan-experimental',
  'apollo-query-plan-experimental-format',
  'x-request-id',
  'idempotency-key',
].join(', ');

/** What a single operation may ask for, checked before it is planned (graphql-armor). */
export interface GatewayLimits {
  /** Deepest field nesting, leaf fields included (the cart page is 5 deep; the Medusa-style client's deepest paths about 8). */
  maxDepth: number;
  /** Aliased fields per operation. */
  maxAliases: number;
  /** Lexical tokens per document. */
  maxTokens: number;
  /** The most an operation may be estimated to cost by the schema's `@cost` / `@listSize` declarations (gateway/cost.ts). */
  maxCost: number;
  /** Directives per operation. */
  maxDirectives: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: DEFAULT_CONFIG.GATEWAY_MAX_DEPTH,
  maxAliases: DEFAULT_CONFIG.GATEWAY_MAX_ALIASES,
  maxTokens: DEFAULT_CONFIG.GATEWAY_MAX_TOKENS,
  maxCost: DEFAULT_MAX_COST,
  maxDirectives: DEFAULT_CONFIG.GATEWAY_MAX_DIRECTIVES,
};

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = DEFAULT_CONFIG.SUBGRAPH_TIMEOUT_MS;

/** Where the gateway listens unless PORT says otherwise. */
export const DEFAULT_GATEWAY_PORT = 4000;

/**
 * The workflows wait up to WORKFLOW_LOCK_WAIT_MS (2 s) for a busy cart and then run several steps:
 * the gateway waits for them at least this long, so a client gets their answer (or their prompt
 * CONFLICT), not a time-out while the work goes on.
 */
export const MIN_WORKFLOWS_TIMEOUT_MS = 30_000;

function defaultTimeout(subgraph: string, timeoutMs: number): number {
  return subgraph === 'workflows' ? Math.max(timeoutMs, MIN_WORKFLOWS_TIMEOUT_MS) : timeoutMs;
}

export function readSupergraphSdl(): string {
  return readFileSync(projectPath('supergraph.graphql'), 'utf8');
}

export interface BuiltGateway {
  server: ApolloServer<GatewayContext>;
  /** The per-request context: the actor from the bearer token (or the product's own calls), and the request id. */
  context: ReturnType<typeof createGatewayContext>;
  /** Ready when the supergraph is loaded and every subgraph answers its health check. */
  readiness(): Promise<Readiness>;
  /** Routes the gateway answers itself, before GraphQL (the development issuer). */
  preHandle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/**
 * Builds the gateway's Apollo Server on a static, composed supergraph (it does not listen).
 * A static supergraph lets the gateway start before its subgraphs: a query fails per request
 * while a subgraph is down, instead of the gateway failing to start.
 */
export function buildGateway(options: GatewayOptions = {}): BuiltGateway {
  const subgraphUrls = options.subgraphUrls ?? {};
  const routing = new Map<string, string>();
  let loaded = false;
  const development = options.development ?? false;
  const supergraphSdl = options.supergraphSdl ?? readSupergraphSdl();
  declareEnforcedFeatures();
  const gateway = new ApolloGateway({
    supergraphSdl,
    // In development, a request with the header `Apollo-Query-Plan-Experimental: 1` gets the query
    // plan in `extensions.__queryPlanExperimental`: how the query fans out over the subgraphs.
    __exposeQueryPlanExperimental: development,
    buildService: ({ name, url }) => {
      const target = subgraphUrls[name] ?? url;
      if (!target) throw new Error(`The supergraph has no routing URL for the ${name} subgraph`);
      routing.set(name, target);
      return new SubgraphDataSource({
        name,
        url: target,
        secret: options.subgraphSecret,
        timeoutMs: options.subgraphTimeouts?.[name] ?? defaultTimeout(name, options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS),
        batchEntities: options.batchEntities,
        connections: options.subgraphConnections,
        concurrency: options.bounds?.subgraphConcurrency,
        maxEntities: options.bounds?.maxEntitiesPerFetch,
        maxAnswerBytes: options.bounds?.maxResponseBytes,
      });
    },
  });
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const armorConfig: GraphQLArmorConfig = {
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    // Tokens are counted by graphql-js's own parser (parseOptions below): armor's token plugin
    // throws from a hook where Apollo turns any error, even a syntax error, into a 500.
    maxTokens: { enabled: false },
    // The cost is the schema's own (demand-control.ts): armor's counts depth, not list sizes.
    costLimit: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: !development },
  };
  const armor = new ApolloArmor(armorConfig).protect();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // Armor's plugins are typed for Apollo's base context; they read nothing of ours.
    plugins: [
      accessPlugin(readAccessPolicy(supergraphSdl)),
      // After access: what is estimated is what will run (refused fields are out of the operation).
      demandControlPlugin(readCostPolicy(supergraphSdl), { maxCost: limits.maxCost, mode: options.costMode ?? 'enforce', development }),
      ...(armor.plugins as ApolloServer<GatewayContext>['internals']['plugins']),
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
      // No cache hints are computed or sent: the gateway's answers are per cart, per actor.
      ApolloServerPluginCacheControlDisabled(),
      variablesPlugin(),
    ],
    formatError: codeClientErrors,
    introspection: options.introspection ?? development,
    // Apollo's CSRF prevention: a GET or a simple POST must carry a header a browser would preflight.
    csrfPrevention: true,
    validationRules: [...armor.validationRules, knownOperationTypes, finiteNumberLiterals],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: development,
    stopOnTerminationSignals: false,
  });
  const corsOrigins = new Set([APOLLO_STUDIO_ORIGIN, ...(options.corsOrigins ?? [])]);
  // The issuer signs admin tokens for the asking: never in production, whoever passes a secret.
  const devIssuerSecret = development ? options.devIssuerSecret : undefined;
  const context = createGatewayContext(createTokenVerifier(options.auth ?? {}), options.subgraphSecret);
  const readiness = async (): Promise<Readiness> => {
    const checks: Record<string, string> = { supergraph: loaded ? 'ok' : 'not loaded' };
    await Promise.all(
      [...routing].map(async ([name, url]) => {
        checks[name] = await healthOf(url);
      }),
    );
    return { ready: Object.values(checks).every((check) => check === 'ok'), checks };
  };
  const limitRate = createRateLimiter({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit }, options.subgraphSecret);
  const preHandle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (answerCors(req, res, development, corsOrigins)) return true;
    if (limitRate(req, res)) return true;
    if (!devIssuerSecret || new URL(req.url ?? '/', 'http://localhost').pathname !== '/auth/token') return false;
    await issueDevelopmentToken(devIssuerSecret, req, res);
    return true;
  };
  return { server, context, readiness, preHandle };
}

/**
 * CORS: Apollo Studio / Sandbox and the configured storefront origins may call the gateway from a
 * browser; in development so may any page served from this machine (http://localhost:3000,
 * http://127.0.0.1:5173, …), never another site. A preflight from another origin is refused (403);
 * a request from one gets no CORS headers, so the browser keeps the answer from the page.
 * Returns true when it answered the request (a preflight).
 */
function answerCors(req: IncomingMessage, res: ServerResponse, development: boolean, origins: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' && (origins.has(origin) || (development && isLoopbackOrigin(origin)));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  res.setHeader('vary', 'Origin');
  if (req.method !== 'OPTIONS') return false;
  req.resume();
  if (!allowed) {
    sendJson(res, 403, { error: `CORS: the origin ${String(origin ?? '(none)')} may not call this gateway; add it to CORS_ORIGINS` });
    return true;
  }
  res.statusCode = 204;
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', CORS_ALLOWED_HEADERS);
  res.setHeader('access-control-max-age', '600');
  res.end();
  return true;
}

/**
 * An operation type the schema does not have (a subscription) is a validation error. graphql-js 16
 * lacks this rule (17 adds it), and the gateway's executor would throw it as a 500.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations`, { nodes: node }));
    }
  },
});

/** Variable errors answered, and the length of each message (a message quotes the value it refuses). */
const MAX_VARIABLE_ERRORS = 20;
const MAX_VARIABLE_ERROR_MESSAGE = 500;
/** Deepest nesting of a variable's value; the subgraphs refuse what they store beyond 64 (kit/input.ts). */
const MAX_VARIABLE_DEPTH = 100;

/** Whether a JSON value nests deeper than `limit`, found without recursion (a 1 MiB body can nest 200,000 levels). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

const badVariables = (messages: string[]): GraphQLResponse => ({
  http: { status: 400, headers: new HeaderMap() },
  body: {
    kind: 'single',
    singleResult: {
      errors: messages.map((message) => formatted(badUserInput(message.length > MAX_VARIABLE_ERROR_MESSAGE ? `${message.slice(0, MAX_VARIABLE_ERROR_MESSAGE)}…` : message))),
    },
  },
});

/**
 * Coerces the variables before Apollo Gateway does: it calls graphql-js without an error limit, and
 * each error quotes the whole refused value, so an input object with n unknown fields costs n² (4,000
 * unknown fields, a 78 KB request, took 10 s and answered 312 MB). Here at most MAX_VARIABLE_ERRORS
 * errors, each cut short, as the same 400 BAD_USER_INPUT answer. Values nested absurdly deep are
 * refused first: the gateway's own handling of them is recursive (a 10,000-level JSON value overflowed
 * its stack while it sent the request on, reported as the subgraph being unavailable).
 */
function variablesPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, operation, request }) {
          if (!operation?.variableDefinitions?.length) return null;
          if (nestsDeeperThan(request.variables, MAX_VARIABLE_DEPTH)) return badVariables([`A variable's value is nested more than ${MAX_VARIABLE_DEPTH} levels deep`]);
          const { errors } = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
          return errors?.length ? badVariables(errors.map((error) => error.message)) : null;
        },
      };
    },
  };
}

/**
 * A number literal beyond a double (`1e400`, 400 digits) in a JSON or BigNumber argument: the query
 * planner reads literals as JS numbers and cannot print Infinity back for the subgraph (a 500).
 */
const finiteNumberLiterals: ValidationRule = (context) => {
  const check = (node: IntValueNode | FloatValueNode) => {
    if (!Number.isFinite(Number(node.value))) {
      context.reportError(new GraphQLError(`The number ${node.value.slice(0, 32)}${node.value.length > 32 ? '…' : ''} is out of range: send large amounts as strings`, { nodes: node }));
    }
  };
  return { IntValue: check, FloatValue: check };
};

/**
 * Apollo refuses some requests itself without a code (an unsupported or mismatched persisted query,
 * HTTP 400), and its formatter then labels them INTERNAL_SERVER_ERROR: they are the client's, BAD_REQUEST.
 */
function codeClientErrors(answered: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const status = error instanceof GraphQLError ? statusOf(error) : undefined;
  if (answered.extensions?.code !== ErrorCode.InternalServerError || status === undefined || status < 400 || status >= 500) return answered;
  return { ...answered, extensions: { ...answered.extensions, ...formatted(badRequest(answered.message)).extensions } };
}

/**
 * `POST /auth/token` `{ "actor_type": "customer" | "user", "actor_id": "…" }` → `{ "token": "…" }`.
 * It signs admin tokens for whoever asks, so it answers this machine only (kit/loopback.ts): a
 * development gateway bound to a public interface or behind a proxy gives no one else a token.
 */
async function issueDevelopmentToken(secret: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refusal = notFromThisMachine({ remoteAddress: req.socket.remoteAddress, headers: req.headers });
  if (refusal) {
    req.resume();
    sendJson(res, 403, { error: `The development token issuer refused this request: ${refusal}` });
    return;
  }
  if (req.method !== 'POST') {
    req.resume();
    sendJson(res, 405, { error: 'POST a JSON body { "actor_type": "customer" | "user", "actor_id": "…" } to get a token' });
    return;
  }
  const body = await readBody(req, 4096);
  let claims: Partial<TokenClaims> = {};
  try {
    claims = body === tooLarge ? {} : (JSON.parse(body) as Partial<TokenClaims>);
  } catch {
    // Answered below as a bad request.
  }
  if ((claims.actor_type !== 'customer' && claims.actor_type !== 'user') || typeof claims.actor_id !== 'string' || !/^[\w-]{1,100}$/.test(claims.actor_id)) {
    sendJson(res, 400, { error: 'The body must be JSON { "actor_type": "customer" | "user", "actor_id": "<id>" }' });
    return;
  }
  sendJson(res, 200, { token: await issueToken({ actor_type: claims.actor_type, actor_id: claims.actor_id }, secret) });
}

/** A subgraph's liveness, from its /health next to its /graphql. */
async function healthOf(graphqlUrl: string): Promise<string> {
  try {
    const response = await fetch(new URL('/health', graphqlUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok ? 'ok' : `HTTP ${response.status}`;
  } catch (error) {
    return `unreachable (${(error as Error).message})`;
  }
}

/** Serves a built gateway over HTTP (GraphQL at /graphql, /health, /ready), within `limits` (default GATEWAY_HTTP_LIMITS). */
export function serveGateway(gateway: BuiltGateway, port: number, host?: string, limits: HttpLimits = GATEWAY_HTTP_LIMITS): Promise<RunningServer> {
  return serve(gateway.server, {
    name: 'gateway',
    port,
    host,
    limits,
    context: gateway.context,
    readiness: gateway.readiness,
    preHandle: gateway.preHandle,
    logRequests: 'info',
    logFields: (context) => (context.cost ? { cost_estimated: context.cost.estimated, cost_actual: context.cost.actual } : {}),
  });
}
