import {
  buildSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { apiSchema } from '../gateway/api-schema';
import { ClientErrorCode, MedusaClientError } from './errors';

/** A schema object, the SDL of one (e.g. gateway/api-schema.graphql), or nothing: the committed supergraph's API schema. */
export type SchemaSource = GraphQLSchema | string | undefined;

export function loadSchema(source: SchemaSource): GraphQLSchema {
  if (source === undefined) return apiSchema();
  return typeof source === 'string' ? buildSchema(source) : source;
}

/**
 * A paged list type (`CartList { data: [Cart!]! metadata: PageMetadata! }`): the element type, or
 * undefined for any other type. Field paths walk through it as if it were a plain list.
 */
export function pagedElementType(type: GraphQLObjectType): GraphQLObjectType | undefined {
  const fields = type.getFields();
  const data = fields.data;
  if (!data || !fields.metadata || !isListType(getNullableType(data.type))) return undefined;
  const element = getNamedType(data.type);
  return isObjectType(element) ? element : undefined;
}

/** Fields that can be selected without arguments: no argument is required. */
export function selectable(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
}

/** Medusa's `"*"`: every scalar or enum field of the type (its properties, no relations). */
export function leafFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => isLeafType(getNamedType(field.type)) && selectable(field));
}

/** How one Medusa entity name is read: a list query, a by-key query, or both. */
export interface EntityQueries {
  /** The name the caller used. */
  entity: string;
  type: GraphQLObjectType;
  /** `carts(filters, pagination, with_deleted)`, when the entity has one. */
  list?: GraphQLField<unknown, unknown>;
  /** `cart(id)`, when the entity has one, and the name of its key argument (`id`, or `iso_2` for a country). */
  byKey?: { field: GraphQLField<unknown, unknown>; key: string };
}

/** Names Medusa's Query knows that the supergraph spells out in full. */
const ENTITY_ALIASES: Record<string, string> = { variant: 'product_variant', variants: 'product_variants' };

function byKeyOf(
  field: GraphQLField<unknown, unknown>,
): { field: GraphQLField<unknown, unknown>; key: string } | undefined {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const type = getNullableType(field.type);
  if (required.length !== 1 || !isObjectType(type) || pagedElementType(type)) return undefined;
  return { field, key: required[0].name };
}

function listOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType | undefined {
  const type = getNullableType(field.type);
  return isObjectType(type) && selectable(field) && field.args.some((arg) => arg.name === 'filters')
    ? pagedElementType(type)
    : undefined;
}

/** The root queries that read `entity` (`cart`, `carts`, `order_cart`, `variant`, …). */
export function entityQueries(schema: GraphQLSchema, entity: string): EntityQueries {
  const rootFields = schema.getQueryType()?.getFields() ?? {};
  const root = rootFields[ENTITY_ALIASES[entity] ?? entity];
  const listed = root && listOf(root);
  const keyed = root && byKeyOf(root);
  const type = listed ?? (keyed && (getNullableType(keyed.field.type) as GraphQLObjectType));
  if (!root || !type) {
    throw new MedusaClientError(
      ClientErrorCode.UnknownEntity,
      `Unknown entity "${entity}": the supergraph has no query for it. Entities: ${entityNames(schema).join(', ')}`,
      { path: entity },
    );
  }
  const fields = Object.values(rootFields);
  return {
    entity,
    type,
    list: listed ? root : fields.find((field) => listOf(field) === type),
    byKey:
      keyed ?? fields.map(byKeyOf).find((candidate) => candidate && getNullableType(candidate.field.type) === type),
  };
}

/** Every entity name `query.graph` accepts (singular by-key queries and list queries). */
export function entityNames(schema: GraphQLSchema): string[] {
  return Object.values(schema.getQueryType()?.getFields() ?? {})
    .filter((field) => listOf(field) || byKeyOf(field))
    .map((field) => field.name);
}
