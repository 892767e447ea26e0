import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Options } from './batcher';

/**
 * A fetch of more representations than a batch may carry, as fetches of at most `cap` each, in
 * order (ceil(n / cap) of them); a fetch within the cap is returned as it is.
 */
export function splitFetch(options: Options, cap: number): Options[] {
  const representations = options.request.variables!.representations as unknown[];
  if (representations.length <= cap) return [options];
  const parts: Options[] = [];
  for (let start = 0; start < representations.length; start += cap) {
    const variables = { ...options.request.variables, representations: representations.slice(start, start + cap) };
    parts.push({ ...options, request: { ...options.request, variables } } as Options);
  }
  return parts;
}

/**
 * The answers of a split fetch's parts as the one answer of the whole: the entities in order, each
 * error at an entity moved to that entity's place in the whole. A part answered without entities
 * (its request failed as a whole) leaves nulls at its places, and its errors stand without a path
 * unless they name none already.
 */
export function joinAnswers(answers: GatewayGraphQLResponse[], sizes: number[]): GatewayGraphQLResponse {
  const entities: unknown[] = [];
  const errors: NonNullable<GatewayGraphQLResponse['errors']>[number][] = [];
  let anyData = false;
  answers.forEach((answer, part) => {
    // Each part's places are where it was asked for, whatever its subgraph answered: a part whose
    // answer is short or long never shifts another part's entities (Apollo checks only the total).
    const offset = entities.length;
    const own = (answer.data as { _entities?: unknown[] } | null | undefined)?._entities;
    if (Array.isArray(own)) anyData = true;
    for (let index = 0; index < sizes[part]; index += 1)
      entities.push(Array.isArray(own) ? (own[index] ?? null) : null);
    for (const error of answer.errors ?? []) {
      const path = error.path;
      const atEntity = path?.[0] === '_entities' && typeof path[1] === 'number';
      if (atEntity && Array.isArray(own) && (path[1] as number) < sizes[part])
        errors.push({ ...error, path: ['_entities', (path[1] as number) + offset, ...path.slice(2)] });
      // At no place of this part (or the part has no entities): it stands without a path.
      else errors.push(path && (atEntity || !Array.isArray(own)) ? { ...error, path: undefined } : error);
    }
  });
  return {
    ...answers[0],
    data: anyData ? { _entities: entities } : answers[0].data,
    errors: errors.length > 0 ? errors : undefined,
  };
}
