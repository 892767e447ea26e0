import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createOrderStore, type OrderStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: OrderStore) {
  return {
    order: oneBy('id', store.ordersByIds),
    lineItem: oneBy('id', store.orderLineItemsByIds),
    lineItemsByOrder: manyBy('order_id', store.orderLineItemsByOrderIds),
  };
}

export interface OrderContext {
  store: OrderStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createOrderContext(db: Database) {
  const store = createOrderStore(db);
  return async (): Promise<OrderContext> => ({ store, loaders: createLoaders(store) });
}
