import { seededId } from '../kit/ids';

/**
 * The fixed part of the demo store: regions, sales channels, products, shipping and promotions.
 * Ids are derived from stable keys, so every run (and every machine) gets the same ids.
 */
export const CATALOG_TIME = Date.UTC(2025, 11, 1);
const id = (prefix: string, key: string) => seededId(prefix, `catalog:${key}`, CATALOG_TIME);

export const countries = [
  { iso_2: 'de', iso_3: 'deu', num_code: '276', name: 'GERMANY', display_name: 'Germany', region: 'eu' },
  { iso_2: 'fr', iso_3: 'fra', num_code: '250', name: 'FRANCE', display_name: 'France', region: 'eu' },
  { iso_2: 'it', iso_3: 'ita', num_code: '380', name: 'ITALY', display_name: 'Italy', region: 'eu' },
  { iso_2: 'es', iso_3: 'esp', num_code: '724', name: 'SPAIN', display_name: 'Spain', region: 'eu' },
  { iso_2: 'nl', iso_3: 'nld', num_code: '528', name: 'NETHERLANDS', display_name: 'Netherlands', region: 'eu' },
  { iso_2: 'dk', iso_3: 'dnk', num_code: '208', name: 'DENMARK', display_name: 'Denmark', region: 'eu' },
  { iso_2: 'se', iso_3: 'swe', num_code: '752', name: 'SWEDEN', display_name: 'Sweden', region: 'eu' },
  { iso_2: 'us', iso_3: 'usa', num_code: '840', name: 'UNITED STATES', display_name: 'United States', region: 'na' },
  { iso_2: 'ca', iso_3: 'can', num_code: '124', name: 'CANADA', display_name: 'Canada', region: 'na' },
  { iso_2: 'gb', iso_3: 'gbr', num_code: '826', name: 'UNITED KINGDOM', display_name: 'United Kingdom', region: 'uk' },
] as const;

export const regions = [
  { key: 'eu', id: id('reg', 'eu'), name: 'Europe', currency_code: 'eur' },
  { key: 'na', id: id('reg', 'na'), name: 'North America', currency_code: 'usd' },
  { key: 'uk', id: id('reg', 'uk'), name: 'United Kingdom', currency_code: 'gbp' },
] as const;
export type Currency = (typeof regions)[number]['currency_code'];

export const salesChannels = [
  { id: id('sc', 'default'), name: 'Default Sales Channel', description: 'Created by default', is_disabled: false },
  {
    id: id('sc', 'wholesale'),
    name: 'Wholesale',
    description: 'B2B orders, not open to the storefront',
    is_disabled: true,
  },
  {
    id: id('sc', 'mobile-app'),
    name: 'Mobile App',
    description: 'The iOS and Android shopping app',
    is_disabled: false,
  },
];

/** Prices in cents per currency; the same garment costs the same number in each. */
const productSpecs = [
  { handle: 't-shirt', title: 'Medusa T-Shirt', type: 'Shirts', cents: 1950, sizes: ['S', 'M', 'L', 'XL'] },
  { handle: 'sweatshirt', title: 'Medusa Sweatshirt', type: 'Sweaters', cents: 3950, sizes: ['S', 'M', 'L', 'XL'] },
  { handle: 'sweatpants', title: 'Medusa Sweatpants', type: 'Pants', cents: 2950, sizes: ['S', 'M', 'L'] },
  { handle: 'shorts', title: 'Medusa Shorts', type: 'Pants', cents: 2500, sizes: ['S', 'M', 'L'] },
  { handle: 'hoodie', title: 'Medusa Hoodie', type: 'Sweaters', cents: 4999, sizes: ['M', 'L'] },
  { handle: 'cap', title: 'Medusa Cap', type: 'Accessories', cents: 1499, sizes: ['One Size'] },
  { handle: 'tote-bag', title: 'Medusa Tote Bag', type: 'Accessories', cents: 1200, sizes: ['One Size'] },
  { handle: 'sneakers', title: 'Medusa Sneakers', type: 'Shoes', cents: 8900, sizes: ['40', '42', '44'] },
];

