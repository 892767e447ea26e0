import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { ClientErrorCode, MedusaClientError } from './errors';
import { parseFieldPaths } from './field-paths';
import { printSelection, shapeResult } from './graphql';
import type { QueryGraphInput, QueryGraphResult } from './query-graph';
import type { Send } from './transport';

/**
 * Medusa's JS SDK admin resources (`sdk.admin.salesChannel.create(body, query)`, `.update(id, body)`,
 * `.delete(id)`, `.retrieve(id)`, `.list(query)`), derived from the supergraph's admin mutations:
 * every `create_<list>` (or `admin_create_<list>`, the workflow that also creates the links a Medusa
 * admin route creates) makes a resource named after the type it returns (`SalesChannel` →
 * `salesChannel`), answered in Medusa's shape (`{ sales_channel }`, `{ sales_channels, count,
 * offset, limit }`, `{ id, object, deleted }`).
 */

/** Medusa's `query` argument: `fields` as its comma list (`"id,name,*products"`) or field paths. */
export interface AdminQuery {
  fields?: string | readonly string[];
}

/** Medusa's list query: `limit`, `offset`, `order` (`"-created_at"`), `fields`, and filters by name. */
export interface AdminListQuery extends AdminQuery {
  limit?: number;
  offset?: number;
  order?: string;
  with_deleted?: boolean;
  [filter: string]: unknown;
}

export interface DeleteResponse {
  id: string;
  object: string;
  deleted: boolean;
}

export interface RestoreResponse {
  id: string;
  object: string;
  restored: boolean;
}

type Body = Record<string, unknown>;

export interface AdminResource {
  create(body: Body, query?: AdminQuery): Promise<Record<string, Body>>;
  update(id: string, body: Body, query?: AdminQuery): Promise<Record<string, Body>>;
  delete(id: string): Promise<DeleteResponse>;
  /** Beyond Medusa's SDK: brings back what `delete` soft-deleted. */
  restore(id: string): Promise<RestoreResponse>;
  retrieve(id: string, query?: AdminQuery): Promise<Record<string, Body>>;
  list(query?: AdminListQuery): Promise<Record<string, unknown>>;
}

type Field = GraphQLField<unknown, unknown>;
type Graph = <T>(input: QueryGraphInput) => Promise<QueryGraphResult<T>>;

/** `SalesChannel` → `sales_channel`. */
const snake = (name: string) => name.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();
/** `SalesChannel` → `salesChannel`. */
const camel = (name: string) => name[0].toLowerCase() + name.slice(1);

/** Medusa's `fields` (`"id,+metadata,*products"`) as field paths (`id`, `metadata`, `products.*`). */
export function fieldPaths(fields: AdminQuery['fields']): string[] {
  const list = typeof fields === 'string' ? fields.split(',') : [...(fields ?? [])];
  return list
    .map((path) => path.trim().replace(/^\+/, ''))
    .filter((path) => path !== '')
    .map((path) => (path.startsWith('*') && path.length > 1 ? `${path.slice(1)}.*` : path));
}

function argumentType(field: Field, name: string): string {
  const argument = field.args.find((candidate) => candidate.name === name);
  if (!argument) throw new Error(`Mutation.${field.name} has no argument ${name}`);
  return String(argument.type);
}

/** One mutation sent with the entity's selection, its result shaped as Medusa's. */
function mutate(send: Send, field: Field, type: GraphQLObjectType) {
  return async (
    variables: Record<string, unknown>,
    query: AdminQuery = {},
    headers?: Record<string, string>,
  ): Promise<unknown> => {
    const selection = parseFieldPaths(type, fieldPaths(query.fields));
    const names = Object.keys(variables);
    const definitions = names.map((name) => `$${name}: ${argumentType(field, name)}`).join(', ');
    const args = names.map((name) => `${name}: $${name}`).join(', ');
    const data = await send(
      `mutation MedusaAdmin(${definitions}) { ${field.name}(${args}) ${printSelection(selection)} }`,
      variables,
      headers,
    );
    return shapeResult(selection, data[field.name]);
  };
}

/** `soft_delete_<list>` / `restore_<list>` for one id: whether it changed (an unknown or unchanged id did not). */
function idsMutation<Outcome extends 'deleted' | 'restored'>(
  send: Send,
  field: Field | undefined,
  object: string,
  outcome: Outcome,
) {
  return async (id: string) => {
    if (!field) {
      throw new MedusaClientError(
        ClientErrorCode.UnknownEntity,
        `The supergraph offers no way to ${outcome} ${object}`,
      );
    }
    const data = await send(`mutation MedusaAdmin($ids: [ID!]!) { ${field.name}(ids: $ids) }`, { ids: [id] });
    return { id, object, [outcome]: (data[field.name] as string[]).includes(id) } as { id: string; object: string } & {
      [K in Outcome]: boolean;
    };
  };
}

