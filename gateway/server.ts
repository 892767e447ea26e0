import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloGateway } from '@apollo/gateway';
import { createTokenVerifier, type AuthSettings } from '../kit/auth';
import { DEFAULT_CONFIG } from '../kit/config';
import type { Readiness } from '../kit/http';
import { projectPath } from '../kit/paths';
import { declareEnforcedFeatures, readAccessPolicy } from './access-policy';
import { createGatewayContext, type GatewayContext } from './context';
import { readCostPolicy } from './cost';
import { accessPlugin } from './plugins/access';
import { codeClientErrors } from './plugins/client-error-codes';
import { createCors } from './plugins/cors';
import { DEFAULT_MAX_COST, demandControlPlugin } from './plugins/demand-control';
import { createDevelopmentTokenIssuer } from './plugins/development-token-issuer';
import { finiteNumberLiterals } from './plugins/finite-number-literals';
import { knownOperationTypes } from './plugins/known-operation-types';
import { operationLimits, type OperationLimits } from './plugins/operation-limits';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitSettings } from './plugins/rate-limit';
import { subgraphReadiness } from './plugins/readiness';
import { createScalarSpecifications } from './plugins/scalar-specifications';
import { trustedDocumentsPlugin, type TrustedDocumentsSettings } from './plugins/trusted-documents';
import { loadTrustedDocuments } from './trusted-documents';
import { variableLimitsPlugin } from './plugins/variable-limits';
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
  /** Demand bounds that hold whatever the estimate (GATEWAY_SUBGRAPH_CONCURRENCY, GATEWAY_MAX_ENTITIES_PER_FETCH, GATEWAY_MAX_ENTITIES_PER_BATCH, GATEWAY_MAX_RESPONSE_BYTES). */
  bounds?: {
    subgraphConcurrency?: number;
    maxEntitiesPerFetch?: number;
    maxEntitiesPerBatch?: number;
    maxResponseBytes?: number;
  };
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
  /**
   * Trusted documents: the manifests to load (GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS), what to do with
   * other operations (default `off`: run them), and how often the files are looked at for a change.
   */
  trustedDocuments?: Partial<TrustedDocumentsSettings> & { manifests?: readonly string[]; reloadIntervalMs?: number };
}

/** What a single operation may ask for, checked before it is planned (graphql-armor, and the cost). */
export interface GatewayLimits extends OperationLimits {
  /** The most an operation may be estimated to cost by the schema's `@cost` / `@listSize` declarations (gateway/cost.ts). */
  maxCost: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: DEFAULT_CONFIG.GATEWAY_MAX_DEPTH,
  maxAliases: DEFAULT_CONFIG.GATEWAY_MAX_ALIASES,
  maxTokens: DEFAULT_CONFIG.GATEWAY_MAX_TOKENS,
  maxCost: DEFAULT_MAX_COST,
  maxDirectives: DEFAULT_CONFIG.GATEWAY_MAX_DIRECTIVES,
};

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = DEFAULT_CONFIG.SUBGRAPH_TIMEOUT_MS;

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
  /** Routes the gateway answers itself, before GraphQL (CORS preflights, the rate limit, the development issuer). */
  preHandle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

/**
 * Builds the gateway's Apollo Server on a static, composed supergraph, from its plugins
 * (gateway/plugins/); it does not listen (gateway/serve.ts does).
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
        timeoutMs:
          options.subgraphTimeouts?.[name] ??
          defaultTimeout(name, options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS),
        batchEntities: options.batchEntities,
        connections: options.subgraphConnections,
        concurrency: options.bounds?.subgraphConcurrency,
        maxEntities: options.bounds?.maxEntitiesPerFetch,
        maxEntitiesPerBatch: options.bounds?.maxEntitiesPerBatch,
        maxAnswerBytes: options.bounds?.maxResponseBytes,
      });
    },
  });
  gateway.onSchemaLoadOrUpdate(() => {
    loaded = true;
  });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const armored = operationLimits(limits, development);
  const trusted = options.trustedDocuments ?? {};
  const trustedDocuments = loadTrustedDocuments(trusted.manifests ?? [], trusted.reloadIntervalMs);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      // First: it chooses the text every other plugin sees, and its refusal is the one answered.
      trustedDocumentsPlugin(trustedDocuments, {
        mode: trusted.mode ?? 'off',
        allowKnownText: trusted.allowKnownText ?? false,
        allowAdmin: trusted.allowAdmin ?? false,
      }),
      accessPlugin(readAccessPolicy(supergraphSdl)),
      // After access: what is estimated is what will run (refused fields are out of the operation).
      demandControlPlugin(readCostPolicy(supergraphSdl), {
        maxCost: limits.maxCost,
        mode: options.costMode ?? 'enforce',
        development,
      }),
      ...armored.plugins,
      development
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      // No cache hints are computed or sent: the gateway's answers are per cart, per actor.
      ApolloServerPluginCacheControlDisabled(),
      variableLimitsPlugin(),
    ],
    formatError: codeClientErrors,
    introspection: options.introspection ?? development,
    // Apollo's CSRF prevention: a GET or a simple POST must carry a header a browser would preflight.
    csrfPrevention: true,
    validationRules: [...armored.validationRules, knownOperationTypes, finiteNumberLiterals],
    parseOptions: armored.parseOptions,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: development,
    stopOnTerminationSignals: false,
  });
  const answerCors = createCors(options.corsOrigins ?? [], development);
  const limitRate = createRateLimiter({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit }, options.subgraphSecret);
  // The issuer signs admin tokens for the asking: never in production, whoever passes a secret.
  const issueDevelopmentToken =
    development && options.devIssuerSecret ? createDevelopmentTokenIssuer(options.devIssuerSecret) : undefined;
  const answerScalarSpecifications = createScalarSpecifications();
  const preHandle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (answerCors(req, res)) return true;
    if (limitRate(req, res)) return true;
    if (answerScalarSpecifications(req, res)) return true;
    return issueDevelopmentToken ? issueDevelopmentToken(req, res) : false;
  };
  const context = createGatewayContext(createTokenVerifier(options.auth ?? {}), options.subgraphSecret);
  return { server, context, readiness: subgraphReadiness(routing, () => loaded), preHandle };
}
