import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';

export const resolvers: Resolvers = {
  Query: {
    product: (_, { id }, { loaders }) => loaders.product.load(assertId(id, 'prod')),
    products: (_, { filters, pagination }, { store }) =>
      store.listProducts({ ...filters, id: assertIds(filters?.id, 'prod', 'filters.id') }, toPage(pagination)),
    product_variant: (_, { id }, { loaders }) => loaders.variant.load(assertId(id, 'variant')),
    product_variants: (_, { filters, pagination }, { store }) =>
      store.listVariants(
        {
          ...filters,
          id: assertIds(filters?.id, 'variant', 'filters.id'),
          product_id: assertIds(filters?.product_id, 'prod', 'filters.product_id'),
        },
        toPage(pagination),
      ),
  },
  ProductList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  ProductVariantList: {
    data: (list) => list.rows,
    metadata: pageMetadata,
  },
  Product: {
    __resolveReference: ({ id }, { loaders }) => loaders.product.load(id),
    variants: (product, _, { loaders }) => loaders.variantsByProduct.load(product.id),
  },
  ProductVariant: {
    __resolveReference: ({ id }, { loaders }) => loaders.variant.load(id),
    product: (variant, _, { loaders }) => (variant.product_id ? loaders.product.load(variant.product_id) : null),
    prices: (variant, _, { loaders }) => loaders.pricesByVariant.load(variant.id),
  },
};
