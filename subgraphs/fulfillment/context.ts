import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import { createFulfillmentMutations, type FulfillmentMutations } from './fulfillments';
import { createFulfillmentStore, type FulfillmentStore } from './store';

/** Per request: the declared tables' loaders, which every resolver of the module reads through. */
export interface FulfillmentContext {
  /** The admin writes' transactions (setup.ts). */
  db: Database;
  store: FulfillmentStore;
  entities: EntityLoaders<FulfillmentStore>;
  /** An admin's fulfillments (fulfillments.ts), each one transaction. */
  fulfillments: FulfillmentMutations;
}

export function createFulfillmentContext(db: Database) {
  const store = createFulfillmentStore(db);
  const fulfillments = createFulfillmentMutations(db);
  return async (): Promise<FulfillmentContext> => ({ db, store, entities: new EntityLoaders(store), fulfillments });
}
