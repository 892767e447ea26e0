import type { Database, Queryable } from '../kit/database';
import { log } from '../kit/log';
import { createCartStore } from '../subgraphs/cart/store';
import { createCustomerStore } from '../subgraphs/customer/store';
import { createFulfillmentStore } from '../subgraphs/fulfillment/store';
import { createLinkStore } from '../subgraphs/link/store';
import { links } from '../subgraphs/link/links';
import { createOrderStore } from '../subgraphs/order/store';
import { createPaymentStore } from '../subgraphs/payment/store';
import { createProductStore } from '../subgraphs/product/store';
import { createPromotionStore } from '../subgraphs/promotion/store';
import { createRegionStore } from '../subgraphs/region/store';
import { createSalesChannelStore } from '../subgraphs/sales-channel/store';
import { decimal, demoCartId, generateCarts } from './carts';
import {
  CATALOG_TIME,
  countries,
  customerCount,
  demoCustomer,
  products,
  promotions,
  regions,
  salesChannels,
  shippingOptions,
  shippingProfile,
} from './catalog';

export const DEFAULT_DEMO_CARTS = 200;
const BATCH = 1000;

/**
 * Whether the demo store with `carts` carts is all there. Its last cart is written last, so a
 * seed that was interrupted is finished on the next start.
 */
export async function isSeeded(db: Queryable, carts: number): Promise<boolean> {
  if (carts > 0) return (await createCartStore(db).cartsByIds([demoCartId(carts - 1)])).length > 0;
  return (await createRegionStore(db).listRegions({}, { skip: 0, take: 1, orderBy: 'id' })).rows.length > 0;
}

/**
 * Writes the demo store through each module's store, in batches of carts, each batch in one
 * transaction. Every id is derived from a stable key and rows that exist are left alone, so
 * seeding again changes nothing and a larger `carts` only adds the missing carts.
 */
export async function seedDemo(db: Database, options: { carts: number }): Promise<void> {
  const { carts } = options;
  if (!Number.isInteger(carts) || carts < 0) throw new Error(`carts must be a whole number, got ${carts}`);
  log('seed', `seeding the demo store with ${carts} carts`);
  await db.transaction((tx) => seedCatalog(tx));
  const customers = customerCount(carts);
  for (let from = 0; from < customers; from += BATCH) {
    const to = Math.min(customers, from + BATCH);
    await db.transaction((tx) => seedCustomers(tx, from, to));
  }
  for (let from = 0; from < carts; from += BATCH) {
    const to = Math.min(carts, from + BATCH);
    await db.transaction((tx) => seedCarts(tx, from, to, carts));
    if (carts > BATCH) log('seed', `${to}/${carts} carts`);
  }
  log('seed', `done: ${regions.length} regions, ${products.length} products, ${customers} customers, ${carts} carts`);
}

async function seedCatalog(db: Queryable): Promise<void> {
  const at = new Date(CATALOG_TIME);
  const stamps = { created_at: at, updated_at: at };
  await createRegionStore(db).insert({
    regions: regions.map((region) => ({
      id: region.id,
      name: region.name,
      currency_code: region.currency_code,
      automatic_taxes: true,
      metadata: null,
      ...stamps,
    })),
    countries: countries.map(({ region, ...country }) => ({
      ...country,
      region_id: regions.find((candidate) => candidate.key === region)!.id,
      metadata: null,
      ...stamps,
    })),
  });
  await createSalesChannelStore(db).insert({
    sales_channels: salesChannels.map((channel) => ({ ...channel, metadata: null, ...stamps })),
  });
  await createProductStore(db).insert({
    products: products.map((product) => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      subtitle: null,
      description: product.description,
      is_giftcard: false,
      status: 'published',
      thumbnail: product.thumbnail,
      weight: 400,
      length: null,
      height: null,
      width: null,
      origin_country: 'pt',
      hs_code: null,
      mid_code: null,
      material: 'Cotton',
      discountable: true,
      external_id: null,
      metadata: null,
      ...stamps,
    })),
    variants: products.flatMap((product) =>
      product.variants.map((variant) => ({
        id: variant.id,
        title: variant.title,
        sku: variant.sku,
        barcode: null,
        ean: null,
        upc: null,
        allow_backorder: false,
        manage_inventory: true,
        hs_code: null,
        origin_country: null,
        mid_code: null,
        material: null,
        weight: null,
        length: null,
        height: null,
        width: null,
        metadata: null,
        variant_rank: variant.rank,
        thumbnail: null,
        product_id: product.id,
        ...stamps,
      })),
    ),
    prices: products.flatMap((product) =>
      product.variants.flatMap((variant) =>
        regions.map(({ currency_code }) => ({
          id: variant.priceIds[currency_code],
          variant_id: variant.id,
          currency_code,
          amount: decimal(variant.prices[currency_code]),
          ...stamps,
        })),
      ),
    ),
  });
  await createFulfillmentStore(db).insert({
    shipping_profiles: [{ ...shippingProfile, metadata: null, ...stamps }],
    shipping_options: shippingOptions.map((option) => ({
      id: option.id,
      name: option.name,
      price_type: 'flat',
      data: { id: option.name.toLowerCase().replace(/ /g, '-') },
      metadata: null,
      shipping_profile_id: shippingProfile.id,
      provider_id: 'manual_manual',
      ...stamps,
    })),
  });
  await createPromotionStore(db).insert({
    promotions: promotions.map((promotion) => ({
      id: promotion.id,
      code: promotion.code,
      is_automatic: false,
      is_tax_inclusive: false,
      limit: null,
      used: 0,
      type: 'standard',
      status: 'active',
      campaign_id: null,
      metadata: null,
      ...stamps,
    })),
    application_methods: promotions.map((promotion) => ({
      id: promotion.methodId,
      value: String(promotion.percent),
      currency_code: null,
      max_quantity: null,
      apply_to_quantity: null,
      buy_rules_min_quantity: null,
      type: 'percentage',
      target_type: 'items',
      allocation: 'each',
      promotion_id: promotion.id,
      ...stamps,
    })),
  });
}

async function seedCustomers(db: Queryable, from: number, to: number): Promise<void> {
  const at = new Date(CATALOG_TIME);
  const customers = [];
  for (let index = from; index < to; index += 1) {
    customers.push({
      ...demoCustomer(index),
      company_name: null,
      has_account: true,
      metadata: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    });
  }
  await createCustomerStore(db).insert({ customers });
}

async function seedCarts(db: Queryable, from: number, to: number, total: number): Promise<void> {
  const batch = generateCarts(from, to, total);
  await createCartStore(db).insert(batch.cart);
  await createOrderStore(db).insert(batch.order);
  await createPaymentStore(db).insert(batch.payment);
  const linkStore = createLinkStore(db);
  for (const link of links) await linkStore.insert(link, batch.links[link.table] ?? []);
}
