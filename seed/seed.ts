import type { Database, Queryable } from '../kit/database';
import { log } from '../kit/log';
import { seededId } from '../kit/ids';
import { createCartStore } from '../subgraphs/cart/store';
import { createCustomerStore, type CustomerData } from '../subgraphs/customer/store';
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
  customerGroups,
  customerTime,
  demoAccountHolder,
  demoCustomer,
  demoCustomerDetails,
  hasAccountHolder,
  productCategories,
  productCollections,
  productOptions,
  products,
  productTags,
  productTypes,
  regions,
  salesChannels,
  shippingOptions,
  shippingProfile,
  fulfillmentProviders,
  fulfillmentSet,
  serviceZones,
  shippingOptionTypes,
  campaigns,
  promotionCatalog,
  paymentProviders,
  refundReasons,
} from './catalog';

const BATCH = 1000;

/**
 * Whether the demo store with `carts` carts is all there. Its last cart is written last, so a
 * seed that was interrupted is finished on the next start.
 */
export async function isSeeded(db: Queryable, carts: number): Promise<boolean> {
  if (carts > 0) return (await createCartStore(db).cartsByIds([demoCartId(carts - 1)])).length > 0;
  const regionTable = createRegionStore(db).region;
  return (await regionTable.list({}, regionTable.page({ take: 1 }))).rows.length > 0;
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
  const regionTables = createRegionStore(db);
  await regionTables.region.insert(regions.map(({ id, name, currency_code }) => ({ id, name, currency_code, ...stamps })));
  await regionTables.country.insert(
    countries.map(({ region, ...country }) => ({ ...country, region_id: regions.find((candidate) => candidate.key === region)!.id, ...stamps })),
  );
  await createSalesChannelStore(db).sales_channel.insert(salesChannels.map((channel) => ({ ...channel, ...stamps })));
  // Products were added an hour apart, in catalog order; their variants, images and option
  // assignments with them. Types, collections, tags, categories and options came first.
  const productStamps = (index: number) => {
    const added = new Date(CATALOG_TIME + (index + 1) * 3_600_000);
    return { created_at: added, updated_at: added };
  };
  const catalogRow = { external_id: null, metadata: null, ...stamps };
  await createProductStore(db).insert({
    types: productTypes.map((type) => ({ ...type, ...catalogRow })),
    collections: productCollections.map((collection) => ({ ...collection, ...catalogRow })),
    tags: productTags.map((tag) => ({ ...tag, ...catalogRow })),
    categories: productCategories.map((category) => ({ ...category, ...catalogRow })),
    options: productOptions.map((option) => ({ id: option.id, title: option.title, is_exclusive: option.is_exclusive, metadata: null, ...stamps })),
    option_values: productOptions.flatMap((option) =>
      option.values.map((value) => ({ ...value, metadata: null, option_id: option.id, ...stamps })),
    ),
    products: products.map((product, index) => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      subtitle: product.subtitle,
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
      material: product.material,
      discountable: true,
      external_id: null,
      metadata: null,
      type_id: product.type_id,
      collection_id: product.collection?.id ?? null,
      ...productStamps(index),
    })),
    product_tags: products.flatMap((product) => product.tag_ids.map((product_tag_id) => ({ product_id: product.id, product_tag_id }))),
    product_categories: products.flatMap((product) =>
      product.category_ids.map((product_category_id) => ({ product_id: product.id, product_category_id })),
    ),
    product_options: products.flatMap((product, index) =>
      product.options.map((used) => ({ id: used.id, product_id: product.id, product_option_id: used.option.id, ...productStamps(index) })),
    ),
    product_option_values: products.flatMap((product, index) =>
      product.options.flatMap((used) =>
        used.values.map((value) => ({
          id: value.link_id,
          product_product_option_id: used.id,
          product_option_value_id: value.id,
          ...productStamps(index),
        })),
      ),
    ),
    variants: products.flatMap((product, index) =>
      product.variants.map((variant) => ({
        id: variant.id,
        title: variant.title,
        sku: variant.sku,
        barcode: null,
        ean: null,
        upc: null,
        allow_backorder: variant.allow_backorder,
        manage_inventory: variant.manage_inventory,
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
        ...productStamps(index),
      })),
    ),
    variant_options: products.flatMap((product) =>
      product.variants.flatMap((variant) => variant.option_value_ids.map((option_value_id) => ({ variant_id: variant.id, option_value_id }))),
    ),
    images: products.flatMap((product, index) =>
      product.images.map((image) => ({ ...image, metadata: null, product_id: product.id, ...productStamps(index) })),
    ),
    variant_images: products.flatMap((product, index) =>
      product.variants.flatMap((variant) =>
        variant.image_links.map((link) => ({ id: link.id, variant_id: variant.id, image_id: link.image_id, ...productStamps(index) })),
      ),
    ),
    prices: products.flatMap((product, index) =>
      product.variants.flatMap((variant) =>
        regions.map(({ currency_code }) => ({
          id: variant.priceIds[currency_code],
          variant_id: variant.id,
          currency_code,
          amount: decimal(variant.prices[currency_code]),
          ...productStamps(index),
        })),
      ),
    ),
  });
  await createFulfillmentStore(db).insert({
    fulfillment_providers: fulfillmentProviders.map((provider) => ({ ...provider, ...stamps })),
    fulfillment_sets: [{ ...fulfillmentSet, metadata: null, ...stamps }],
    service_zones: serviceZones.map((zone) => ({
      id: zone.id,
      name: zone.name,
      fulfillment_set_id: fulfillmentSet.id,
      metadata: null,
      ...stamps,
    })),
    geo_zones: serviceZones.flatMap((zone) =>
      zone.geoZones.map((geoZone) => ({
        id: geoZone.id,
        type: 'country',
        country_code: geoZone.country_code,
        province_code: null,
        city: null,
        postal_expression: null,
        service_zone_id: zone.id,
        metadata: null,
        ...stamps,
      })),
    ),
    shipping_profiles: [{ ...shippingProfile, metadata: null, ...stamps }],
    shipping_option_types: shippingOptionTypes.map((type) => ({ ...type, ...stamps })),
    shipping_options: shippingOptions.map((option) => ({
      id: option.id,
      name: option.name,
      price_type: 'flat',
      data: { id: option.name.toLowerCase().replace(/ /g, '-') },
      metadata: null,
      service_zone_id: option.serviceZoneId,
      shipping_profile_id: shippingProfile.id,
      provider_id: fulfillmentProviders[0].id,
      shipping_option_type_id: option.typeId,
      ...stamps,
    })),
    shipping_option_rules: shippingOptions.flatMap((option) =>
      option.rules.map((rule) => ({ ...rule, shipping_option_id: option.id, ...stamps })),
    ),
    shipping_option_prices: shippingOptions.flatMap((option) =>
      regions.map(({ currency_code }) => ({
        id: option.priceIds[currency_code],
        shipping_option_id: option.id,
        currency_code,
        amount: decimal(option.cents),
        ...stamps,
      })),
    ),
  });
  const promotionRules = promotionCatalog.flatMap((promotion) => [...promotion.rules, ...promotion.targetRules, ...promotion.buyRules]);
  await createPromotionStore(db).insert({
    campaigns: campaigns.map(({ budget: _budget, ...campaign }) => ({ ...campaign, ...stamps })),
    campaign_budgets: campaigns.map((campaign) => ({ ...campaign.budget, campaign_id: campaign.id, ...stamps })),
    promotions: promotionCatalog.map((promotion) => ({
      id: promotion.id,
      code: promotion.code,
      is_automatic: promotion.is_automatic,
      is_tax_inclusive: false,
      limit: promotion.limit,
      used: 0,
      type: promotion.type,
      status: 'active',
      campaign_id: promotion.campaign_id,
      metadata: null,
      ...stamps,
    })),
    application_methods: promotionCatalog.map((promotion) => ({ ...promotion.method, promotion_id: promotion.id, ...stamps })),
    rules: promotionRules.map(({ values: _values, ...rule }) => ({ ...rule, ...stamps })),
    rule_values: promotionRules.flatMap((rule) => rule.values.map((value) => ({ ...value, promotion_rule_id: rule.id, ...stamps }))),
    promotion_rules: promotionCatalog.flatMap((promotion) =>
      promotion.rules.map((rule) => ({ owner_id: promotion.id, promotion_rule_id: rule.id })),
    ),
    target_rules: promotionCatalog.flatMap((promotion) =>
      promotion.targetRules.map((rule) => ({ owner_id: promotion.method.id, promotion_rule_id: rule.id })),
    ),
    buy_rules: promotionCatalog.flatMap((promotion) =>
      promotion.buyRules.map((rule) => ({ owner_id: promotion.method.id, promotion_rule_id: rule.id })),
    ),
  });
  const paymentTables = createPaymentStore(db);
  await paymentTables.payment_provider.insert(paymentProviders.map((provider) => ({ ...provider, ...stamps })));
  await paymentTables.refund_reason.insert(refundReasons.map((reason) => ({ ...reason, ...stamps })));
  await seedCatalogLinks(db, stamps);
}

