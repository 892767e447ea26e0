import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { logError } from './log';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';
import type { Config } from './config';
import type { Database } from './database';
import { ErrorCode } from './errors';
import type { Model } from './model';
import type { Migration } from './migrate';
import { serve, SUBGRAPH_HTTP_LIMITS, type HttpLimits, type Readiness, type RunningServer } from './http';
import { scalarResolvers } from './scalars';
import { actorFromHeaders, type Actor } from './auth';
import { expandTypeAccess } from './access';
import { entityResolvers, mergeResolvers } from './entities';
import { writeResolvers, type WriteRule } from './writes';
import { isDevelopment } from './mode';
import { pageMetadata, setMaxSkip, type ListResult } from './sql';

/** The client's key for a mutation retried after a lost answer (as Stripe's API takes it). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** What a subgraph knows of the request it serves, from the gateway's headers. */
export interface RequestInfo {
  /** Who the gateway verified (anonymous without a token; `system` for the product's own calls). */
  actor: Actor;
  /** The gateway's id of the client request, for the logs. */
  requestId: string;
  /** The client's Idempotency-Key header, which the gateway passes on to the workflows. */
  idempotencyKey?: string;
}

/** What a module hands to the kit to become a subgraph. */
export interface SubgraphModule<Context extends BaseContext = BaseContext> {
  /** Subgraph name, also its docker-compose service and its SUBGRAPH_<NAME>_URL: `cart`, `sales-channel`, … */
  name: string;
  /** Its own Postgres schema. */
  dbSchema: string;
  /**
   * Default port, declared here only: supergraph.yaml, docker-compose.yml and the Dockerfile's
   * EXPOSE are generated from it by `npm run compose` (bin/deployment.ts).
   */
  port: number;
  /** `schema.graphql`, relative to the repository root. */
  schemaFile: string;
  /** Its migrations, in order (most modules read them from a `migrations/` folder). */
  migrations(): Migration[];
  /** Its tables, declared once (`models.ts`); the migrations are checked against them. */
  models?: Record<string, Model>;
  /** Its own rules on the writes derived from `models` (kit/writes.ts), by mutation name: a region's countries. */
  writeRules?: Record<string, WriteRule>;
  /** The module's resolvers, typed by its generated `Resolvers` type. */
  resolvers: object;
  /** A fresh context per request: its stores and DataLoaders (and the request's actor, where rules need it). */
  createContext(db: Database, services: SubgraphServices): (request: RequestInfo) => Promise<Context>;
}

/** What a subgraph may need beyond its database: where the other subgraphs are, and the configuration. */
export interface SubgraphServices {
  /** The configuration its entry point read (development or production, the workflows' settings, …). */
  config: Config;
  /** The GraphQL URL of another subgraph, by name (`payment`, `sales-channel`, …). */
  subgraphUrl(name: string): string;
  /** The gateway's GraphQL URL: the workflows read across modules through it, as Medusa's Query. */
  gatewayUrl(): string;
  /** Headers a call to another subgraph or the gateway carries: the shared secret, and the `system` actor. */
  subgraphHeaders(): Record<string, string>;
  /**
   * A stable name for this process where one is known (`<host>:<port>` of a fixed port): the
   * workflows take up the runs of an earlier incarnation of the same instance at once on a restart.
   */
  instance?: string;
}

/** Requests this subgraph has served, for tests and benchmarks (exact counts, not timings). */
export interface SubgraphStats {
  requests: number;
}

export interface BuiltSubgraph<Context extends BaseContext> {
  name: string;
  server: ApolloServer<Context>;
  context: (request: RequestInfo) => Promise<Context>;
  stats: SubgraphStats;
  /** Ready when its database answers. */
  readiness(): Promise<Readiness>;
}

/** The subgraph's schema file, with its type-level access declarations copied onto their fields (kit/access.ts). */
export function loadTypeDefs(schemaFile: string) {
  return expandTypeAccess(parse(readFileSync(schemaFile, 'utf8')));
}

/**
 * Every `…List { data, metadata }` type of a schema is a page of a list (kit/sql.ts `ListResult`):
 * its rows and its metadata, with the count run only when selected. A module resolves such a type
 * itself only when its list is something else.
 */
function listResolvers(
  typeDefs: DocumentNode,
): Record<string, { data: (list: ListResult<unknown>) => unknown[]; metadata: typeof pageMetadata }> {
  const lists = typeDefs.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      definition.name.value.endsWith('List') &&
      ['data', 'metadata'].every((field) => definition.fields?.some((candidate) => candidate.name.value === field)),
  );
  return Object.fromEntries(
    lists.map((list) => [list.name.value, { data: (page: ListResult<unknown>) => page.rows, metadata: pageMetadata }]),
  );
}

