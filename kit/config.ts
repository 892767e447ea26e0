import { z } from 'zod';
import { isId } from './ids';

/**
 * Every environment variable the product reads, declared once: what it accepts, its default and
 * what it means. Each entry point (bin/) reads the environment once with `readConfig` and passes
 * the typed `Config` down; no other module reads a setting from process.env. Two exceptions:
 * kit/log.ts reads LOG_LEVEL and LOG_FORMAT itself (through `readLogConfig`, so by the same rules),
 * since every module logs and the logger exists before any entry point has read anything; and
 * kit/tracing.ts starts OpenTelemetry before anything else is loaded, which reads its own OTEL_*
 * variables (and SUBGRAPH, for a subgraph's service name). The README's Configuration table is this
 * declaration, word for word (test/config.test.ts checks it).
 */

/** Variables by name, as process.env has them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** What a variable's accepted values may depend on: the names of the subgraphs. */
interface ReadContext {
  subgraphs: readonly string[];
}

/** How a variable's text becomes its value. */
interface Kind<Value> {
  /** The value's schema, from the variable's text (never empty: an empty variable is unset). */
  schema(context: ReadContext): z.ZodType<Value, string>;
  /** What it accepts, in words: the message refusing a value and the README say it. */
  accepts: string;
  /** A value as the README's default column shows it. */
  show(value: Value): string;
}

/** One variable: its kind, its default (undefined: none) and what it means. */
export interface Variable<Value> {
  kind: Kind<NonNullable<Value>>;
  default: Value;
  /** The default as the README shows it. */
  shownDefault: string;
  meaning: string;
  /** Its value is never repeated in a message: it is, or may hold, a secret. */
  secret: boolean;
}

/** A family of variables, one per subgraph (`SUBGRAPH_<NAME>_URL`): a value by subgraph name, each optional. */
export interface Family<Value> {
  family: true;
  kind: Kind<Value>;
  /** The variable of one subgraph: `SUBGRAPH_SALES_CHANNEL_URL` for `sales-channel`. */
  variable(subgraph: string): string;
  /** Matches every variable of the family, of a subgraph or not. */
  pattern: RegExp;
  shownDefault: string;
  meaning: string;
}

const code = (value: string | number | boolean) => `\`${value}\``;

/** A whole number from `min` (to `max`), of `unit` when it counts one. */
const wholeNumber = (min: number, max?: number, unit?: string): Kind<number> => ({
  schema: () =>
    z
      .string()
      .trim()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(min)
          .max(max ?? Number.MAX_SAFE_INTEGER),
      ),
  accepts: `${max !== undefined ? `a whole number from ${min} to ${max}` : min === 1 ? 'a positive whole number' : `a whole number of ${min} or more`}${unit ? ` of ${unit}` : ''}`,
  show: String,
});

const milliseconds = wholeNumber(1, undefined, 'milliseconds');

const oneOf = <const Values extends readonly [string, ...string[]]>(...values: Values): Kind<Values[number]> => ({
  schema: () => z.enum(values),
  accepts:
    values.length === 1
      ? `${values[0]} (or unset)`
      : values.length === 2
        ? `${values[0]} or ${values[1]}`
        : `one of ${values.join(', ')}`,
  show: code,
});

const trueOrFalse: Kind<boolean> = {
  schema: () => z.enum(['true', 'false']).transform((value) => value === 'true'),
  accepts: 'true or false',
  show: code,
};

const text: Kind<string> = { schema: () => z.string(), accepts: 'any text', show: code };

const hostName: Kind<string> = {
  schema: () => z.string().regex(/^[^\s/]+$/),
  accepts: 'a host name or an IP address',
  show: code,
};

const httpUrl: Kind<string> = {
  schema: () => z.string().refine((value) => /^https?:\/\/\S+$/.test(value) && URL.canParse(value)),
  accepts: 'an http:// or https:// URL',
  show: code,
};

const postgresUrl: Kind<string> = {
  schema: () => z.string().refine((value) => /^postgres(ql)?:\/\/\S+$/.test(value) && URL.canParse(value)),
  accepts: 'a postgres:// or postgresql:// URL',
  show: code,
};

