/**
 * `npm start`: the whole supergraph in one process on the embedded database (or DATABASE_URL):
 * migrations, demo data when the database is empty, twelve subgraphs on 4001–4012, gateway on 4000.
 */
import '../kit/tracing-init'; // first: starts tracing when OTEL_* asks for it, before node:http is loaded
import { existsSync } from 'node:fs';
import { issueToken } from '../kit/auth';
import { readConfig } from '../kit/config';
import { isDevelopment } from '../kit/mode';
import { projectPath } from '../kit/paths';
import { productionSecretProblems } from '../kit/secret';
import { DEFAULT_GATEWAY_PORT } from '../gateway/serve';
import { startSupergraph, type RunningSupergraph } from './supergraph';
import { subgraphModules } from '../subgraphs';
import { CART_PAGE_QUERY } from '../gateway/examples';
import { STOREFRONT_EXAMPLE_MANIFEST } from '../gateway/trusted-documents';
import { shutdownTracing } from '../kit/tracing';

// A person runs `npm start`: readable log lines unless JSON is asked for (LOG_FORMAT=json).
process.env.LOG_FORMAT ??= 'pretty';

async function main(): Promise<void> {
  const read = readConfig(process.env, {
    subgraphs: subgraphModules.map((module) => module.name),
    // Everything runs in this one process, so a random subgraph secret is enough when none is set:
    // no other process calls the subgraphs. Tokens are another matter: in production they come from
    // an identity provider, which needs the same JWT_SECRET (or serves JWT_JWKS_URL), and a random
    // one would leave only the admin token this process prints in development.
    check: (read) =>
      productionSecretProblems(read, [
        ...(read.SUBGRAPH_SECRET ? ['SUBGRAPH_SECRET' as const] : []),
        ...(read.JWT_JWKS_URL ? [] : ['JWT_SECRET' as const]),
      ]),
  });
  const development = isDevelopment(read.NODE_ENV);
  // In development the storefront example runs as it is (it sends its operations by hash only).
  const config =
    development &&
    read.GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS.length === 0 &&
    existsSync(projectPath(STOREFRONT_EXAMPLE_MANIFEST))
      ? { ...read, GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS: [projectPath(STOREFRONT_EXAMPLE_MANIFEST)] }
      : read;
  const dataDir = config.DATA_DIR ?? projectPath('.data', 'pglite');
  console.log(
    config.DATABASE_URL
      ? 'Database: PostgreSQL at DATABASE_URL'
      : `Database: embedded PGlite in ${dataDir} (set DATABASE_URL for a PostgreSQL server)`,
  );
  const supergraph = await startSupergraph({
    config,
    database: { url: config.DATABASE_URL, dataDir, poolSize: config.DATABASE_POOL_SIZE },
    seedCarts: config.DEMO_CARTS,
    host: config.HOST,
    gatewayPort: config.PORT ?? DEFAULT_GATEWAY_PORT,
    // SUBGRAPH_PORTS=free puts the subgraphs on any free ports (tests, or when 4001–4012 are taken).
    subgraphPorts: config.SUBGRAPH_PORTS ?? 'default',
    devIssuer: development,
  });
  await printWelcome(supergraph, development);
  const shutdown = async (signal: string) => {
    console.log(`\n${signal}: stopping the supergraph…`);
    await supergraph.stop();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** What to try first. Secrets and tokens are printed in development only: in production the output ends up in logs. */
async function printWelcome(supergraph: RunningSupergraph, development: boolean): Promise<void> {
  const adminToken = await issueToken({ actor_type: 'user', actor_id: 'user_demo_admin' }, supergraph.jwtSecret);
  const exampleCartId = await findCompletedCart(supergraph.gatewayUrl, adminToken);
  const developmentLines = [
    `  (subgraphs answer only requests with the header x-subgraph-secret: ${supergraph.subgraphSecret}; set SUBGRAPH_SECRET to choose it)`,
    '',
    'An admin token (lists of carts, orders and customers, and the Link API need one; a cart by id does not):',
    `  Authorization: Bearer ${adminToken}`,
    `A customer's token from the development issuer (from this machine only): curl -s -X POST ${new URL('/auth/token', supergraph.gatewayUrl)} -H 'content-type: application/json' --data '{"actor_type":"customer","actor_id":"cus_…"}'`,
  ];
  const productionLines = [
    '',
    'Production mode (NODE_ENV is neither unset nor development): no Sandbox, no development tokens; tokens come from your identity provider.',
  ];
  const lines = [
    '',
    `Gateway:   ${supergraph.gatewayUrl}${development ? '  (open it in a browser for Apollo Sandbox)' : ''}`,
    ...supergraph.subgraphs.map((subgraph) => `  ${subgraph.name.padEnd(14)} ${subgraph.url}`),
    ...(development ? developmentLines : productionLines),
    '',
    'Try the cart page query:',
    '',
    `curl -s ${supergraph.gatewayUrl} -H 'content-type: application/json' --data '${JSON.stringify({
      query: CART_PAGE_QUERY.replace(/\s+/g, ' '),
      variables: { id: exampleCartId ?? 'cart_…' },
    })}'`,
    '',
  ];
  console.log(lines.join('\n'));
}

/**
 * A completed cart of the demo data, to put a real id in the example: one of a guest checkout, so
 * the whole cart page (its customer too) answers without a token, as a storefront's would.
 */
async function findCompletedCart(gatewayUrl: string, adminToken: string): Promise<string | undefined> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      query:
        '{ carts(filters: { completed: true }, pagination: { take: 100 }) { data { id customer { has_account } } } }',
    }),
  });
  const body = (await response.json()) as {
    data?: { carts?: { data: { id: string; customer: { has_account: boolean } | null }[] } };
  };
  const carts = body.data?.carts?.data ?? [];
  return (carts.find((cart) => cart.customer && !cart.customer.has_account) ?? carts[0])?.id;
}

main().catch((error: Error) => {
  console.error(`Could not start the supergraph: ${error.message}`);
  process.exit(1);
});
