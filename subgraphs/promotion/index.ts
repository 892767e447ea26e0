import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createPromotionContext, type PromotionContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';

export const promotionSubgraph: SubgraphModule<PromotionContext> = {
  name: 'promotion',
  dbSchema: 'promotion',
  port: 4004,
  schemaFile: 'subgraphs/promotion/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/promotion/migrations')),
  models,
  resolvers,
  createContext: createPromotionContext,
};