/** Builds the subgraph's Apollo Server from its schema file and resolvers; it does not listen. */
/** PostgreSQL's numeric_value_out_of_range. */
const NUMBER_OUT_OF_RANGE = '22003';

export function buildSubgraph<Context extends BaseContext>(
  module: SubgraphModule<Context>,
  db: Database,
  schemaPath: string,
  services: SubgraphServices,
  /** Counters to continue (a subgraph restarted in the same process). */
  stats: SubgraphStats = { requests: 0 },
): BuiltSubgraph<Context> {
  setMaxSkip(services.config.PAGINATION_MAX_SKIP);
  const countRequests: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      stats.requests += 1;
    },
  };
  const typeDefs = loadTypeDefs(schemaPath);
  const schema = buildSubgraphSchema({
    typeDefs,
    // The generated resolver types are stricter than Apollo's loose map; the schema checks the shape.
    resolvers: mergeResolvers(
      scalarResolvers,
      listResolvers(typeDefs),
      module.models ? entityResolvers(typeDefs, module.models) : {},
      module.models
        ? writeResolvers(
            typeDefs,
            module.models,
            db,
            module.writeRules,
            new Set(Object.keys((module.resolvers as { Mutation?: object }).Mutation ?? {})),
          )
        : {},
      module.resolvers as Record<string, unknown>,
    ) as GraphQLResolverMap<unknown>,
  });
  const development = isDevelopment(services.config.NODE_ENV);
  const server = new ApolloServer<Context>({
    schema,
    formatError(formatted, error) {
      if (formatted.extensions?.code !== ErrorCode.InternalServerError) return formatted;
      const cause = unwrapResolverError(error);
      // A number the column cannot hold (a `real` of 1e300) is the caller's input, not a failure.
      if ((cause as { code?: unknown } | null)?.code === NUMBER_OUT_OF_RANGE) {
        return {
          ...formatted,
          message: 'A number given is out of range for the field it was given for',
          extensions: { code: ErrorCode.BadUserInput },
        };
      }
      if (development) return formatted;
      // An unexpected failure (a database error, a bug): the log gets the details, the client a
      // stable message that names where it happened and leaks no SQL.
      logError(module.name, cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
      return {
        ...formatted,
        message: `Internal error in the ${module.name} subgraph`,
        extensions: { code: ErrorCode.InternalServerError },
      };
    },
    // Traces are for Apollo Studio usage reporting, which this product does not send. Cache
    // control (on by default) hooks every field resolution to compute HTTP cache hints that no
    // gateway here reads: off, it makes each field cheaper.
    plugins: [countRequests, ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    includeStacktraceInErrorResponses: development,
    // The process entry points own shutdown (one handler for twelve servers in `npm start`).
    stopOnTerminationSignals: false,
  });
  const readiness = async (): Promise<Readiness> => {
    try {
      await db.query('select 1');
      return { ready: true, checks: { database: 'ok' } };
    } catch (error) {
      return { ready: false, checks: { database: (error as Error).message } };
    }
  };
  return { name: module.name, server, context: module.createContext(db, services), stats, readiness };
}

/** Serves a built subgraph over HTTP, answering only callers with `secret`, within `limits` (default SUBGRAPH_HTTP_LIMITS). */
export async function serveSubgraph<Context extends BaseContext>(
  subgraph: BuiltSubgraph<Context>,
  port: number,
  host?: string,
  secret?: string,
  limits: HttpLimits = SUBGRAPH_HTTP_LIMITS,
): Promise<RunningServer> {
  return serve(subgraph.server, {
    name: subgraph.name,
    port,
    host,
    limits,
    // The actor headers are believed because only the gateway (holding the secret) gets this far.
    context: (req, requestId) => {
      const key = req.headers[IDEMPOTENCY_KEY_HEADER];
      return subgraph.context({
        actor: actorFromHeaders(req.headers),
        requestId,
        idempotencyKey: typeof key === 'string' ? key : undefined,
      });
    },
    requireSecret: secret,
    // Only the gateway gets past the secret, and its fetches can outgrow the client's 1 MiB request (a
    // literal copied into several fetches, a page's entity representations).
    maxBodyBytes: 16 * 1024 * 1024,
    readiness: subgraph.readiness,
    logRequests: 'debug',
  });
}