/**
 * The catalog's stored links: every product is sold in the default channel (the cheaper ones in
 * the mobile app too) and ships with the default profile; every region takes the system payment
 * provider, Europe also Stripe.
 */
async function seedCatalogLinks(db: Queryable, stamps: { created_at: Date; updated_at: Date }): Promise<void> {
  const store = createLinkStore(db);
  const id = (prefix: string, key: string) => seededId(prefix, `catalog:link:${key}`, CATALOG_TIME);
  const [webStore, , mobileApp] = salesChannels;
  await store.insert(
    linkNamed('product_sales_channel'),
    products.flatMap((product, rank) => [
      { id: id('prodsc', `${product.handle}:web`), product_id: product.id, sales_channel_id: webStore.id, rank, ...stamps },
      ...(product.cents < 3000
        ? [{ id: id('prodsc', `${product.handle}:mobile`), product_id: product.id, sales_channel_id: mobileApp.id, rank, ...stamps }]
        : []),
    ]),
  );
  await store.insert(
    linkNamed('product_shipping_profile'),
    products.map((product) => ({ id: id('prodsp', product.handle), product_id: product.id, shipping_profile_id: shippingProfile.id, ...stamps })),
  );
  await store.insert(
    linkNamed('region_payment_provider'),
    regions.flatMap((region) =>
      paymentProviders
        .filter((provider) => provider.is_enabled || region.key === 'eu')
        .map((provider) => ({ id: id('regpp', `${region.key}:${provider.id}`), region_id: region.id, payment_provider_id: provider.id, ...stamps })),
    ),
  );
}

