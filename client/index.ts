import type { GraphQLSchema } from 'graphql';
import { createAdminActions, createAdminApi, type AdminCalls } from './admin';
import { createLinkApi, type LinkApi } from './links';
import { createStoreApi, type StoreApi } from './store';
import { buildQueryGraph, type QueryGraphInput, type QueryGraphOperation, type QueryGraphResult } from './query-graph';
import { loadSchema } from './schema';
import { createTransport, type TransportOptions } from './transport';

export { Modules, type ModuleName } from './modules';
export { MedusaClientError, ClientErrorCode, type GatewayError } from './errors';
export type { QueryGraphInput, QueryGraphResult, QueryGraphMetadata, QueryGraphOperation } from './query-graph';
export type { Filters, FilterValue, Pagination } from './filters';
export type { StoreApi } from './store';
export type { AdminCalls, OrderActions, PaymentActions } from './admin';
export type { AdminResource, AdminQuery, AdminListQuery, DeleteResponse, RestoreResponse } from './admin';
export type { LinkApi, LinkDefinition, LinkRecords, LinkRow, LinkedKeys } from './links';

/** Each resource's calls with the SDK's other calls on it (`order.cancel`, `payment.capture`, …). */
function withActions(
  resources: Record<string, AdminCalls>,
  actions: Record<string, object>,
): Record<string, AdminCalls> {
  const merged = { ...resources };
  for (const [resource, calls] of Object.entries(actions)) merged[resource] = { ...merged[resource], ...calls };
  return merged;
}

export interface MedusaClientOptions extends TransportOptions {
  /**
   * The supergraph's client-facing schema, to check field paths and build operations without
   * introspection: a GraphQLSchema or its SDL (gateway/api-schema.graphql). Default: built from
   * the committed supergraph.graphql.
   */
  schema?: GraphQLSchema | string;
}

export interface MedusaClient {
  query: {
    /** Medusa's `query.graph`: one GraphQL operation against the gateway, Medusa's `{ data, metadata }` back. */
    graph<T = Record<string, unknown>>(input: QueryGraphInput): Promise<QueryGraphResult<T>>;
    /** The operation `graph` would send for `input`, without sending it. */
    toGraphQL(input: QueryGraphInput): Pick<QueryGraphOperation, 'query' | 'variables'>;
  };
  /** Medusa's Link API over the link subgraph's mutations (an admin token is needed). */
  link: LinkApi;
  /**
   * Medusa's JS SDK admin resources (`admin.salesChannel.create(body, { fields })`, `.update`,
   * `.delete`, `.retrieve`, `.list`), one per entity the supergraph lets an admin create (an admin
   * token is needed). A resource the schema does not offer is undefined.
   */
  admin: Record<string, AdminCalls | undefined>;
  /** Medusa's JS SDK store calls for a shopper's account (`store.customer.create`, `.update`, `.createAddress`, …, `store.cart.transferCart`). */
  store: StoreApi;
}

/**
 * A Medusa-style client for the supergraph:
 *
 * ```ts
 * const medusa = createMedusaClient({ url: 'http://127.0.0.1:4000/graphql', token });
 * const { data: carts } = await medusa.query.graph({ entity: 'cart', fields: ['id', 'order.*'], filters: { id: cartId } });
 * await medusa.link.create({ [Modules.CART]: { cart_id }, [Modules.PROMOTION]: { promotion_id } });
 * ```
 */
export function createMedusaClient(options: MedusaClientOptions): MedusaClient {
  const schema = loadSchema(options.schema);
  const send = createTransport(options);
  const graph = async <T>(input: QueryGraphInput) => {
    const operation = buildQueryGraph(schema, input);
    return operation.shape(await send(operation.query, operation.variables)) as QueryGraphResult<T>;
  };
  return {
    query: {
      graph,
      toGraphQL(input) {
        const { query, variables } = buildQueryGraph(schema, input);
        return { query, variables };
      },
    },
    link: createLinkApi(schema, send),
    admin: withActions(createAdminApi(schema, send, graph), createAdminActions(schema, send, graph)),
    store: createStoreApi(schema, send),
  };
}
