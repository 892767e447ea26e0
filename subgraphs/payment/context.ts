import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { keyLoaders, relationLoader } from '../../kit/table';
import { createPaymentMutations, type PaymentMutations } from './mutations';
import { createPaymentStore, type PaymentStore } from './store';

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: PaymentStore) {
  return {
    provider: keyLoaders(store.payment_provider),
    providersByCollection: manyBy('payment_collection_id', store.providersByCollectionIds),
    paymentCollection: keyLoaders(store.payment_collection),
    paymentSession: keyLoaders(store.payment_session),
    paymentSessionsByCollection: relationLoader(store.payment_session, 'payment_collection_id'),
    payment: keyLoaders(store.payment),
    paymentsByCollection: relationLoader(store.payment, 'payment_collection_id'),
    // A session has at most one live payment (a unique index).
    paymentBySession: oneBy('payment_session_id', (ids: string[]) => store.payment.by('payment_session_id', ids)),
    capture: keyLoaders(store.capture),
    capturesByPayment: relationLoader(store.capture, 'payment_id'),
    refund: keyLoaders(store.refund),
    refundsByPayment: relationLoader(store.refund, 'payment_id'),
    refundsByReason: relationLoader(store.refund, 'refund_reason_id'),
    refundReason: keyLoaders(store.refund_reason),
    accountHolder: keyLoaders(store.account_holder),
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