/** The demo's product types, collections and tags (Medusa `ProductType`, `ProductCollection`, `ProductTag`). */
export const productTypes = ['Shirts', 'Sweaters', 'Pants', 'Accessories', 'Shoes'].map((value) => ({
  id: id('ptyp', `type:${value}`),
  value,
}));
export const productCollections = [
  { id: id('pcol', 'summer-2026'), title: 'Summer 2026', handle: 'summer-2026' },
  { id: id('pcol', 'essentials'), title: 'Essentials', handle: 'essentials' },
];
export const productTags = ['bestseller', 'cotton', 'new', 'organic', 'unisex'].map((value) => ({
  id: id('ptag', `tag:${value}`),
  value,
}));

/** The category tree, parents first; `rank` orders siblings. "Archive" is hidden from the storefront. */
const categorySpecs = [
  {
    handle: 'clothing',
    name: 'Clothing',
    description: 'Tops and bottoms for every day.',
    parent: null,
    rank: 0,
    is_active: true,
    is_internal: false,
  },
  {
    handle: 'shirts',
    name: 'Shirts',
    description: 'T-shirts and shirts.',
    parent: 'clothing',
    rank: 0,
    is_active: true,
    is_internal: false,
  },
  {
    handle: 'sweatshirts',
    name: 'Sweatshirts',
    description: 'Sweatshirts and hoodies.',
    parent: 'clothing',
    rank: 1,
    is_active: true,
    is_internal: false,
  },
  {
    handle: 'pants',
    name: 'Pants',
    description: 'Sweatpants and shorts.',
    parent: 'clothing',
    rank: 2,
    is_active: true,
    is_internal: false,
  },
  {
    handle: 'accessories',
    name: 'Accessories',
    description: 'Caps and bags.',
    parent: null,
    rank: 1,
    is_active: true,
    is_internal: false,
  },
  {
    handle: 'shoes',
    name: 'Shoes',
    description: 'Sneakers.',
    parent: null,
    rank: 2,
    is_active: true,
    is_internal: false,
  },
  {
    handle: 'archive',
    name: 'Archive',
    description: 'Retired products, for staff only.',
    parent: null,
    rank: 3,
    is_active: false,
    is_internal: true,
  },
];
type DemoCategory = Omit<(typeof categorySpecs)[number], 'parent'> & {
  id: string;
  parent_category_id: string | null;
  mpath: string;
};
/** `mpath` is Medusa's materialized path: the ids from the root down to the category, joined by dots. */
export const productCategories = categorySpecs.reduce<DemoCategory[]>((done, { parent, ...spec }) => {
  const categoryId = id('pcat', spec.handle);
  const parentCategory = parent === null ? undefined : done.find((category) => category.handle === parent)!;
  return [
    ...done,
    {
      ...spec,
      id: categoryId,
      parent_category_id: parentCategory?.id ?? null,
      mpath: parentCategory ? `${parentCategory.mpath}.${categoryId}` : categoryId,
    },
  ];
}, []);

/** Medusa 2.17 global options: Size and Color are shared by products, Shoe Size belongs to the sneakers alone. */
export const productOptions = [
  { key: 'size', title: 'Size', is_exclusive: false, values: ['S', 'M', 'L', 'XL', 'One Size'] },
  { key: 'color', title: 'Color', is_exclusive: false, values: ['Black', 'Gray', 'Navy', 'White'] },
  { key: 'shoe-size', title: 'Shoe Size', is_exclusive: true, values: ['40', '42', '44'] },
].map((option) => ({
  ...option,
  id: id('opt', option.key),
  values: option.values.map((value, rank) => ({ id: id('optval', `${option.key}:${value}`), value, rank })),
}));
export type DemoOption = (typeof productOptions)[number];
const optionNamed = (key: string) => productOptions.find((option) => option.key === key)!;

