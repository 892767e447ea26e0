import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from './errors';

/**
 * Where the gateway serves the page describing each scalar's wire format (gateway/scalars.md).
 * Each scalar's `@specifiedBy(url:)` is this path and the scalar's name as fragment: a relative URL,
 * resolved against the GraphQL endpoint the schema came from, so it names the page on any host.
 */
export const SCALAR_SPECIFICATION_PATH = '/scalars';

function specifiedByURL(name: string): string {
  return `${SCALAR_SPECIFICATION_PATH}#${name}`;
}

/** ISO-8601 date-time, always written in UTC with milliseconds: `2026-11-27T20:57:58.000Z`. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  specifiedByURL: specifiedByURL('DateTime'),
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError(`DateTime cannot represent ${String(value)}`);
    return date.toISOString();
  },
  parseValue(value) {
    return parseDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('DateTime must be an ISO-8601 string');
    return parseDate(ast.value);
  },
});

// A calendar date, optionally with a time and an offset: `2026-11-27`, `2026-11-27T20:57:58Z`,
// `2026-11-27T21:57:58.123+01:00`. Years 0001–9999 only: PostgreSQL and JS agree on those.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

function parseDate(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  const day = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  // `2026-02-30` must not roll over into March.
  const isCalendarDay =
    match !== null && Number(match[1]) >= 1 && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
  const date = isCalendarDay ? new Date(match[4] ? (value as string) : `${day}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw badUserInput(
      `Invalid DateTime ${JSON.stringify(value)}: expected an ISO-8601 date-time such as "2026-11-27T20:57:58Z"`,
    );
  }
  return date;
}

// Up to 28 digits before the point and 20 after: any amount, and Medusa's raw precision.
const DECIMAL = /^-?\d{1,28}(\.\d{1,20})?$/;

/**
 * An exact decimal (Medusa's bigNumber), stored as `numeric`. It is written as a JSON **string**
 * ("19.99", "1000") so no amount ever passes through a binary float; it accepts a string or a number.
 */
export const BigNumber = new GraphQLScalarType({
  name: 'BigNumber',
  specifiedByURL: specifiedByURL('BigNumber'),
  serialize(value) {
    const text = String(value);
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw new TypeError(`BigNumber cannot represent ${text}`);
    return text;
  },
  parseValue(value) {
    return parseDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw badUserInput('BigNumber must be a decimal string or number');
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw badUserInput(
      `Invalid BigNumber ${JSON.stringify(value).slice(0, 64)}: expected a decimal such as "19.99" (at most 28 digits before the point and 20 after)`,
    );
  }
  return text;
}

/** Any JSON value (Medusa's `metadata`, `data`). */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  specifiedByURL: specifiedByURL('JSON'),
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});

function literalToJson(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((item) => literalToJson(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalToJson(field.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw badUserInput('Invalid JSON literal');
  }
}

/** The scalars every subgraph schema declares, ready to spread into its resolvers. */
export const scalarResolvers = { DateTime, BigNumber, JSON: JSONScalar };
