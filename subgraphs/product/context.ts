import { isAdmin } from '../../kit/auth';
import type { Database } from '../../kit/database';
import { manyBy, oneBy } from '../../kit/loaders';
import type { RequestInfo } from '../../kit/subgraph';
import { createProductStore, type ProductStore } from './store';

/**
 * The catalog as Medusa's store API shows it to shoppers: published products only (so their
 * variants, prices and options too) and categories that are active and not internal. Guests and
 * customers read through this view, wherever they reach the catalog from (a list, an id, a cart
 * item's variant, a category's products); admins read the whole store.
 */
function storefrontView(store: ProductStore): ProductStore {
  const published = <Row extends { status: string }>(rows: Row[]) => rows.filter((row) => row.status === 'published');
  const listed = <Row extends { is_active: boolean; is_internal: boolean }>(rows: Row[]) => rows.filter((row) => row.is_active && !row.is_internal);
  /** Variants whose product is published: one statement for all of them. */
  const ofPublished = async <Row extends { product_id: string | null }>(rows: Row[]) => {
    const productIds = [...new Set(rows.flatMap((row) => (row.product_id ? [row.product_id] : [])))];
    const open = new Set(productIds.length > 0 ? published(await store.productsByIds(productIds)).map((product) => product.id) : []);
    return rows.filter((row) => row.product_id !== null && open.has(row.product_id));
  };
  return {
    ...store,
    productsByIds: async (ids, options) => published(await store.productsByIds(ids, options)),
    productsByTypeIds: async (ids) => published(await store.productsByTypeIds(ids)),
    productsByCollectionIds: async (ids) => published(await store.productsByCollectionIds(ids)),
    productsByTagIds: async (ids) => published(await store.productsByTagIds(ids)),
    productsByCategoryIds: async (ids) => published(await store.productsByCategoryIds(ids)),
    productsByOptionIds: async (ids) => published(await store.productsByOptionIds(ids)),
    variantsByIds: async (ids, options) => ofPublished(await store.variantsByIds(ids, options)),
    variantsByOptionValueIds: async (ids) => ofPublished(await store.variantsByOptionValueIds(ids)),
    variantsByImageIds: async (ids) => ofPublished(await store.variantsByImageIds(ids)),
    categoriesByIds: async (ids, options) => listed(await store.categoriesByIds(ids, options)),
    categoriesByParentIds: async (ids) => listed(await store.categoriesByParentIds(ids)),
    categoriesByProductIds: async (ids) => listed(await store.categoriesByProductIds(ids)),
    listProducts: (filters, page, withDeleted) => store.listProducts(filters, page, withDeleted, true),
    listVariants: (filters, page, withDeleted) => store.listVariants(filters, page, withDeleted, true),
    listCategories: (filters, page, withDeleted) => store.listCategories(filters, page, withDeleted, true),
  };
}

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
  const storefront = storefrontView(store);
  return async ({ actor }: RequestInfo): Promise<ProductContext> => {
    const view = isAdmin(actor) ? store : storefront;
    return { store: view, loaders: createLoaders(view) };
  };
}