const SECONDS_PER_UNIT: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** Seconds, written as seconds (`86400`) or with a unit as Medusa's `jwtExpiresIn` is (`30m`, `12h`, `1d`). */
const duration: Kind<number> = {
  schema: () =>
    z
      .string()
      .trim()
      .regex(/^\d+\s*[smhd]?$/i)
      .transform((value) => {
        const [, amount, unit] = /^(\d+)\s*([smhd]?)$/i.exec(value)!;
        return Number(amount) * SECONDS_PER_UNIT[(unit || 's').toLowerCase()];
      })
      .pipe(z.number().int().positive().max(Number.MAX_SAFE_INTEGER)),
  accepts: 'a duration such as 1d, 12h, 30m or a number of seconds',
  show: String,
};

/** Browser origins, comma-separated: scheme, host and port, no path. */
const origins: Kind<string[]> = {
  schema: () =>
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/))),
  accepts: 'origins such as https://shop.example.com, comma-separated',
  show: (value) => value.join(', '),
};

const idOf = (prefix: string, entity: string): Kind<string> => ({
  schema: () => z.string().refine((value) => isId(value, prefix)),
  accepts: `${entity} id ("${prefix}_" followed by a 26-character ULID)`,
  show: code,
});

/** Files or directories, comma-separated, each as given (relative: to the working directory). */
const paths: Kind<string[]> = {
  schema: () =>
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((path) => path.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().max(4096)).min(1).max(100)),
  accepts: 'up to 100 files or directories, comma-separated',
  show: (value) => value.join(', '),
};

const subgraphName: Kind<string> = {
  schema: ({ subgraphs }) => z.string().refine((value) => subgraphs.includes(value)),
  accepts: 'the name of a subgraph (cart, order, sales-channel, …)',
  show: code,
};

function setting<Value>(
  kind: Kind<Value>,
  options: { default: NonNullable<Value>; shownDefault?: string; meaning: string },
): Variable<Value> {
  return {
    kind: kind as Kind<NonNullable<Value>>,
    default: options.default,
    shownDefault: options.shownDefault ?? kind.show(options.default),
    meaning: options.meaning,
    secret: false,
  };
}

function optional<Value>(
  kind: Kind<Value>,
  options: { shownDefault?: string; meaning: string; secret?: boolean },
): Variable<Value | undefined> {
  return {
    kind: kind as Kind<NonNullable<Value>>,
    default: undefined,
    shownDefault: options.shownDefault ?? 'unset',
    meaning: options.meaning,
    secret: options.secret ?? false,
  };
}

