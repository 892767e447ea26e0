import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createOrderContext, type OrderContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const orderSubgraph: SubgraphModule<OrderContext> = {
  name: 'order',
  dbSchema: 'order',
  port: 4002,
  schemaFile: 'subgraphs/order/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/order/migrations')),
  models,
  resolvers,
  createContext: createOrderContext,
};
