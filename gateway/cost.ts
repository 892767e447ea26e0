import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Demand control as Apollo Federation declares it (`@cost`, `@listSize`, the IBM GraphQL cost
 * specification), read from the composed supergraph:
 * - a field costs its weight (`@cost(weight:)` on the field, else on the type it returns, else 1
 *   for an object and 0 for a scalar) plus what its selection costs, times its list size;
 * - a list's size is its `pagination.take` (the Medusa-style argument of every paginated list: its
 *   literal, its variable, 20 when absent, at most 200) for the fields its `@listSize(sizedFields:)`
 *   names (`data` of a `CartList`), else its `@listSize(assumedSize:)`, else DEFAULT_LIST_SIZE;
 * - a mutation's root field weighs MUTATION_WEIGHT unless it says otherwise, plus each element of
 *   its list arguments (a row to write: `data` of `create_products`, `ids` of `soft_delete_…`) the
 *   argument's `@cost(weight:)`, else ROW_WEIGHT; a list it returns is as long as those arguments.
 * Federation 2.14 refuses a nested slicing argument (`pagination.take`), so that one convention
 * is the gateway's; everything else is in the declarations.
 */
export const DEFAULT_LIST_SIZE = 10;
export const MUTATION_WEIGHT = 10;
/** What one element of a mutation's list argument (a row to write) weighs, unless the argument declares it. */
export const ROW_WEIGHT = 1;
export const DEFAULT_TAKE = 20;
export const MAX_TAKE = 200;

interface ListSize {
  assumedSize?: number;
  sizedFields?: string[];
}

export interface CostPolicy {
  fieldWeight(typeName: string, fieldName: string): number | undefined;
  typeWeight(typeName: string): number | undefined;
  listSize(typeName: string, fieldName: string): ListSize | undefined;
  argumentWeight(typeName: string, fieldName: string, argumentName: string): number | undefined;
}

export function readCostPolicy(supergraphSdl: string): CostPolicy {
  const fieldWeights = new Map<string, number>();
  const typeWeights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const intArgument = (
    directive: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
    name: string,
  ) => {
    const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
    return value?.kind === Kind.INT ? Number(value.value) : undefined;
  };
  for (const definition of parse(supergraphSdl).definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    const typeCost = definition.directives?.find((directive) => directive.name.value === 'cost');
    if (typeCost) typeWeights.set(typeName, intArgument(typeCost, 'weight') ?? 0);
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      for (const directive of field.directives ?? []) {
        if (directive.name.value === 'cost') fieldWeights.set(key, intArgument(directive, 'weight') ?? 0);
        for (const argument of field.arguments ?? []) {
          const cost = argument.directives?.find((candidate) => candidate.name.value === 'cost');
          if (cost) fieldWeights.set(`${key}(${argument.name.value})`, intArgument(cost, 'weight') ?? 0);
        }
        if (directive.name.value === 'listSize') {
          const sized = directive.arguments?.find((argument) => argument.name.value === 'sizedFields')?.value;
          listSizes.set(key, {
            assumedSize: intArgument(directive, 'assumedSize'),
            sizedFields:
              sized?.kind === Kind.LIST
                ? sized.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : []))
                : undefined,
          });
        }
      }
    }
  }
  return {
    fieldWeight: (typeName, fieldName) => fieldWeights.get(`${typeName}.${fieldName}`),
    typeWeight: (typeName) => typeWeights.get(typeName),
    listSize: (typeName, fieldName) => listSizes.get(`${typeName}.${fieldName}`),
    argumentWeight: (typeName, fieldName, argumentName) =>
      fieldWeights.get(`${typeName}.${fieldName}(${argumentName})`),
  };
}

