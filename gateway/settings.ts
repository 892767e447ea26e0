import type { AuthSettings } from '../kit/auth';
import { durationSetting, positiveIntegerSetting, subgraphUrlVariable } from '../kit/config';
import { isDevelopment } from '../kit/mode';
import { DEFAULT_LIMITS, type GatewayLimits, type GatewayOptions } from './server';

/**
 * The gateway's settings from the environment:
 * - JWT_SECRET (HS256, Medusa's `jwtSecret`) or JWT_JWKS_URL; JWT_ISSUER, JWT_AUDIENCE when tokens carry them;
 *   JWT_MAX_AGE, the oldest token accepted after its `iat` (default 1d).
 * - SUBGRAPH_TIMEOUT_MS (default 10000); SUBGRAPH_<NAME>_TIMEOUT_MS for one subgraph.
 * - GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES, GATEWAY_MAX_TOKENS, GATEWAY_MAX_COST, GATEWAY_MAX_DIRECTIVES.
 * - GATEWAY_BATCH_ENTITIES=false: no batching of entity fetches across concurrent requests.
 * - GATEWAY_SUBGRAPH_CONNECTIONS: open connections to one subgraph at most (default 256).
 * - NODE_ENV: development (Sandbox, introspection, query plans, CORS for local origins) only when it is
 *   unset or `development` (kit/mode.ts); any other value is production. CORS_ORIGINS (comma-separated,
 *   e.g. `https://shop.example.com`) are allowed in both. GRAPHQL_INTROSPECTION=true|false overrides.
 */
export function readGatewaySettings(
  subgraphNames: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Pick<GatewayOptions, 'auth' | 'subgraphTimeoutMs' | 'subgraphTimeouts' | 'limits' | 'development' | 'introspection' | 'corsOrigins' | 'batchEntities' | 'subgraphConnections' | 'costMode' | 'bounds' | 'rateLimit'> {
  const auth: AuthSettings = {
    jwtSecret: env.JWT_SECRET || undefined,
    jwksUrl: env.JWT_JWKS_URL || undefined,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    maxAgeSeconds: env.JWT_MAX_AGE ? durationSetting(env.JWT_MAX_AGE, 'JWT_MAX_AGE') : undefined,
  };
  if (auth.jwksUrl && !/^https?:\/\/\S+$/.test(auth.jwksUrl)) throw new Error(`JWT_JWKS_URL must be an http(s) URL, got "${auth.jwksUrl}"`);
  const subgraphTimeouts: Record<string, number> = {};
  for (const name of subgraphNames) {
    const variable = subgraphUrlVariable(name).replace(/_URL$/, '_TIMEOUT_MS');
    const value = env[variable];
    if (value) subgraphTimeouts[name] = positiveInteger(value, variable);
  }
  const limits: Partial<GatewayLimits> = {};
  const limitVariables: Record<keyof GatewayLimits, string> = {
    maxDepth: 'GATEWAY_MAX_DEPTH',
    maxAliases: 'GATEWAY_MAX_ALIASES',
    maxTokens: 'GATEWAY_MAX_TOKENS',
    maxCost: 'GATEWAY_MAX_COST',
    maxDirectives: 'GATEWAY_MAX_DIRECTIVES',
  };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof GatewayLimits)[]) {
    const value = env[limitVariables[key]];
    if (value) limits[key] = positiveInteger(value, limitVariables[key]);
  }
  const introspection = env.GRAPHQL_INTROSPECTION;
  if (introspection && introspection !== 'true' && introspection !== 'false') {
    throw new Error(`GRAPHQL_INTROSPECTION must be true or false, got "${introspection}"`);
  }
  const corsOrigins = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`CORS_ORIGINS must list origins like https://shop.example.com, got "${origin}"`);
  }
  const batch = env.GATEWAY_BATCH_ENTITIES;
  if (batch && batch !== 'true' && batch !== 'false') throw new Error(`GATEWAY_BATCH_ENTITIES must be true or false, got "${batch}"`);
  const costMode = env.GATEWAY_COST_MODE;
  if (costMode && costMode !== 'enforce' && costMode !== 'measure') throw new Error(`GATEWAY_COST_MODE must be enforce or measure, got "${costMode}"`);
  const integer = (name: string, zeroAllowed = false) => {
    const value = env[name];
    if (!value) return undefined;
    const number = Number(value);
    if (!Number.isInteger(number) || number < (zeroAllowed ? 0 : 1)) throw new Error(`${name} must be a whole number of ${zeroAllowed ? '0' : '1'} or more, got "${value}"`);
    return number;
  };
  return {
    bounds: {
      subgraphConcurrency: integer('GATEWAY_SUBGRAPH_CONCURRENCY'),
      maxEntitiesPerFetch: integer('GATEWAY_MAX_ENTITIES_PER_FETCH'),
      maxResponseBytes: integer('GATEWAY_MAX_RESPONSE_BYTES'),
    },
    rateLimit: Object.fromEntries(
      Object.entries({ perSecond: integer('GATEWAY_RATE_LIMIT', true), burst: integer('GATEWAY_RATE_BURST'), trustedProxies: integer('GATEWAY_TRUSTED_PROXIES', true) }).filter(([, value]) => value !== undefined),
    ),
    costMode: costMode === 'enforce' || costMode === 'measure' ? costMode : undefined,
    batchEntities: batch ? batch === 'true' : undefined,
    subgraphConnections: env.GATEWAY_SUBGRAPH_CONNECTIONS ? positiveIntegerSetting(env.GATEWAY_SUBGRAPH_CONNECTIONS, 'GATEWAY_SUBGRAPH_CONNECTIONS') : undefined,
    development: isDevelopment(env),
    introspection: introspection ? introspection === 'true' : undefined,
    corsOrigins,
    auth,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS ? positiveInteger(env.SUBGRAPH_TIMEOUT_MS, 'SUBGRAPH_TIMEOUT_MS') : undefined,
    subgraphTimeouts,
    limits,
  };
}

