import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  visit,
  type GraphQLError,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
} from 'graphql';
import { roleOf, type Role } from '../../kit/access';
import {
  asRequestRefusal,
  ErrorCode,
  forbidden,
  formatted,
  operationResolutionFailure,
  unauthenticated,
} from '../../kit/errors';
import { filterOperation, type FilteredOperation, type Refusal } from '../access-filter';
import type { AccessPolicy } from '../access-policy';
import type { GatewayContext } from '../context';

/** Filtered operations kept per role and document: a storefront sends the same few operations again and again. */
const FILTER_CACHE_SIZE = 1000;

/**
 * Enforces the supergraph's access declarations (gateway/access-policy.ts) on every field of every
 * operation, before it is planned: admins pass untouched; for a guest or a customer each refused
 * field is taken out of the operation (no subgraph is asked for it) and comes back `null` with an
 * UNAUTHENTICATED (guest) or FORBIDDEN (customer) error at its path, the rest of the answer as it
 * is. A request with nothing left to run is refused whole: HTTP 401 or 403. Per-record rules (whose
 * cart, whose profile) are the owning subgraphs'.
 */
export function accessPlugin(policy: AccessPolicy): ApolloServerPlugin<GatewayContext> {
  const cache = new Map<string, FilteredOperation>();
  return {
    async requestDidStart() {
      let refusals: Refusal[] = [];
      return {
        async didResolveOperation(requestContext) {
          const { operation, document, contextValue, request, schema } = requestContext;
          if (contextValue.authError) throw contextValue.authError;
          // graphql-js answers this itself; the gateway's executor would throw it as a 500.
          if (!operation)
            throw operationResolutionFailure(
              request.operationName
                ? `Unknown operation named "${request.operationName}"`
                : 'Must provide operation name if query contains multiple operations',
            );
          const role = roleOf(contextValue.actor);
          if (role === 'admin') return;
          refuseDeletedRecords(document, operation, request.variables ?? {}, role);
          const key = `${role}\n${requestContext.queryHash}\n${request.operationName ?? ''}`;
          let filtered = cache.get(key);
          if (!filtered) {
            filtered = filterOperation(schema, policy, role, document, operation);
            if (cache.size >= FILTER_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
            cache.set(key, filtered);
          }
          if (filtered.refusedWhole) throw asRequestRefusal(refusalError(filtered.refusedWhole));
          if (!filtered.document) return;
          refusals = filtered.refusals;
          // The gateway plans `document` and keys its plan cache by `queryHash`: the filtered
          // operation is another operation, with a plan of its own.
          Object.assign(requestContext, {
            document: filtered.document,
            operation: filtered.document.definitions[0],
            queryHash: `${requestContext.queryHash}:${role}`,
          });
        },
        async willSendResponse({ response }) {
          if (refusals.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const errors = nullRefusedFields(result.data, refusals);
          if (errors.length > 0) result.errors = [...errors, ...(result.errors ?? [])];
        },
      };
    },
  };
}

function refusalError(refusal: Refusal): GraphQLError {
  const refuse = refusal.code === ErrorCode.Unauthenticated ? unauthenticated : forbidden;
  return refuse(refusal.message, { field: refusal.coordinate });
}

/**
 * Sets each refused field to null wherever the answer reached it (it holds the `__typename` that
 * replaced it), and returns one error per refused field, at the first position it was refused.
 */
export function nullRefusedFields(
  data: Record<string, unknown> | null | undefined,
  refusals: readonly Refusal[],
): GraphQLFormattedError[] {
  const errors: GraphQLFormattedError[] = [];
  for (const refusal of refusals) {
    let first: (string | number)[] | undefined;
    const walk = (value: unknown, depth: number, path: (string | number)[]) => {
      if (Array.isArray(value)) {
        value.forEach((item, index) => walk(item, depth, [...path, index]));
        return;
      }
      if (value === null || typeof value !== 'object') return;
      const key = refusal.nullPath[depth];
      if (!(key in value)) return;
      const record = value as Record<string, unknown>;
      if (depth < refusal.nullPath.length - 1) {
        walk(record[key], depth + 1, [...path, key]);
        return;
      }
      record[key] = null;
      first ??= [...path, key];
    };
    walk(data, 0, []);
    if (first) errors.push({ ...formatted(refusalError(refusal)), path: first });
  }
  return errors;
}

/** `with_deleted: true` shows soft-deleted records: admins only, as in Medusa's store API. */
function refuseDeletedRecords(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  role: Exclude<Role, 'admin'>,
): void {
  const defaults = new Map(
    operation.variableDefinitions?.map((definition) => [definition.variable.name.value, definition.defaultValue]),
  );
  let asked = false;
  const check = {
    Argument(node: ArgumentNode) {
      if (node.name.value !== 'with_deleted') return;
      const { value } = node;
      if (value.kind === Kind.BOOLEAN && value.value) asked = true;
      if (value.kind === Kind.VARIABLE) {
        const given = variables[value.name.value];
        const fallback = defaults.get(value.name.value);
        if (given === true || (given === undefined && fallback?.kind === Kind.BOOLEAN && fallback.value)) asked = true;
      }
    },
  };
  visit(operation, check);
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, check);
  if (!asked) return;
  const message =
    role === 'guest'
      ? "with_deleted: true (soft-deleted records) is for admin users: send an admin user's bearer token"
      : 'with_deleted: true (soft-deleted records) is for admin users only';
  throw asRequestRefusal(role === 'guest' ? unauthenticated(message) : forbidden(message));
}
