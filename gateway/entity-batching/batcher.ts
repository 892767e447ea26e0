import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind, parse, print, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from '../context';

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

interface Waiting {
  options: Options;
  /** Fetches with the same group go with one `_entities` field: the same query and other variables. */
  group: string;
  resolve(response: GatewayGraphQLResponse): void;
  reject(error: unknown): void;
}

/**
 * Batches entity fetches (`_entities`) to one subgraph, within a client request and across
 * concurrent ones: the fetches of one actor go as one subgraph request, and the answer is split
 * back. Fetches with the same query and other variables share one `_entities` field, each distinct
 * representation once; different queries of one client request (a cart page's products and its
 * variants, two fetches of one query plan to the product subgraph) go as aliased `_entities` fields
 * of one document. Every entity is still resolved by its subgraph — only the per-request cost (HTTP,
 * Apollo's pipeline, one SQL statement per batch instead of one per request) is shared.
 *
 * Like Nagle's algorithm, it adds no wait when the subgraph is idle: a fetch goes out at the end of
 * the turn of the event loop that asked for it (with the plan's other fetches of that turn), unless
 * `MAX_IN_FLIGHT` requests for the same actor are already out; then it waits for one of them to come
 * back and goes with everything that queued meanwhile.
 */
export class EntityBatcher {
  private readonly pending = new Map<string, Waiting[]>();
  private readonly inFlight = new Map<string, number>();
  private readonly scheduled = new Set<string>();

  static readonly MAX_IN_FLIGHT = 1;

  constructor(private readonly send: (options: Options) => Promise<GatewayGraphQLResponse>) {}

  /** Whether a fetch can be batched: an entity fetch of a client operation. */
  static accepts(options: Options): boolean {
    return (
      options.kind === 'incoming operation' &&
      Array.isArray(options.request.variables?.representations) &&
      options.request.query?.includes('_entities(') === true
    );
  }

  load(options: Options): Promise<GatewayGraphQLResponse> {
    const { representations: _representations, ...otherVariables } = options.request.variables ?? {};
    const actor = 'context' in options ? options.context.actor : undefined;
    const key = JSON.stringify(actor ?? null);
    const group = `${JSON.stringify(otherVariables)}\n${options.request.query}`;
    return new Promise((resolve, reject) => {
      let batch = this.pending.get(key);
      if (!batch) {
        batch = [];
        this.pending.set(key, batch);
      }
      batch.push({ options, group, resolve, reject });
      this.schedule(key);
    });
  }

  /** Sends what waits under `key` at the end of this turn, unless enough of its kind are out already. */
  private schedule(key: string): void {
    if (this.scheduled.has(key) || (this.inFlight.get(key) ?? 0) >= EntityBatcher.MAX_IN_FLIGHT) return;
    this.scheduled.add(key);
    setImmediate(() => {
      this.scheduled.delete(key);
      this.flush(key);
    });
  }

  private flush(key: string): void {
    const batch = this.pending.get(key);
    if (!batch) return;
    this.pending.delete(key);
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    const done = () => {
      const left = (this.inFlight.get(key) ?? 1) - 1;
      if (left === 0) this.inFlight.delete(key);
      else this.inFlight.set(key, left);
      if (this.pending.has(key)) this.schedule(key);
    };
    // Whatever goes wrong, every fetch of the batch is answered: none is left waiting.
    Promise.resolve()
      .then(() => this.sendBatch(batch))
      .catch((error: unknown) => batch.forEach((member) => member.reject(error)))
      .finally(done);
  }

  private async sendBatch(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      await this.send(batch[0].options).then(batch[0].resolve, batch[0].reject);
      return;
    }
    const groups = new Map<string, Waiting[]>();
    for (const member of batch) {
      const group = groups.get(member.group);
      if (group) group.push(member);
      else groups.set(member.group, [member]);
    }
    const merged = [...groups.values()].map(mergeGroup);
    // Different queries share a request only within one client request, so one client's query can
    // never fail, slow down or answer with errors another client's part; across clients only fetches
    // of the same query and variables meet.
    const oneClientRequest = batch.every((member) => requestIdOf(member.options) === requestIdOf(batch[0].options));
    const combined = merged.length > 1 && oneClientRequest ? combineQueries(merged.map((group) => group.members[0].options.request.query!)) : null;
    if (!combined) {
      await Promise.all(merged.map((group) => this.sendGroup(group)));
      return;
    }
    const first = batch[0].options;
    const variables: Record<string, unknown> = {};
    merged.forEach((group, index) => {
      for (const [name, value] of Object.entries(group.options.request.variables ?? {})) variables[`${name}${suffix(index)}`] = value;
    });
    const request = { ...first.request, query: combined, operationName: COMBINED_OPERATION, variables };
    await this.send({ ...first, request } as Options).then(
      (response) => merged.forEach((group, index) => resolveGroup(group, aliasedPart(response, index))),
      (error: unknown) => batch.forEach((member) => member.reject(error)),
    );
  }

  private sendGroup(group: MergedGroup): Promise<void> {
    return Promise.resolve()
      .then(() => this.send(group.options))
      .then(
        (response) => resolveGroup(group, response),
        (error: unknown) => group.members.forEach((member) => member.reject(error)),
      );
  }
}