/** `sales-channel` → `SALES_CHANNEL`, as a subgraph's name appears in its variables. */
function subgraphPart(subgraph: string): string {
  return subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

function perSubgraph<Value>(
  suffix: string,
  kind: Kind<Value>,
  options: { shownDefault: string; meaning: string },
): Family<Value> {
  return {
    family: true,
    kind,
    variable: (subgraph) => `SUBGRAPH_${subgraphPart(subgraph)}_${suffix}`,
    pattern: new RegExp(`^SUBGRAPH_[A-Z0-9_]+_${suffix}$`),
    ...options,
  };
}

/** The declaration, in the README's order. */
export const CONFIGURATION = {
  DATABASE_URL: optional(postgresUrl, { meaning: 'a PostgreSQL server; unset: the embedded PGlite', secret: true }),
  DATA_DIR: optional(text, {
    shownDefault: '`.data/pglite` (`npm run subgraph`: `.data/<name>`)',
    meaning:
      "PGlite's data folder (git-ignored); data survives restarts; one process at a time (a lock file says which)",
  }),
  DATABASE_POOL_SIZE: setting(wholeNumber(1, 1000), {
    default: 10,
    meaning: 'connections per process on a PostgreSQL server',
  }),
  HOST: setting(hostName, { default: '127.0.0.1', meaning: 'interface to bind (`0.0.0.0` in containers)' }),
  PORT: optional(wholeNumber(0, 65535), {
    shownDefault: "4000 / the subgraph's",
    meaning: "port of the process's server (0: any free port)",
  }),
  SUBGRAPH: optional(subgraphName, { meaning: 'the subgraph `npm run subgraph` runs when no name follows it' }),
  'SUBGRAPH_<NAME>_URL': perSubgraph('URL', httpUrl, {
    shownDefault: '`supergraph.yaml`',
    meaning: 'where the gateway (and a subgraph calling another) reaches a subgraph, e.g. `SUBGRAPH_SALES_CHANNEL_URL`',
  }),
  SUBGRAPH_PORTS: optional(oneOf('free'), { meaning: '`npm start` puts the subgraphs on any free ports' }),
  DEFAULT_REGION_ID: optional(idOf('reg', 'a region'), {
    meaning: "the store's default region for `create_cart` (Medusa's store settings); unset: the first region",
  }),
  DEFAULT_SALES_CHANNEL_ID: optional(idOf('sc', 'a sales channel'), {
    meaning: 'the store\'s default sales channel for `create_cart`; unset: the channel named "Default Sales Channel"',
  }),
  DEMO_CARTS: setting(wholeNumber(0), {
    default: 200,
    meaning: 'size of the demo store `npm start` seeds into an empty database',
  }),
  PAGINATION_MAX_SKIP: setting(wholeNumber(1), {
    default: 10000,
    meaning:
      'the deepest `pagination.skip` a list accepts; deeper pages use a cursor (see [Lists](#lists-filters-and-sorting))',
  }),
  SUBGRAPH_SECRET: optional(text, {
    shownDefault: 'unset (`npm start`: a random one)',
    meaning:
      'every subgraph request must carry it in the `x-subgraph-secret` header, which the gateway adds; others get 401 `UNAUTHENTICATED`. Set the same header on another gateway to run the supergraph there. In production the gateway and every subgraph refuse to start without one of 32+ characters that is no published placeholder (`npm start` makes a random one when it is unset)',
    secret: true,
  }),
  GATEWAY_URL: setting(httpUrl, {
    default: 'http://localhost:4000/graphql',
    meaning: 'where a standalone workflows subgraph reads through the gateway',
  }),
  JWT_SECRET: optional(text, {
    shownDefault: 'unset (`npm start` in development: a random one)',
    meaning:
      "the HS256 secret bearer tokens are verified with (Medusa's `jwtSecret`); see [Access](#access). In production the gateway and `npm start` refuse to start without one of 32+ characters that is no published placeholder, unless `JWT_JWKS_URL` is set",
    secret: true,
  }),
  JWT_JWKS_URL: optional(httpUrl, {
    meaning: 'verify tokens of another issuer by its key set instead (only the algorithms its keys declare)',
  }),
  JWT_ISSUER: optional(text, { meaning: 'the `iss` a token must carry' }),
  JWT_AUDIENCE: optional(text, { meaning: 'the `aud` a token must carry' }),
  // Medusa's `jwtExpiresIn` default: a token is accepted for one day after it was issued, whatever its `exp`.
  JWT_MAX_AGE: setting(duration, {
    default: 86_400,
    shownDefault: '`1d`',
    meaning: 'the oldest token accepted, counted from its `iat`',
  }),
  SUBGRAPH_TIMEOUT_MS: setting(milliseconds, {
    default: 10_000,
    meaning:
      'how long the gateway waits for one subgraph request. The workflows get at least 30000 unless `SUBGRAPH_WORKFLOWS_TIMEOUT_MS` is set, longer than any wait for a busy cart',
  }),
  'SUBGRAPH_<NAME>_TIMEOUT_MS': perSubgraph('TIMEOUT_MS', milliseconds, {
    shownDefault: '`SUBGRAPH_TIMEOUT_MS`',
    meaning: 'how long the gateway waits for one request to that subgraph, e.g. `SUBGRAPH_PROMOTION_TIMEOUT_MS`',
  }),
  GATEWAY_MAX_DEPTH: setting(wholeNumber(1), {
    default: 12,
    meaning: 'deepest field nesting of an operation, leaf fields included',
  }),
  GATEWAY_MAX_ALIASES: setting(wholeNumber(1), { default: 30, meaning: 'aliased fields per operation' }),
  GATEWAY_MAX_TOKENS: setting(wholeNumber(1), { default: 5000, meaning: 'lexical tokens per document' }),
  // The cart page is estimated at about 500 and a 50-cart list page of the same selection at about
  // 25,000, so a list page of 100 full carts still passes; three nested lists of 25 (about 350,000) do not.
  GATEWAY_MAX_COST: setting(wholeNumber(1), {
    default: 100_000,
    meaning:
      "the most an operation may be estimated to cost by the schema's declarations (see [Demand control](#demand-control))",
  }),
  GATEWAY_MAX_DIRECTIVES: setting(wholeNumber(1), { default: 50, meaning: 'directives per operation' }),
  GATEWAY_COST_MODE: setting(oneOf('enforce', 'measure'), {
    default: 'enforce',
    meaning: '`measure`: report operations over `GATEWAY_MAX_COST` without refusing them',
  }),
  GATEWAY_MAX_ENTITIES_PER_FETCH: setting(wholeNumber(1), {
    default: 2_000,
    meaning: 'entity representations one fetch may ask a subgraph for',
  }),
  GATEWAY_MAX_RESPONSE_BYTES: setting(wholeNumber(1, undefined, 'bytes'), {
    default: 16 * 1024 * 1024,
    meaning: 'bytes of subgraph answers one client request may receive in all',
  }),
  GATEWAY_SUBGRAPH_CONCURRENCY: setting(wholeNumber(1), {
    default: 64,
    meaning: 'requests in flight to one subgraph per gateway process; more wait their turn, in order',
  }),
  GATEWAY_RATE_LIMIT: setting(wholeNumber(0), { default: 50, meaning: 'requests per second per client (0: no limit)' }),
  GATEWAY_RATE_BURST: setting(wholeNumber(1), {
    default: 100,
    meaning: 'requests a client may send at once, above that pace',
  }),
  GATEWAY_TRUSTED_PROXIES: setting(wholeNumber(0), {
    default: 0,
    meaning: 'proxy hops whose `X-Forwarded-For` names the client',
  }),
  // Enforcement follows from deploying manifests in production: giving them is the operator saying
  // which operations the storefronts run, and refusing the rest is then the safe reading. In
  // development nothing is refused (Sandbox and ad-hoc queries), though known hashes still answer.
  GATEWAY_TRUSTED_DOCUMENTS: optional(oneOf('off', 'log', 'enforce'), {
    shownDefault: '`enforce` in production when manifests are given, else `off`',
    meaning:
      "trusted documents (see [Trusted documents](#trusted-documents)): `enforce` runs only operations sent by the hash of a manifest's document; `log` runs any but logs each that is not a manifest's; `off` runs any (hashes of the manifests answer in every mode)",
  }),
  GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: setting(paths, {
    default: [],
    shownDefault: "unset (`npm start` in development: the storefront example's)",
    meaning:
      "persisted-documents manifests (graphql-codegen's `persisted-documents.json`, or an Apollo persisted query manifest), files or directories of `.json` files; reloaded when they change",
  }),
  GATEWAY_TRUSTED_DOCUMENTS_ALLOW_KNOWN_TEXT: setting(trueOrFalse, {
    default: false,
    meaning: "under `enforce`, also run an operation sent as text when the text is a manifest's document",
  }),
  GATEWAY_TRUSTED_DOCUMENTS_ALLOW_ADMIN: setting(trueOrFalse, {
    default: false,
    meaning: "under `enforce`, let an admin user's token run any operation (admin tools, the Explorer)",
  }),
  // Under load V8 otherwise lets short-lived answers pile up toward its default limit (the RSS reached
  // 430–520 MB); with the cap it collects sooner and the process stays near 200 MB, at no measured
  // cost in CPU per request.
  GATEWAY_HEAP_MB: setting(wholeNumber(1, undefined, 'MiB'), {
    default: 224,
    meaning:
      'V8 old-space cap of a gateway process (`npm run gateway`, docker-compose): keeps it near 200 MB under load',
  }),
  // A request's subgraph answers and merged result live for tens of milliseconds: with V8's 16 MB
  // they outlive two scavenges, are promoted and die in old space. With 32 MB, measured on the
  // 50-cart list page under load: gateway CPU per request 8.06 -> 7.4 ms, peak RSS 206 -> 234 MB;
  // 64 MB saves more CPU (6.6 ms) but reaches 292 MB.
  GATEWAY_SEMI_SPACE_MB: setting(wholeNumber(1, undefined, 'MiB'), {
    default: 32,
    meaning:
      "V8 semi-space size of a gateway process: requests' short-lived data dies young instead of in old space (less GC per request, about 30 MB more RSS)",
  }),
  GATEWAY_WORKERS: setting(wholeNumber(1), {
    default: 1,
    meaning: 'gateway processes sharing the port (`npm run gateway`), for cores the gateway would leave idle',
  }),
  GATEWAY_BATCH_ENTITIES: setting(trueOrFalse, {
    default: true,
    meaning:
      'batch entity fetches to a subgraph: those of one plan (as aliased `_entities` fields of one request) and those of concurrent client requests',
  }),
  // Above a 50-cart list page's largest batch (about 200 representations: it stays one request per
  // subgraph and level), and well below the size at which one request and its SQL statement would
  // be the slow one of a page (a 200-cart page's largest batch, about 800, goes as two).
  GATEWAY_MAX_ENTITIES_PER_BATCH: setting(wholeNumber(1), {
    default: 500,
    meaning:
      'entity representations one batched subgraph request carries at most; a batch or a fetch over it goes as several requests',
  }),
  WORKFLOWS_INSTANCE: optional(text, {
    shownDefault: '`<host>:<port>`',
    meaning:
      "the workflows process's stable name among those sharing a database: restarted under the same name, it takes up its earlier unfinished runs at once (two processes on one host and database need different names or ports)",
  }),
  WORKFLOW_LEASE_TTL_MS: setting(milliseconds, {
    default: 15_000,
    meaning:
      "how long a workflow run stays held when its process stops renewing it: how soon another process takes over a dead one's run",
  }),
  WORKFLOW_LOCK_WAIT_MS: setting(milliseconds, {
    default: 2_000,
    meaning: "how long a mutation waits for its cart's previous run before answering `CONFLICT` with a retry hint",
  }),
  WORKFLOW_RECOVERY_INTERVAL_MS: optional(milliseconds, {
    shownDefault: 'half the lease',
    meaning: 'how often a workflows process looks for runs a dead one left (it also does at start-up)',
  }),
  NODE_ENV: optional(text, {
    shownDefault: 'unset (development)',
    meaning:
      "unset, empty or `development`: development (Sandbox, introspection, query plans, stack traces, the development token issuer and CORS for this machine's pages). Any other value (`production`, `staging`, `test`, …): production, with none of these, CORS only for Apollo Studio and `CORS_ORIGINS`, and the secrets checked at start",
  }),
  CORS_ORIGINS: setting(origins, {
    default: [],
    shownDefault: 'unset',
    meaning: 'storefront origins allowed to call the gateway from a browser',
  }),
  GRAPHQL_INTROSPECTION: optional(trueOrFalse, { shownDefault: 'by `NODE_ENV`', meaning: 'overrides the mode' }),
  HTTP_HEADERS_TIMEOUT_MS: setting(milliseconds, {
    default: 10_000,
    meaning: "every server: time to receive a request's headers; then 408 and the connection closed",
  }),
  HTTP_REQUEST_TIMEOUT_MS: setting(milliseconds, {
    default: 30_000,
    meaning:
      'every server: time to receive a whole request, body included (not the answer); at least `HTTP_HEADERS_TIMEOUT_MS`',
  }),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: setting(milliseconds, {
    default: 5_000,
    meaning:
      "every server: how long an idle keep-alive connection stays open; behind a load balancer, make it longer than the balancer's idle timeout",
  }),
  HTTP_MAX_CONNECTIONS: setting(wholeNumber(1), {
    default: 1_024,
    meaning: 'open connections the gateway accepts (per process); one more is closed at once',
  }),
  SUBGRAPH_HTTP_MAX_CONNECTIONS: setting(wholeNumber(1), {
    default: 4_096,
    meaning: 'open connections a subgraph accepts; keep it above gateway processes × `GATEWAY_SUBGRAPH_CONNECTIONS`',
  }),
  // Bounded here, a burst of client requests queues for a connection instead of opening ones the
  // subgraph would refuse over SUBGRAPH_HTTP_MAX_CONNECTIONS: 16 gateway processes fit under it.
  GATEWAY_SUBGRAPH_CONNECTIONS: setting(wholeNumber(1), {
    default: 256,
    meaning: 'open connections a gateway process keeps to one subgraph at most; more requests wait for one',
  }),
  LOG_LEVEL: setting(oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'), {
    default: 'info',
    meaning: 'pino level: `debug` adds a line per subgraph request, `silent` none',
  }),
  LOG_FORMAT: setting(oneOf('json', 'pretty'), {
    default: 'json',
    shownDefault: '`json` (`npm start`: `pretty`)',
    meaning:
      '`json`: one JSON object per line (`time`, `level`, `scope`, `msg`, `request_id`); `pretty`: `[scope] message key=value`',
  }),
};

