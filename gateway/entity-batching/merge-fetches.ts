import { Kind, parse, print, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Options, Waiting } from './batcher';

/** Fetches with the same group go with one `_entities` field: the same query and other variables. */
export function groupOf(options: Options): string {
  const { representations: _representations, ...otherVariables } = options.request.variables ?? {};
  return `${JSON.stringify(otherVariables)}\n${options.request.query}`;
}

export interface MergedGroup {
  members: Waiting[];
  /** The group's fetch: its members' distinct representations, in the order first asked. */
  options: Options;
  /** Per member, where each of its representations is in the group's list. */
  positions: number[][];
}

/** The fetches of a batch by group, each group as one fetch of its members' distinct representations. */
export function mergeGroups(batch: Waiting[]): MergedGroup[] {
  const groups = new Map<string, Waiting[]>();
  for (const member of batch) {
    const group = groups.get(member.group);
    if (group) group.push(member);
    else groups.set(member.group, [member]);
  }
  return [...groups.values()].map(mergeGroup);
}

function mergeGroup(members: Waiting[]): MergedGroup {
  const unique: unknown[] = [];
  const indexOf = new Map<string, number>();
  const positions = members.map(({ options }) =>
    (options.request.variables!.representations as unknown[]).map((representation) => {
      const text = representationKey(representation);
      let index = indexOf.get(text);
      if (index === undefined) {
        index = unique.length;
        unique.push(representation);
        indexOf.set(text, index);
      }
      return index;
    }),
  );
  const first = members[0].options;
  const options = {
    ...first,
    request: { ...first.request, variables: { ...first.request.variables, representations: unique } },
  } as Options;
  return { members, options, positions };
}

/**
 * The identity of a representation for de-duplication. Every entity here is keyed by `id`, so a
 * representation is nearly always `{ __typename, id }`: that shape gets a plain string key, since
 * JSON.stringify of every representation of a 50-cart page was most of the batcher's own time.
 */
function representationKey(representation: unknown): string {
  const { __typename, id } = representation as { __typename?: unknown; id?: unknown };
  if (typeof __typename === 'string' && typeof id === 'string' && Object.keys(representation as object).length === 2)
    return `${__typename}\u0000${id}`;
  return JSON.stringify(representation);
}

const COMBINED_OPERATION = 'EntityBatch';
const suffix = (index: number) => `__${index}`;
/** The alias of the query at `index` in a combined document. */
export const aliasOf = (index: number) => `_entities${suffix(index)}`;

/**
 * The fetch of several groups' queries as one document (`query`, from `combineQueries`), with each
 * group's variables renamed by its suffix; the rest of the fetch is `first`'s.
 */
export function combinedFetch(first: Options, merged: MergedGroup[], query: string): Options {
  const variables: Record<string, unknown> = {};
  merged.forEach((group, index) => {
    for (const [name, value] of Object.entries(group.options.request.variables ?? {}))
      variables[`${name}${suffix(index)}`] = value;
  });
  const request = { ...first.request, query, operationName: COMBINED_OPERATION, variables };
  return { ...first, request } as Options;
}

/** Combined documents by their queries (joined): a plan's fetches repeat, so they repeat too. */
const combinedQueries = new Map<string, string | null>();
const MAX_COMBINED_QUERIES = 1000;

/**
 * One document asking each query's `_entities` under its own alias (`_entities__0`, …), with each
 * query's variables and fragments renamed by the same suffix. Null when a query is not a single
 * `_entities` field (Apollo's entity fetches always are), so it is sent on its own.
 */
export function combineQueries(queries: string[]): string | null {
  const cacheKey = queries.join('\n\u0000\n');
  const known = combinedQueries.get(cacheKey);
  if (known !== undefined) return known;
  let combined: string | null;
  try {
    combined = buildCombinedQuery(queries.map((query) => parse(query, { noLocation: true })));
  } catch {
    combined = null;
  }
  if (combinedQueries.size >= MAX_COMBINED_QUERIES) combinedQueries.clear();
  combinedQueries.set(cacheKey, combined);
  return combined;
}

function buildCombinedQuery(documents: DocumentNode[]): string | null {
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: COMBINED_OPERATION },
    variableDefinitions: [],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [] },
  };
  const definitions: DocumentNode['definitions'][number][] = [operation];
  for (const [index, document] of documents.entries()) {
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || operations[0].operation !== 'query') return null;
    const [root] = operations[0].selectionSet.selections;
    if (
      operations[0].selectionSet.selections.length !== 1 ||
      root.kind !== Kind.FIELD ||
      root.name.value !== '_entities' ||
      root.alias
    )
      return null;
    const renamed = visit(document, {
      Variable: (node) => ({ ...node, name: { ...node.name, value: `${node.name.value}${suffix(index)}` } }),
      FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: `${node.name.value}${suffix(index)}` } }),
      FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: `${node.name.value}${suffix(index)}` } }),
    });
    for (const definition of renamed.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) {
        const field = definition.selectionSet.selections[0];
        if (field.kind !== Kind.FIELD) return null;
        (operation.variableDefinitions as unknown[]).push(...(definition.variableDefinitions ?? []));
        (operation.selectionSet.selections as unknown[]).push({
          ...field,
          alias: { kind: Kind.NAME, value: aliasOf(index) },
        });
      } else {
        definitions.push(definition);
      }
    }
  }
  return print({ kind: Kind.DOCUMENT, definitions });
}
