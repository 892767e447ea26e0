import type { SubgraphModule } from '../../kit/subgraph';
import { createWorkflowsContext, type WorkflowsContext } from './context';
import { resolvers } from './resolvers';

export const workflowsSubgraph: SubgraphModule<WorkflowsContext> = {
  name: 'workflows',
  dbSchema: 'workflows',
  port: 4011,
  schemaFile: 'subgraphs/workflows/schema.graphql',
  // It owns no table.
  migrations: () => [],
  resolvers,
  createContext: createWorkflowsContext,
};
