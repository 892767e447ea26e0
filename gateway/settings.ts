import type { Config } from '../kit/config';
import { isDevelopment } from '../kit/mode';
import type { GatewayOptions } from './server';

/**
 * The gateway's options from the configuration (kit/config.ts): tokens, time limits, abuse limits,
 * demand bounds, the rate limit, development or production, CORS, trusted documents. Where it reaches the subgraphs
 * and the secret it sends them are the caller's: `npm run gateway` takes them from the
 * configuration, `npm start` from the subgraphs it starts.
 */
export function gatewayOptions(
  config: Config,
): Required<
  Pick<
    GatewayOptions,
    | 'auth'
    | 'subgraphTimeoutMs'
    | 'subgraphTimeouts'
    | 'limits'
    | 'development'
    | 'corsOrigins'
    | 'batchEntities'
    | 'subgraphConnections'
    | 'costMode'
    | 'bounds'
    | 'rateLimit'
    | 'trustedDocuments'
  >
> &
  Pick<GatewayOptions, 'introspection'> {
  return {
    auth: {
      jwtSecret: config.JWT_SECRET,
      jwksUrl: config.JWT_JWKS_URL,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      maxAgeSeconds: config.JWT_MAX_AGE,
    },
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    subgraphTimeouts: { ...config['SUBGRAPH_<NAME>_TIMEOUT_MS'] },
    limits: {
      maxDepth: config.GATEWAY_MAX_DEPTH,
      maxAliases: config.GATEWAY_MAX_ALIASES,
      maxTokens: config.GATEWAY_MAX_TOKENS,
      maxCost: config.GATEWAY_MAX_COST,
      maxDirectives: config.GATEWAY_MAX_DIRECTIVES,
    },
    bounds: {
      subgraphConcurrency: config.GATEWAY_SUBGRAPH_CONCURRENCY,
      maxEntitiesPerFetch: config.GATEWAY_MAX_ENTITIES_PER_FETCH,
      maxEntitiesPerBatch: config.GATEWAY_MAX_ENTITIES_PER_BATCH,
      maxResponseBytes: config.GATEWAY_MAX_RESPONSE_BYTES,
    },
    rateLimit: {
      perSecond: config.GATEWAY_RATE_LIMIT,
      burst: config.GATEWAY_RATE_BURST,
      trustedProxies: config.GATEWAY_TRUSTED_PROXIES,
    },
    costMode: config.GATEWAY_COST_MODE,
    batchEntities: config.GATEWAY_BATCH_ENTITIES,
    subgraphConnections: config.GATEWAY_SUBGRAPH_CONNECTIONS,
    development: isDevelopment(config.NODE_ENV),
    introspection: config.GRAPHQL_INTROSPECTION,
    corsOrigins: config.CORS_ORIGINS,
    trustedDocuments: {
      manifests: config.GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS,
      // kit/config.ts says why manifests in production mean enforcement.
      mode:
        config.GATEWAY_TRUSTED_DOCUMENTS ??
        (config.GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS.length > 0 && !isDevelopment(config.NODE_ENV) ? 'enforce' : 'off'),
      allowKnownText: config.GATEWAY_TRUSTED_DOCUMENTS_ALLOW_KNOWN_TEXT,
      allowAdmin: config.GATEWAY_TRUSTED_DOCUMENTS_ALLOW_ADMIN,
    },
  };
}

/**
 * Node's flags for a gateway process, wherever it is started (npm run gateway, the Dockerfile's
 * compose service, the benchmark): a cap on V8's old space and a larger young generation
 * (GATEWAY_HEAP_MB, GATEWAY_SEMI_SPACE_MB; kit/config.ts says why).
 */
export function gatewayNodeFlags(config: Pick<Config, 'GATEWAY_HEAP_MB' | 'GATEWAY_SEMI_SPACE_MB'>): string[] {
  return [`--max-old-space-size=${config.GATEWAY_HEAP_MB}`, `--max-semi-space-size=${config.GATEWAY_SEMI_SPACE_MB}`];
}
