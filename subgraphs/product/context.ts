import { isAdmin } from '../../kit/auth';
import type { Database } from '../../kit/database';
import { manyBy } from '../../kit/loaders';
import type { Model, RowOf } from '../../kit/model';
import type { Where } from '../../kit/sql';
import { keyLoaders, relationLoader, type Table } from '../../kit/table';
import type { RequestInfo } from '../../kit/subgraph';
import { createProductMutations, type ProductMutations } from './mutations';
import { createProductStore, type ProductStore } from './store';

/** A table whose reads keep only the rows `keep` keeps (by key, and by a column when `byColumn`), and whose list adds `condition`. */
function narrowed<M extends Model>(
  rows: Table<M>,
  keep: (found: RowOf<M>[]) => RowOf<M>[] | Promise<RowOf<M>[]>,
  condition: string,
  byColumn: boolean,
): Table<M> {
  return {
    ...rows,
    byKeys: async (keys, options) => keep(await rows.byKeys(keys, options)),
    ...(byColumn ? { by: async (column, values, options) => keep(await rows.by(column, values, options)) } : {}),
    list: (filters, page, options = {}) =>
      rows.list(filters, page, {
        ...options,
        also: (where: Where) => {
          options.also?.(where);
          where.raw(condition);
        },
      }),
  };
}

/**
 * The catalog as Medusa's store API shows it to shoppers: published products only (so their
 * variants, prices and options too) and categories that are active and not internal. Guests and
 * customers read through this view, wherever they reach the catalog from (a list, an id, a cart
 * item's variant, a category's products); admins read the whole store.
 */
function storefrontView(store: ProductStore): ProductStore {
  const published = <Row extends { status: string }>(rows: Row[]) => rows.filter((row) => row.status === 'published');
  const listed = <Row extends { is_active: boolean; is_internal: boolean }>(rows: Row[]) =>
    rows.filter((row) => row.is_active && !row.is_internal);
  /** Variants whose product is published: one statement for all of them. */
  const ofPublished = async <Row extends { product_id: string | null }>(rows: Row[]) => {
    const productIds = [...new Set(rows.flatMap((row) => (row.product_id ? [row.product_id] : [])))];
    const open = new Set(
      productIds.length > 0 ? published(await store.product.byKeys(productIds)).map((product) => product.id) : [],
    );
    return rows.filter((row) => row.product_id !== null && open.has(row.product_id));
  };
  return {
    ...store,
    // A product's own variants need no check: the product was.
    product: narrowed(store.product, published, `status = 'published'`, true),
    product_variant: narrowed(
      store.product_variant,
      ofPublished,
      `product_id in (select id from ${store.product.model.table} where status = 'published' and deleted_at is null)`,
      false,
    ),
    product_category: narrowed(store.product_category, listed, 'is_active and not is_internal', true),
    productsByTagIds: async (ids) => published(await store.productsByTagIds(ids)),
    productsByCategoryIds: async (ids) => published(await store.productsByCategoryIds(ids)),
    productsByOptionIds: async (ids) => published(await store.productsByOptionIds(ids)),
    variantsByOptionValueIds: async (ids) => ofPublished(await store.variantsByOptionValueIds(ids)),
    variantsByImageIds: async (ids) => ofPublished(await store.variantsByImageIds(ids)),
    categoriesByProductIds: async (ids) => listed(await store.categoriesByProductIds(ids)),
  };
}

/** Per request: one DataLoader per way the resolvers fetch. */
function createLoaders(store: ProductStore) {
  return {
    product: keyLoaders(store.product),
    variant: keyLoaders(store.product_variant),
    price: keyLoaders(store.product_variant_price),
    pricePreference: keyLoaders(store.price_preference),
    type: keyLoaders(store.product_type),
    collection: keyLoaders(store.product_collection),
    tag: keyLoaders(store.product_tag),
    category: keyLoaders(store.product_category),
    option: keyLoaders(store.product_option),
    optionValue: keyLoaders(store.product_option_value),
    productOption: keyLoaders(store.product_product_option),
    image: keyLoaders(store.image),

    variantsByProduct: relationLoader(store.product_variant, 'product_id'),
    pricesByVariant: relationLoader(store.product_variant_price, 'variant_id'),
    productsByType: relationLoader(store.product, 'type_id'),
    productsByCollection: relationLoader(store.product, 'collection_id'),
    imagesByProduct: relationLoader(store.image, 'product_id'),
    categoriesByParent: relationLoader(store.product_category, 'parent_category_id'),
    valuesByOption: relationLoader(store.product_option_value, 'option_id'),
    productOptionsByProduct: relationLoader(store.product_product_option, 'product_id'),
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
  /** An admin's writes the module resolves itself (mutations.ts), each one transaction. */
  mutations: ProductMutations;
  /** New loaders after an admin's write, so what it returns is read afresh, not from the cache. */
  refresh(): void;
}

export function createProductContext(db: Database) {
  const store = createProductStore(db);
  const storefront = storefrontView(store);
  const mutations = createProductMutations(db);
  return async ({ actor }: RequestInfo): Promise<ProductContext> => {
    const view = isAdmin(actor) ? store : storefront;
    const context: ProductContext = {
      store: view,
      loaders: createLoaders(view),
      mutations,
      refresh: () => {
        context.loaders = createLoaders(view);
      },
    };
    return context;
  };
}
