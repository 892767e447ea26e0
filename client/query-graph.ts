import { getNullableType, isInputObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { ClientErrorCode, MedusaClientError } from './errors';
import { parseFieldPaths, type Selection } from './field-paths';
import { toGraphQLFilters, toGraphQLPagination, type Filters, type Pagination } from './filters';
import { printSelection, shapeResult } from './graphql';
import { entityQueries, type EntityQueries } from './schema';

/** Medusa's `query.graph` input. */
export interface QueryGraphInput {
  /** Medusa's entity name: `cart`, `carts`, `order`, `payment_collection`, `product_variant` (or `variant`), `order_cart`, … */
  entity: string;
  /** Medusa field paths: `"*"`, `"id"`, `"order.*"`, `"items.variant.product.title"`. Default `["*"]`. */
  fields?: readonly string[];
  filters?: Filters;
  pagination?: Pagination;
  /** Include soft-deleted root records. */
  with_deleted?: boolean;
  /** Medusa's spelling of `with_deleted`. */
  withDeleted?: boolean;
}

export interface QueryGraphMetadata {
  count: number;
  skip: number;
  take: number;
  /** The next page's `pagination.after`; null on the last page. */
  next_cursor: string | null;
  /** The previous page's `pagination.before`; null on the first page. */
  previous_cursor: string | null;
}

/** Medusa's `query.graph` result: `data` is always an array; `metadata` comes with every list query. */
export interface QueryGraphResult<T = Record<string, unknown>> {
  data: T[];
  metadata?: QueryGraphMetadata;
}

/** One GraphQL operation for a `query.graph` call, and how to turn its answer into Medusa's shape. */
export interface QueryGraphOperation {
  query: string;
  variables: Record<string, unknown>;
  shape(data: Record<string, unknown>): QueryGraphResult;
}

type Field = GraphQLField<unknown, unknown>;

function argumentType(field: Field, name: string): string | undefined {
  const arg = field.args.find((candidate) => candidate.name === name);
  return arg && String(arg.type);
}

/**
 * Builds the operation without sending it; every entity, field path, filter and pagination key is
 * checked against the schema here, so a mistake throws before any request.
 *
 * Mapping (as Medusa's Query reads the root module): a filter on the key alone
 * (`{ id: "cart_…" }`) without pagination reads by key (`cart(id:)`, which a guest may read);
 * anything else reads the entity's list (`carts(filters, pagination)`) and returns its metadata.
 * An entity with no list query (e.g. `shipping_method`) is read by key only, one or several
 * (`{ id: [...] }`, aliased in the same operation).
 */
export function buildQueryGraph(schema: GraphQLSchema, input: QueryGraphInput): QueryGraphOperation {
  const queries = entityQueries(schema, input.entity);
  const selection = parseFieldPaths(queries.type, input.fields ?? []);
  const withDeleted = input.with_deleted ?? input.withDeleted;
  const filters = Object.fromEntries(Object.entries(input.filters ?? {}).filter(([, value]) => value !== undefined));
  const byKey = queries.byKey;
  const keyOnly =
    byKey !== undefined &&
    Object.keys(filters).length === 1 &&
    filters[byKey.key] !== undefined &&
    input.pagination === undefined;

  if (byKey && keyOnly && typeof filters[byKey.key] === 'string') {
    return byKeyOperation(byKey, [filters[byKey.key] as string], selection, withDeleted);
  }
  if (queries.list) return listOperation(queries, queries.list, selection, filters, input.pagination, withDeleted);
  const keyValues = byKey && keyOnly ? filters[byKey.key] : undefined;
  if (byKey && Array.isArray(keyValues) && keyValues.every((value) => typeof value === 'string')) {
    return byKeyOperation(byKey, keyValues as string[], selection, withDeleted);
  }
  if (input.pagination !== undefined) {
    throw new MedusaClientError(
      ClientErrorCode.BadPagination,
      `"${input.entity}" has no list query, so it cannot be paginated; read it by ${byKey?.key}`,
    );
  }
  throw new MedusaClientError(
    ClientErrorCode.BadFilter,
    `"${input.entity}" has no list query: read it by ${byKey?.key} only, e.g. filters: { ${byKey?.key}: "…" } or { ${byKey?.key}: ["…", "…"] }`,
    { path: Object.keys(filters).find((key) => key !== byKey?.key) ?? byKey?.key },
  );
}

function listOperation(
  queries: EntityQueries,
  list: Field,
  selection: Selection,
  filters: Filters,
  pagination: Pagination | undefined,
  withDeleted: boolean | undefined,
): QueryGraphOperation {
  const variables: Record<string, unknown> = {};
  if (Object.keys(filters).length) {
    const input = getNullableType(list.args.find((arg) => arg.name === 'filters')!.type);
    if (!isInputObjectType(input)) throw new Error(`${list.name}(filters:) is not an input object`);
    variables.filters = toGraphQLFilters(queries.entity, filters, input);
  }
  if (pagination !== undefined) variables.pagination = toGraphQLPagination(pagination);
  if (withDeleted !== undefined) variables.with_deleted = withDeleted;
  const names = Object.keys(variables).filter((name) => argumentType(list, name));
  const definitions = names.map((name) => `$${name}: ${argumentType(list, name)}`).join(', ');
  const args = names.map((name) => `${name}: $${name}`).join(', ');
  const query =
    `query MedusaQueryGraph${definitions ? `(${definitions})` : ''} ` +
    `{ ${list.name}${args ? `(${args})` : ''} { data ${printSelection(selection)} metadata { count skip take next_cursor previous_cursor } } }`;
  return {
    query,
    variables,
    shape(data) {
      const page = data[list.name] as { data: unknown[]; metadata: QueryGraphMetadata };
      return { data: shapeResult(selection, page.data) as Record<string, unknown>[], metadata: page.metadata };
    },
  };
}

function byKeyOperation(
  byKey: NonNullable<EntityQueries['byKey']>,
  keys: string[],
  selection: Selection,
  withDeleted: boolean | undefined,
): QueryGraphOperation {
  const unique = [...new Set(keys)];
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const withDeletedType = withDeleted === undefined ? undefined : argumentType(byKey.field, 'with_deleted');
  if (withDeletedType) {
    variables.with_deleted = withDeleted;
    definitions.push(`$with_deleted: ${withDeletedType}`);
  }
  const selections = unique.map((key, index) => {
    variables[`${byKey.key}_${index}`] = key;
    definitions.push(`$${byKey.key}_${index}: ${argumentType(byKey.field, byKey.key)}`);
    const args = [
      `${byKey.key}: $${byKey.key}_${index}`,
      ...(withDeletedType ? ['with_deleted: $with_deleted'] : []),
    ].join(', ');
    return `record${index}: ${byKey.field.name}(${args}) ${printSelection(selection)}`;
  });
  return {
    query: `query MedusaQueryGraph(${definitions.join(', ')}) { ${selections.join(' ')} }`,
    variables,
    shape(data) {
      const records = unique
        .map((_key, index) => data[`record${index}`])
        .filter((record) => record !== null && record !== undefined);
      return { data: shapeResult(selection, records) as Record<string, unknown>[] };
    },
  };
}
