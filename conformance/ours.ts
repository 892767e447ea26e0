/** The supergraph (every subgraph and the gateway, in this process) on an empty store, and a client of its GraphQL API. */
import { randomBytes } from 'node:crypto';
import { startSupergraph, type RunningSupergraph } from '../bin/supergraph';
import { issueToken, type TokenClaims } from '../kit/auth';
import { readConfig } from '../kit/config';
import { subgraphModules } from '../subgraphs';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export class OursError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(`supergraph answered: ${JSON.stringify(errors)}`);
  }
}

export interface Ours {
  running: RunningSupergraph;
  /** One GraphQL request; `token` null: a guest; default: an admin. */
  query<Data>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<Data>;
  tokenFor(claims: TokenClaims): Promise<string>;
  /** The gateway's mutations (introspection), to know which features the supergraph has: name → its `data` argument's type. */
  mutations: Map<string, string>;
}

/** What seeding and checkouts need of the supergraph: also met by a client of a gateway started elsewhere (the benchmark's). */
export type OursClient = Pick<Ours, 'query' | 'tokenFor' | 'mutations'>;

export async function startOurs(databaseUrl: string): Promise<Ours> {
  process.env.LOG_LEVEL ??= 'silent';
  const config = readConfig(
    // Recovery of abandoned workflow runs is not what is compared: look once an hour.
    { NODE_ENV: 'test', WORKFLOW_RECOVERY_INTERVAL_MS: '3600000', GRAPHQL_INTROSPECTION: 'true' },
    { subgraphs: subgraphModules.map((module) => module.name) },
  );
  const jwtSecret = randomBytes(24).toString('hex');
  const running = await startSupergraph({
    config,
    database: { url: databaseUrl },
    seedCarts: false, // an empty store: migrations only
    gatewayPort: 0,
    jwtSecret,
    subgraphPorts: 'free',
    // The run sends requests much faster than a shopper: no rate limit.
    gateway: { rateLimit: { perSecond: 0 } },
  });
  const tokenFor = (claims: TokenClaims) => issueToken(claims, jwtSecret);
  const adminToken = await tokenFor({ actor_type: 'user', actor_id: 'user_conformance' });
  const query = async <Data>(
    text: string,
    variables: Record<string, unknown> = {},
    token: string | null = adminToken,
  ) => {
    const response = await fetch(running.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: GraphQLError[] };
    if (body.errors?.length) throw new OursError(body.errors);
    return body.data as Data;
  };
  interface TypeRef {
    kind: string;
    name: string | null;
    ofType: TypeRef | null;
  }
  const typeText = (type: TypeRef): string =>
    type.kind === 'NON_NULL'
      ? `${typeText(type.ofType!)}!`
      : type.kind === 'LIST'
        ? `[${typeText(type.ofType!)}]`
        : type.name!;
  const schema = await query<{
    __schema: { mutationType: { fields: { name: string; args: { name: string; type: TypeRef }[] }[] } };
  }>(
    '{ __schema { mutationType { fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }',
  );
  return {
    running,
    query,
    tokenFor,
    mutations: new Map(
      schema.__schema.mutationType.fields.map((field) => {
        const data = field.args.find((arg) => arg.name === 'data');
        return [field.name, data ? typeText(data.type) : ''];
      }),
    ),
  };
}
