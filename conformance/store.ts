/**
 * The store both sides are seeded with, as data: logical keys (the seeders map them to each side's
 * ids), every amount a decimal string. `feature` says which part of the pricing rules a piece tests,
 * so a run can leave it out (`--without`) or run it on Medusa alone.
 */

/** What a checkout can exercise; the supergraph's support of each is detected or declared in run.ts. */
export const FEATURES = [
  'standard', // percentage/fixed codes on items, across or each
  'item-rules', // target rules on product, type, collection, tag, category; max_quantity
  'order', // target order
  'shipping', // target shipping_methods
  'customer-group', // rules on customer group
  'region-rules', // rules on region / currency
  'buyget',
  'automatic',
  'budget', // campaign with a usage budget
  'tax', // tax regions, rates and rules
  'tax-inclusive', // price preferences (tax-inclusive prices)
] as const;
export type Feature = (typeof FEATURES)[number];

export const CURRENCIES = ['eur', 'usd', 'dkk'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface RegionSpec {
  key: string;
  name: string;
  currency: Currency;
  countries: string[];
}
export const REGIONS: RegionSpec[] = [
  { key: 'europe', name: 'conf Europe', currency: 'eur', countries: ['de', 'fr', 'nl'] },
  { key: 'america', name: 'conf America', currency: 'usd', countries: ['us'] },
  { key: 'denmark', name: 'conf Denmark', currency: 'dkk', countries: ['dk'] },
];

/** Countries with a tax region (nl and us have none: their carts carry no tax lines). */
export const TAX_REGIONS: { country: string; rate: string; code: string }[] = [
  { country: 'de', rate: '19', code: 'DE19' },
  { country: 'fr', rate: '20', code: 'FR20' },
  { country: 'dk', rate: '25', code: 'DK25' },
];
/** A rate for books in Germany (rule on the product type), as Medusa's tax rate rules. */
export const TAX_RATE_RULES = [{ country: 'de', rate: '7', code: 'DE7BOOKS', productType: 'books' }];
/** Prices in dkk include tax (a price preference). */
export const PRICE_PREFERENCES = [{ attribute: 'currency_code', value: 'dkk', is_tax_inclusive: true }];

export const SHIPPING_OPTIONS: { key: string; name: string; prices: Record<Currency, string> }[] = [
  { key: 'standard', name: 'conf Standard', prices: { eur: '4.90', usd: '5.50', dkk: '39' } },
  { key: 'express', name: 'conf Express', prices: { eur: '12', usd: '14.99', dkk: '99.95' } },
];

export const PRODUCT_TYPES = ['apparel', 'books'];
export const COLLECTIONS = ['summer'];
export const TAGS = ['eco'];
export const CATEGORIES = ['shirts'];

export interface ProductSpec {
  key: string;
  title: string;
  type: string;
  collection?: string;
  tags: string[];
  categories: string[];
  variants: { key: string; title: string; prices: Record<Currency, string> }[];
}
export const PRODUCTS: ProductSpec[] = [
  {
    key: 'shirt',
    title: 'conf Linen Shirt',
    type: 'apparel',
    collection: 'summer',
    tags: ['eco'],
    categories: ['shirts'],
    variants: [
      { key: 'shirt-m', title: 'M', prices: { eur: '40', usd: '45', dkk: '300' } },
      { key: 'shirt-l', title: 'L', prices: { eur: '42.50', usd: '47.99', dkk: '319.95' } },
    ],
  },
  {
    key: 'novel',
    title: 'conf Novel',
    type: 'books',
    tags: [],
    categories: [],
    variants: [{ key: 'novel', title: 'Paperback', prices: { eur: '12.99', usd: '14.50', dkk: '99.95' } }],
  },
  {
    key: 'mug',
    title: 'conf Mug',
    type: 'apparel',
    tags: ['eco'],
    categories: [],
    variants: [{ key: 'mug', title: 'One size', prices: { eur: '9.99', usd: '11', dkk: '75' } }],
  },
  {
    key: 'sneakers',
    title: 'conf Sneakers',
    type: 'apparel',
    collection: 'summer',
    tags: [],
    categories: [],
    variants: [
      { key: 'sneakers-42', title: '42', prices: { eur: '89.90', usd: '99.99', dkk: '699' } },
      { key: 'sneakers-44', title: '44', prices: { eur: '91.33', usd: '101.01', dkk: '701.5' } },
    ],
  },
];

export const GROUPS = ['vip'];
export const CUSTOMERS: { key: string; email: string; groups: string[] }[] = [
  { key: 'ada', email: 'ada@conformance.test', groups: ['vip'] },
  { key: 'bob', email: 'bob@conformance.test', groups: [] },
];

/** A rule as both APIs take it; `values` name seeded things by `kind:key` (resolved per side) or are literal. */
export interface RuleSpec {
  attribute: string;
  operator: 'in' | 'eq' | 'ne';
  values: string[];
}
export interface PromotionSpec {
  code: string;
  feature: Feature;
  type: 'standard' | 'buyget';
  is_automatic?: boolean;
  application_method: {
    type: 'percentage' | 'fixed';
    target_type: 'items' | 'order' | 'shipping_methods';
    allocation?: 'each' | 'across';
    value: string;
    currency_code?: Currency;
    max_quantity?: number;
    apply_to_quantity?: number;
    buy_rules_min_quantity?: number;
    target_rules?: RuleSpec[];
    buy_rules?: RuleSpec[];
  };
  rules?: RuleSpec[];
  /** A campaign with a usage budget of this many uses. */
  budgetUses?: number;
}

export const PROMOTIONS: PromotionSpec[] = [
  {
    code: 'CONF10',
    feature: 'standard',
    type: 'standard',
    application_method: { type: 'percentage', target_type: 'items', allocation: 'across', value: '10' },
  },
  {
    code: 'CONF7EACH',
    feature: 'standard',
    type: 'standard',
    application_method: { type: 'percentage', target_type: 'items', allocation: 'each', value: '7', max_quantity: 5 },
  },
  {
    code: 'CONF5EUR',
    feature: 'standard',
    type: 'standard',
    application_method: { type: 'fixed', target_type: 'items', allocation: 'across', value: '5', currency_code: 'eur' },
    rules: [{ attribute: 'currency_code', operator: 'in', values: ['eur'] }],
  },
  {
    code: 'CONF3EACHUSD',
    feature: 'standard',
    type: 'standard',
    application_method: {
      type: 'fixed',
      target_type: 'items',
      allocation: 'each',
      value: '3',
      currency_code: 'usd',
      max_quantity: 2,
    },
    rules: [{ attribute: 'currency_code', operator: 'in', values: ['usd'] }],
  },
  {
    code: 'CONFAPPAREL',
    feature: 'item-rules',
    type: 'standard',
    application_method: {
      type: 'percentage',
      target_type: 'items',
      allocation: 'each',
      value: '15',
      max_quantity: 3,
      target_rules: [{ attribute: 'items.product.type_id', operator: 'in', values: ['type:apparel'] }],
    },
  },
  {
    code: 'CONFSUMMER',
    feature: 'item-rules',
    type: 'standard',
    application_method: {
      type: 'percentage',
      target_type: 'items',
      allocation: 'across',
      value: '20',
      target_rules: [
        { attribute: 'items.product.collection_id', operator: 'in', values: ['collection:summer'] },
        { attribute: 'items.product.tags.id', operator: 'in', values: ['tag:eco'] },
      ],
    },
  },
  {
    code: 'CONFSHIRTS',
    feature: 'item-rules',
    type: 'standard',
    application_method: {
      type: 'fixed',
      target_type: 'items',
      allocation: 'each',
      value: '2.5',
      currency_code: 'eur',
      max_quantity: 2,
      target_rules: [{ attribute: 'items.product.categories.id', operator: 'in', values: ['category:shirts'] }],
    },
    rules: [{ attribute: 'currency_code', operator: 'in', values: ['eur'] }],
  },
  {
    code: 'CONFORDER8',
    feature: 'order',
    type: 'standard',
    application_method: { type: 'fixed', target_type: 'order', allocation: 'across', value: '8', currency_code: 'eur' },
    rules: [{ attribute: 'currency_code', operator: 'in', values: ['eur'] }],
  },
  {
    code: 'CONFSHIP50',
    feature: 'shipping',
    type: 'standard',
    application_method: {
      type: 'percentage',
      target_type: 'shipping_methods',
      allocation: 'each',
      value: '50',
      max_quantity: 1,
    },
  },
  {
    code: 'CONFVIP',
    feature: 'customer-group',
    type: 'standard',
    application_method: { type: 'percentage', target_type: 'items', allocation: 'across', value: '12' },
    rules: [{ attribute: 'customer.groups.id', operator: 'in', values: ['group:vip'] }],
  },
  {
    code: 'CONFEUROPE',
    feature: 'region-rules',
    type: 'standard',
    application_method: { type: 'percentage', target_type: 'items', allocation: 'across', value: '6' },
    rules: [{ attribute: 'region.id', operator: 'in', values: ['region:europe'] }],
  },
  {
    code: 'CONFBUY2MUG',
    feature: 'buyget',
    type: 'buyget',
    application_method: {
      type: 'percentage',
      target_type: 'items',
      allocation: 'each',
      value: '100',
      max_quantity: 1,
      apply_to_quantity: 1,
      buy_rules_min_quantity: 2,
      buy_rules: [{ attribute: 'items.product.id', operator: 'in', values: ['product:shirt'] }],
      target_rules: [{ attribute: 'items.product.id', operator: 'in', values: ['product:mug'] }],
    },
  },
  {
    code: 'CONFAUTOUSD',
    feature: 'automatic',
    type: 'standard',
    is_automatic: true,
    application_method: { type: 'percentage', target_type: 'items', allocation: 'across', value: '5' },
    rules: [{ attribute: 'currency_code', operator: 'in', values: ['usd'] }],
  },
  {
    code: 'CONFBUDGET',
    feature: 'budget',
    type: 'standard',
    application_method: { type: 'percentage', target_type: 'items', allocation: 'across', value: '25' },
    budgetUses: 5,
  },
];
