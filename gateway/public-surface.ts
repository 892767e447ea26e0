import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Role } from '../kit/access';
import { mayRead, readAccessPolicy, type AccessPolicy } from './access-policy';

/** A non-admin role and what it may read. */
export type PublicRole = Exclude<Role, 'admin'>;
export const PUBLIC_ROLES: readonly PublicRole[] = ['guest', 'customer'];

/** A reachable type and the shortest path of fields that reaches it from a root field the role may call. */
export interface Reached {
  type: GraphQLNamedType;
  /** `[Query.cart, Cart.items]`: parent type name and field, from the root. */
  path: { parent: string; field: GraphQLField<unknown, unknown> }[];
}

/**
 * Every type a role can reach, from every root field it may call, through fields it may read
 * (breadth first, so each path is a shortest one). Unions are walked through their members.
 */
export function reachableTypes(schema: GraphQLSchema, policy: AccessPolicy, role: PublicRole): Map<string, Reached> {
  const reached = new Map<string, Reached>();
  const queue: Reached[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    reached.set(root.name, { type: root, path: [] });
    queue.push({ type: root, path: [] });
  }
  while (queue.length > 0) {
    const { type, path } = queue.shift()!;
    const next: { type: GraphQLNamedType; path: Reached['path'] }[] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const returned = getNamedType(field.type);
        if (isCompositeType(returned) && mayRead(policy, role, type, field))
          next.push({ type: returned, path: [...path, { parent: type.name, field }] });
      }
    } else if (isUnionType(type)) {
      for (const member of type.getTypes()) next.push({ type: member, path });
    }
    for (const candidate of next) {
      if (reached.has(candidate.type.name)) continue;
      reached.set(candidate.type.name, candidate);
      queue.push(candidate);
    }
  }
  return reached;
}

/** `Type.field` → the roles that may read it, for every field reachable by a non-admin role. */
export function publicSurface(schema: GraphQLSchema, policy: AccessPolicy): Map<string, PublicRole[]> {
  const surface = new Map<string, PublicRole[]>();
  for (const role of PUBLIC_ROLES) {
    for (const { type } of reachableTypes(schema, policy, role).values()) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!mayRead(policy, role, type, field)) continue;
        const coordinate = `${type.name}.${field.name}`;
        surface.set(coordinate, [...(surface.get(coordinate) ?? []), role]);
      }
    }
  }
  return new Map([...surface].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The committed listing (gateway/public-surface.txt): one line per field a guest or a customer may read. */
export function printPublicSurface(schema: GraphQLSchema, policy: AccessPolicy): string {
  const lines = [
    '# The public surface of the supergraph: every field a guest (no token) or a signed-in customer may',
    '# read, reachable from the root fields they may call. Admin users read everything. Per-record rules',
    "# (a registered customer's cart, profile and orders are that customer's) narrow it further.",
    "# Written by `npm run schema` (and `npm run compose`) from the access declarations in the subgraphs' schema.graphql files;",
    '# `npm run schema:check` (CI) fails when it is stale, so a change to who can read what shows here.',
    '',
  ];
  for (const [coordinate, roles] of publicSurface(schema, policy)) lines.push(`${coordinate}: ${roles.join(' ')}`);
  return `${lines.join('\n')}\n`;
}

/** The listing for a composed supergraph. */
export function publicSurfaceOf(supergraphSdl: string, schema: GraphQLSchema): string {
  return printPublicSurface(schema, readAccessPolicy(supergraphSdl));
}