const requestIdOf = (options: Options) => ('context' in options ? options.context.requestId : undefined);

interface MergedGroup {
  members: Waiting[];
  /** The group's fetch: its members' distinct representations, in the order first asked. */
  options: Options;
  /** Per member, where each of its representations is in the group's list. */
  positions: number[][];
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
  const options = { ...first, request: { ...first.request, variables: { ...first.request.variables, representations: unique } } } as Options;
  return { members, options, positions };
}

function resolveGroup(group: MergedGroup, response: GatewayGraphQLResponse): void {
  if (group.members.length === 1 && group.positions[0].every((position, index) => position === index)) {
    group.members[0].resolve(response);
    return;
  }
  group.members.forEach((member, index) => member.resolve(slice(response, group.positions[index])));
}

const COMBINED_OPERATION = 'EntityBatch';
const suffix = (index: number) => `__${index}`;
const aliasOf = (index: number) => `_entities${suffix(index)}`;

/** Combined documents by their queries (joined): a plan's fetches repeat, so they repeat too. */
const combinedQueries = new Map<string, string | null>();
const MAX_COMBINED_QUERIES = 1000;

/**
 * One document asking each query's `_entities` under its own alias (`_entities__0`, …), with each
 * query's variables and fragments renamed by the same suffix. Null when a query is not a single
 * `_entities` field (Apollo's entity fetches always are), so it is sent on its own.
 */
function combineQueries(queries: string[]): string | null {
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
    if (operations[0].selectionSet.selections.length !== 1 || root.kind !== Kind.FIELD || root.name.value !== '_entities' || root.alias) return null;
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
        (operation.selectionSet.selections as unknown[]).push({ ...field, alias: { kind: Kind.NAME, value: aliasOf(index) } });
      } else {
        definitions.push(definition);
      }
    }
  }
  return print({ kind: Kind.DOCUMENT, definitions });
}

/**
 * The part of a combined answer for the query at `index`, as if it had been asked alone. When the
 * answer has no data at all, every query gets every error, so none of them comes back empty and silent.
 */
function aliasedPart(response: GatewayGraphQLResponse, index: number): GatewayGraphQLResponse {
  const alias = aliasOf(index);
  const data = response.data as Record<string, unknown> | null | undefined;
  const errors = response.errors?.flatMap((error) => {
    const path = error.path;
    if (!path || path.length === 0) return [error];
    if (path[0] === alias) return [{ ...error, path: ['_entities', ...path.slice(1)] }];
    return data ? [] : [{ ...error, path: undefined }];
  });
  return {
    ...response,
    data: data ? { _entities: data[alias] ?? null } : data,
    errors: errors && errors.length > 0 ? errors : undefined,
  };
}

/**
 * The identity of a representation for de-duplication. Every entity here is keyed by `id`, so a
 * representation is nearly always `{ __typename, id }`: that shape gets a plain string key, since
 * JSON.stringify of every representation of a 50-cart page was most of the batcher's own time.
 */
function representationKey(representation: unknown): string {
  const { __typename, id } = representation as { __typename?: unknown; id?: unknown };
  if (typeof __typename === 'string' && typeof id === 'string' && Object.keys(representation as object).length === 2) return `${__typename}\u0000${id}`;
  return JSON.stringify(representation);
}

/** One member's part of a batched answer: its entities in its order, and the errors at its entities. */
function slice(response: GatewayGraphQLResponse, positions: number[]): GatewayGraphQLResponse {
  const entities = (response.data as { _entities?: unknown[] } | null | undefined)?._entities;
  const data = entities ? { _entities: positions.map((position) => entities[position]) } : response.data;
  const errors = response.errors?.flatMap((error) => {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    return positions.flatMap((position, local) => (position === path[1] ? [{ ...error, path: ['_entities', local, ...path.slice(2)] }] : []));
  });
  return { ...response, data, errors: errors && errors.length > 0 ? errors : undefined };
}