/** What each product is besides its price and sizes: its copy, merchandising and make. */
const productDetails: Record<
  string,
  {
    subtitle: string;
    collection: string | null;
    category: string;
    tags: string[];
    color: string;
    material: string;
    views: string[];
    manage_inventory: boolean;
    allow_backorder: boolean;
  }
> = {
  't-shirt': {
    subtitle: 'Organic cotton crew neck',
    collection: 'summer-2026',
    category: 'shirts',
    tags: ['bestseller', 'cotton', 'organic', 'unisex'],
    color: 'White',
    material: 'Cotton',
    views: ['front', 'back'],
    manage_inventory: true,
    allow_backorder: false,
  },
  sweatshirt: {
    subtitle: 'Brushed fleece, relaxed fit',
    collection: 'essentials',
    category: 'sweatshirts',
    tags: ['cotton', 'unisex'],
    color: 'Gray',
    material: 'Cotton',
    views: ['front', 'back'],
    manage_inventory: true,
    allow_backorder: false,
  },
  sweatpants: {
    subtitle: 'Tapered, with deep pockets',
    collection: 'essentials',
    category: 'pants',
    tags: ['cotton'],
    color: 'Gray',
    material: 'Cotton',
    views: ['front', 'back'],
    manage_inventory: true,
    allow_backorder: false,
  },
  shorts: {
    subtitle: 'Light and quick-drying',
    collection: 'summer-2026',
    category: 'pants',
    tags: ['new'],
    color: 'Navy',
    material: 'Recycled polyester',
    views: ['front', 'back'],
    manage_inventory: true,
    allow_backorder: false,
  },
  hoodie: {
    subtitle: 'Heavyweight, with a kangaroo pocket',
    collection: 'essentials',
    category: 'sweatshirts',
    tags: ['bestseller', 'cotton'],
    color: 'Black',
    material: 'Cotton',
    views: ['front', 'back'],
    manage_inventory: true,
    allow_backorder: false,
  },
  cap: {
    subtitle: 'Six panels, adjustable strap',
    collection: 'summer-2026',
    category: 'accessories',
    tags: ['new', 'unisex'],
    color: 'Black',
    material: 'Cotton twill',
    views: ['front', 'side'],
    manage_inventory: true,
    allow_backorder: false,
  },
  // Printed on demand: no stock to track.
  'tote-bag': {
    subtitle: 'Sturdy canvas, long handles',
    collection: 'summer-2026',
    category: 'accessories',
    tags: ['organic', 'unisex'],
    color: 'White',
    material: 'Canvas',
    views: ['front'],
    manage_inventory: false,
    allow_backorder: false,
  },
  // Made to order when sold out.
  sneakers: {
    subtitle: 'Canvas upper, rubber sole',
    collection: null,
    category: 'shoes',
    tags: ['bestseller', 'new'],
    color: 'White',
    material: 'Canvas',
    views: ['front', 'side', 'back'],
    manage_inventory: true,
    allow_backorder: true,
  },
};

const IMAGES = 'https://medusa-public-images.s3.eu-west-1.amazonaws.com';

