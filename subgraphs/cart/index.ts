import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createCartContext, type CartContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const cartSubgraph: SubgraphModule<CartContext> = {
  name: 'cart',
  dbSchema: 'cart',
  port: 4001,
  schemaFile: 'subgraphs/cart/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/cart/migrations')),
  models,
  resolvers,
  createContext: createCartContext,
};
