import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import { createProductStore, type ProductStore } from './store';

/** Per request: the store, and one DataLoader per way the resolvers fetch. */
function createLoaders(store: ProductStore) {
  // By-id queries with `with_deleted: true` batch separately, as they read other rows.
  const withDeleted = { withDeleted: true };
  return {
    product: oneBy('id', store.productsByIds),
    productWithDeleted: oneBy('id', (ids: string[]) => store.productsByIds(ids, withDeleted)),
    variant: oneBy('id', store.variantsByIds),
    variantWithDeleted: oneBy('id', (ids: string[]) => store.variantsByIds(ids, withDeleted)),
    price: oneBy('id', store.pricesByIds),
    type: oneBy('id', store.typesByIds),
    typeWithDeleted: oneBy('id', (ids: string[]) => store.typesByIds(ids, withDeleted)),
    collection: oneBy('id', store.collectionsByIds),
    collectionWithDeleted: oneBy('id', (ids: string[]) => store.collectionsByIds(ids, withDeleted)),
    tag: oneBy('id', store.tagsByIds),
    tagWithDeleted: oneBy('id', (ids: string[]) => store.tagsByIds(ids, withDeleted)),
    category: oneBy('id', store.categoriesByIds),
    categoryWithDeleted: oneBy('id', (ids: string[]) => store.categoriesByIds(ids, withDeleted)),
    option: oneBy('id', store.optionsByIds),
    optionWithDeleted: oneBy('id', (ids: string[]) => store.optionsByIds(ids, withDeleted)),
    optionValue: oneBy('id', store.optionValuesByIds),
    productOption: oneBy('id', store.productOptionsByIds),
    image: oneBy('id', store.imagesByIds),

    variantsByProduct: manyBy('product_id', store.variantsByProductIds),
    pricesByVariant: manyBy('variant_id', store.pricesByVariantIds),
    productsByType: manyBy('type_id', store.productsByTypeIds),
    productsByCollection: manyBy('collection_id', store.productsByCollectionIds),
    imagesByProduct: manyBy('product_id', store.imagesByProductIds),
    categoriesByParent: manyBy('parent_category_id', store.categoriesByParentIds),
    valuesByOption: manyBy('option_id', store.valuesByOptionIds),
    productOptionsByProduct: manyBy('product_id', store.productOptionsByProductIds),
    tagsByProduct: manyBy('via_id', store.tagsByProductIds),
    productsByTag: manyBy('via_id', store.productsByTagIds),
    categoriesByProduct: manyBy('via_id', store.categoriesByProductIds),
    productsByCategory: manyBy('via_id', store.productsByCategoryIds),
    optionsByProduct: manyBy('via_id', store.optionsByProductIds),
    productsByOption: manyBy('via_id', store.productsByOptionIds),
    valuesByProductOption: manyBy('via_id', store.valuesByProductOptionIds),
    variantsByOptionValue: manyBy('via_id', store.variantsByOptionValueIds),
    optionValuesByVariant: manyBy('via_id', store.optionValuesByVariantIds),
    imagesByVariant: manyBy('via_id', store.imagesByVariantIds),
    variantsByImage: manyBy('via_id', store.variantsByImageIds),
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
