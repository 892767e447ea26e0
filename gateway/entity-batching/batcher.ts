import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { DEFAULT_CONFIG } from '../../kit/config';
import type { GatewayContext } from '../context';
import { combinedFetch, combineQueries, groupOf, mergeGroups, type MergedGroup } from './merge-fetches';
import { SendSchedule } from './send-schedule';
import { joinAnswers, splitFetch } from './size-cap';
import { aliasedPart, resolveGroup } from './split-answer';

export const DEFAULT_MAX_ENTITIES_PER_BATCH = DEFAULT_CONFIG.GATEWAY_MAX_ENTITIES_PER_BATCH;

export type Options = GraphQLDataSourceProcessOptions<GatewayContext>;

export interface Waiting {
  options: Options;
  /** Fetches with the same group go with one `_entities` field: the same query and other variables. */
  group: string;
  resolve(response: GatewayGraphQLResponse): void;
  reject(error: unknown): void;
}

export interface BatchLimits {
  /** Batches of one actor out and not slow before the next waits and takes in more (send-schedule.ts). */
  maxInFlight: number;
  /** Representations one batched request carries at most (GATEWAY_MAX_ENTITIES_PER_BATCH). */
  maxRepresentations: number;
  /** The least time, in milliseconds, before a batch out counts as slow and holds nothing back. */
  minSlowMs?: number;
}

/**
 * Batches of one actor out and not slow before the next waits: one, so that under load the fetches
 * that queue while it is out go as one request when it comes back at its usual pace.
 */
export const MAX_IN_FLIGHT = 1;

/**
 * Batches entity fetches (`_entities`) to one subgraph, within a client request and across
 * concurrent ones: the fetches of one actor queued in the same turn (or while its previous batch
 * is out, and not slow) go as one subgraph request, and the answer is split back. Fetches with the
 * same query and other variables share one `_entities` field, each distinct representation once;
 * different queries of one client request (a cart page's products and its variants, two fetches
 * of one query plan to the product subgraph) go as aliased `_entities` fields of one document.
 * Every entity is still resolved by its subgraph — only the per-request cost (HTTP, Apollo's
 * pipeline, one SQL statement per batch instead of one per request) is shared.
 *
 * When an actor's fetches go out is the send schedule's (send-schedule.ts); how several fetches
 * become one request is merge-fetches.ts; how its answer is split back, split-answer.ts; how a
 * fetch over the size cap becomes several, size-cap.ts.
 */
export class EntityBatcher {
  private readonly schedule: SendSchedule<Waiting>;
  private readonly maxRepresentations: number;

  constructor(
    private readonly send: (options: Options) => Promise<GatewayGraphQLResponse>,
    limits: Partial<BatchLimits> = {},
  ) {
    this.maxRepresentations = limits.maxRepresentations ?? DEFAULT_MAX_ENTITIES_PER_BATCH;
    this.schedule = new SendSchedule<Waiting>(
      (batch) => this.sendBatch(batch),
      (batch, error) => batch.forEach((member) => member.reject(error)),
      {
        maxInFlight: limits.maxInFlight ?? MAX_IN_FLIGHT,
        maxWeight: this.maxRepresentations,
        minSlowMs: limits.minSlowMs,
      },
    );
  }

  /** Whether a fetch can be batched: an entity fetch of a client operation. */
  static accepts(options: Options): boolean {
    return (
      options.kind === 'incoming operation' &&
      Array.isArray(options.request.variables?.representations) &&
      options.request.query?.includes('_entities(') === true
    );
  }

  load(options: Options): Promise<GatewayGraphQLResponse> {
    const parts = splitFetch(options, this.maxRepresentations);
    if (parts.length === 1) return this.queue(options);
    return Promise.all(parts.map((part) => this.queue(part))).then((answers) =>
      joinAnswers(
        answers,
        parts.map((part) => (part.request.variables!.representations as unknown[]).length),
      ),
    );
  }

  private queue(options: Options): Promise<GatewayGraphQLResponse> {
    const actor = 'context' in options ? options.context.actor : undefined;
    const key = JSON.stringify(actor ?? null);
    const group = groupOf(options);
    const weight = (options.request.variables!.representations as unknown[]).length;
    return new Promise((resolve, reject) => this.schedule.add(key, { options, group, resolve, reject }, weight));
  }

  private async sendBatch(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      await this.send(batch[0].options).then(batch[0].resolve, batch[0].reject);
      return;
    }
    const merged = mergeGroups(batch);
    // Different queries share a request only within one client request, so one client's query can
    // never fail, slow down or answer with errors another client's part; across clients only fetches
    // of the same query and variables meet.
    const oneClientRequest = batch.every((member) => requestIdOf(member.options) === requestIdOf(batch[0].options));
    const combined =
      merged.length > 1 && oneClientRequest
        ? combineQueries(merged.map((group) => group.members[0].options.request.query!))
        : null;
    if (!combined) {
      await Promise.all(merged.map((group) => this.sendGroup(group)));
      return;
    }
    await this.send(combinedFetch(batch[0].options, merged, combined)).then(
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