type Declaration = typeof CONFIGURATION;
export type VariableName = keyof Declaration;

type ValueOf<Declared> =
  Declared extends Family<infer Value>
    ? Readonly<Record<string, Value>>
    : Declared extends Variable<infer Value>
      ? Value
      : never;

/** The product's configuration, by variable name, each value of its declared type and defaulted. */
export type Config = { readonly [Name in VariableName]: ValueOf<Declaration[Name]> };

/** Values that break a rule between variables, each named with what it must be. */
const RULES: ((config: Partial<Config>) => string | undefined)[] = [
  ({ GATEWAY_TRUSTED_DOCUMENTS: mode, GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: manifests }) =>
    mode === 'enforce' && manifests !== undefined && manifests.length === 0
      ? 'GATEWAY_TRUSTED_DOCUMENTS=enforce needs GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: without a manifest every operation would be refused'
      : undefined,
  ({ HTTP_HEADERS_TIMEOUT_MS: headers, HTTP_REQUEST_TIMEOUT_MS: request }) =>
    headers !== undefined && request !== undefined && headers > request
      ? `HTTP_HEADERS_TIMEOUT_MS (${headers}) must not be longer than HTTP_REQUEST_TIMEOUT_MS (${request}): the headers are part of the request`
      : undefined,
];

