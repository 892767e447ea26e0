import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createPaymentStore, type PaymentStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: PaymentStore) {
  return {
    paymentCollection: oneBy('id', store.paymentCollectionsByIds),
    paymentSession: oneBy('id', store.paymentSessionsByIds),
    paymentSessionsByCollection: manyBy('payment_collection_id', store.paymentSessionsByCollectionIds),
  };
}

export interface PaymentContext {
  store: PaymentStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createPaymentContext(db: Database) {
  const store = createPaymentStore(db);
  return async (): Promise<PaymentContext> => ({ store, loaders: createLoaders(store) });
}