export const products = productSpecs.map((spec) => {
  const details = productDetails[spec.handle];
  const sizeOption = optionNamed(spec.handle === 'sneakers' ? 'shoe-size' : 'size');
  const colorOption = optionNamed('color');
  const color = colorOption.values.find((value) => value.value === details.color)!;
  const images = details.views.map((view, rank) => ({
    id: id('img', `${spec.handle}:${view}`),
    url: `${IMAGES}/${spec.handle}-${view}.png`,
    rank,
  }));
  return {
    ...spec,
    id: id('prod', spec.handle),
    subtitle: details.subtitle,
    thumbnail: `${IMAGES}/${spec.handle}.png`,
    description: `The ${spec.title.replace('Medusa ', '').toLowerCase()} from the Medusa demo store.`,
    material: details.material,
    type_id: productTypes.find((type) => type.value === spec.type)!.id,
    collection: productCollections.find((collection) => collection.handle === details.collection) ?? null,
    category_ids: [productCategories.find((category) => category.handle === details.category)!.id],
    tag_ids: details.tags.map((value) => productTags.find((tag) => tag.value === value)!.id),
    images,
    /** The options the product uses and the values it offers, as `product_product_option(_value)` rows. */
    options: [sizeOption, colorOption].map((option) => ({
      id: id('prodopt', `${spec.handle}:${option.key}`),
      option,
      values: (option === colorOption
        ? [color]
        : option.values.filter((value) => spec.sizes.includes(value.value))
      ).map((value) => ({
        ...value,
        link_id: id('prodoptval', `${spec.handle}:${option.key}:${value.value}`),
      })),
    })),
    variants: spec.sizes.map((size, rank) => ({
      id: id('variant', `${spec.handle}:${size}`),
      title: size,
      sku: `${spec.handle.toUpperCase()}-${size.replace(' ', '').toUpperCase()}`,
      rank,
      manage_inventory: details.manage_inventory,
      allow_backorder: details.allow_backorder,
      /** Its option values by option title, as a line item's `variant_option_values` snapshot says them. */
      option_values: { [sizeOption.title]: size, [colorOption.title]: details.color } as Record<string, string>,
      option_value_ids: [sizeOption.values.find((value) => value.value === size)!.id, color.id],
      /** Every variant shows the product's first image (`product_variant_product_image` rows). */
      image_links: [{ id: id('pvpi', `${spec.handle}:${size}:${details.views[0]}`), image_id: images[0].id }],
      prices: { eur: spec.cents, usd: spec.cents + 500, gbp: spec.cents - 100 } as Record<Currency, number>,
      priceIds: {
        eur: id('price', `${spec.handle}:${size}:eur`),
        usd: id('price', `${spec.handle}:${size}:usd`),
        gbp: id('price', `${spec.handle}:${size}:gbp`),
      } as Record<Currency, string>,
    })),
  };
});
export type DemoProduct = (typeof products)[number];
export type DemoVariant = DemoProduct['variants'][number];

export const shippingProfile = { id: id('sp', 'default'), name: 'Default Shipping Profile', type: 'default' };

export const fulfillmentProviders = [{ id: 'manual_manual', is_enabled: true }];

/** The warehouse's stock location (a module out of scope): where the demo's fulfillments ship from. */
export const demoStockLocationId = id('sloc', 'european-warehouse');

/** Medusa's demo: one warehouse ships everywhere, with a service zone per region and a geo zone per country. */
export const fulfillmentSet = {
  id: id('fuset', 'european-warehouse'),
  name: 'European Warehouse delivery',
  type: 'shipping',
};
export const serviceZones = regions.map((region) => ({
  id: id('serzo', region.key),
  name: region.name,
  geoZones: countries
    .filter((country) => country.region === region.key)
    .map((country) => ({ id: id('fgz', `${region.key}:${country.iso_2}`), country_code: country.iso_2 })),
}));

export const shippingOptionTypes = [
  { id: id('sotype', 'standard'), label: 'Standard', description: 'Ship in 2-3 days.', code: 'standard' },
  { id: id('sotype', 'express'), label: 'Express', description: 'Ship in 24 hours.', code: 'express' },
];

/** The rules Medusa's storefront flow checks: offered in the store, not for returns. */
const shippingOptionRules = (key: string) => [
  { id: id('sorul', `${key}:enabled_in_store`), attribute: 'enabled_in_store', operator: 'eq' as const, value: 'true' },
  { id: id('sorul', `${key}:is_return`), attribute: 'is_return', operator: 'eq' as const, value: 'false' },
];

/** Both options ship to the Europe zone; each costs `cents` in every currency, as the demo carts charge. */
export const shippingOptions = [
  {
    id: id('so', 'standard'),
    name: 'Standard Shipping',
    cents: 800,
    typeId: shippingOptionTypes[0].id,
    rules: shippingOptionRules('standard'),
  },
  {
    id: id('so', 'express'),
    name: 'Express Shipping',
    cents: 1500,
    typeId: shippingOptionTypes[1].id,
    rules: shippingOptionRules('express'),
  },
].map((option) => ({
  ...option,
  serviceZoneId: serviceZones[0].id,
  priceIds: Object.fromEntries(
    regions.map(({ currency_code }) => [currency_code, id('price', `${option.name}:${currency_code}`)]),
  ) as Record<Currency, string>,
}));

