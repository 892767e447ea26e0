/**
 * The gateway alone, on the committed supergraph.graphql: `npm run gateway`.
 * It listens on PORT (default 4000) and reaches each subgraph at SUBGRAPH_<NAME>_URL, or at the
 * routing URL of supergraph.yaml. Tokens, time limits and abuse limits: see gateway/settings.ts.
 */
import '../kit/tracing-init'; // first: starts tracing when OTEL_* asks for it, before node:http is loaded
import { readConfig, subgraphUrlOverrides } from '../kit/config';
import { log } from '../kit/log';
import { buildGateway, serveGateway } from '../gateway/server';
import { readGatewaySettings } from '../gateway/settings';
import { subgraphModules } from '../subgraphs';
import { shutdownTracing } from '../kit/tracing';

async function main(): Promise<void> {
  const config = readConfig();
  const names = subgraphModules.map((module) => module.name);
  const settings = readGatewaySettings(names);
  if (!settings.auth?.jwtSecret && !settings.auth?.jwksUrl) log('gateway', 'no JWT_SECRET or JWT_JWKS_URL: every request is a guest\'s');
  if (!process.env.SUBGRAPH_SECRET) log('gateway', 'no SUBGRAPH_SECRET: subgraph requests carry no secret');
  const gateway = buildGateway({
    ...settings,
    subgraphUrls: subgraphUrlOverrides(names),
    subgraphSecret: process.env.SUBGRAPH_SECRET || undefined,
  });
  const server = await serveGateway(gateway, config.port ?? 4000, config.host);
  const shutdown = async () => {
    await server.close();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: Error) => {
  console.error(`Could not start the gateway: ${error.message}`);
  process.exit(1);
});
