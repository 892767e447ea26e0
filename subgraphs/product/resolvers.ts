import { assertId } from '../../kit/ids';
import { loadById } from '../../kit/loaders';
import type { ProductContext } from './context';
import type { Resolvers } from './generated/resolvers';

/** What a write returns is read afresh: the request's loaders may hold rows from before it. */
async function written<T>(context: ProductContext, write: Promise<T>): Promise<T> {
  const result = await write;
  context.refresh();
  return result;
}

export const resolvers: Resolvers = {
  Query: {
    product: (_, { id, with_deleted }, { loaders }) => loadById(loaders.product, assertId(id, 'prod'), with_deleted),
    products: (_, { filters, pagination, with_deleted }, { store }) =>
      store.product.list(filters, store.product.page(pagination), {
        withDeleted: with_deleted,
        also: store.linkedProducts(filters),
      }),
    product_variant: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.variant, assertId(id, 'variant'), with_deleted),
    product_variants: (_, { filters, pagination, with_deleted }, { store }) =>
      store.product_variant.list(filters, store.product_variant.page(pagination), { withDeleted: with_deleted }),
    product_category: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.category, assertId(id, 'pcat'), with_deleted),
    product_categories: (_, { filters, pagination, with_deleted }, { store }) =>
      store.product_category.list(filters, store.product_category.page(pagination), {
        withDeleted: with_deleted,
        // An explicit null asks for root categories (a list filter skips a null as "not given").
        also: filters?.parent_category_id === null ? (where) => where.raw('parent_category_id is null') : undefined,
      }),
    product_collection: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.collection, assertId(id, 'pcol'), with_deleted),
    product_collections: (_, { filters, pagination, with_deleted }, { store }) =>
      store.product_collection.list(filters, store.product_collection.page(pagination), { withDeleted: with_deleted }),
    product_tag: (_, { id, with_deleted }, { loaders }) => loadById(loaders.tag, assertId(id, 'ptag'), with_deleted),
    product_tags: (_, { filters, pagination, with_deleted }, { store }) =>
      store.product_tag.list(filters, store.product_tag.page(pagination), { withDeleted: with_deleted }),
    product_type: (_, { id, with_deleted }, { loaders }) => loadById(loaders.type, assertId(id, 'ptyp'), with_deleted),
    product_types: (_, { filters, pagination, with_deleted }, { store }) =>
      store.product_type.list(filters, store.product_type.page(pagination), { withDeleted: with_deleted }),
    product_option: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.option, assertId(id, 'opt'), with_deleted),
    product_options: (_, { filters, pagination, with_deleted }, { store }) =>
      store.product_option.list(filters, store.product_option.page(pagination), { withDeleted: with_deleted }),
    price_preference: (_, { id, with_deleted }, { loaders }) =>
      loadById(loaders.pricePreference, assertId(id, 'prpref'), with_deleted),
    price_preferences: (_, { filters, pagination, with_deleted }, { store }) =>
      store.price_preference.list(filters, store.price_preference.page(pagination), { withDeleted: with_deleted }),
  },
  // The writes that are the module's own (mutations.ts); the derived ones are kit/writes.ts's.
  Mutation: {
    create_products: (_, { data }, context) => written(context, context.mutations.createProducts(data)),
    update_products: (_, { id, data }, context) => written(context, context.mutations.updateProducts(id, data)),
    soft_delete_products: (_, { ids }, context) => written(context, context.mutations.softDeleteProducts(ids)),
    restore_products: (_, { ids }, context) => written(context, context.mutations.restoreProducts(ids)),
    create_product_variants: (_, { data }, context) => written(context, context.mutations.createProductVariants(data)),
    update_product_variants: (_, { id, data }, context) =>
      written(context, context.mutations.updateProductVariants(id, data)),
    soft_delete_product_variants: (_, { ids }, context) =>
      written(context, context.mutations.softDeleteProductVariants(ids)),
    create_product_categories: (_, { data }, context) =>
      written(context, context.mutations.createProductCategories(data)),
    update_product_categories: (_, { id, data }, context) =>
      written(context, context.mutations.updateProductCategories(id, data)),
    soft_delete_product_categories: (_, { ids }, context) =>
      written(context, context.mutations.softDeleteProductCategories(ids)),
  },
  Product: {
    __resolveReference: ({ id }, { loaders }) => loaders.product.live.load(id),
    type: (product, _, { loaders }) => (product.type_id ? loaders.type.live.load(product.type_id) : null),
    collection: (product, _, { loaders }) =>
      product.collection_id ? loaders.collection.live.load(product.collection_id) : null,
    tags: (product, _, { loaders }) => loaders.tagsByProduct.load(product.id),
    categories: (product, _, { loaders }) => loaders.categoriesByProduct.load(product.id),
    options: (product, _, { loaders }) => loaders.optionsByProduct.load(product.id),
    product_options: (product, _, { loaders }) => loaders.productOptionsByProduct.load(product.id),
    images: (product, _, { loaders }) => loaders.imagesByProduct.load(product.id),
    variants: (product, _, { loaders }) => loaders.variantsByProduct.load(product.id),
  },
  ProductVariant: {
    __resolveReference: ({ id }, { loaders }) => loaders.variant.live.load(id),
    product: (variant, _, { loaders }) => (variant.product_id ? loaders.product.live.load(variant.product_id) : null),
    options: (variant, _, { loaders }) => loaders.optionValuesByVariant.load(variant.id),
    images: (variant, _, { loaders }) => loaders.imagesByVariant.load(variant.id),
    prices: (variant, _, { loaders }) => loaders.pricesByVariant.load(variant.id),
  },
  ProductOption: {
    __resolveReference: ({ id }, { loaders }) => loaders.option.live.load(id),
    values: (option, _, { loaders }) => loaders.valuesByOption.load(option.id),
    products: (option, _, { loaders }) => loaders.productsByOption.load(option.id),
  },
  ProductOptionValue: {
    __resolveReference: ({ id }, { loaders }) => loaders.optionValue.live.load(id),
    option: (value, _, { loaders }) => (value.option_id ? loaders.option.live.load(value.option_id) : null),
    variants: (value, _, { loaders }) => loaders.variantsByOptionValue.load(value.id),
  },
  ProductProductOption: {
    __resolveReference: ({ id }, { loaders }) => loaders.productOption.live.load(id),
    product: (pivot, _, { loaders }) => loaders.product.live.load(pivot.product_id),
    product_option: (pivot, _, { loaders }) => loaders.option.live.load(pivot.product_option_id),
    values: (pivot, _, { loaders }) => loaders.valuesByProductOption.load(pivot.id),
  },
  ProductImage: {
    __resolveReference: ({ id }, { loaders }) => loaders.image.live.load(id),
    product: (image, _, { loaders }) => loaders.product.live.load(image.product_id),
    variants: (image, _, { loaders }) => loaders.variantsByImage.load(image.id),
  },
  ProductCategory: {
    __resolveReference: ({ id }, { loaders }) => loaders.category.live.load(id),
    parent_category: (category, _, { loaders }) =>
      category.parent_category_id ? loaders.category.live.load(category.parent_category_id) : null,
    category_children: (category, _, { loaders }) => loaders.categoriesByParent.load(category.id),
    products: (category, _, { loaders }) => loaders.productsByCategory.load(category.id),
  },
  ProductCollection: {
    __resolveReference: ({ id }, { loaders }) => loaders.collection.live.load(id),
    products: (collection, _, { loaders }) => loaders.productsByCollection.load(collection.id),
  },
  ProductTag: {
    __resolveReference: ({ id }, { loaders }) => loaders.tag.live.load(id),
    products: (tag, _, { loaders }) => loaders.productsByTag.load(tag.id),
  },
  ProductType: {
    __resolveReference: ({ id }, { loaders }) => loaders.type.live.load(id),
    products: (type, _, { loaders }) => loaders.productsByType.load(type.id),
  },
  PricePreference: {
    __resolveReference: ({ id }, { loaders }) => loaders.pricePreference.live.load(id),
  },
  ProductVariantPrice: {
    __resolveReference: ({ id }, { loaders }) => loaders.price.live.load(id),
    variant: (price, _, { loaders }) => loaders.variant.live.load(price.variant_id),
  },
};
