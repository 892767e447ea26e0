import { startSupergraph, type RunningSupergraph, type SupergraphOptions } from '../../bin/supergraph';
import { randomBytes } from 'node:crypto';
import { issueToken, type TokenClaims } from '../../kit/auth';
import { subgraphHeaders } from '../../kit/secret';
import { testConfig } from './config';
import { openTestDatabase } from './database';

process.env.LOG_LEVEL ??= 'silent';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: Record<string, unknown>;
}

export interface QueryOptions {
  /** The bearer token sent; default an admin user's (`adminToken`), null: none (a guest). */
  token?: string | null;
}

export interface TestSupergraph extends RunningSupergraph {
  /** Sends one GraphQL request to the gateway over HTTP, as an admin unless `options.token` says otherwise. */
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: QueryOptions,
  ): Promise<GraphQLResponse<Data>>;
  /** A token of an admin user (`actor_type: "user"`), signed with this supergraph's JWT secret. */
  adminToken: string;
  /** The JWT secret the gateway verifies tokens with. */
  jwtSecret: string;
  /** Signs a token for any actor, e.g. `{ actor_type: 'customer', actor_id: 'cus_…' }`. */
  tokenFor(claims: TokenClaims): Promise<string>;
  /** Sends one request straight to a subgraph (its internal mutations are not in the gateway's API). */
  querySubgraph<Data = Record<string, unknown>>(
    name: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Runs `work` and counts the SQL statements and subgraph requests it caused. */
  count<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; statements: number; subgraphRequests: Record<string, number> }>;
}

/** The real supergraph (ten subgraphs and the gateway, over HTTP on free ports) on a fresh database seeded with `carts` carts (false: nothing but what the migrations write). */
export async function startTestSupergraph(
  carts: number | false,
  options: Partial<
    Pick<
      SupergraphOptions,
      | 'config'
      | 'gateway'
      | 'route'
      | 'serviceRoute'
      | 'external'
      | 'subgraphPorts'
      | 'subgraphSecret'
      | 'httpLimits'
      | 'only'
    >
  > = {},
): Promise<TestSupergraph> {
  const { db, drop } = await openTestDatabase();
  const jwtSecret = randomBytes(24).toString('hex');
  // The tests send their requests much faster than a client may: no rate limit unless a test sets one.
  const gateway = { ...options.gateway, rateLimit: options.gateway?.rateLimit ?? { perSecond: 0 } };
  const running = await startSupergraph({
    config: testConfig(),
    database: db,
    seedCarts: carts,
    gatewayPort: 0,
    jwtSecret,
    ...options,
    gateway,
    subgraphPorts: options.subgraphPorts ?? 'free',
  });
  const tokenFor = (claims: TokenClaims) => issueToken(claims, jwtSecret);
  const adminToken = await tokenFor({ actor_type: 'user', actor_id: 'user_test_admin' });
  const post = async <Data>(
    url: string,
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
  };
  const query = <Data>(text: string, variables?: Record<string, unknown>, options: QueryOptions = {}) => {
    const token = options.token === undefined ? adminToken : options.token;
    return post<Data>(running.gatewayUrl, text, variables, token ? { authorization: `Bearer ${token}` } : {});
  };
  const querySubgraph = <Data>(name: string, text: string, variables?: Record<string, unknown>) => {
    const subgraph = running.subgraphs.find((candidate) => candidate.name === name);
    if (!subgraph) throw new Error(`No subgraph named ${name}`);
    return post<Data>(subgraph.url, text, variables, subgraphHeaders(running.subgraphSecret));
  };
  const requestCounts = () =>
    Object.fromEntries(running.subgraphs.map((subgraph) => [subgraph.name, subgraph.stats.requests]));
  return {
    ...running,
    query,
    adminToken,
    jwtSecret,
    tokenFor,
    querySubgraph,
    async count(work) {
      const statementsBefore = db.stats.statements;
      const requestsBefore = requestCounts();
      const result = await work();
      const requestsAfter = requestCounts();
      const subgraphRequests: Record<string, number> = {};
      for (const [name, after] of Object.entries(requestsAfter)) {
        if (after !== requestsBefore[name]) subgraphRequests[name] = after - requestsBefore[name];
      }
      return { result, statements: db.stats.statements - statementsBefore, subgraphRequests };
    },
    async stop() {
      await running.stop();
      await drop();
    },
  };
}
