import { readMigrations } from '../../kit/migrate';
import { projectPath } from '../../kit/paths';
import type { SubgraphModule } from '../../kit/subgraph';
import { createWorkflowsContext, type WorkflowsContext } from './context';
import { resolvers } from './resolvers';

export const workflowsSubgraph: SubgraphModule<WorkflowsContext> = {
  name: 'workflows',
  dbSchema: 'workflows',
  port: 4011,
  schemaFile: 'subgraphs/workflows/schema.graphql',
  // No module table: only the per-cart lease.
  migrations: () => readMigrations(projectPath('subgraphs/workflows/migrations')),
  resolvers,
  createContext: createWorkflowsContext,
};
