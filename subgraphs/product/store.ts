import type { Queryable } from '../../kit/database';
import { insertRows, listPage, rowsWhereIn, Where, type NewRow, type Page, type Timestamps } from '../../kit/sql';

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

export interface ProductFilters {
  id?: readonly string[] | null;
  handle?: readonly string[] | null;
  status?: readonly ProductStatus[] | null;
}

export interface ProductVariantFilters {
  id?: readonly string[] | null;
  product_id?: readonly string[] | null;
  sku?: readonly string[] | null;
}

/** New rows, as the seed and (later) the admin mutations write them. */
export interface ProductData {
  products?: NewRow<ProductRow>[];
  variants?: NewRow<ProductVariantRow>[];
  prices?: NewRow<ProductVariantPriceRow>[];
}

/** All SQL of the product module; every read takes and returns arrays. */
export function createProductStore(db: Queryable) {
  return {
    productsByIds: (ids: string[]) => rowsWhereIn<ProductRow>(db, 'product.product', 'id', ids),
    variantsByIds: (ids: string[]) => rowsWhereIn<ProductVariantRow>(db, 'product.product_variant', 'id', ids),
    variantsByProductIds: (productIds: string[]) =>
      rowsWhereIn<ProductVariantRow>(db, 'product.product_variant', 'product_id', productIds),
    pricesByVariantIds: (variantIds: string[]) =>
      rowsWhereIn<ProductVariantPriceRow>(db, 'product.product_variant_price', 'variant_id', variantIds),

    listProducts(filters: ProductFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('handle', filters.handle)
        .equals('status', filters.status);
      return listPage<ProductRow>(db, 'product.product', where, page);
    },

    listVariants(filters: ProductVariantFilters, page: Page) {
      const where = new Where()
        .equals('id', filters.id)
        .equals('product_id', filters.product_id)
        .equals('sku', filters.sku);
      return listPage<ProductVariantRow>(db, 'product.product_variant', where, page);
    },

    async insert(data: ProductData): Promise<void> {
      await insertRows(db, 'product.product', data.products ?? []);
      await insertRows(db, 'product.product_variant', data.variants ?? []);
      await insertRows(db, 'product.product_variant_price', data.prices ?? []);
    },
  };
}

export type ProductStore = ReturnType<typeof createProductStore>;
