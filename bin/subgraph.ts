/**
 * One subgraph alone: `npm run subgraph -- cart` (or SUBGRAPH=cart). It migrates its own schema
 * and listens on PORT or its default port. As docker-compose runs it, DATABASE_URL is shared by
 * all subgraphs; without it the subgraph gets an embedded database of its own (DATA_DIR, else `.data/<name>`).
 */
import '../kit/tracing-init'; // first: starts tracing when OTEL_* asks for it, before node:http is loaded
import { hostname } from 'node:os';
import { readSupergraphConfig } from '../gateway/compose';
import { readConfig } from '../kit/config';
import { productionSecretProblems, subgraphHeaders } from '../kit/secret';
import { openDatabase } from '../kit/database';
import { httpLimits } from '../kit/http';
import { log } from '../kit/log';
import { migrate } from '../kit/migrate';
import { projectPath } from '../kit/paths';
import { buildSubgraph, serveSubgraph } from '../kit/subgraph';
import { findSubgraph, subgraphModules } from '../subgraphs';
import { shutdownTracing } from '../kit/tracing';

async function main(): Promise<void> {
  const config = readConfig(process.env, {
    subgraphs: subgraphModules.map((module) => module.name),
    // In production a subgraph answers only callers holding a strong shared secret.
    check: (read) => productionSecretProblems(read, ['SUBGRAPH_SECRET']),
  });
  const name = process.argv[2] ?? config.SUBGRAPH;
  if (!name) throw new Error('Name the subgraph: npm run subgraph -- <name>, or SUBGRAPH=<name>');
  const module = findSubgraph(name);
  // Without DATABASE_URL: DATA_DIR when set, else a folder of its own.
  const dataDir = config.DATA_DIR ?? projectPath('.data', name);
  if (!config.DATABASE_URL) log(name, `no DATABASE_URL: using its own embedded database in ${dataDir}`);
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir, poolSize: config.DATABASE_POOL_SIZE });
  await migrate(db, module.dbSchema, module.migrations());
  // Other subgraphs (the link subgraph checks records and cascades through them) are found at
  // SUBGRAPH_<NAME>_URL, else at their routing URL in supergraph.yaml.
  const routing = Object.fromEntries(
    readSupergraphConfig(projectPath('supergraph.yaml')).map((entry) => [entry.name, entry.routingUrl]),
  );
  const overrides = config['SUBGRAPH_<NAME>_URL'];
  const secret = config.SUBGRAPH_SECRET;
  if (!secret) log(name, 'no SUBGRAPH_SECRET: this subgraph answers anyone who reaches its port');
  const services = {
    config,
    subgraphUrl: (other: string) => overrides[other] ?? routing[other],
    gatewayUrl: () => config.GATEWAY_URL,
    subgraphHeaders: () => subgraphHeaders(secret),
    // Restarted on the same port, it is the same instance: its earlier runs are known dead.
    instance: `${hostname()}:${config.PORT ?? module.port}`,
  };
  const built = buildSubgraph(module, db, projectPath(module.schemaFile), services);
  const server = await serveSubgraph(
    built,
    config.PORT ?? module.port,
    config.HOST,
    secret,
    httpLimits(config, 'subgraph'),
  );
  const shutdown = async () => {
    await server.close();
    await db.close();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: Error) => {
  console.error(`Could not start the subgraph: ${error.message}`);
  process.exit(1);
});
