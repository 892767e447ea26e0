import type { Database } from '../../kit/database';
import type { SubgraphServices } from '../../kit/subgraph';
import { createCartFlows } from './flows';

export interface WorkflowsContext {
  flows: ReturnType<typeof createCartFlows>;
}

/** The workflows own no table: their context is the flows, which reach the modules over HTTP. */
export function createWorkflowsContext(_db: Database, services: SubgraphServices) {
  const flows = createCartFlows(services);
  return async (): Promise<WorkflowsContext> => ({ flows });
}
