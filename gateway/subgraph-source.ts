import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { SUBGRAPH_SECRET_HEADER } from '../kit/secret';

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
  private readonly secret: string | undefined;

  constructor(options: { url: string; secret?: string }) {
    super({ url: options.url });
    this.secret = options.secret;
  }

  /** Every subgraph request carries the shared secret: subgraphs answer only the gateway. */
  override willSendRequest(options: Parameters<RemoteGraphQLDataSource['willSendRequest'] & object>[0]): void {
    if (this.secret) options.request.http?.headers.set(SUBGRAPH_SECRET_HEADER, this.secret);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response.clone());
    const body = (await response.json().catch(() => undefined)) as SubgraphErrorBody | undefined;
    const first = body?.errors?.[0];
    if (response.status !== 400 || typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return fallback;
    return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
  }
}