interface Walk {
  schema: GraphQLSchema;
  policy: CostPolicy;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The weight of a field: its own `@cost`, else its type's, else 1 for an object and 0 for a scalar (10 for a mutation). */
function weightOf(walk: Walk, parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number {
  const own = walk.policy.fieldWeight(parent.name, field.name);
  if (own !== undefined) return own;
  if (parent === walk.schema.getMutationType()) return MUTATION_WEIGHT;
  const returned = getNamedType(field.type);
  return walk.policy.typeWeight(returned.name) ?? (isCompositeType(returned) ? 1 : 0);
}

function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** `pagination.take` of a field, from its literal, its variable or the whole `pagination` variable; undefined without a `pagination` argument. */
function takeOf(walk: Walk, node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined {
  const argument = field.args.find((candidate) => candidate.name === 'pagination');
  if (!argument) return undefined;
  const given = node.arguments?.find((candidate) => candidate.name.value === 'pagination');
  const value = given
    ? (valueFromAST(given.value, argument.type, walk.variables) as { take?: unknown } | null | undefined)
    : undefined;
  const take = typeof value?.take === 'number' ? value.take : DEFAULT_TAKE;
  return Math.min(Math.max(1, Math.floor(take)), MAX_TAKE);
}

/** The rows a mutation's root field writes (the elements of its list arguments) and what they weigh. */
function rowsOf(walk: Walk, node: FieldNode, field: GraphQLField<unknown, unknown>): { rows: number; weight: number } {
  let rows = 0;
  let weight = 0;
  for (const argument of field.args) {
    if (!isList(argument.type)) continue;
    const given = node.arguments?.find((candidate) => candidate.name.value === argument.name);
    const value = given ? valueFromAST(given.value, argument.type, walk.variables) : undefined;
    const count = Array.isArray(value) ? value.length : 0;
    rows += count;
    weight +=
      count *
      (walk.policy.argumentWeight(walk.schema.getMutationType()!.name, field.name, argument.name) ?? ROW_WEIGHT);
  }
  return { rows, weight };
}

/**
 * The estimated cost of an operation, before it is planned: every list at the size its arguments
 * or declarations allow. Fragments are costed once per type (their cost does not depend on where
 * they are spread), so a document cannot make the estimate itself expensive.
 */
export function estimateCost(
  schema: GraphQLSchema,
  policy: CostPolicy,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const walk: Walk = { schema, policy, fragments: fragmentsOf(document), variables };
  const fragmentCosts = new Map<string, number>();
  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType,
    sized: ReadonlyMap<string, number>,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parent, selection);
        if (!field) continue;
        const returned = getNamedType(field.type);
        const take = takeOf(walk, selection, field);
        const declared = policy.listSize(parent.name, field.name);
        // A paginated wrapper (a `CartList`) sizes the fields it names; a plain list sizes itself.
        const childSizes = new Map<string, number>();
        if (declared?.sizedFields)
          for (const name of declared.sizedFields)
            childSizes.set(name, take ?? declared.assumedSize ?? DEFAULT_LIST_SIZE);
        const written = parent === schema.getMutationType() ? rowsOf(walk, selection, field) : undefined;
        const size =
          sized.get(field.name) ??
          (isList(field.type) && !declared?.sizedFields
            ? (take ?? declared?.assumedSize ?? (written?.rows || DEFAULT_LIST_SIZE))
            : 1);
        const children =
          selection.selectionSet && isCompositeType(returned)
            ? costOf(selection.selectionSet, returned, childSizes)
            : 0;
        // A mutation is one call whatever it returns: its weight once, its rows and its answer by their number.
        total += written
          ? weightOf(walk, parent, field) + written.weight + size * children
          : size * (weightOf(walk, parent, field) + children);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) total += costOf(selection.selectionSet, type, sized);
      } else {
        const fragment = walk.fragments.get(selection.name.value);
        if (!fragment) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (!type) continue;
        // Sized fields change what a fragment costs: such a fragment is costed where it is spread.
        const key = `${fragment.name.value}@${type.name}`;
        if (sized.size > 0) total += costOf(fragment.selectionSet, type, sized);
        else {
          if (!fragmentCosts.has(key)) {
            fragmentCosts.set(key, 0); // a cycle is refused by validation; this only guards the walk
            fragmentCosts.set(key, costOf(fragment.selectionSet, type, sized));
          }
          total += fragmentCosts.get(key)!;
        }
      }
    }
    return total;
  };
  const root = schema.getRootType(operation.operation);
  return root ? costOf(operation.selectionSet, root, new Map()) : 0;
}

/** What an answer actually cost by the same weights: every list at the length it came back with. */
export function actualCost(
  schema: GraphQLSchema,
  policy: CostPolicy,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: unknown,
): number {
  const walk: Walk = { schema, policy, fragments: fragmentsOf(document), variables: {} };
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, value: unknown): number => {
    if (value === null || typeof value !== 'object') return 0;
    if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + costOf(selectionSet, parent, item), 0);
    const record = value as Record<string, unknown>;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parent, selection);
        const key = selection.alias?.value ?? selection.name.value;
        if (!field || !(key in record)) continue;
        const returned = getNamedType(field.type);
        const answer = record[key];
        const count = Array.isArray(answer) ? answer.length : answer === null ? 0 : 1;
        total += count * weightOf(walk, parent, field);
        if (selection.selectionSet && isCompositeType(returned))
          total += costOf(selection.selectionSet, returned, answer);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
        if (!fragment) continue;
        const type = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (type) total += costOf(fragment.selectionSet, type, record);
      }
    }
    return total;
  };
  const root = schema.getRootType(operation.operation);
  return root ? costOf(operation.selectionSet, root, data) : 0;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

function fieldOf(parent: GraphQLNamedType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  if (node.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[node.name.value];
}