/** Every wrong setting found in one reading, each naming its variable and what it accepts. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? problems[0]
        : `${problems.length} settings are wrong:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

export interface ReadOptions {
  /** The subgraphs' names (`cart`, `sales-channel`, …): the variables of one subgraph must name one of them. */
  subgraphs: readonly string[];
  /**
   * The entry point's own requirements of the values read (the secrets production needs): more
   * problems, listed with the others. It gets every value that was read correctly.
   */
  check?: (config: Partial<Config>) => readonly string[];
}

/**
 * Reads and checks every declared variable. Unset or empty is the default. Any wrong value throws
 * a ConfigError listing each of them, e.g. `DATABASE_POOL_SIZE must be a whole number from 1 to
 * 1000, got "abc"`.
 */
export function readConfig(env: Environment, options: ReadOptions): Config {
  const context: ReadContext = { subgraphs: options.subgraphs };
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, declared] of Object.entries(CONFIGURATION) as [
    VariableName,
    Variable<unknown> | Family<unknown>,
  ][]) {
    if ('family' in declared) {
      const byName: Record<string, unknown> = {};
      for (const variable of Object.keys(env)
        .filter((key) => declared.pattern.test(key))
        .sort()) {
        const given = present(env[variable]);
        if (given === undefined) continue;
        const subgraph = options.subgraphs.find((candidate) => declared.variable(candidate) === variable);
        if (subgraph === undefined) {
          problems.push(`${variable} names no subgraph: the subgraphs are ${options.subgraphs.join(', ')}`);
          continue;
        }
        const parsed = declared.kind.schema(context).safeParse(given);
        if (parsed.success) byName[subgraph] = parsed.data;
        else problems.push(refusal(variable, declared.kind.accepts, given, false));
      }
      values[name] = byName;
      continue;
    }
    const given = present(env[name]);
    if (given === undefined) {
      values[name] = declared.default;
      continue;
    }
    const parsed = declared.kind.schema(context).safeParse(given);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(refusal(name, declared.kind.accepts, given, declared.secret));
  }
  // The values that were read are all of their declared types; those missing were refused above.
  const read = values as Partial<Config>;
  for (const rule of RULES) {
    const problem = rule(read);
    if (problem) problems.push(problem);
  }
  problems.push(...(options.check?.(read) ?? []));
  if (problems.length > 0) throw new ConfigError(problems);
  return values as Config;
}

