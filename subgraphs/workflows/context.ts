import type { Database } from '../../kit/database';
import type { Actor } from '../../kit/auth';
import type { RequestInfo, SubgraphServices } from '../../kit/subgraph';
import { DatabaseLease } from '../../kit/workflow';
import { createCartFlows } from './flows';

export interface WorkflowsContext {
  flows: ReturnType<typeof createCartFlows>;
  /** Who asked: a signed-in customer's new cart is theirs. */
  actor: Actor;
}

/**
 * The workflows own no module table: their context is the flows, which reach the modules over
 * HTTP. Their database holds only the per-cart lease, so that workflows processes sharing a
 * PostgreSQL server run one cart's mutations one at a time; PGlite has one process, whose
 * in-process lock is enough.
 */
export function createWorkflowsContext(db: Database, services: SubgraphServices) {
  const lease = db.kind === 'postgres' ? new DatabaseLease(db, { table: 'workflows.lease' }) : undefined;
  const flows = createCartFlows(services, lease);
  return async ({ actor }: RequestInfo): Promise<WorkflowsContext> => ({ flows, actor });
}
