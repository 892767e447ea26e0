import type { Database } from '../../kit/database';
import { byId, manyBy, oneBy } from '../../kit/loaders';
import { createPaymentMutations, type PaymentMutations } from './mutations';
import { createPaymentStore, type PaymentStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: PaymentStore) {
  return {
    provider: byId(store.providersByIds),
    providersByCollection: manyBy('payment_collection_id', store.providersByCollectionIds),
    paymentCollection: byId(store.paymentCollectionsByIds),
    paymentSession: byId(store.paymentSessionsByIds),
    paymentSessionsByCollection: manyBy('payment_collection_id', store.paymentSessionsByCollectionIds),
    payment: byId(store.paymentsByIds),
    paymentsByCollection: manyBy('payment_collection_id', store.paymentsByCollectionIds),
    paymentBySession: oneBy('payment_session_id', store.paymentsBySessionIds),
    capture: byId(store.capturesByIds),
    capturesByPayment: manyBy('payment_id', store.capturesByPaymentIds),
    refund: byId(store.refundsByIds),
    refundsByPayment: manyBy('payment_id', store.refundsByPaymentIds),
    refundsByReason: manyBy('refund_reason_id', store.refundsByReasonIds),
    refundReason: byId(store.refundReasonsByIds),
    accountHolder: byId(store.accountHoldersByIds),
  };
}

export interface PaymentContext {
  store: PaymentStore;
  loaders: ReturnType<typeof createLoaders>;
  /** The workflows' internal mutations, each one transaction. */
  mutations: PaymentMutations;
  /** New loaders after a write, so what the mutation returns is read afresh, not from the cache. */
  refresh(): void;
}

export function createPaymentContext(db: Database) {
  const store = createPaymentStore(db);
  const mutations = createPaymentMutations(db);
  return async (): Promise<PaymentContext> => {
    const context: PaymentContext = {
      store,
      loaders: createLoaders(store),
      mutations,
      refresh: () => {
        context.loaders = createLoaders(store);
      },
    };
    return context;
  };
}
