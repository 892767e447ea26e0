import type { SubgraphModule } from '../kit/subgraph';
import { cartSubgraph } from './cart';
import { customerSubgraph } from './customer';
import { fulfillmentSubgraph } from './fulfillment';
import { linkSubgraph } from './link';
import { orderSubgraph } from './order';
import { paymentSubgraph } from './payment';
import { productSubgraph } from './product';
import { promotionSubgraph } from './promotion';
import { regionSubgraph } from './region';
import { salesChannelSubgraph } from './sales-channel';
import { taxSubgraph } from './tax';
import { workflowsSubgraph } from './workflows';

/**
 * The eleven module subgraphs and the workflows subgraph, in port order: the registry each name, port
 * and schema file is declared in once. `npm run compose` writes supergraph.yaml, docker-compose.yml
 * and the Dockerfile's EXPOSE from it (bin/deployment.ts).
 */
export const subgraphModules: readonly SubgraphModule[] = [
  cartSubgraph,
  orderSubgraph,
  paymentSubgraph,
  promotionSubgraph,
  customerSubgraph,
  regionSubgraph,
  salesChannelSubgraph,
  productSubgraph,
  fulfillmentSubgraph,
  linkSubgraph,
  workflowsSubgraph,
  taxSubgraph,
];

export function findSubgraph(name: string): SubgraphModule {
  const found = subgraphModules.find((module) => module.name === name);
  if (!found) {
    throw new Error(`Unknown subgraph "${name}". Known: ${subgraphModules.map((module) => module.name).join(', ')}`);
  }
  return found;
}
