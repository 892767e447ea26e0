import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createProductContext, type ProductContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const productSubgraph: SubgraphModule<ProductContext> = {
  name: 'product',
  dbSchema: 'product',
  port: 4008,
  schemaFile: 'subgraphs/product/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/product/migrations')),
  models,
  resolvers,
  createContext: createProductContext,
};