export function createAdminApi(schema: GraphQLSchema, send: Send, graph: Graph): Record<string, AdminResource> {
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const queries = schema.getQueryType()?.getFields() ?? {};
  const resources: Record<string, AdminResource> = {};
  for (const field of Object.values(mutations)) {
    const list = /^create_(.+)$/.exec(field.name)?.[1];
    const type = getNamedType(field.type);
    if (!list || !isObjectType(type) || !queries[list]) continue;
    // The workflow that also makes the admin route's links, when there is one.
    const create = mutations[`admin_create_${list}`] ?? field;
    const update = mutations[`admin_update_${list}`] ?? mutations[`update_${list}`];
    const single = snake(type.name);
    const entity = queries[single] ? single : list;
    const created = mutate(send, create, type);
    const updated = update && mutate(send, update, type);
    resources[camel(type.name)] = {
      async create(body, query) {
        const [row] = (await created({ data: [body] }, query)) as Body[];
        return { [single]: row };
      },
      async update(id, body, query) {
        if (!updated) {
          throw new MedusaClientError(ClientErrorCode.UnknownEntity, `The supergraph offers no update of ${single}`);
        }
        return { [single]: (await updated({ id, data: body }, query)) as Body };
      },
      delete: idsMutation(send, mutations[`soft_delete_${list}`], single, 'deleted'),
      restore: idsMutation(send, mutations[`restore_${list}`], single, 'restored'),
      async retrieve(id, query = {}) {
        const { data } = await graph<Body>({ entity, fields: fieldPaths(query.fields), filters: { id } });
        if (!data[0]) throw new MedusaClientError('NOT_FOUND', `${type.name} with id: ${id} was not found`);
        return { [single]: data[0] };
      },
      async list(query = {}) {
        const { fields, limit, offset, order, with_deleted, ...filters } = query;
        const { data, metadata } = await graph<Body>({
          entity: list,
          fields: fieldPaths(fields),
          filters: filters as QueryGraphInput['filters'],
          pagination: { take: limit ?? 20, skip: offset ?? 0, ...(order ? { order } : {}) },
          with_deleted,
        });
        return { [list]: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take };
      },
    };
  }
  return resources;
}

/** Medusa's SDK order calls (`sdk.admin.order.cancel(id)`, …): each answers the order, read afresh. */
export interface OrderActions {
  cancel(id: string, query?: AdminQuery, headers?: Headers): Promise<{ order: Body }>;
  createFulfillment(id: string, body: Body, query?: AdminQuery, headers?: Headers): Promise<{ order: Body }>;
  createShipment(
    id: string,
    fulfillmentId: string,
    body: Body,
    query?: AdminQuery,
    headers?: Headers,
  ): Promise<{ order: Body }>;
  markAsDelivered(id: string, fulfillmentId: string, query?: AdminQuery, headers?: Headers): Promise<{ order: Body }>;
}

/**
 * Medusa's SDK payment calls: `{ payment }`. As in the SDK, the last argument is headers: send an
 * `Idempotency-Key` and send it again with a retry, so that a capture or refund whose answer was
 * lost is not made twice (README "How a checkout survives a crash").
 */
export interface PaymentActions {
  capture(id: string, body?: Body, query?: AdminQuery, headers?: Headers): Promise<{ payment: Body }>;
  refund(id: string, body?: Body, query?: AdminQuery, headers?: Headers): Promise<{ payment: Body }>;
}

/** Headers of one call (`{ 'idempotency-key': '…' }`). */
type Headers = Record<string, string>;

/** What one admin resource offers: the calls its schema has (a resource may have some and not others). */
export type AdminCalls = Partial<AdminResource & OrderActions & PaymentActions>;

/** One of Medusa's SDK admin calls beyond create/update/delete, on the mutation that does it. */
interface Action {
  mutation: string;
  /** The SDK call's positional arguments as the mutation's. */
  args(...given: unknown[]): Record<string, unknown>;
  /** What the SDK answers: the record the mutation returns, or the order it acted on, read afresh. */
  answer: 'returned' | 'order';
}

/** `sdk.admin.order.cancel(id)`, `sdk.admin.payment.capture(id, body)`, … (README "Order management"). */
const ACTIONS: Record<string, Record<string, Action>> = {
  order: {
    cancel: { mutation: 'admin_cancel_order', args: (id) => ({ order_id: id }), answer: 'order' },
    createFulfillment: {
      mutation: 'admin_create_fulfillment',
      args: (id, body) => ({ order_id: id, ...(body as Body) }),
      answer: 'order',
    },
    createShipment: {
      mutation: 'admin_create_shipment',
      args: (id, fulfillmentId, body) => ({ order_id: id, fulfillment_id: fulfillmentId, ...(body as Body) }),
      answer: 'order',
    },
    markAsDelivered: {
      mutation: 'admin_mark_fulfillment_delivered',
      args: (_id, fulfillmentId) => ({ fulfillment_id: fulfillmentId }),
      answer: 'order',
    },
  },
  payment: {
    capture: {
      mutation: 'admin_capture_payment',
      args: (id, body) => ({ payment_id: id, ...(body as Body) }),
      answer: 'returned',
    },
    refund: {
      mutation: 'admin_refund_payment',
      args: (id, body) => ({ payment_id: id, ...(body as Body) }),
      answer: 'returned',
    },
  },
};

/** The SDK calls of ACTIONS the schema offers: `actions.order.cancel(id, { fields })` → `{ order }`. */
export function createAdminActions(schema: GraphQLSchema, send: Send, graph: Graph) {
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const calls: Record<string, Record<string, (...given: unknown[]) => Promise<Record<string, Body | undefined>>>> = {};
  for (const [resource, actions] of Object.entries(ACTIONS)) {
    for (const [name, action] of Object.entries(actions)) {
      const field = mutations[action.mutation];
      const type = field && getNamedType(field.type);
      if (!field || !isObjectType(type)) continue;
      const run = mutate(send, field, type);
      (calls[resource] ??= {})[name] = async (...given) => {
        // After the call's own arguments come the query (`{ fields }`) and the headers, as in the SDK.
        const query = (given[action.args.length] ?? {}) as AdminQuery;
        const headers = given[action.args.length + 1] as Headers | undefined;
        if (action.answer === 'returned')
          return { [snake(type.name)]: (await run(action.args(...given), query, headers)) as Body };
        await run(action.args(...given), { fields: ['id'] }, headers);
        const { data } = await graph<Body>({
          entity: 'order',
          fields: fieldPaths(query.fields),
          filters: { id: given[0] as string },
        });
        return { order: data[0] };
      };
    }
  }
  return calls;
}
