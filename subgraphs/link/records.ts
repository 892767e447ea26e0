import { callGraphQL } from '../../kit/remote';
import type { SubgraphServices } from '../../kit/subgraph';
import type { LinkSide } from './links';

/**
 * The link module never reads another module's tables. It asks the owning subgraph instead,
 * through federation's own entity resolution (`_entities`), the same call the gateway makes:
 * one request per entity type, whatever the number of ids.
 */
export function createRecordsClient(services: SubgraphServices) {
  const call = <Data>(subgraph: string, query: string, variables: Record<string, unknown>) =>
    callGraphQL<Data>(
      { name: `${subgraph} subgraph`, url: services.subgraphUrl(subgraph) },
      query,
      variables,
      10_000,
      services.subgraphHeaders(),
    );

  return {
    /** The ids among `ids` that the side's owning subgraph does not know (or has soft-deleted). */
    async missing(side: LinkSide, ids: string[]): Promise<string[]> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      const data = await call<{ _entities: ({ id: string } | null)[] }>(
        side.subgraph,
        `query LinkRecordsExist($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${side.entity} { id } } }`,
        { representations: unique.map((id) => ({ __typename: side.entity, id })) },
      );
      return unique.filter((_, index) => !data._entities[index]);
    },

    /** Runs one of the owning subgraph's cascade mutations (soft delete or restore) on `ids`. */
    async cascade(side: LinkSide, mutation: string, ids: string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const data = await call<Record<string, string[]>>(
        side.subgraph,
        `mutation LinkCascade($ids: [ID!]!) { ${mutation}(ids: $ids) }`,
        { ids },
      );
      return data[mutation] ?? [];
    },
  };
}

export type RecordsClient = ReturnType<typeof createRecordsClient>;
