import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

interface SubgraphErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown } }[];
}

/**
 * How the gateway talks to a subgraph. A subgraph answers a request it rejects as a whole (a
 * variable its scalar refuses, e.g. a malformed DateTime) with HTTP 400 and a coded GraphQL error;
 * the stock data source would turn that into "400: Bad Request" with INTERNAL_SERVER_ERROR, so the
 * subgraph's own message and code are passed on instead.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response.clone());
    const body = (await response.json().catch(() => undefined)) as SubgraphErrorBody | undefined;
    const first = body?.errors?.[0];
    if (response.status !== 400 || typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return fallback;
    return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
  }
}
