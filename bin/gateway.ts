/**
 * The gateway alone, on the committed supergraph.graphql: `npm run gateway`.
 * It listens on PORT (default 4000) and reaches each subgraph at SUBGRAPH_<NAME>_URL, or at the
 * routing URL of supergraph.yaml. Tokens, time limits and abuse limits: see kit/config.ts.
 * GATEWAY_WORKERS=n runs n gateway processes sharing the port (node:cluster), for a machine whose
 * cores the gateway would otherwise leave idle.
 */
import '../kit/tracing-init'; // first: starts tracing when OTEL_* asks for it, before node:http is loaded
import cluster from 'node:cluster';
import { readConfig, type Config } from '../kit/config';
import { httpLimits } from '../kit/http';
import { log } from '../kit/log';
import { productionSecretProblems } from '../kit/secret';
import { buildGateway } from '../gateway/server';
import { DEFAULT_GATEWAY_PORT, serveGateway } from '../gateway/serve';
import { gatewayOptions } from '../gateway/settings';
import { subgraphModules } from '../subgraphs';
import { shutdownTracing } from '../kit/tracing';

/**
 * Every setting, read and checked before any process starts: a bad or missing one stops the start
 * with its message, instead of failing each worker the primary would keep replacing.
 */
function readStartConfig(): Config {
  return readConfig(process.env, {
    subgraphs: subgraphModules.map((module) => module.name),
    // In production: a subgraph secret, and the token secret unless tokens are verified by a key set.
    check: (read) =>
      productionSecretProblems(read, ['SUBGRAPH_SECRET', ...(read.JWT_JWKS_URL ? [] : ['JWT_SECRET' as const])]),
  });
}

async function main(config: Config): Promise<void> {
  if (!config.JWT_SECRET && !config.JWT_JWKS_URL)
    log('gateway', "no JWT_SECRET or JWT_JWKS_URL: every request is a guest's");
  if (!config.SUBGRAPH_SECRET) log('gateway', 'no SUBGRAPH_SECRET: subgraph requests carry no secret');
  const gateway = buildGateway({
    ...gatewayOptions(config),
    subgraphUrls: { ...config['SUBGRAPH_<NAME>_URL'] },
    subgraphSecret: config.SUBGRAPH_SECRET,
  });
  const server = await serveGateway(
    gateway,
    config.PORT ?? DEFAULT_GATEWAY_PORT,
    config.HOST,
    httpLimits(config, 'gateway'),
  );
  const shutdown = async () => {
    await server.close();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

/** The primary of GATEWAY_WORKERS processes: forks them, replaces one that dies, stops them on a signal. */
function superviseWorkers(count: number): void {
  let stopping = false;
  for (let index = 0; index < count; index += 1) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log('gateway', `worker ${worker.process.pid} ended (${signal ?? code}): starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    let left = Object.keys(cluster.workers ?? {}).length;
    if (left === 0) process.exit(0);
    cluster.on('exit', () => {
      left -= 1;
      if (left === 0) process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  log('gateway', `${count} workers`);
}

function refuseToStart(error: Error): never {
  console.error(`Could not start the gateway: ${error.message}`);
  process.exit(1);
}

let config: Config;
try {
  config = readStartConfig();
} catch (error) {
  refuseToStart(error as Error);
}
if (config.GATEWAY_WORKERS > 1 && cluster.isPrimary) superviseWorkers(config.GATEWAY_WORKERS);
else main(config).catch(refuseToStart);
