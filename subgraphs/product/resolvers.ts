import { assertId, assertIds } from '../../kit/ids';
import { pageMetadata, toPage } from '../../kit/sql';
import type { Resolvers } from './generated/resolvers';
import { SORTABLE } from './store';

const list = { data: <R>(page: { rows: R[] }) => page.rows, metadata: pageMetadata };

export const resolvers: Resolvers = {
  Query: {
    product: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.productWithDeleted : loaders.product).load(assertId(id, 'prod')),
    products: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listProducts(
        {
          ...filters,
          id: assertIds(filters?.id, 'prod', 'filters.id'),
          type_id: assertIds(filters?.type_id, 'ptyp', 'filters.type_id'),
          collection_id: assertIds(filters?.collection_id, 'pcol', 'filters.collection_id'),
          tag_id: assertIds(filters?.tag_id, 'ptag', 'filters.tag_id'),
          category_id: assertIds(filters?.category_id, 'pcat', 'filters.category_id'),
        },
        toPage(pagination, SORTABLE.product),
        with_deleted ?? false,
      ),
    product_variant: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.variantWithDeleted : loaders.variant).load(assertId(id, 'variant')),
    product_variants: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listVariants(
        {
          ...filters,
          id: assertIds(filters?.id, 'variant', 'filters.id'),
          product_id: assertIds(filters?.product_id, 'prod', 'filters.product_id'),
        },
        toPage(pagination, SORTABLE.variant),
        with_deleted ?? false,
      ),
    product_category: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.categoryWithDeleted : loaders.category).load(assertId(id, 'pcat')),
    product_categories: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listCategories(
        {
          ...filters,
          id: assertIds(filters?.id, 'pcat', 'filters.id'),
          // An explicit null asks for root categories, so it is kept apart from "not given".
          parent_category_id:
            filters?.parent_category_id === null
              ? null
              : assertIds(filters?.parent_category_id, 'pcat', 'filters.parent_category_id'),
        },
        toPage(pagination, SORTABLE.category),
        with_deleted ?? false,
      ),
    product_collection: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.collectionWithDeleted : loaders.collection).load(assertId(id, 'pcol')),
    product_collections: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listCollections(
        { ...filters, id: assertIds(filters?.id, 'pcol', 'filters.id') },
        toPage(pagination, SORTABLE.collection),
        with_deleted ?? false,
      ),
    product_tag: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.tagWithDeleted : loaders.tag).load(assertId(id, 'ptag')),
    product_tags: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listTags({ ...filters, id: assertIds(filters?.id, 'ptag', 'filters.id') }, toPage(pagination, SORTABLE.value), with_deleted ?? false),
    product_type: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.typeWithDeleted : loaders.type).load(assertId(id, 'ptyp')),
    product_types: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listTypes({ ...filters, id: assertIds(filters?.id, 'ptyp', 'filters.id') }, toPage(pagination, SORTABLE.value), with_deleted ?? false),
    product_option: (_, { id, with_deleted }, { loaders }) =>
      (with_deleted ? loaders.optionWithDeleted : loaders.option).load(assertId(id, 'opt')),
    product_options: (_, { filters, pagination, with_deleted }, { store }) =>
      store.listOptions({ ...filters, id: assertIds(filters?.id, 'opt', 'filters.id') }, toPage(pagination, SORTABLE.option), with_deleted ?? false),
  },
  ProductList: list,
  ProductVariantList: list,
  ProductCategoryList: list,
  ProductCollectionList: list,
  ProductTagList: list,
  ProductTypeList: list,
  ProductOptionList: list,
  Product: {
    __resolveReference: ({ id }, { loaders }) => loaders.product.load(id),
    type: (product, _, { loaders }) => (product.type_id ? loaders.type.load(product.type_id) : null),
    collection: (product, _, { loaders }) => (product.collection_id ? loaders.collection.load(product.collection_id) : null),
    tags: (product, _, { loaders }) => loaders.tagsByProduct.load(product.id),
    categories: (product, _, { loaders }) => loaders.categoriesByProduct.load(product.id),
    options: (product, _, { loaders }) => loaders.optionsByProduct.load(product.id),
    product_options: (product, _, { loaders }) => loaders.productOptionsByProduct.load(product.id),
    images: (product, _, { loaders }) => loaders.imagesByProduct.load(product.id),
    variants: (product, _, { loaders }) => loaders.variantsByProduct.load(product.id),
  },
  ProductVariant: {
    __resolveReference: ({ id }, { loaders }) => loaders.variant.load(id),
    product: (variant, _, { loaders }) => (variant.product_id ? loaders.product.load(variant.product_id) : null),
    options: (variant, _, { loaders }) => loaders.optionValuesByVariant.load(variant.id),
    images: (variant, _, { loaders }) => loaders.imagesByVariant.load(variant.id),
    prices: (variant, _, { loaders }) => loaders.pricesByVariant.load(variant.id),
  },
  ProductOption: {
    __resolveReference: ({ id }, { loaders }) => loaders.option.load(id),
    values: (option, _, { loaders }) => loaders.valuesByOption.load(option.id),
    products: (option, _, { loaders }) => loaders.productsByOption.load(option.id),
  },
  ProductOptionValue: {
    __resolveReference: ({ id }, { loaders }) => loaders.optionValue.load(id),
    option: (value, _, { loaders }) => (value.option_id ? loaders.option.load(value.option_id) : null),
    variants: (value, _, { loaders }) => loaders.variantsByOptionValue.load(value.id),
  },
  ProductProductOption: {
    __resolveReference: ({ id }, { loaders }) => loaders.productOption.load(id),
    product: (pivot, _, { loaders }) => loaders.product.load(pivot.product_id),
    product_option: (pivot, _, { loaders }) => loaders.option.load(pivot.product_option_id),
    values: (pivot, _, { loaders }) => loaders.valuesByProductOption.load(pivot.id),
  },
  ProductImage: {
    __resolveReference: ({ id }, { loaders }) => loaders.image.load(id),
    product: (image, _, { loaders }) => loaders.product.load(image.product_id),
    variants: (image, _, { loaders }) => loaders.variantsByImage.load(image.id),
  },
  ProductCategory: {
    __resolveReference: ({ id }, { loaders }) => loaders.category.load(id),
    parent_category: (category, _, { loaders }) =>
      category.parent_category_id ? loaders.category.load(category.parent_category_id) : null,
    category_children: (category, _, { loaders }) => loaders.categoriesByParent.load(category.id),
    products: (category, _, { loaders }) => loaders.productsByCategory.load(category.id),
  },
  ProductCollection: {
    __resolveReference: ({ id }, { loaders }) => loaders.collection.load(id),
    products: (collection, _, { loaders }) => loaders.productsByCollection.load(collection.id),
  },
  ProductTag: {
    __resolveReference: ({ id }, { loaders }) => loaders.tag.load(id),
    products: (tag, _, { loaders }) => loaders.productsByTag.load(tag.id),
  },
  ProductType: {
    __resolveReference: ({ id }, { loaders }) => loaders.type.load(id),
    products: (type, _, { loaders }) => loaders.productsByType.load(type.id),
  },
  ProductVariantPrice: {
    __resolveReference: ({ id }, { loaders }) => loaders.price.load(id),
    variant: (price, _, { loaders }) => loaders.variant.load(price.variant_id),
  },
};
