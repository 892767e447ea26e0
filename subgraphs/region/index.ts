import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createRegionContext, type RegionContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';
import { writeRules } from './writes';

export const regionSubgraph: SubgraphModule<RegionContext> = {
  name: 'region',
  dbSchema: 'region',
  port: 4006,
  schemaFile: 'subgraphs/region/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/region/migrations')),
  models,
  writeRules,
  resolvers,
  createContext: createRegionContext,
};
