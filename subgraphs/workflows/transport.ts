import { print, type DocumentNode } from 'graphql';
import { subgraphUnavailable } from '../../kit/errors';
import { callGraphQL } from '../../kit/remote';
import type { SubgraphServices } from '../../kit/subgraph';
import type { StepContext } from '../../kit/workflow-definition';

/** How long one step's call may take. */
const STEP_TIMEOUT_MS = 10_000;

/**
 * How steps reach their targets: a module subgraph by its name (its internal mutations are not in
 * the gateway's API), or the gateway for reads across modules (as Medusa's workflows read through
 * Query), always as the product's own `system` actor with the subgraph secret.
 */
export function stepTransport(services: SubgraphServices): (target: string) => StepContext {
  const printed = new WeakMap<DocumentNode, string>();
  const text = (document: DocumentNode) => {
    let query = printed.get(document);
    if (!query) printed.set(document, (query = print(document)));
    return query;
  };
  const where = (target: string) => {
    try {
      return target === 'gateway'
        ? { name: 'gateway', url: services.gatewayUrl() }
        : { name: `${target} subgraph`, url: services.subgraphUrl(target) };
    } catch (error) {
      // Not up yet (a recovery at start-up, before the gateway listens): try again later.
      throw subgraphUnavailable(`The ${target} is unavailable: ${(error as Error).message}`);
    }
  };
  return (target) => ({
    call: async (document, variables) =>
      callGraphQL(
        where(target),
        text(document as DocumentNode),
        variables,
        STEP_TIMEOUT_MS,
        services.subgraphHeaders(),
      ),
  });
}
