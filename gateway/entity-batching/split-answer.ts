import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { aliasOf, type MergedGroup } from './merge-fetches';

/** Answers each member of a merged group with its own part of the group's answer. */
export function resolveGroup(group: MergedGroup, response: GatewayGraphQLResponse): void {
  if (group.members.length === 1 && group.positions[0].every((position, index) => position === index)) {
    group.members[0].resolve(response);
    return;
  }
  group.members.forEach((member, index) => member.resolve(slice(response, group.positions[index])));
}

/**
 * The part of a combined answer for the query at `index`, as if it had been asked alone. When the
 * answer has no data at all, every query gets every error, so none of them comes back empty and silent.
 */
export function aliasedPart(response: GatewayGraphQLResponse, index: number): GatewayGraphQLResponse {
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

/** One member's part of a batched answer: its entities in its order, and the errors at its entities. */
function slice(response: GatewayGraphQLResponse, positions: number[]): GatewayGraphQLResponse {
  const entities = (response.data as { _entities?: unknown[] } | null | undefined)?._entities;
  const data = entities ? { _entities: positions.map((position) => entities[position]) } : response.data;
  const errors = response.errors?.flatMap((error) => {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    return positions.flatMap((position, local) =>
      position === path[1] ? [{ ...error, path: ['_entities', local, ...path.slice(2)] }] : [],
    );
  });
  return { ...response, data, errors: errors && errors.length > 0 ? errors : undefined };
}
