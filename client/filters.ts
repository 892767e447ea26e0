import {
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { ClientErrorCode, MedusaClientError } from './errors';

/**
 * Medusa's filter values: a value, a list (`$in`), or an operator object
 * (`{ $gte: "2025-01-01" }`, `{ gte: … }` works too). Dates may be `Date` objects.
 */
export type FilterValue =
  | string
  | number
  | boolean
  | Date
  | null
  | readonly (string | number | boolean | Date)[]
  | { [operator: string]: unknown };
export type Filters = Record<string, FilterValue | undefined>;

/**
 * Medusa's pagination: `order` as `{ created_at: "DESC" }`, or our sort string (`"-created_at,id"`);
 * beyond Medusa, a cursor from `metadata.next_cursor` (`after`) or `metadata.previous_cursor` (`before`).
 */
export interface Pagination {
  skip?: number;
  take?: number;
  order?: string | Record<string, 'ASC' | 'DESC' | 'asc' | 'desc'>;
  after?: string;
  before?: string;
}

function badFilter(message: string, path: string): MedusaClientError {
  return new MedusaClientError(ClientErrorCode.BadFilter, message, { path });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function scalar(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Medusa's filters → the entity's GraphQL filters input (`CartFilters`): a single value is wrapped
 * where the input takes a list (`id: "cart_…"` → `id: ["cart_…"]`), `$in`/`$eq` are unwrapped,
 * `$gte`… become the range input's `gte`…. Keys the input does not have throw BAD_FILTER, naming
 * the ones it has.
 */
export function toGraphQLFilters(
  entity: string,
  filters: Filters,
  input: GraphQLInputObjectType,
): Record<string, unknown> {
  const fields = input.getFields();
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    const field = fields[key];
    if (!field) {
      throw badFilter(
        `Unknown filter "${key}" on ${entity} (${input.name}); filters: ${Object.keys(fields).join(', ')}`,
        key,
      );
    }
    converted[key] = convert(value, field.type, key);
  }
  return converted;
}

function convert(value: unknown, type: GraphQLInputType, path: string): unknown {
  if (value === null) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) return value.map(scalar);
    if (isPlainObject(value)) {
      const [operator, ...others] = Object.keys(value);
      if (others.length === 0 && (operator === '$in' || operator === 'in') && Array.isArray(value[operator])) {
        return (value[operator] as unknown[]).map(scalar);
      }
      if (others.length === 0 && (operator === '$eq' || operator === 'eq')) return [scalar(value[operator])];
      throw badFilter(
        `Filter "${path}" takes a value, a list of values or { $in: [...] }, got ${JSON.stringify(value)}`,
        path,
      );
    }
    return [scalar(value)];
  }
  if (isInputObjectType(nullable)) {
    const operators = nullable.getFields();
    if (!isPlainObject(value)) {
      if (Array.isArray(value)) throw badFilter(`Filter "${path}" takes one value or a range, got a list`, path);
      if (!operators.eq)
        throw badFilter(`Filter "${path}" takes an object (${nullable.name}), got ${JSON.stringify(value)}`, path);
      return { eq: scalar(value) };
    }
    const range: Record<string, unknown> = {};
    for (const [operator, bound] of Object.entries(value)) {
      const name = operator.startsWith('$') ? operator.slice(1) : operator;
      if (!operators[name]) {
        throw badFilter(
          `Unknown operator "${operator}" in filter "${path}" (${nullable.name}); operators: ${Object.keys(operators)
            .map((op) => `$${op}`)
            .join(', ')}`,
          `${path}.${operator}`,
        );
      }
      range[name] = convert(bound, operators[name].type, `${path}.${operator}`);
    }
    return range;
  }
  if (Array.isArray(value)) {
    if (value.length === 1) return scalar(value[0]);
    throw badFilter(`Filter "${path}" takes one value, got a list of ${value.length}`, path);
  }
  if (isPlainObject(value)) {
    const [operator, ...others] = Object.keys(value);
    if (others.length === 0 && (operator === '$eq' || operator === 'eq')) return scalar(value[operator]);
    throw badFilter(`Filter "${path}" takes one value (or { $eq: value }), got ${JSON.stringify(value)}`, path);
  }
  return scalar(value);
}

/** Medusa's `{ skip, take, order: { created_at: "DESC", id: "ASC" } }` → `{ skip, take, order: "-created_at,id" }`; cursors as they are. */
export function toGraphQLPagination(pagination: Pagination): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pagination)) {
    if (value === undefined) continue;
    if (key === 'skip' || key === 'take' || key === 'after' || key === 'before') converted[key] = value;
    else if (key === 'order') converted.order = toSortString(value);
    else {
      throw new MedusaClientError(
        ClientErrorCode.BadPagination,
        `Unknown pagination key "${key}"; keys: skip, take, order, after, before`,
        { path: key },
      );
    }
  }
  return converted;
}

function toSortString(order: unknown): string {
  if (typeof order === 'string') return order;
  if (!isPlainObject(order)) {
    throw new MedusaClientError(
      ClientErrorCode.BadPagination,
      `pagination.order is { field: "ASC" | "DESC" } or a string like "-created_at", got ${JSON.stringify(order)}`,
      {
        path: 'order',
      },
    );
  }
  return Object.entries(order)
    .map(([field, direction]) => {
      const upper = typeof direction === 'string' ? direction.toUpperCase() : undefined;
      if (upper !== 'ASC' && upper !== 'DESC') {
        // Medusa sorts by a relation's field with a nested object; the supergraph sorts a list by its own fields only.
        throw new MedusaClientError(
          ClientErrorCode.BadPagination,
          `pagination.order.${field} must be "ASC" or "DESC"${isPlainObject(direction) ? " (sorting by a relation's field is not supported)" : ''}`,
          { path: `order.${field}` },
        );
      }
      return upper === 'DESC' ? `-${field}` : field;
    })
    .join(',');
}
