import type { Queryable } from '../../kit/database';
import { assertIds } from '../../kit/ids';
import type { Where } from '../../kit/sql';
import { tables } from '../../kit/table';
import {
  models,
  type ProductCategoryRow,
  type ProductImageRow,
  type ProductOptionRow,
  type ProductOptionValueRow,
  type ProductRow,
  type ProductTagRow,
  type ProductVariantRow,
} from './models';

/** A row reached through a pivot, with the key it was asked for (for `manyBy`). */
export type Via<R> = R & { via_id: string };

const T = {
  product: models.product.table,
  variant: models.product_variant.table,
  tag: models.product_tag.table,
  category: models.product_category.table,
  option: models.product_option.table,
  optionValue: models.product_option_value.table,
  productOption: models.product_product_option.table,
  productOptionValue: models.product_product_option_value.table,
  image: models.image.table,
  variantImage: models.product_variant_product_image.table,
  productTags: models.product_tags.table,
  productCategories: models.product_category_product.table,
  variantOptions: models.product_variant_option.table,
};

/**
 * Live rows of `table` reached through a pivot: those whose id is the pivot's `to` for a pivot
 * row whose `from` is one of `keys`, each with that key as `via_id`. One statement for any number of keys.
 */
function through<R extends object>(
  db: Queryable,
  options: {
    table: string;
    pivot: string;
    from: string;
    to: string;
    keys: readonly string[];
    orderBy: string;
    pivotHasDeletedAt?: boolean;
  },
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
function linkedTo(
  where: Where,
  column: string,
  pivot: string,
  from: string,
  to: string,
  values: readonly string[] | undefined,
): void {
  if (!values) return;
  where.params.push(values);
  where.raw(`${column} in (select ${from} from ${pivot} where ${to} = any($${where.params.length}::text[]))`);
}

/**
 * All SQL of the product module: the tables' statements derived from their declarations
 * (models.ts), and the reads through the pivot tables, which are the module's own.
 */
export function createProductStore(db: Queryable) {
  return {
    ...tables(db, models),

    tagsByProductIds: (keys: string[]) =>
      through<ProductTagRow>(db, {
        table: T.tag,
        pivot: T.productTags,
        from: 'product_id',
        to: 'product_tag_id',
        keys,
        orderBy: 't.value, t.id',
      }),
    productsByTagIds: (keys: string[]) =>
      through<ProductRow>(db, {
        table: T.product,
        pivot: T.productTags,
        from: 'product_tag_id',
        to: 'product_id',
        keys,
        orderBy: 't.id',
      }),
    categoriesByProductIds: (keys: string[]) =>
      through<ProductCategoryRow>(db, {
        table: T.category,
        pivot: T.productCategories,
        from: 'product_id',
        to: 'product_category_id',
        keys,
        orderBy: 't.rank, t.id',
      }),
    productsByCategoryIds: (keys: string[]) =>
      through<ProductRow>(db, {
        table: T.product,
        pivot: T.productCategories,
        from: 'product_category_id',
        to: 'product_id',
        keys,
        orderBy: 't.id',
      }),
    optionsByProductIds: (keys: string[]) =>
      through<ProductOptionRow>(db, {
        table: T.option,
        pivot: T.productOption,
        from: 'product_id',
        to: 'product_option_id',
        keys,
        orderBy: 'p.id',
        pivotHasDeletedAt: true,
      }),
    productsByOptionIds: (keys: string[]) =>
      through<ProductRow>(db, {
        table: T.product,
        pivot: T.productOption,
        from: 'product_option_id',
        to: 'product_id',
        keys,
        orderBy: 't.id',
        pivotHasDeletedAt: true,
      }),
    valuesByProductOptionIds: (keys: string[]) =>
      through<ProductOptionValueRow>(db, {
        table: T.optionValue,
        pivot: T.productOptionValue,
        from: 'product_product_option_id',
        to: 'product_option_value_id',
        keys,
        orderBy: 't.rank, t.id',
        pivotHasDeletedAt: true,
      }),
    variantsByOptionValueIds: (keys: string[]) =>
      through<ProductVariantRow>(db, {
        table: T.variant,
        pivot: T.variantOptions,
        from: 'option_value_id',
        to: 'variant_id',
        keys,
        orderBy: 't.id',
      }),
    imagesByVariantIds: (keys: string[]) =>
      through<ProductImageRow>(db, {
        table: T.image,
        pivot: T.variantImage,
        from: 'variant_id',
        to: 'image_id',
        keys,
        orderBy: 't.rank, t.id',
        pivotHasDeletedAt: true,
      }),
    variantsByImageIds: (keys: string[]) =>
      through<ProductVariantRow>(db, {
        table: T.variant,
        pivot: T.variantImage,
        from: 'image_id',
        to: 'variant_id',
        keys,
        orderBy: 't.variant_rank, t.id',
        pivotHasDeletedAt: true,
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

    /**
     * The product list's filters that are not its own columns: products with any of the tags, or
     * directly in any of the categories (through the pivot tables), as a list's `also`.
     */
    linkedProducts(
      filters: { tag_id?: readonly string[] | null; category_id?: readonly string[] | null } | null | undefined,
    ) {
      // Checked when the list runs, after the product's own filters, as the arguments are listed.
      return (where: Where) => {
        linkedTo(
          where,
          'id',
          T.productTags,
          'product_id',
          'product_tag_id',
          assertIds(filters?.tag_id, 'ptag', 'filters.tag_id'),
        );
        const categoryIds = assertIds(filters?.category_id, 'pcat', 'filters.category_id');
        linkedTo(where, 'id', T.productCategories, 'product_id', 'product_category_id', categoryIds);
      };
    },
  };
}

export type ProductStore = ReturnType<typeof createProductStore>;
