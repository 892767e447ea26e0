import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import { createFulfillmentStore, type FulfillmentStore } from './store';

/** Per request: the declared tables' loaders, which every resolver of the module reads through. */
export interface FulfillmentContext {
  /** The admin writes' transactions (setup.ts). */
  db: Database;
  store: FulfillmentStore;
  entities: EntityLoaders<FulfillmentStore>;
}

export function createFulfillmentContext(db: Database) {
  const store = createFulfillmentStore(db);
  return async (): Promise<FulfillmentContext> => ({ db, store, entities: new EntityLoaders(store) });
}