/** The promotions the demo carts use (cartPlan picks among these): a percentage off every item. */
export const promotions = [
  { id: id('promo', 'WELCOME10'), methodId: id('proappmet', 'WELCOME10'), code: 'WELCOME10', percent: 10 },
  { id: id('promo', 'SUMMER15'), methodId: id('proappmet', 'SUMMER15'), code: 'SUMMER15', percent: 15 },
];

type RuleOperator = 'gte' | 'lte' | 'gt' | 'lt' | 'eq' | 'ne' | 'in';
/** A promotion rule with its values; `owner` and `kind` make its ids unique. */
const promotionRule = (
  owner: string,
  kind: string,
  attribute: string,
  operator: RuleOperator,
  values: string[],
  description: string,
) => ({
  id: id('prorul', `${owner}:${kind}:${attribute}`),
  description,
  attribute,
  operator,
  values: values.map((value) => ({ id: id('prorulval', `${owner}:${kind}:${attribute}:${value}`), value })),
});
export type DemoPromotionRule = ReturnType<typeof promotionRule>;

/** A campaign that starts after the demo carts were made, so none of them uses its promotions. */
export const campaigns = [
  {
    id: id('procamp', 'SPRING-2026'),
    name: 'Spring Launch 2026',
    description: 'New season: sneakers, caps and free shipping to North America.',
    campaign_identifier: 'SPRING-2026',
    starts_at: new Date(Date.UTC(2026, 2, 1)),
    ends_at: new Date(Date.UTC(2026, 4, 31, 23, 59, 59)),
    budget: {
      id: id('probudg', 'SPRING-2026'),
      type: 'usage' as const,
      currency_code: null,
      limit: '1000',
      used: '0',
      attribute: null,
    },
  },
];

const productId = (handle: string) => products.find((product) => product.handle === handle)!.id;
const inEurosOrDollars = (code: string) =>
  promotionRule(code, 'rule', 'currency_code', 'in', ['eur', 'usd'], 'Carts in euros or US dollars');

/**
 * Every promotion of the demo with its application method and rules: the two the carts use,
 * and four more that show what promotions can say (a fixed amount, a campaign, target and buy
 * rules, an automatic one). Only WELCOME10 and SUMMER15 appear on demo carts.
 */
