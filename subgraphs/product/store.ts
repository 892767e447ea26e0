import type { Queryable } from '../../kit/database';
import {
  insertRows,
  listPage,
  rowsWhereIn,
  Where,
  type NewRow,
  type Page,
  type RangeFilter,
  type ReadOptions,
  type Timestamps,
} from '../../kit/sql';

// Row types: one per table, with the columns as PostgreSQL returns them (numeric as string).
type Json = unknown;

export type ProductStatus = 'draft' | 'proposed' | 'published' | 'rejected';

export interface ProductRow extends Timestamps {
  id: string;
  title: string;
  handle: string;
  subtitle: string | null;
  description: string | null;
  is_giftcard: boolean;
  status: ProductStatus;
  thumbnail: string | null;
  weight: number | null;
  length: number | null;
  height: number | null;
  width: number | null;
  origin_country: string | null;
  hs_code: string | null;
  mid_code: string | null;
  material: string | null;
  discountable: boolean;
  external_id: string | null;
  metadata: Json;
  type_id: string | null;
  collection_id: string | null;
}

export interface ProductVariantRow extends Timestamps {
  id: string;
  title: string;
  sku: string | null;
  barcode: string | null;
  ean: string | null;
  upc: string | null;
  allow_backorder: boolean;
  manage_inventory: boolean;
  hs_code: string | null;
  origin_country: string | null;
  mid_code: string | null;
  material: string | null;
  weight: number | null;
  length: number | null;
  height: number | null;
  width: number | null;
  metadata: Json;
  variant_rank: number | null;
  thumbnail: string | null;
  product_id: string | null;
}

export interface ProductVariantPriceRow extends Timestamps {
  id: string;
  variant_id: string;
  currency_code: string;
  amount: string;
}

export interface ProductTypeRow extends Timestamps {
  id: string;
  value: string;
  external_id: string | null;
  metadata: Json;
}

/** Tags have the same columns as types. */
export type ProductTagRow = ProductTypeRow;

export interface ProductCollectionRow extends Timestamps {
  id: string;
  title: string;
  handle: string;
  external_id: string | null;
  metadata: Json;
}

export interface ProductCategoryRow extends Timestamps {
  id: string;
  name: string;
  description: string;
  handle: string;
  mpath: string;
  is_active: boolean;
  is_internal: boolean;
  rank: number;
  external_id: string | null;
  metadata: Json;
  parent_category_id: string | null;
}

export interface ProductOptionRow extends Timestamps {
  id: string;
  title: string;
  is_exclusive: boolean;
  metadata: Json;
}

export interface ProductOptionValueRow extends Timestamps {
  id: string;
  value: string;
  rank: number | null;
  metadata: Json;
  option_id: string | null;
}

export interface ProductProductOptionRow extends Timestamps {
  id: string;
  product_id: string;
  product_option_id: string;
}

export interface ProductProductOptionValueRow extends Timestamps {
  id: string;
  product_product_option_id: string;
  product_option_value_id: string;
}

export interface ProductImageRow extends Timestamps {
  id: string;
  url: string;
  metadata: Json;
  rank: number;
  product_id: string;
}

export interface ProductVariantProductImageRow extends Timestamps {
  id: string;
  variant_id: string;
  image_id: string;
}

/** Rows of Medusa's bare pivot tables (no id, no timestamps). */
export interface ProductTagPivotRow {
  product_id: string;
  product_tag_id: string;
}
export interface ProductCategoryPivotRow {
  product_id: string;
  product_category_id: string;
}
export interface ProductVariantOptionPivotRow {
  variant_id: string;
  option_value_id: string;
}

/** A row reached through a pivot, with the key it was asked for (for `manyBy`). */
export type Via<R> = R & { via_id: string };

type DateRange = RangeFilter<Date | string> | null;
type Ids = readonly string[] | null;

