import type { SubgraphModule } from '../../kit/subgraph';
import { createPromotionContext, type PromotionContext } from './context';
import { resolvers } from './resolvers';

export const promotionSubgraph: SubgraphModule<PromotionContext> = {
  name: 'promotion',
  dbSchema: 'promotion',
  port: 4004,
  schemaFile: 'subgraphs/promotion/schema.graphql',
  migrationsDir: 'subgraphs/promotion/migrations',
  resolvers,
  createContext: createPromotionContext,
};
