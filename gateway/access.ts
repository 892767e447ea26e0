import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { asRequestRefusal, requireAdmin } from '../kit/auth';
import type { GatewayContext } from './context';

/**
 * Who may call which root field, as Medusa's store and admin APIs divide them. Public fields are
 * the storefront's: the catalog, and whatever a shopper holds the id of (a cart, its items, its
 * payment collection, an order — Medusa's `GET /store/orders/:id` is open to the holder of the id).
 * Every other root field — the lists of carts, orders, customers, payments; promotions; sales
 * channels; fulfillment; the link tables and the Link API mutations — is for admin users.
 * A customer's own profile and addresses are public fields here, checked by the customer subgraph
 * against the token's customer (that needs the record, which the gateway does not have).
 * A root field missing from both lists is admin-only, so a new field is closed until opened here.
 */
export const PUBLIC_QUERIES: ReadonlySet<string> = new Set([
  'cart', 'line_item', 'shipping_method', 'cart_shipping_options',
  'order', 'order_line_item',
  'payment_collection', 'payment_session', 'payment_provider', 'payment_providers',
  'customer', 'customer_address',
  'region', 'regions', 'country', 'countries',
  'product', 'products', 'product_variant', 'product_variants', 'product_category', 'product_categories',
  'product_collection', 'product_collections', 'product_tag', 'product_tags', 'product_type', 'product_types',
  'product_option', 'product_options',
  'shipping_option',
]);

/** The storefront's cart flow: whoever holds the cart's id (Medusa's store cart routes). */
export const PUBLIC_MUTATIONS: ReadonlySet<string> = new Set([
  'create_cart', 'update_cart', 'add_line_item', 'update_line_item', 'remove_line_item', 'add_shipping_method',
  'add_promotions', 'remove_promotions', 'create_payment_collection', 'create_payment_session', 'complete_cart',
]);

const INTROSPECTION = new Set(['__typename', '__schema', '__type']);

/** The root fields an operation selects, through fragments. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

/** Refuses an operation before it is planned when a root field it selects is not for its actor. */
export function accessPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue, request }) {
          if (contextValue.authError) throw contextValue.authError;
          // graphql-js answers this itself; the gateway's executor would throw it as a 500.
          if (!operation) throw new GraphQLError(request.operationName ? `Unknown operation named "${request.operationName}"` : 'Must provide operation name if query contains multiple operations', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
          const open = operation.operation === 'mutation' ? PUBLIC_MUTATIONS : operation.operation === 'query' ? PUBLIC_QUERIES : new Set<string>();
          for (const field of rootFields(operation, document)) {
            if (INTROSPECTION.has(field) || open.has(field)) continue;
            try {
              requireAdmin(contextValue.actor, `${operation.operation === 'mutation' ? 'The mutation' : 'The query'} ${field}`);
            } catch (error) {
              throw error instanceof GraphQLError ? asRequestRefusal(error) : error;
            }
          }
        },
      };
    },
  };
}
