import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createCustomerContext, type CustomerContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const customerSubgraph: SubgraphModule<CustomerContext> = {
  name: 'customer',
  dbSchema: 'customer',
  port: 4005,
  schemaFile: 'subgraphs/customer/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/customer/migrations')),
  models,
  resolvers,
  createContext: createCustomerContext,
};
