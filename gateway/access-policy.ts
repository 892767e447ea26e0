import { DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES } from '@apollo/federation-internals';
import { getNamedType, isCompositeType, Kind, parse, type GraphQLField, type GraphQLNamedType } from 'graphql';
import { accessRequirement, satisfies, type AccessRequirement, type Role } from '../kit/access';

/**
 * The supergraph's security features this gateway enforces (gateway/plugins/access.ts). Apollo's
 * supergraph loader refuses a supergraph that uses a security feature its gateway does not
 * support, which stock @apollo/gateway does for all of them; ours supports exactly these, so a
 * supergraph using another one (`@policy`, which needs a policy engine) still fails to load.
 */
export const ENFORCED_FEATURES: readonly string[] = [
  'https://specs.apollo.dev/authenticated/v0.1',
  'https://specs.apollo.dev/requiresScopes/v0.1',
];

/** Apollo's default supported features plus the ones this gateway enforces. */
export const SUPPORTED_FEATURES: ReadonlySet<string> = new Set([
  ...DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES,
  ...ENFORCED_FEATURES,
]);

/**
 * Tells the gateway's supergraph loader (which reads Apollo's default set, with no option to pass
 * another) that this process enforces ENFORCED_FEATURES. Called by buildGateway only.
 */
export function declareEnforcedFeatures(): void {
  for (const feature of ENFORCED_FEATURES) DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES.add(feature);
}

/**
 * Who may read each type and field of the supergraph, as its subgraphs declare it
 * (`@requiresScopes`, `@authenticated`, `@policy`; see kit/access.ts), read once from the composed
 * supergraph. An element that declares nothing is undefined here: admin users only.
 */
export interface AccessPolicy {
  /** The declaration of a type (guards every field that returns it). */
  type(name: string): AccessRequirement | undefined;
  /** The declaration of a field. */
  field(typeName: string, fieldName: string): AccessRequirement | undefined;
}

export function readAccessPolicy(supergraphSdl: string): AccessPolicy {
  const types = new Map<string, AccessRequirement>();
  const fields = new Map<string, AccessRequirement>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.UNION_TYPE_DEFINITION
    )
      continue;
    const typeName = definition.name.value;
    const declared = accessRequirement(definition.directives);
    if (declared) types.set(typeName, declared);
    if (definition.kind === Kind.UNION_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const requirement = accessRequirement(field.directives);
      if (requirement) fields.set(`${typeName}.${field.name.value}`, requirement);
    }
  }
  return {
    type: (name) => types.get(name),
    field: (typeName, fieldName) => fields.get(`${typeName}.${fieldName}`),
  };
}

/** Whether a role may read a field: its own declaration and that of the type it returns both admit the role. */
export function mayRead(
  policy: AccessPolicy,
  role: Role,
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
): boolean {
  const returned = getNamedType(field.type);
  return (
    satisfies(role, policy.field(parent.name, field.name)) &&
    (!isCompositeType(returned) || satisfies(role, policy.type(returned.name)))
  );
}
