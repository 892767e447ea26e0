import type { SubgraphModule } from '../../kit/subgraph';
import { createLinkContext, type LinkContext } from './context';
import { linkMigrations } from './ddl';
import { resolvers } from './resolvers';

export const linkSubgraph: SubgraphModule<LinkContext> = {
  name: 'link',
  dbSchema: 'link',
  port: 4010,
  schemaFile: 'subgraphs/link/schema.graphql',
  migrations: linkMigrations,
  resolvers,
  createContext: createLinkContext,
};