function positiveInteger(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return number;
}

/**
 * Node's flags for a gateway process, wherever it is started (npm run gateway, the Dockerfile's
 * compose service, the benchmark):
 * - a cap on V8's old space (GATEWAY_HEAP_MB, MiB). Under load V8 otherwise lets short-lived
 *   answers pile up toward its default limit (the RSS reached 430–520 MB); with the cap it collects
 *   sooner and the process stays near 200 MB, at no measured cost in CPU per request.
 * - a larger young generation (GATEWAY_SEMI_SPACE_MB, MiB per semi-space; V8's default grows to
 *   16). A request's subgraph answers and merged result live for tens of milliseconds: with 16 MB
 *   they outlive two scavenges, are promoted and die in old space. With 32 MB, measured on the
 *   50-cart list page under load: gateway CPU per request 8.06 -> 7.4 ms, peak RSS 206 -> 234 MB;
 *   64 MB saves more CPU (6.6 ms) but reaches 292 MB.
 */
export const DEFAULT_GATEWAY_HEAP_MB = 224;
export const DEFAULT_GATEWAY_SEMI_SPACE_MB = 32;

export function gatewayNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  const heap = env.GATEWAY_HEAP_MB ? positiveInteger(env.GATEWAY_HEAP_MB, 'GATEWAY_HEAP_MB') : DEFAULT_GATEWAY_HEAP_MB;
  const semiSpace = env.GATEWAY_SEMI_SPACE_MB ? positiveInteger(env.GATEWAY_SEMI_SPACE_MB, 'GATEWAY_SEMI_SPACE_MB') : DEFAULT_GATEWAY_SEMI_SPACE_MB;
  return [`--max-old-space-size=${heap}`, `--max-semi-space-size=${semiSpace}`];
}