function linkNamed(table: string) {
  const link = links.find((candidate) => candidate.table === table);
  if (!link) throw new Error(`No link declared for ${table}`);
  return link;
}

async function seedCustomers(db: Queryable, from: number, to: number): Promise<void> {
  const at = new Date(CATALOG_TIME);
  const data: Required<CustomerData> = {
    customers: [],
    addresses: [],
    // The groups are part of every batch; rows that exist are left as they are.
    groups: customerGroups.map((group) => ({ id: group.id, name: group.name, metadata: group.metadata, created_by: null, created_at: at, updated_at: at })),
    group_customers: [],
  };
  for (let index = from; index < to; index += 1) {
    const customer = demoCustomer(index);
    const signedUp = new Date(customerTime(index));
    const stamps = { created_at: signedUp, updated_at: signedUp };
    data.customers.push({ ...customer, metadata: null, created_by: null, ...stamps });
    const details = demoCustomerDetails(index);
    for (const address of details.addresses) data.addresses.push({ ...address, customer_id: customer.id, metadata: null, ...stamps });
    for (const member of details.groups) {
      data.group_customers.push({ ...member, customer_id: customer.id, created_by: null, metadata: null, ...stamps });
    }
  }
  await createCustomerStore(db).insert(data);
  // Their account holders at the payment provider (the link to the customer is a pivot row).
  const accountHolders = [];
  for (let index = from; index < to; index += 1) {
    if (!hasAccountHolder(index)) continue;
    const signedUp = new Date(customerTime(index));
    accountHolders.push({ ...demoAccountHolder(index), created_at: signedUp, updated_at: signedUp });
  }
  await createPaymentStore(db).account_holder.insert(accountHolders);
  await createLinkStore(db).insert(
    linkNamed('customer_account_holder'),
    accountHolders.map((holder) => ({
      id: seededId('custacchldr', `customer:link:${holder.id}`, holder.created_at.getTime()),
      customer_id: String(holder.external_id),
      account_holder_id: holder.id,
      created_at: holder.created_at,
      updated_at: holder.updated_at,
    })),
  );
}

async function seedCarts(db: Queryable, from: number, to: number, total: number): Promise<void> {
  const batch = generateCarts(from, to, total);
  await createCartStore(db).insert(batch.cart);
  await createOrderStore(db).insertAll(batch.order);
  const paymentTables = createPaymentStore(db);
  await paymentTables.payment_collection.insert(batch.payment.payment_collection);
  await paymentTables.collection_provider.insert(batch.payment.collection_provider);
  await paymentTables.payment_session.insert(batch.payment.payment_session);
  await paymentTables.payment.insert(batch.payment.payment);
  await paymentTables.capture.insert(batch.payment.capture);
  await createFulfillmentStore(db).insert(batch.fulfillment);
  const linkStore = createLinkStore(db);
  for (const link of links) await linkStore.insert(link, batch.links[link.table] ?? []);
}
