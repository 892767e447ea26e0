import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createFulfillmentStore, type FulfillmentStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: FulfillmentStore) {
  return {
    shippingProfile: oneBy('id', store.shippingProfilesByIds),
    shippingOption: oneBy('id', store.shippingOptionsByIds),
    shippingOptionsByProfile: manyBy('shipping_profile_id', store.shippingOptionsByProfileIds),
  };
}

export interface FulfillmentContext {
  store: FulfillmentStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createFulfillmentContext(db: Database) {
  const store = createFulfillmentStore(db);
  return async (): Promise<FulfillmentContext> => ({ store, loaders: createLoaders(store) });
}
