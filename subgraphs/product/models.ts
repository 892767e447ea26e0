import { columns as c, model, type RowOf } from '../../kit/model';

export type ProductStatus = 'draft' | 'proposed' | 'published' | 'rejected';

/**
 * The product module's tables, as Medusa 2.17's product module defines them, plus
 * product_variant_price standing in for the pricing module; declared once. Columns that lists
 * sort by come first, in the order error messages list them.
 */
export const models = {
  product: model('product.product', {
    id: c.id('prod').in().sortable(),
    title: c.text().in().sortable().searchable(),
    handle: c.text().in().sortable().searchable().handleOf('title'),
    subtitle: c.text().nullable().sortable().searchable(),
    status: c.oneOf<ProductStatus>(['draft', 'proposed', 'published', 'rejected']).in().sortable().default('draft'),
    description: c.text().nullable().searchable(),
    is_giftcard: c.boolean().flag().default(false),
    thumbnail: c.text().nullable(),
    weight: c.real().nullable(),
    length: c.real().nullable(),
    height: c.real().nullable(),
    width: c.real().nullable(),
    origin_country: c.text().nullable(),
    hs_code: c.text().nullable(),
    mid_code: c.text().nullable(),
    material: c.text().nullable(),
    discountable: c.boolean().flag().default(true),
    external_id: c.text().nullable(),
    metadata: c.json().nullable(),
    type_id: c.id('ptyp').nullable().in(),
    collection_id: c.id('pcol').nullable().in(),
  }),
  product_variant: model(
    'product.product_variant',
    {
      id: c.id('variant').in().sortable(),
      title: c.text().sortable().searchable(),
      sku: c.text().nullable().in().sortable().searchable(),
      variant_rank: c.integer().nullable().sortable().default(0),
      barcode: c.text().nullable(),
      ean: c.text().nullable(),
      upc: c.text().nullable(),
      allow_backorder: c.boolean().flag().default(false),
      manage_inventory: c.boolean().flag().default(true),
      hs_code: c.text().nullable(),
      origin_country: c.text().nullable(),
      mid_code: c.text().nullable(),
      material: c.text().nullable(),
      weight: c.real().nullable(),
      length: c.real().nullable(),
      height: c.real().nullable(),
      width: c.real().nullable(),
      metadata: c.json().nullable(),
      thumbnail: c.text().nullable(),
      product_id: c.id('prod').nullable().in(),
    },
    { order: 'variant_rank, id' },
  ),
  // A stand-in for the pricing module: one price per currency per variant.
  product_variant_price: model(
    'product.product_variant_price',
    {
      id: c.id('price'),
      variant_id: c.id('variant'),
      currency_code: c.text(),
      amount: c.numeric(),
    },
    { order: 'currency_code, id' },
  ),
  // The pricing module's PricePreference: whether prices are tax-inclusive for a currency or a
  // region (`attribute` is free text in Medusa; it reads `currency_code` and `region_id`).
  price_preference: model(
    'product.price_preference',
    {
      id: c.id('prpref').in().sortable(),
      attribute: c.text().in().sortable(),
      value: c.text().nullable().in().sortable(),
      is_tax_inclusive: c.boolean().flag().default(false),
    },
    { entity: 'PricePreference' },
  ),
  product_type: model(
    'product.product_type',
    {
      id: c.id('ptyp').in().sortable(),
      value: c.text().in().sortable().searchable(),
      external_id: c.text().nullable(),
      metadata: c.json().nullable(),
    },
    { entity: 'ProductType' },
  ),
  product_collection: model(
    'product.product_collection',
    {
      id: c.id('pcol').in().sortable(),
      title: c.text().in().sortable().searchable(),
      handle: c.text().in().sortable().searchable().handleOf('title'),
      external_id: c.text().nullable(),
      metadata: c.json().nullable(),
    },
    { entity: 'ProductCollection' },
  ),
  product_tag: model(
    'product.product_tag',
    {
      id: c.id('ptag').in().sortable(),
      value: c.text().in().sortable().searchable(),
      external_id: c.text().nullable(),
      metadata: c.json().nullable(),
    },
    { entity: 'ProductTag' },
  ),
  // A tree: `mpath` is the ids from the root down to the category, joined by dots.
  product_category: model(
    'product.product_category',
    {
      id: c.id('pcat').in().sortable(),
      name: c.text().sortable().searchable(),
      handle: c.text().in().sortable().searchable().handleOf('name'),
      rank: c.integer().sortable().default(0),
      description: c.text().default(''),
      mpath: c.text(),
      is_active: c.boolean().flag().default(false),
      is_internal: c.boolean().flag().default(false),
      external_id: c.text().nullable(),
      metadata: c.json().nullable(),
      parent_category_id: c.id('pcat').nullable().in(),
    },
    { order: 'rank, id', entity: 'ProductCategory' },
  ),
  // 2.17 "global" options, shared by products through product_product_option.
  product_option: model('product.product_option', {
    id: c.id('opt').in().sortable(),
    title: c.text().in().sortable(),
    is_exclusive: c.boolean().flag().default(false),
    metadata: c.json().nullable(),
  }),
  product_option_value: model(
    'product.product_option_value',
    {
      id: c.id('optval'),
      value: c.text(),
      rank: c.integer().nullable(),
      metadata: c.json().nullable(),
      option_id: c.id('opt').nullable(),
    },
    { order: 'rank, id' },
  ),
  // Pivot entities: which products use an option, and which of its values each offers.
  product_product_option: model('product.product_product_option', {
    id: c.id('prodopt'),
    product_id: c.id('prod'),
    product_option_id: c.id('opt'),
  }),
  product_product_option_value: model('product.product_product_option_value', {
    id: c.id('prodoptval'),
    product_product_option_id: c.id('prodopt'),
    product_option_value_id: c.id('optval'),
  }),
  // Medusa's table is `image` (entity ProductImage).
  image: model(
    'product.image',
    {
      id: c.id('img'),
      url: c.text(),
      metadata: c.json().nullable(),
      rank: c.integer().default(0),
      product_id: c.id('prod'),
    },
    { order: 'rank, id' },
  ),
  product_variant_product_image: model('product.product_variant_product_image', {
    id: c.id('pvpi'),
    variant_id: c.id('variant'),
    image_id: c.id('img'),
  }),
  // Medusa's bare pivot tables: two keys, nothing else.
  product_tags: model(
    'product.product_tags',
    { product_id: c.id('prod'), product_tag_id: c.id('ptag') },
    { timestamps: false, primaryKey: ['product_id', 'product_tag_id'] },
  ),
  product_category_product: model(
    'product.product_category_product',
    { product_id: c.id('prod'), product_category_id: c.id('pcat') },
    { timestamps: false, primaryKey: ['product_id', 'product_category_id'] },
  ),
  product_variant_option: model(
    'product.product_variant_option',
    { variant_id: c.id('variant'), option_value_id: c.id('optval') },
    { timestamps: false, primaryKey: ['variant_id', 'option_value_id'] },
  ),
};

export type ProductRow = RowOf<typeof models.product>;
export type ProductVariantRow = RowOf<typeof models.product_variant>;
export type ProductVariantPriceRow = RowOf<typeof models.product_variant_price>;
export type PricePreferenceRow = RowOf<typeof models.price_preference>;
export type ProductTypeRow = RowOf<typeof models.product_type>;
export type ProductCollectionRow = RowOf<typeof models.product_collection>;
export type ProductTagRow = RowOf<typeof models.product_tag>;
export type ProductCategoryRow = RowOf<typeof models.product_category>;
export type ProductOptionRow = RowOf<typeof models.product_option>;
export type ProductOptionValueRow = RowOf<typeof models.product_option_value>;
export type ProductProductOptionRow = RowOf<typeof models.product_product_option>;
export type ProductImageRow = RowOf<typeof models.image>;
