import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { describeRequirement, satisfies, type Role } from '../kit/access';
import { ErrorCode } from '../kit/errors';
import { mayRead, type AccessPolicy } from './access-policy';

/** A field the actor may not read, and where its answer comes back null. */
export interface Refusal {
  /** The refused field, `Region.carts`. */
  coordinate: string;
  code: typeof ErrorCode.Unauthenticated | typeof ErrorCode.Forbidden;
  message: string;
  /**
   * Response keys from the root to the position that comes back null: the refused field, or, when
   * it cannot be null, its nearest nullable ancestor (GraphQL's null propagation, decided before
   * planning). Lists on the way are walked through.
   */
  nullPath: string[];
}

export interface FilteredOperation {
  /** The operation without the refused fields, to plan and run; undefined when nothing is refused. */
  document?: DocumentNode;
  /** The refused fields of a request that still runs. */
  refusals: Refusal[];
  /** Set when nothing of the request may run: every root field is refused (or a refusal reaches the root). */
  refusedWhole?: Refusal;
}

/**
 * Removes from an operation every field the role may not read, before it is planned, so no
 * subgraph is asked for it. A field is readable when the field's own declaration and the
 * declaration of the type it returns both admit the role (Apollo's rule: a type's declaration
 * guards every field that returns it). A refused field is replaced by `__typename` under its own
 * response key (keeping its `@skip` / `@include`), which the gateway answers without a subgraph
 * and the caller turns into `null` with an error. Fragments that hold a refused field are inlined
 * where they are spread, so a refusal inside one is placed at each of its positions.
 */
export function filterOperation(
  schema: GraphQLSchema,
  policy: AccessPolicy,
  role: Exclude<Role, 'admin'>,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): FilteredOperation {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const refusals: Refusal[] = [];

  const refusalOf = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    nullPath: string[],
  ): Refusal | undefined => {
    if (mayRead(policy, role, parent, field)) return undefined;
    const coordinate = `${parent.name}.${field.name}`;
    const returned = getNamedType(field.type);
    // The field's own declaration refused it, or else the declaration of the type it returns.
    const fieldRequirement = policy.field(parent.name, field.name);
    const [requirement, what] = satisfies(role, fieldRequirement)
      ? [policy.type(returned.name), `${coordinate} (a ${returned.name})`]
      : [fieldRequirement, coordinate];
    if (role === 'guest') {
      const who =
        describeRequirement(requirement) === 'signed-in customers'
          ? "a signed-in customer: send the customer's bearer token"
          : "an admin user: send an admin user's bearer token";
      return { coordinate, code: ErrorCode.Unauthenticated, message: `${what} is readable only by ${who}`, nullPath };
    }
    return { coordinate, code: ErrorCode.Forbidden, message: `${what} is readable only by admin users`, nullPath };
  };

  interface Visited {
    selectionSet: SelectionSetNode;
    /** A refusal that cannot be null here: the field holding this selection set must be nulled instead. */
    bubble?: Refusal;
  }

  const visitSelectionSet = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, path: string[]): Visited => {
    let changed = false;
    const selections: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field =
          name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))
            ? undefined
            : parent.getFields()[name];
        // Introspection and __typename are the gateway's own; an unknown field cannot pass validation.
        if (!field) {
          selections.push(selection);
          continue;
        }
        const key = selection.alias?.value ?? name;
        const refusal = refusalOf(parent, field, [...path, key]);
        let nulled: Refusal | undefined = refusal;
        let replacement: FieldNode = selection;
        if (!refusal && selection.selectionSet) {
          const child = visitSelectionSet(selection.selectionSet, getNamedType(field.type) as GraphQLCompositeType, [
            ...path,
            key,
          ]);
          if (child.bubble) nulled = { ...child.bubble, nullPath: [...path, key] };
          else if (child.selectionSet !== selection.selectionSet)
            replacement = { ...selection, selectionSet: child.selectionSet };
        }
        if (nulled) {
          if (isNonNullType(field.type)) return { selectionSet, bubble: nulled };
          refusals.push(nulled);
          replacement = placeholder(selection, key);
        }
        if (replacement !== selection) changed = true;
        selections.push(replacement);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : undefined;
        const inner = selection.kind === Kind.FRAGMENT_SPREAD ? fragment?.selectionSet : selection.selectionSet;
        const condition = selection.kind === Kind.FRAGMENT_SPREAD ? fragment?.typeCondition : selection.typeCondition;
        if (!inner) {
          selections.push(selection);
          continue;
        }
        const type = condition ? (schema.getType(condition.name.value) as GraphQLCompositeType) : parent;
        const child = visitSelectionSet(inner, type, path);
        if (child.bubble) return { selectionSet, bubble: child.bubble };
        if (child.selectionSet === inner) {
          selections.push(selection);
          continue;
        }
        changed = true;
        selections.push({
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: condition,
          directives: selection.directives,
          selectionSet: child.selectionSet,
        });
      }
    }
    return { selectionSet: changed ? { ...selectionSet, selections } : selectionSet };
  };

  const root = schema.getRootType(operation.operation);
  if (!root) return { refusals };
  const visited = visitSelectionSet(operation.selectionSet, root, []);
  if (visited.bubble) return { refusals, refusedWhole: visited.bubble };
  if (refusals.length === 0) return { refusals };
  if (!selectsData(visited.selectionSet, fragments)) return { refusals, refusedWhole: refusals[0] };
  const rewritten: OperationDefinitionNode = { ...operation, selectionSet: visited.selectionSet };
  return {
    document: { kind: Kind.DOCUMENT, definitions: [rewritten, ...usedFragments(rewritten, fragments)] },
    refusals,
  };
}

/** `key: __typename`, with the field's own conditions. */
function placeholder(field: FieldNode, key: string): FieldNode {
  return {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: key },
    name: { kind: Kind.NAME, value: '__typename' },
    directives: field.directives,
  };
}

/** Whether a root selection set still asks for more than `__typename` (which every refused field became). */
function selectsData(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value !== '__typename';
    const inner =
      selection.kind === Kind.FRAGMENT_SPREAD
        ? fragments.get(selection.name.value)?.selectionSet
        : selection.selectionSet;
    return inner ? selectsData(inner, fragments) : false;
  });
}

/** The fragment definitions the rewritten operation still spreads, directly or through each other. */
function usedFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment.selectionSet);
        }
      } else if (selection.selectionSet) collect(selection.selectionSet);
    }
  };
  collect(operation.selectionSet);
  return [...used.values()];
}
