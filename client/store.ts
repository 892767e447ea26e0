import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { fieldPaths, type AdminQuery } from './admin';
import { parseFieldPaths } from './field-paths';
import { printSelection, shapeResult } from './graphql';
import type { Send } from './transport';

/**
 * Medusa's JS SDK store calls for a shopper's account (`sdk.store.customer.*`,
 * `sdk.store.cart.transferCart`), on the supergraph's store mutations, answered in the SDK's
 * shape. The token decides who acts: a registration token for `customer.create`, a customer's
 * token for the rest (see Customer accounts in the README).
 */
type Body = Record<string, unknown>;

export interface StoreApi {
  customer: {
    /** Registers the customer of a registration token: `{ customer }`; sign in again for a customer token. */
    create(body: Body, query?: AdminQuery): Promise<{ customer: Body }>;
    retrieve(query?: AdminQuery): Promise<{ customer: Body }>;
    update(body: Body, query?: AdminQuery): Promise<{ customer: Body }>;
    /** Adds an address: `{ customer }` with it, as the SDK answers. */
    createAddress(body: Body, query?: AdminQuery): Promise<{ customer: Body }>;
    updateAddress(addressId: string, body: Body, query?: AdminQuery): Promise<{ customer: Body }>;
    deleteAddress(addressId: string): Promise<{ id: string; object: 'address'; deleted: boolean }>;
  };
  cart: {
    /** The signed-in customer takes over a guest's cart: `{ cart }`. */
    transferCart(id: string, query?: AdminQuery): Promise<{ cart: Body }>;
  };
}

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name);
  if (!type || !isObjectType(type)) throw new Error(`The schema has no type ${name}`);
  return type;
}

export function createStoreApi(schema: GraphQLSchema, send: Send): StoreApi {
  const customerType = objectType(schema, 'Customer');
  const fieldArgs = (root: 'Query' | 'Mutation', name: string) => {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    const field = type?.getFields()[name];
    if (!field) throw new Error(`The schema has no ${root}.${name}`);
    return field;
  };
  /** Sends `root.name(args)` with `selection` wrapped by `wrap` (a path to the customer inside the answer). */
  const call = async (
    root: 'Query' | 'Mutation',
    name: string,
    variables: Record<string, unknown>,
    type: GraphQLObjectType,
    query: AdminQuery | undefined,
    wrap: (selection: string) => string = (selection) => selection,
  ) => {
    const field = fieldArgs(root, name);
    const selection = parseFieldPaths(type, fieldPaths(query?.fields));
    const names = Object.keys(variables);
    const definitions = names.map((arg) => `$${arg}: ${String(field.args.find((a) => a.name === arg)!.type)}`);
    const args = names.map((arg) => `${arg}: $${arg}`).join(', ');
    const data = await send(
      `${root === 'Query' ? 'query' : 'mutation'} MedusaStore${definitions.length ? `(${definitions.join(', ')})` : ''} ` +
        `{ ${name}${args ? `(${args})` : ''} ${wrap(printSelection(selection))} }`,
      variables,
    );
    return { answer: data[name] as Body, shape: (value: unknown) => shapeResult(selection, value) as Body };
  };
  const customerOf = (path: 'customer') => (selection: string) => `{ ${path} ${selection} }`;
  return {
    customer: {
      async create(data, query) {
        const { answer, shape } = await call(
          'Mutation',
          'register_customer',
          { data },
          customerType,
          query,
          customerOf('customer'),
        );
        return { customer: shape(answer.customer) };
      },
      async retrieve(query) {
        const { answer, shape } = await call('Query', 'me', {}, customerType, query);
        return { customer: shape(answer) };
      },
      async update(data, query) {
        const { answer, shape } = await call('Mutation', 'update_me', { data }, customerType, query);
        return { customer: shape(answer) };
      },
      async createAddress(data, query) {
        const { answer, shape } = await call(
          'Mutation',
          'create_my_address',
          { data },
          customerType,
          query,
          customerOf('customer'),
        );
        return { customer: shape(answer.customer) };
      },
      async updateAddress(id, data, query) {
        const { answer, shape } = await call(
          'Mutation',
          'update_my_address',
          { id, data },
          customerType,
          query,
          customerOf('customer'),
        );
        return { customer: shape(answer.customer) };
      },
      async deleteAddress(id) {
        const data = await send('mutation MedusaStore($id: ID!) { delete_my_address(id: $id) }', { id });
        return { id, object: 'address', deleted: data.delete_my_address === id };
      },
    },
    cart: {
      async transferCart(id, query) {
        const cartType = getNamedType(fieldArgs('Mutation', 'transfer_cart_customer').type) as GraphQLObjectType;
        const { answer, shape } = await call('Mutation', 'transfer_cart_customer', { cart_id: id }, cartType, query);
        return { cart: shape(answer) };
      },
    },
  };
}
