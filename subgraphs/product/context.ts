import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createProductStore, type ProductStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: ProductStore) {
  return {
    product: oneBy('id', store.productsByIds),
    variant: oneBy('id', store.variantsByIds),
    variantsByProduct: manyBy('product_id', store.variantsByProductIds),
    pricesByVariant: manyBy('variant_id', store.pricesByVariantIds),
  };
}

export interface ProductContext {
  store: ProductStore;
  loaders: ReturnType<typeof createLoaders>;
}

export function createProductContext(db: Database) {
  const store = createProductStore(db);
  return async (): Promise<ProductContext> => ({ store, loaders: createLoaders(store) });
}
