import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createTaxContext, type TaxContext } from './context';
import { models } from './models';
import { resolvers } from './resolvers';
import { writeRules } from './writes';

export const taxSubgraph: SubgraphModule<TaxContext> = {
  name: 'tax',
  dbSchema: 'tax',
  port: 4012,
  schemaFile: 'subgraphs/tax/schema.graphql',
  migrations: () => readMigrations(projectPath('subgraphs/tax/migrations')),
  models,
  writeRules,
  resolvers,
  createContext: createTaxContext,
};
