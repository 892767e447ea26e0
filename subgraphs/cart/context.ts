import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createCartStore, type CartStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: CartStore) {
  return {
    cart: oneBy('id', store.cartsByIds),
    address: oneBy('id', store.addressesByIds),
    item: oneBy('id', store.itemsByIds),
    itemsByCart: manyBy('cart_id', store.itemsByCartIds),
    adjustment: oneBy('id', store.adjustmentsByIds),
    adjustmentsByItem: manyBy('item_id', store.adjustmentsByItemIds),
    shippingMethod: oneBy('id', store.shippingMethodsByIds),
    shippingMethodsByCart: manyBy('cart_id', store.shippingMethodsByCartIds),
  };
}

export interface CartContext {
  store: CartStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createCartContext(db: Database) {
  const store = createCartStore(db);
  return async (): Promise<CartContext> => ({ store, loaders: createLoaders(store) });
}
