/**
 * Hive Gateway's configuration for the benchmark (loaded by its CLI: `hive-gateway supergraph
 * <file> -c bench/hive-gateway.config.ts`). Everything is Hive's default except the headers our
 * subgraphs need: the shared secret, and the benchmark's admin actor (what our gateway forwards
 * after verifying the bearer token), so the three gateways get the same access.
 */
import { defineConfig } from '@graphql-hive/gateway';

const subgraphSecret = process.env.SUBGRAPH_SECRET ?? '';
const actorType = process.env.BENCH_ACTOR_TYPE ?? 'user';
const actorId = process.env.BENCH_ACTOR_ID ?? 'user_bench';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: () => ({
      'x-subgraph-secret': subgraphSecret,
      'x-actor-type': actorType,
      'x-actor-id': actorId,
    }),
  },
});