/** Every variable at its default, as when none is set: what the product's functions use when a caller passes nothing. */
export const DEFAULT_CONFIG: Config = readConfig({}, { subgraphs: [] });

/** LOG_LEVEL and LOG_FORMAT for the logger, which is made before an entry point has read the rest: a wrong value is left to the entry point to refuse. */
export function readLogConfig(env: Environment): Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'> {
  const level = CONFIGURATION.LOG_LEVEL.kind.schema({ subgraphs: [] }).safeParse(present(env.LOG_LEVEL));
  const format = CONFIGURATION.LOG_FORMAT.kind.schema({ subgraphs: [] }).safeParse(present(env.LOG_FORMAT));
  return {
    LOG_LEVEL: level.success ? level.data : DEFAULT_CONFIG.LOG_LEVEL,
    LOG_FORMAT: format.success ? format.data : DEFAULT_CONFIG.LOG_FORMAT,
  };
}

/** The variable of one subgraph's routing URL: `sales-channel` → `SUBGRAPH_SALES_CHANNEL_URL`. */
export function subgraphUrlVariable(subgraph: string): string {
  return CONFIGURATION['SUBGRAPH_<NAME>_URL'].variable(subgraph);
}

/** Unset and empty are the same: no value. */
function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function refusal(variable: string, accepts: string, given: string, secret: boolean): string {
  if (secret) return `${variable} must be ${accepts} (its value is not repeated here: it may hold a secret)`;
  return `${variable} must be ${accepts}, got "${given.length > 100 ? `${given.slice(0, 100)}…` : given}"`;
}
