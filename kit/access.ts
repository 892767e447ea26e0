import {
  Kind,
  visit,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  type FieldDefinitionNode,
} from 'graphql';
import type { Actor } from './auth';

/**
 * Who may read a field is declared in the subgraph's schema.graphql with Apollo Federation's
 * authorization directives, and enforced by the gateway on every field wherever it appears:
 *
 * - `@requiresScopes(scopes: [["guest"]])`: anyone, with or without a token (the storefront's data);
 * - `@authenticated`: a signed-in customer (and admins);
 * - no declaration, or `@requiresScopes(scopes: [["admin"]])`: admin users only (closed by default).
 *
 * Roles are scopes: a request without a token has the scope `guest`; a customer's token `guest`
 * and `customer`; an admin user (and the product's own calls) may read everything.
 */
export type Role = 'guest' | 'customer' | 'admin';

export const ROLE_SCOPES: Readonly<Record<Exclude<Role, 'admin'>, readonly string[]>> = {
  guest: ['guest'],
  customer: ['guest', 'customer'],
};

export function roleOf(actor: Actor): Role {
  if (actor.type === 'user' || actor.type === 'system') return 'admin';
  return actor.type === 'customer' ? 'customer' : 'guest';
}

/** The authorization directives of one element: all that are present must hold. */
export interface AccessRequirement {
  /** `@authenticated`: a token must identify the actor. */
  authenticated: boolean;
  /** `@requiresScopes`: one of these scope sets (each a conjunction) must be held; empty: none required. */
  scopes: string[][];
  /** `@policy`: policies the gateway does not evaluate; present means no non-admin role passes. */
  policies: string[][];
}

const ACCESS_DIRECTIVES = new Set(['authenticated', 'requiresScopes', 'policy']);

/** The access requirement an element's directives declare; undefined when it declares none. */
export function accessRequirement(
  directives: readonly ConstDirectiveNode[] | undefined,
): AccessRequirement | undefined {
  const declared = directives?.filter((directive) => ACCESS_DIRECTIVES.has(directive.name.value)) ?? [];
  if (declared.length === 0) return undefined;
  const requirement: AccessRequirement = { authenticated: false, scopes: [], policies: [] };
  for (const directive of declared) {
    if (directive.name.value === 'authenticated') requirement.authenticated = true;
    else {
      const argument = directive.arguments?.find(
        (candidate) => candidate.name.value === (directive.name.value === 'policy' ? 'policies' : 'scopes'),
      );
      const sets = argument ? stringLists(argument.value) : [];
      // Composition merges the same directive of several subgraphs into one (a conjunction of both).
      const target = directive.name.value === 'policy' ? requirement.policies : requirement.scopes;
      target.push(...sets);
    }
  }
  return requirement;
}

function stringLists(value: ConstValueNode): string[][] {
  if (value.kind !== Kind.LIST) return [];
  return value.values.map((inner) =>
    inner.kind === Kind.LIST ? inner.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : [])) : [],
  );
}

/** Whether a role satisfies a requirement. Admins satisfy every requirement; nobody else an undeclared one. */
export function satisfies(role: Role, requirement: AccessRequirement | undefined): boolean {
  if (role === 'admin') return true;
  if (!requirement) return false;
  if (requirement.policies.length > 0) return false;
  if (requirement.authenticated && role === 'guest') return false;
  if (requirement.scopes.length === 0) return true;
  const held = ROLE_SCOPES[role];
  return requirement.scopes.some((set) => set.every((scope) => held.includes(scope)));
}

/** Who may read, in words: for error messages and the public surface. */
export function describeRequirement(requirement: AccessRequirement | undefined): string {
  if (satisfies('guest', requirement)) return 'anyone';
  if (satisfies('customer', requirement)) return 'signed-in customers';
  return 'admin users';
}

/**
 * A type's declaration is the default of the fields its subgraph declares for it: in a subgraph's
 * schema.graphql, `type Cart @requiresScopes(scopes: [["guest"]]) { … }` opens every field written
 * in that block that has no declaration of its own. It is copied onto those fields before the
 * schema is served or composed, so the supergraph states each field's requirement explicitly, and a
 * field another subgraph adds to the type (a reverse list on a stub) stays closed until it is
 * declared there.
 */
export function expandTypeAccess(document: DocumentNode): DocumentNode {
  const withDefaults = <
    Node extends { directives?: readonly ConstDirectiveNode[]; fields?: readonly FieldDefinitionNode[] },
  >(
    node: Node,
  ): Node => {
    const typeDeclaration = node.directives?.filter((directive) => ACCESS_DIRECTIVES.has(directive.name.value)) ?? [];
    if (typeDeclaration.length === 0 || !node.fields) return node;
    const fields = node.fields.map((field) =>
      accessRequirement(field.directives)
        ? field
        : { ...field, directives: [...(field.directives ?? []), ...typeDeclaration] },
    );
    return { ...node, fields };
  };
  return visit(document, {
    ObjectTypeDefinition: withDefaults,
    ObjectTypeExtension: withDefaults,
    InterfaceTypeDefinition: withDefaults,
    InterfaceTypeExtension: withDefaults,
  });
}
