/**
 * The gateway alone, on the committed supergraph.graphql: `npm run gateway`.
 * It listens on PORT (default 4000) and reaches each subgraph at SUBGRAPH_<NAME>_URL, or at the
 * routing URL of supergraph.yaml.
 */
import { readConfig, subgraphUrlOverrides } from '../kit/config';
import { serve } from '../kit/http';
import { buildGateway } from '../gateway/server';
import { subgraphModules } from '../subgraphs';

async function main(): Promise<void> {
  const config = readConfig();
  const gateway = buildGateway({
    subgraphUrls: subgraphUrlOverrides(subgraphModules.map((module) => module.name)),
    subgraphSecret: process.env.SUBGRAPH_SECRET || undefined,
  });
  const server = await serve(gateway, { name: 'gateway', port: config.port ?? 4000, host: config.host, context: async () => ({}) });
  const shutdown = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: Error) => {
  console.error(`Could not start the gateway: ${error.message}`);
  process.exit(1);
});
