import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createFulfillmentContext, type FulfillmentContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const fulfillmentSubgraph: SubgraphModule<FulfillmentContext> = {
  name: 'fulfillment',
  dbSchema: 'fulfillment',
  port: 4009,
  schemaFile: 'subgraphs/fulfillment/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/fulfillment/migrations')),
  models,
  resolvers,
  createContext: createFulfillmentContext,
};
