import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createSalesChannelContext, type SalesChannelContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const salesChannelSubgraph: SubgraphModule<SalesChannelContext> = {
  name: 'sales-channel',
  dbSchema: 'sales_channel',
  port: 4007,
  schemaFile: 'subgraphs/sales-channel/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/sales-channel/migrations')),
  models,
  resolvers,
  createContext: createSalesChannelContext,
};