export const promotionCatalog = [
  ...promotions.map((promotion) => ({
    id: promotion.id,
    code: promotion.code,
    is_automatic: false,
    type: 'standard' as const,
    campaign_id: null as string | null,
    limit: null as number | null,
    method: {
      id: promotion.methodId,
      type: 'percentage' as const,
      value: String(promotion.percent),
      currency_code: null as string | null,
      target_type: 'items' as const,
      allocation: 'each' as const,
      // Medusa asks a maximum for `each`; no demo line has more than 3.
      max_quantity: 5 as number | null,
      apply_to_quantity: null as number | null,
      buy_rules_min_quantity: null as number | null,
    },
    rules: [inEurosOrDollars(promotion.code)],
    targetRules: [] as DemoPromotionRule[],
    buyRules: [] as DemoPromotionRule[],
  })),
  {
    id: id('promo', 'SNEAKERS20'),
    code: 'SNEAKERS20',
    is_automatic: false,
    type: 'standard' as const,
    campaign_id: campaigns[0].id,
    limit: null,
    method: {
      id: id('proappmet', 'SNEAKERS20'),
      type: 'percentage' as const,
      value: '20',
      currency_code: null,
      target_type: 'items' as const,
      allocation: 'each' as const,
      max_quantity: 1,
      apply_to_quantity: null,
      buy_rules_min_quantity: null,
    },
    rules: [inEurosOrDollars('SNEAKERS20')],
    targetRules: [
      promotionRule('SNEAKERS20', 'target', 'items.product_id', 'in', [productId('sneakers')], 'Medusa Sneakers only'),
    ],
    buyRules: [],
  },
  {
    id: id('promo', 'FLAT5'),
    code: 'FLAT5',
    is_automatic: false,
    type: 'standard' as const,
    campaign_id: null,
    limit: 500,
    method: {
      id: id('proappmet', 'FLAT5'),
      type: 'fixed' as const,
      value: '5',
      currency_code: 'eur',
      target_type: 'items' as const,
      allocation: 'across' as const,
      max_quantity: null,
      apply_to_quantity: null,
      buy_rules_min_quantity: null,
    },
    rules: [promotionRule('FLAT5', 'rule', 'currency_code', 'eq', ['eur'], 'Carts in euros')],
    targetRules: [],
    buyRules: [],
  },
  {
    id: id('promo', 'FREESHIPPING'),
    code: 'FREESHIPPING',
    is_automatic: true,
    type: 'standard' as const,
    campaign_id: campaigns[0].id,
    limit: null,
    method: {
      id: id('proappmet', 'FREESHIPPING'),
      type: 'percentage' as const,
      value: '100',
      currency_code: null,
      target_type: 'shipping_methods' as const,
      allocation: 'each' as const,
      max_quantity: 1,
      apply_to_quantity: null,
      buy_rules_min_quantity: null,
    },
    rules: [promotionRule('FREESHIPPING', 'rule', 'currency_code', 'eq', ['usd'], 'Carts in US dollars')],
    targetRules: [],
    buyRules: [],
  },
  {
    id: id('promo', 'BUY2CAPS'),
    code: 'BUY2CAPS',
    is_automatic: false,
    type: 'buyget' as const,
    campaign_id: campaigns[0].id,
    limit: null,
    method: {
      id: id('proappmet', 'BUY2CAPS'),
      type: 'percentage' as const,
      value: '100',
      currency_code: null,
      target_type: 'items' as const,
      allocation: 'each' as const,
      max_quantity: 1,
      apply_to_quantity: 1,
      buy_rules_min_quantity: 2,
    },
    rules: [inEurosOrDollars('BUY2CAPS')],
    targetRules: [
      promotionRule('BUY2CAPS', 'target', 'items.product_id', 'in', [productId('tote-bag')], 'A free tote bag'),
    ],
    buyRules: [promotionRule('BUY2CAPS', 'buy', 'items.product_id', 'in', [productId('cap')], 'For every two caps')],
  },
];

export const paymentProviders = [
  { id: 'pp_system_default', is_enabled: true },
  // Registered but switched off: a store that stopped taking Stripe.
  { id: 'pp_stripe_stripe', is_enabled: false },
];

export const refundReasons = [
  {
    id: id('refr', 'late_delivery'),
    code: 'late_delivery',
    label: 'Late delivery',
    description: 'The parcel arrived after the promised date.',
  },
  { id: id('refr', 'damaged'), code: 'damaged', label: 'Damaged item', description: 'An item arrived damaged.' },
  { id: id('refr', 'goodwill'), code: 'goodwill', label: 'Customer goodwill', description: null },
];

const firstNames = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Margaret',
  'Ken',
  'Radia',
  'Linus',
  'Frances',
  'Tim',
];
const lastNames = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Hamilton',
  'Thompson',
  'Perlman',
  'Torvalds',
  'Allen',
  'Berners-Lee',
];
export const cities: Record<string, string> = {
  de: 'Berlin',
  fr: 'Paris',
  it: 'Milan',
  es: 'Madrid',
  nl: 'Amsterdam',
  dk: 'Copenhagen',
  se: 'Stockholm',
  us: 'New York',
  ca: 'Toronto',
  gb: 'London',
};

/** The demo has one customer for every four carts (at least 50), made by index. */
export function customerCount(carts: number): number {
  return Math.max(50, Math.ceil(carts / 4));
}

const companies = [
  'Analytical Engines Ltd',
  'Compiler Works',
  'Bombe Logistics',
  'Structured Goods',
  'Abstract Data Co.',
  'TeX Printing',
];

