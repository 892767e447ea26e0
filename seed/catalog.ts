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
  { id: id('sc', 'wholesale'), name: 'Wholesale', description: 'B2B orders, not open to the storefront', is_disabled: true },
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

export const products = productSpecs.map((spec) => ({
  ...spec,
  id: id('prod', spec.handle),
  thumbnail: `https://medusa-public-images.s3.eu-west-1.amazonaws.com/${spec.handle}.png`,
  description: `The ${spec.title.replace('Medusa ', '').toLowerCase()} from the Medusa demo store.`,
  variants: spec.sizes.map((size, rank) => ({
    id: id('variant', `${spec.handle}:${size}`),
    title: size,
    sku: `${spec.handle.toUpperCase()}-${size.replace(' ', '').toUpperCase()}`,
    rank,
    prices: { eur: spec.cents, usd: spec.cents + 500, gbp: spec.cents - 100 } as Record<Currency, number>,
    priceIds: { eur: id('price', `${spec.handle}:${size}:eur`), usd: id('price', `${spec.handle}:${size}:usd`), gbp: id('price', `${spec.handle}:${size}:gbp`) } as Record<Currency, string>,
  })),
}));
export type DemoProduct = (typeof products)[number];
export type DemoVariant = DemoProduct['variants'][number];

export const shippingProfile = { id: id('sp', 'default'), name: 'Default Shipping Profile', type: 'default' };

export const shippingOptions = [
  { id: id('so', 'standard'), name: 'Standard Shipping', cents: 800 },
  { id: id('so', 'express'), name: 'Express Shipping', cents: 1500 },
];

export const promotions = [
  { id: id('promo', 'WELCOME10'), methodId: id('proappmet', 'WELCOME10'), code: 'WELCOME10', percent: 10 },
  { id: id('promo', 'SUMMER15'), methodId: id('proappmet', 'SUMMER15'), code: 'SUMMER15', percent: 15 },
];

const firstNames = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Margaret', 'Ken', 'Radia', 'Linus', 'Frances', 'Tim'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Hamilton', 'Thompson', 'Perlman', 'Torvalds', 'Allen', 'Berners-Lee'];
export const cities: Record<string, string> = {
  de: 'Berlin', fr: 'Paris', it: 'Milan', es: 'Madrid', nl: 'Amsterdam', dk: 'Copenhagen', se: 'Stockholm',
  us: 'New York', ca: 'Toronto', gb: 'London',
};

/** The demo has one registered customer for every four carts (at least 50), made by index. */
export function customerCount(carts: number): number {
  return Math.max(50, Math.ceil(carts / 4));
}

export function demoCustomer(index: number) {
  const first_name = firstNames[index % firstNames.length];
  const last_name = lastNames[Math.floor(index / firstNames.length) % lastNames.length];
  return {
    id: id('cus', `customer:${index}`),
    first_name,
    last_name,
    email: `${first_name}.${last_name}.${index}@example.com`.toLowerCase(),
    phone: `+1555${String(index).padStart(7, '0')}`,
  };
}