export interface ProductFilters {
  id?: Ids;
  handle?: readonly string[] | null;
  status?: readonly ProductStatus[] | null;
  title?: readonly string[] | null;
  type_id?: Ids;
  collection_id?: Ids;
  tag_id?: Ids;
  category_id?: Ids;
  is_giftcard?: boolean | null;
  discountable?: boolean | null;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

export interface ProductVariantFilters {
  id?: Ids;
  product_id?: Ids;
  sku?: readonly string[] | null;
  manage_inventory?: boolean | null;
  allow_backorder?: boolean | null;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

export interface ProductCategoryFilters {
  id?: Ids;
  handle?: readonly string[] | null;
  /** `null` (given explicitly) asks for root categories; `undefined` means no filter. */
  parent_category_id?: Ids;
  is_active?: boolean | null;
  is_internal?: boolean | null;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

export interface ProductCollectionFilters {
  id?: Ids;
  handle?: readonly string[] | null;
  title?: readonly string[] | null;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

/** Tags and types are filtered alike. */
export interface ProductValueFilters {
  id?: Ids;
  value?: readonly string[] | null;
  created_at?: DateRange;
  updated_at?: DateRange;
  q?: string | null;
}

export interface ProductOptionFilters {
  id?: Ids;
  title?: readonly string[] | null;
  is_exclusive?: boolean | null;
  created_at?: DateRange;
  updated_at?: DateRange;
}

/** Sortable columns of each list (own scalar columns), for `toPage`. */
export const SORTABLE = {
  product: ['id', 'title', 'handle', 'subtitle', 'status', 'created_at', 'updated_at'],
  variant: ['id', 'title', 'sku', 'variant_rank', 'created_at', 'updated_at'],
  category: ['id', 'name', 'handle', 'rank', 'created_at', 'updated_at'],
  collection: ['id', 'title', 'handle', 'created_at', 'updated_at'],
  value: ['id', 'value', 'created_at', 'updated_at'],
  option: ['id', 'title', 'created_at', 'updated_at'],
} as const;

/** New rows, as the seed and (later) the admin mutations write them. */
export interface ProductData {
  types?: NewRow<ProductTypeRow>[];
  collections?: NewRow<ProductCollectionRow>[];
  tags?: NewRow<ProductTagRow>[];
  categories?: NewRow<ProductCategoryRow>[];
  options?: NewRow<ProductOptionRow>[];
  option_values?: NewRow<ProductOptionValueRow>[];
  products?: NewRow<ProductRow>[];
  product_tags?: ProductTagPivotRow[];
  product_categories?: ProductCategoryPivotRow[];
  product_options?: NewRow<ProductProductOptionRow>[];
  product_option_values?: NewRow<ProductProductOptionValueRow>[];
  variants?: NewRow<ProductVariantRow>[];
  variant_options?: ProductVariantOptionPivotRow[];
  images?: NewRow<ProductImageRow>[];
  variant_images?: NewRow<ProductVariantProductImageRow>[];
  prices?: NewRow<ProductVariantPriceRow>[];
}

const T = {
  product: 'product.product',
  variant: 'product.product_variant',
  price: 'product.product_variant_price',
  type: 'product.product_type',
  collection: 'product.product_collection',
  tag: 'product.product_tag',
  category: 'product.product_category',
  option: 'product.product_option',
  optionValue: 'product.product_option_value',
  productOption: 'product.product_product_option',
  productOptionValue: 'product.product_product_option_value',
  image: 'product.image',
  variantImage: 'product.product_variant_product_image',
  productTags: 'product.product_tags',
  productCategories: 'product.product_category_product',
  variantOptions: 'product.product_variant_option',
} as const;

/**
 * Live rows of `table` reached through a pivot: those whose id is the pivot's `to` for a pivot
 * row whose `from` is one of `keys`, each with that key as `via_id`. One statement for any number of keys.
 */
function through<R extends object>(
  db: Queryable,
  options: { table: string; pivot: string; from: string; to: string; keys: readonly string[]; orderBy: string; pivotHasDeletedAt?: boolean },
): Promise<Via<R>[]> {
  if (options.keys.length === 0) return Promise.resolve([]);
  const livePivot = options.pivotHasDeletedAt ? ' and p.deleted_at is null' : '';
  return db.query<Via<R>>(
    `select t.*, p.${options.from} as via_id from ${options.pivot} p join ${options.table} t on t.id = p.${options.to}
     where p.${options.from} = any($1::text[]) and t.deleted_at is null${livePivot}
     order by ${options.orderBy}`,
    [options.keys],
  );
}

/** `column in (select … from pivot where key = any(values))`: rows linked to any of `values`. */
function linkedTo(where: Where, column: string, pivot: string, from: string, to: string, values: Ids | undefined): void {
  if (!values) return;
  where.params.push(values);
  where.raw(`${column} in (select ${from} from ${pivot} where ${to} = any($${where.params.length}::text[]))`);
}

/** Dates and `q`, which every list filters alike. */
function common(where: Where, filters: { created_at?: DateRange; updated_at?: DateRange; q?: string | null }, searchable: readonly string[]): Where {
  return where.range('created_at', filters.created_at).range('updated_at', filters.updated_at).search(searchable, filters.q);
}

/** All SQL of the product module; every read takes and returns arrays. */
export function createProductStore(db: Queryable) {
  const byIds =
    <R extends object>(table: string) =>
    (ids: string[], options: ReadOptions = {}) =>
      rowsWhereIn<R>(db, table, 'id', ids, options);

  return {
    productsByIds: byIds<ProductRow>(T.product),
    variantsByIds: byIds<ProductVariantRow>(T.variant),
    pricesByIds: byIds<ProductVariantPriceRow>(T.price),
    typesByIds: byIds<ProductTypeRow>(T.type),
    collectionsByIds: byIds<ProductCollectionRow>(T.collection),
    tagsByIds: byIds<ProductTagRow>(T.tag),
    categoriesByIds: byIds<ProductCategoryRow>(T.category),
    optionsByIds: byIds<ProductOptionRow>(T.option),
    optionValuesByIds: byIds<ProductOptionValueRow>(T.optionValue),
    productOptionsByIds: byIds<ProductProductOptionRow>(T.productOption),
    imagesByIds: byIds<ProductImageRow>(T.image),

    variantsByProductIds: (productIds: string[]) =>
      rowsWhereIn<ProductVariantRow>(db, T.variant, 'product_id', productIds, { orderBy: 'variant_rank, id' }),
    pricesByVariantIds: (variantIds: string[]) =>
      rowsWhereIn<ProductVariantPriceRow>(db, T.price, 'variant_id', variantIds, { orderBy: 'currency_code, id' }),
    productsByTypeIds: (typeIds: string[]) => rowsWhereIn<ProductRow>(db, T.product, 'type_id', typeIds),
    productsByCollectionIds: (collectionIds: string[]) => rowsWhereIn<ProductRow>(db, T.product, 'collection_id', collectionIds),
    imagesByProductIds: (productIds: string[]) =>
      rowsWhereIn<ProductImageRow>(db, T.image, 'product_id', productIds, { orderBy: 'rank, id' }),
    categoriesByParentIds: (parentIds: string[]) =>
      rowsWhereIn<ProductCategoryRow>(db, T.category, 'parent_category_id', parentIds, { orderBy: 'rank, id' }),
    valuesByOptionIds: (optionIds: string[]) =>
      rowsWhereIn<ProductOptionValueRow>(db, T.optionValue, 'option_id', optionIds, { orderBy: 'rank, id' }),
    productOptionsByProductIds: (productIds: string[]) =>
      rowsWhereIn<ProductProductOptionRow>(db, T.productOption, 'product_id', productIds),

    tagsByProductIds: (keys: string[]) =>
      through<ProductTagRow>(db, { table: T.tag, pivot: T.productTags, from: 'product_id', to: 'product_tag_id', keys, orderBy: 't.value, t.id' }),
    productsByTagIds: (keys: string[]) =>
      through<ProductRow>(db, { table: T.product, pivot: T.productTags, from: 'product_tag_id', to: 'product_id', keys, orderBy: 't.id' }),
    categoriesByProductIds: (keys: string[]) =>
      through<ProductCategoryRow>(db, {
        table: T.category, pivot: T.productCategories, from: 'product_id', to: 'product_category_id', keys, orderBy: 't.rank, t.id',
      }),
    productsByCategoryIds: (keys: string[]) =>
      through<ProductRow>(db, { table: T.product, pivot: T.productCategories, from: 'product_category_id', to: 'product_id', keys, orderBy: 't.id' }),
    optionsByProductIds: (keys: string[]) =>
      through<ProductOptionRow>(db, {
        table: T.option, pivot: T.productOption, from: 'product_id', to: 'product_option_id', keys, orderBy: 'p.id', pivotHasDeletedAt: true,
      }),
    productsByOptionIds: (keys: string[]) =>
      through<ProductRow>(db, {
        table: T.product, pivot: T.productOption, from: 'product_option_id', to: 'product_id', keys, orderBy: 't.id', pivotHasDeletedAt: true,
      }),
    valuesByProductOptionIds: (keys: string[]) =>
      through<ProductOptionValueRow>(db, {
        table: T.optionValue, pivot: T.productOptionValue, from: 'product_product_option_id', to: 'product_option_value_id', keys,
        orderBy: 't.rank, t.id', pivotHasDeletedAt: true,
      }),
    variantsByOptionValueIds: (keys: string[]) =>
      through<ProductVariantRow>(db, { table: T.variant, pivot: T.variantOptions, from: 'option_value_id', to: 'variant_id', keys, orderBy: 't.id' }),
    imagesByVariantIds: (keys: string[]) =>
      through<ProductImageRow>(db, {
        table: T.image, pivot: T.variantImage, from: 'variant_id', to: 'image_id', keys, orderBy: 't.rank, t.id', pivotHasDeletedAt: true,
      }),
    variantsByImageIds: (keys: string[]) =>
      through<ProductVariantRow>(db, {
        table: T.variant, pivot: T.variantImage, from: 'image_id', to: 'variant_id', keys, orderBy: 't.variant_rank, t.id', pivotHasDeletedAt: true,
      }),

    /** A variant's option values, ordered by their option's title (Color before Size), as one statement. */
    async optionValuesByVariantIds(keys: string[]): Promise<Via<ProductOptionValueRow>[]> {
      if (keys.length === 0) return [];
      return db.query<Via<ProductOptionValueRow>>(
        `select v.*, p.variant_id as via_id from ${T.variantOptions} p
         join ${T.optionValue} v on v.id = p.option_value_id
         left join ${T.option} o on o.id = v.option_id
         where p.variant_id = any($1::text[]) and v.deleted_at is null
         order by o.title, v.id`,
        [keys],
      );
    },

    listProducts(filters: ProductFilters, page: Page, withDeleted = false, storefront = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('handle', filters.handle)
        .equals('status', filters.status)
        .equals('title', filters.title)
        .equals('type_id', filters.type_id)
        .equals('collection_id', filters.collection_id)
        .equals('is_giftcard', filters.is_giftcard)
        .equals('discountable', filters.discountable);
      linkedTo(where, 'id', T.productTags, 'product_id', 'product_tag_id', filters.tag_id);
      linkedTo(where, 'id', T.productCategories, 'product_id', 'product_category_id', filters.category_id);
      common(where, filters, ['title', 'subtitle', 'description', 'handle']);
      if (storefront) where.raw(`status = 'published'`);
      return listPage<ProductRow>(db, T.product, where, page);
    },

    listVariants(filters: ProductVariantFilters, page: Page, withDeleted = false, storefront = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('product_id', filters.product_id)
        .equals('sku', filters.sku)
        .equals('manage_inventory', filters.manage_inventory)
        .equals('allow_backorder', filters.allow_backorder);
      common(where, filters, ['title', 'sku']);
      if (storefront) where.raw(`product_id in (select id from ${T.product} where status = 'published' and deleted_at is null)`);
      return listPage<ProductVariantRow>(db, T.variant, where, page);
    },

    listCategories(filters: ProductCategoryFilters, page: Page, withDeleted = false, storefront = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('handle', filters.handle)
        .equals('parent_category_id', filters.parent_category_id)
        .equals('is_active', filters.is_active)
        .equals('is_internal', filters.is_internal);
      if (filters.parent_category_id === null) where.raw('parent_category_id is null');
      if (storefront) where.raw('is_active and not is_internal');
      common(where, filters, ['name', 'handle']);
      return listPage<ProductCategoryRow>(db, T.category, where, page);
    },

    listCollections(filters: ProductCollectionFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted }).equals('id', filters.id).equals('handle', filters.handle).equals('title', filters.title);
      common(where, filters, ['title', 'handle']);
      return listPage<ProductCollectionRow>(db, T.collection, where, page);
    },

