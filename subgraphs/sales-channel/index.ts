import type { SubgraphModule } from '../../kit/subgraph';
import { createSalesChannelContext, type SalesChannelContext } from './context';
import { resolvers } from './resolvers';

export const salesChannelSubgraph: SubgraphModule<SalesChannelContext> = {
  name: 'sales-channel',
  dbSchema: 'sales_channel',
  port: 4007,
  schemaFile: 'subgraphs/sales-channel/schema.graphql',
  migrationsDir: 'subgraphs/sales-channel/migrations',
  resolvers,
  createContext: createSalesChannelContext,
};
