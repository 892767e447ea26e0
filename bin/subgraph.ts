/**
 * One subgraph alone: `npm run subgraph -- cart` (or SUBGRAPH=cart). It migrates its own schema
 * and listens on PORT or its default port. As docker-compose runs it, DATABASE_URL is shared by
 * all subgraphs; without it the subgraph gets an embedded database of its own (DATA_DIR, else `.data/<name>`).
 */
import '../kit/tracing-init'; // first: starts tracing when OTEL_* asks for it, before node:http is loaded
import { hostname } from 'node:os';
import { readSupergraphConfig } from '../gateway/compose';
import { readConfig, subgraphUrlOverrides } from '../kit/config';
import { requireProductionSecrets, subgraphHeaders } from '../kit/secret';
import { openDatabase } from '../kit/database';
import { readHttpLimits } from '../kit/http';
import { log } from '../kit/log';
import { migrate } from '../kit/migrate';
import { projectPath } from '../kit/paths';
import { buildSubgraph, serveSubgraph } from '../kit/subgraph';
import { findSubgraph } from '../subgraphs';
import { shutdownTracing } from '../kit/tracing';

async function main(): Promise<void> {
  const name = process.argv[2] ?? process.env.SUBGRAPH;
  if (!name) throw new Error('Name the subgraph: npm run subgraph -- <name>, or SUBGRAPH=<name>');
  const module = findSubgraph(name);
  // In production a subgraph answers only callers holding a strong shared secret.
  requireProductionSecrets(['SUBGRAPH_SECRET']);
  const config = readConfig();
  const http = readHttpLimits('subgraph');
  // Without DATABASE_URL: DATA_DIR when set, else a folder of its own.
  const dataDir = process.env.DATA_DIR || projectPath('.data', name);
  if (!config.databaseUrl) log(name, `no DATABASE_URL: using its own embedded database in ${dataDir}`);
  const db = await openDatabase({ url: config.databaseUrl, dataDir });
  await migrate(db, module.dbSchema, module.migrations());
  // Other subgraphs (the link subgraph checks records and cascades through them) are found at
  // SUBGRAPH_<NAME>_URL, else at their routing URL in supergraph.yaml.
  const routing = Object.fromEntries(readSupergraphConfig(projectPath('supergraph.yaml')).map((entry) => [entry.name, entry.routingUrl]));
  const overrides = subgraphUrlOverrides(Object.keys(routing));
  const secret = process.env.SUBGRAPH_SECRET || undefined;
  if (!secret) log(name, 'no SUBGRAPH_SECRET: this subgraph answers anyone who reaches its port');
  const services = {
    subgraphUrl: (other: string) => overrides[other] ?? routing[other],
    gatewayUrl: () => process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql',
    subgraphHeaders: () => subgraphHeaders(secret),
    // Restarted on the same port, it is the same instance: its earlier runs are known dead.
    instance: `${hostname()}:${config.port ?? module.port}`,
  };
  const built = buildSubgraph(module, db, projectPath(module.schemaFile), services);
  const server = await serveSubgraph(built, config.port ?? module.port, config.host, secret, http);
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