/**
 * Customer number `index`: every 5th (4, 9, 14, …) is a guest who checked out without an
 * account; every 6th registered one (1, 7, 13, …) buys for a company.
 */
export function demoCustomer(index: number) {
  const first_name = firstNames[index % firstNames.length];
  const last_name = lastNames[Math.floor(index / firstNames.length) % lastNames.length];
  const has_account = index % 5 !== 4;
  return {
    id: id('cus', `customer:${index}`),
    first_name,
    last_name,
    email: `${first_name}.${last_name}.${index}@example.com`.toLowerCase(),
    phone: `+1555${String(index).padStart(7, '0')}`,
    has_account,
    company_name: has_account && index % 6 === 1 ? companies[Math.floor(index / 6) % companies.length] : null,
  };
}

/** Customers sign up one minute apart, from the catalog's date on (before any of their carts). */
export const customerTime = (index: number) => CATALOG_TIME + index * 60_000;

/**
 * Whether customer number `index` has an account holder at `pp_system_default` (Medusa makes one
 * when a registered customer starts a payment): every registered customer with an even index
 * (0, 2, 6, 8, 10, 12, 16, …; guests never have one).
 */
export function hasAccountHolder(index: number): boolean {
  return index % 2 === 0 && demoCustomer(index).has_account;
}

/** The id of customer number `index`'s account holder (when `hasAccountHolder(index)`). */
export function demoAccountHolderId(index: number): string {
  return seededId('acchld', `customer:${index}:account_holder`, customerTime(index));
}

/** Customer number `index`'s account holder: the system provider uses the customer's id as the external id. */
export function demoAccountHolder(index: number) {
  const customer = demoCustomer(index);
  return {
    id: demoAccountHolderId(index),
    provider_id: 'pp_system_default',
    external_id: customer.id,
    email: customer.email,
    data: {},
  };
}

export const customerGroups = [
  { key: 'vip', id: id('cusgroup', 'vip'), name: 'VIP', metadata: { perk: 'free express shipping' } },
  { key: 'wholesale', id: id('cusgroup', 'wholesale'), name: 'Wholesale', metadata: { payment_terms: 'net 30' } },
];

const streets = ['Market Street', 'High Street', 'Station Road', 'Church Lane', 'Park Avenue', 'Mill Road'];

/**
 * The saved addresses and groups of customer number `index`. Guests have none. A registered
 * customer has a home address (default for shipping, and for billing unless it buys for a
 * company, whose office address is then the default billing one). Every 7th registered customer
 * is a VIP; every one with a company is in Wholesale.
 */
export function demoCustomerDetails(index: number) {
  const customer = demoCustomer(index);
  if (!customer.has_account) return { addresses: [], groups: [] };
  const country = countries[index % countries.length];
  const address = (name: string) => ({
    id: id('cuaddr', `customer:${index}:${name.toLowerCase()}`),
    address_name: name,
    first_name: customer.first_name,
    last_name: customer.last_name,
    address_2: null as string | null,
    city: cities[country.iso_2],
    country_code: country.iso_2,
    province: null as string | null,
    phone: customer.phone,
  });
  const addresses = [
    {
      ...address('Home'),
      is_default_shipping: true,
      is_default_billing: customer.company_name === null,
      company: null as string | null,
      address_1: `${1 + (index % 120)} ${streets[index % streets.length]}`,
      postal_code: String(10000 + ((index * 37) % 89999)),
    },
  ];
  if (customer.company_name !== null) {
    addresses.push({
      ...address('Office'),
      is_default_shipping: false,
      is_default_billing: true,
      company: customer.company_name,
      address_1: `${1 + (index % 40)} Business Park`,
      postal_code: String(10000 + ((index * 53) % 89999)),
    });
  }
  const groups = customerGroups
    .filter((group) => (group.key === 'vip' ? index % 7 === 0 : customer.company_name !== null))
    .map((group) => ({ id: id('cusgc', `customer:${index}:${group.key}`), customer_group_id: group.id }));
  return { addresses, groups };
}
