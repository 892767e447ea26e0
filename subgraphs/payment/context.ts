import type { Database } from '../../kit/database';
import { EntityLoaders } from '../../kit/entities';
import { manyBy } from '../../kit/loaders';
import { createPaymentMutations, type PaymentMutations } from './mutations';
import { createPaymentStore, type PaymentStore } from './store';

/** Per request: a collection's providers, reached through its pivot table; every other read goes through the declared entities. */
function createLoaders(store: PaymentStore) {
  return { providersByCollection: manyBy('payment_collection_id', store.providersByCollectionIds) };
}

export interface PaymentContext {
  store: PaymentStore;
  entities: EntityLoaders<PaymentStore>;
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
      entities: new EntityLoaders(store),
      loaders: createLoaders(store),
      mutations,
      refresh: () => {
        context.entities = new EntityLoaders(store);
        context.loaders = createLoaders(store);
      },
    };
    return context;
  };
}
