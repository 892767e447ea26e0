import type { Database } from '../../kit/database';
import { oneBy } from '../../kit/loaders';
import { createCustomerStore, type CustomerStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: CustomerStore) {
  return {
    customer: oneBy('id', store.customersByIds),
  };
}

export interface CustomerContext {
  store: CustomerStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createCustomerContext(db: Database) {
  const store = createCustomerStore(db);
  return async (): Promise<CustomerContext> => ({ store, loaders: createLoaders(store) });
}
