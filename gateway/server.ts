import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { projectPath } from '../kit/paths';
import { SubgraphDataSource } from './subgraph-source';

export interface GatewayOptions {
  /** The composed supergraph; defaults to the committed supergraph.graphql. */
  supergraphSdl?: string;
  /** Routing URLs that replace the supergraph's, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  /** The secret every subgraph request carries (SUBGRAPH_SECRET). */
  subgraphSecret?: string;
}

export function readSupergraphSdl(): string {
  return readFileSync(projectPath('supergraph.graphql'), 'utf8');
}

/**
 * Builds the gateway's Apollo Server on a static, composed supergraph (it does not listen).
 * A static supergraph lets the gateway start before its subgraphs: a query fails per request
 * while a subgraph is down, instead of the gateway failing to start.
 */
export function buildGateway(options: GatewayOptions = {}): ApolloServer {
  const subgraphUrls = options.subgraphUrls ?? {};
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraphSdl(),
    buildService: ({ name, url }) => new SubgraphDataSource({ url: subgraphUrls[name] ?? url, secret: options.subgraphSecret }),
  });
  return new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    stopOnTerminationSignals: false,
  });
}
