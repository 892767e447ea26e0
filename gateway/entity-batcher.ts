import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './context';

type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

interface Waiting {
  options: Options;
  resolve(response: GatewayGraphQLResponse): void;
  reject(error: unknown): void;
}

/**
 * Batches entity fetches (`_entities`) to one subgraph across concurrent client requests: fetches
 * with the same query, the same other variables and the same actor go as one subgraph request,
 * each distinct representation once, and the answer is split back. Every entity is still resolved
 * by its subgraph — only the per-request cost (HTTP, Apollo's pipeline, one SQL statement per batch
 * instead of one per request) is shared.
 *
 * Like Nagle's algorithm, it adds no wait when the subgraph is idle: a fetch goes out in the same
 * turn of the event loop unless `maxInFlight` requests of its kind are already out; then it waits
 * for one of them to come back and goes with everything that queued meanwhile.
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
    const key = `${JSON.stringify(actor)}\n${JSON.stringify(otherVariables)}\n${options.request.query}`;
    return new Promise((resolve, reject) => {
      let batch = this.pending.get(key);
      if (!batch) {
        batch = [];
        this.pending.set(key, batch);
      }
      batch.push({ options, resolve, reject });
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
    this.sendBatch(batch).finally(done);
  }

  private async sendBatch(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      await this.send(batch[0].options).then(batch[0].resolve, batch[0].reject);
      return;
    }
    const unique: unknown[] = [];
    const indexOf = new Map<string, number>();
    const positions = batch.map(({ options }) =>
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
    const first = batch[0].options;
    const combined = { ...first, request: { ...first.request, variables: { ...first.request.variables, representations: unique } } } as Options;
    await this.send(combined).then(
      (response) => batch.forEach((member, index) => member.resolve(slice(response, positions[index]))),
      (error: unknown) => batch.forEach((member) => member.reject(error)),
    );
  }
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