    listTags(filters: ProductValueFilters, page: Page, withDeleted = false) {
      const where = common(new Where({ withDeleted }).equals('id', filters.id).equals('value', filters.value), filters, ['value']);
      return listPage<ProductTagRow>(db, T.tag, where, page);
    },

    listTypes(filters: ProductValueFilters, page: Page, withDeleted = false) {
      const where = common(new Where({ withDeleted }).equals('id', filters.id).equals('value', filters.value), filters, ['value']);
      return listPage<ProductTypeRow>(db, T.type, where, page);
    },

    listOptions(filters: ProductOptionFilters, page: Page, withDeleted = false) {
      const where = new Where({ withDeleted })
        .equals('id', filters.id)
        .equals('title', filters.title)
        .equals('is_exclusive', filters.is_exclusive);
      common(where, filters, []);
      return listPage<ProductOptionRow>(db, T.option, where, page);
    },

    /** Writes parents before children, so every foreign key finds its row. */
    async insert(data: ProductData): Promise<void> {
      await insertRows(db, T.type, data.types ?? []);
      await insertRows(db, T.collection, data.collections ?? []);
      await insertRows(db, T.tag, data.tags ?? []);
      await insertRows(db, T.category, data.categories ?? []);
      await insertRows(db, T.option, data.options ?? []);
      await insertRows(db, T.optionValue, data.option_values ?? []);
      await insertRows(db, T.product, data.products ?? []);
      await insertRows(db, T.productTags, data.product_tags ?? [], ['product_id', 'product_tag_id']);
      await insertRows(db, T.productCategories, data.product_categories ?? [], ['product_id', 'product_category_id']);
      await insertRows(db, T.productOption, data.product_options ?? []);
      await insertRows(db, T.productOptionValue, data.product_option_values ?? []);
      await insertRows(db, T.variant, data.variants ?? []);
      await insertRows(db, T.variantOptions, data.variant_options ?? [], ['variant_id', 'option_value_id']);
      await insertRows(db, T.image, data.images ?? []);
      await insertRows(db, T.variantImage, data.variant_images ?? []);
      await insertRows(db, T.price, data.prices ?? []);
    },
  };
}

export type ProductStore = ReturnType<typeof createProductStore>;
