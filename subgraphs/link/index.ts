import type { SubgraphModule } from '../../kit/subgraph';
import { createLinkContext, type LinkContext } from './context';
import { resolvers } from './resolvers';

export const linkSubgraph: SubgraphModule<LinkContext> = {
  name: 'link',
  dbSchema: 'link',
  port: 4010,
  schemaFile: 'subgraphs/link/schema.graphql',
  migrationsDir: 'subgraphs/link/migrations',
  resolvers,
  createContext: createLinkContext,
};
