/**
 * Stock @apollo/gateway for the benchmark: `new ApolloGateway({ supergraphSdl, buildService })`
 * served by @apollo/server's `startStandaloneServer`, every setting left at its default. The
 * only addition is what our subgraphs require of any caller: the shared secret, and the actor
 * the benchmark's client is (an admin user), as headers on every subgraph request. Stock
 * @apollo/gateway refuses a supergraph with security features it does not enforce (our access
 * declarations); it is told to load it anyway, which changes nothing for the benchmark's admin
 * client, who may read every field.
 *
 * Environment: SUPERGRAPH_FILE (a supergraph.graphql whose routing URLs point at the running
 * subgraphs), PORT, HOST, SUBGRAPH_SECRET, BENCH_ACTOR_TYPE, BENCH_ACTOR_ID.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { declareEnforcedFeatures } from '../gateway/access-policy';

class BenchDataSource extends RemoteGraphQLDataSource {
  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const headers = options.request.http?.headers;
    headers?.set('x-subgraph-secret', process.env.SUBGRAPH_SECRET ?? '');
    headers?.set('x-actor-type', process.env.BENCH_ACTOR_TYPE ?? 'user');
    headers?.set('x-actor-id', process.env.BENCH_ACTOR_ID ?? 'user_bench');
  }
}

async function main(): Promise<void> {
  const file = process.env.SUPERGRAPH_FILE;
  if (!file) throw new Error('SUPERGRAPH_FILE is not set');
  declareEnforcedFeatures();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(file, 'utf8'),
    buildService: ({ url }) => new BenchDataSource({ url }),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4000), host: process.env.HOST ?? '127.0.0.1' },
  });
  if (process.env.LOG_LEVEL !== 'silent') console.log(`stock gateway listening on ${url}`);
}

main().catch((error: Error) => {
  console.error(`Could not start the stock gateway: ${error.message}`);
  process.exit(1);
});
