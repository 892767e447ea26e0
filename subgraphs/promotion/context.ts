import type { Database } from '../../kit/database';
import { oneBy } from '../../kit/loaders';
import { createPromotionStore, type PromotionStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: PromotionStore) {
  return {
    promotion: oneBy('id', store.promotionsByIds),
    applicationMethod: oneBy('id', store.applicationMethodsByIds),
    applicationMethodByPromotion: oneBy('promotion_id', store.applicationMethodsByPromotionIds),
  };
}

export interface PromotionContext {
  store: PromotionStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createPromotionContext(db: Database) {
  const store = createPromotionStore(db);
  return async (): Promise<PromotionContext> => ({ store, loaders: createLoaders(store) });
}
