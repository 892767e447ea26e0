import type { Database, Queryable } from '../kit/database';
import { log } from '../kit/log';
import { seededId } from '../kit/ids';
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
import { createTaxStore } from '../subgraphs/tax/store';
import { createSalesChannelStore } from '../subgraphs/sales-channel/store';
import { decimal, demoCartId, generateCarts, TAXES, taxRateId } from './carts';
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
  if (carts > 0) return (await createCartStore(db).cart.byKeys([demoCartId(carts - 1)])).length > 0;
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
  await regionTables.region.insert(
    regions.map(({ id, name, currency_code }) => ({ id, name, currency_code, ...stamps })),
  );
  // Every country exists from the region module's migration; a region claims its own.
  for (const { iso_2, region } of countries) {
    await regionTables.country.update(iso_2, { region_id: regions.find((candidate) => candidate.key === region)!.id });
  }
  // Medusa's tax module: a tax region with its default rate for the countries taxed by rate (the
  // rate ids the demo carts' tax lines name). Only countries no test checks out in, so the totals
  // tests expect for new carts elsewhere stay untaxed.
  const taxTables = createTaxStore(db);
  const taxed = (['it', 'nl', 'ca'] as const).map((code) => ({
    code,
    region: seededId('txreg', `catalog:tax_region:${code}`, CATALOG_TIME),
  }));
  await taxTables.tax_region.insert(
    taxed.map(({ code, region }) => ({ id: region, country_code: code, provider_id: 'tp_system', ...stamps })),
  );
  await taxTables.tax_rate.insert(
    taxed.map(({ code, region }) => ({
      id: taxRateId(code),
      tax_region_id: region,
      rate: TAXES[code].rate,
      code: TAXES[code].code,
      name: TAXES[code].description,
      is_default: true,
      ...stamps,
    })),
  );
  await createSalesChannelStore(db).sales_channel.insert(salesChannels.map((channel) => ({ ...channel, ...stamps })));
  // Products were added an hour apart, in catalog order; their variants, images and option
  // assignments with them. Types, collections, tags, categories and options came first.
  const productStamps = (index: number) => {
    const added = new Date(CATALOG_TIME + (index + 1) * 3_600_000);
    return { created_at: added, updated_at: added };
  };
  // Parents before children, so every foreign key finds its row.
  const productTables = createProductStore(db);
  await productTables.product_type.insert(productTypes.map((type) => ({ ...type, ...stamps })));
  await productTables.product_collection.insert(productCollections.map((collection) => ({ ...collection, ...stamps })));
  await productTables.product_tag.insert(productTags.map((tag) => ({ ...tag, ...stamps })));
  await productTables.product_category.insert(productCategories.map((category) => ({ ...category, ...stamps })));
  await productTables.product_option.insert(
    productOptions.map(({ id, title, is_exclusive }) => ({ id, title, is_exclusive, ...stamps })),
  );
  await productTables.product_option_value.insert(
    productOptions.flatMap((option) => option.values.map((value) => ({ ...value, option_id: option.id, ...stamps }))),
  );
  await productTables.product.insert(
    products.map((product, index) => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      subtitle: product.subtitle,
      description: product.description,
      status: 'published',
      thumbnail: product.thumbnail,
      weight: 400,
      origin_country: 'pt',
      material: product.material,
      type_id: product.type_id,
      collection_id: product.collection?.id ?? null,
      ...productStamps(index),
    })),
  );
  await productTables.product_tags.insert(
    products.flatMap((product) =>
      product.tag_ids.map((product_tag_id) => ({ product_id: product.id, product_tag_id })),
    ),
  );
  await productTables.product_category_product.insert(
    products.flatMap((product) =>
      product.category_ids.map((product_category_id) => ({ product_id: product.id, product_category_id })),
    ),
  );
  await productTables.product_product_option.insert(
    products.flatMap((product, index) =>
      product.options.map((used) => ({
        id: used.id,
        product_id: product.id,
        product_option_id: used.option.id,
        ...productStamps(index),
      })),
    ),
  );
  await productTables.product_product_option_value.insert(
    products.flatMap((product, index) =>
      product.options.flatMap((used) =>
        used.values.map((value) => ({
          id: value.link_id,
          product_product_option_id: used.id,
          product_option_value_id: value.id,
          ...productStamps(index),
        })),
      ),
    ),
  );
  await productTables.product_variant.insert(
    products.flatMap((product, index) =>
      product.variants.map((variant) => ({
        id: variant.id,
        title: variant.title,
        sku: variant.sku,
        allow_backorder: variant.allow_backorder,
        manage_inventory: variant.manage_inventory,
        variant_rank: variant.rank,
        product_id: product.id,
        ...productStamps(index),
      })),
    ),
  );
  await productTables.product_variant_option.insert(
    products.flatMap((product) =>
      product.variants.flatMap((variant) =>
        variant.option_value_ids.map((option_value_id) => ({ variant_id: variant.id, option_value_id })),
      ),
    ),
  );
  await productTables.image.insert(
    products.flatMap((product, index) =>
      product.images.map((image) => ({ ...image, product_id: product.id, ...productStamps(index) })),
    ),
  );
  await productTables.product_variant_product_image.insert(
    products.flatMap((product, index) =>
      product.variants.flatMap((variant) =>
        variant.image_links.map((link) => ({
          id: link.id,
          variant_id: variant.id,
          image_id: link.image_id,
          ...productStamps(index),
        })),
      ),
    ),
  );
  await productTables.product_variant_price.insert(
    products.flatMap((product, index) =>
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
  );
  const fulfillmentTables = createFulfillmentStore(db);
  await fulfillmentTables.fulfillment_provider.insert(
    fulfillmentProviders.map((provider) => ({ ...provider, ...stamps })),
  );
  await fulfillmentTables.fulfillment_set.insert([{ ...fulfillmentSet, ...stamps }]);
  await fulfillmentTables.service_zone.insert(
    serviceZones.map((zone) => ({ id: zone.id, name: zone.name, fulfillment_set_id: fulfillmentSet.id, ...stamps })),
  );
  await fulfillmentTables.geo_zone.insert(
    serviceZones.flatMap((zone) =>
      zone.geoZones.map((geoZone) => ({
        id: geoZone.id,
        country_code: geoZone.country_code,
        service_zone_id: zone.id,
        ...stamps,
      })),
    ),
  );
  await fulfillmentTables.shipping_profile.insert([{ ...shippingProfile, ...stamps }]);
  await fulfillmentTables.shipping_option_type.insert(shippingOptionTypes.map((type) => ({ ...type, ...stamps })));
  await fulfillmentTables.shipping_option.insert(
    shippingOptions.map((option) => ({
      id: option.id,
      name: option.name,
      data: { id: option.name.toLowerCase().replace(/ /g, '-') },
      service_zone_id: option.serviceZoneId,
      shipping_profile_id: shippingProfile.id,
      provider_id: fulfillmentProviders[0].id,
      shipping_option_type_id: option.typeId,
      ...stamps,
    })),
  );
  await fulfillmentTables.shipping_option_rule.insert(
    shippingOptions.flatMap((option) =>
      option.rules.map((rule) => ({ ...rule, shipping_option_id: option.id, ...stamps })),
    ),
  );
  await fulfillmentTables.shipping_option_price.insert(
    shippingOptions.flatMap((option) =>
      regions.map(({ currency_code }) => ({
        id: option.priceIds[currency_code],
        shipping_option_id: option.id,
        currency_code,
        amount: decimal(option.cents),
        ...stamps,
      })),
    ),
  );
  const promotionRules = promotionCatalog.flatMap((promotion) => [
    ...promotion.rules,
    ...promotion.targetRules,
    ...promotion.buyRules,
  ]);
  const promotionTables = createPromotionStore(db);
  await promotionTables.campaign.insert(
    campaigns.map(({ budget: _budget, ...campaign }) => ({ ...campaign, ...stamps })),
  );
  await promotionTables.campaign_budget.insert(
    campaigns.map((campaign) => ({ ...campaign.budget, campaign_id: campaign.id, ...stamps })),
  );
  await promotionTables.promotion.insert(
    promotionCatalog.map(({ id, code, is_automatic, limit, type, campaign_id }) => ({
      id,
      code,
      is_automatic,
      limit,
      type,
      status: 'active',
      campaign_id,
      ...stamps,
    })),
  );
  await promotionTables.application_method.insert(
    promotionCatalog.map((promotion) => ({ ...promotion.method, promotion_id: promotion.id, ...stamps })),
  );
  await promotionTables.promotion_rule.insert(
    promotionRules.map(({ values: _values, ...rule }) => ({ ...rule, ...stamps })),
  );
  await promotionTables.promotion_rule_value.insert(
    promotionRules.flatMap((rule) => rule.values.map((value) => ({ ...value, promotion_rule_id: rule.id, ...stamps }))),
  );
  await promotionTables.promotion_promotion_rule.insert(
    promotionCatalog.flatMap((promotion) =>
      promotion.rules.map((rule) => ({ promotion_id: promotion.id, promotion_rule_id: rule.id })),
    ),
  );
  await promotionTables.application_method_target_rules.insert(
    promotionCatalog.flatMap((promotion) =>
      promotion.targetRules.map((rule) => ({ application_method_id: promotion.method.id, promotion_rule_id: rule.id })),
    ),
  );
  await promotionTables.application_method_buy_rules.insert(
    promotionCatalog.flatMap((promotion) =>
      promotion.buyRules.map((rule) => ({ application_method_id: promotion.method.id, promotion_rule_id: rule.id })),
    ),
  );
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
      {
        id: id('prodsc', `${product.handle}:web`),
        product_id: product.id,
        sales_channel_id: webStore.id,
        rank,
        ...stamps,
      },
      ...(product.cents < 3000
        ? [
            {
              id: id('prodsc', `${product.handle}:mobile`),
              product_id: product.id,
              sales_channel_id: mobileApp.id,
              rank,
              ...stamps,
            },
          ]
        : []),
    ]),
  );
  await store.insert(
    linkNamed('product_shipping_profile'),
    products.map((product) => ({
      id: id('prodsp', product.handle),
      product_id: product.id,
      shipping_profile_id: shippingProfile.id,
      ...stamps,
    })),
  );
  await store.insert(
    linkNamed('region_payment_provider'),
    regions.flatMap((region) =>
      paymentProviders
        .filter((provider) => provider.is_enabled || region.key === 'eu')
        .map((provider) => ({
          id: id('regpp', `${region.key}:${provider.id}`),
          region_id: region.id,
          payment_provider_id: provider.id,
          ...stamps,
        })),
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
  const customers = [];
  const addresses = [];
  const memberships = [];
  for (let index = from; index < to; index += 1) {
    const customer = demoCustomer(index);
    const signedUp = new Date(customerTime(index));
    const stamps = { created_at: signedUp, updated_at: signedUp };
    customers.push({ ...customer, ...stamps });
    const details = demoCustomerDetails(index);
    for (const address of details.addresses) addresses.push({ ...address, customer_id: customer.id, ...stamps });
    for (const member of details.groups) memberships.push({ ...member, customer_id: customer.id, ...stamps });
  }
  // Parents before children, so every foreign key finds its row. The groups are part of every
  // batch; rows that exist are left as they are.
  const store = createCustomerStore(db);
  await store.customer.insert(customers);
  await store.customer_group.insert(
    customerGroups.map(({ id, name, metadata }) => ({ id, name, metadata, created_at: at, updated_at: at })),
  );
  await store.customer_address.insert(addresses);
  await store.customer_group_customer.insert(memberships);
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
  // Parents first: each table's rows point to the ones before.
  const cart = createCartStore(db);
  await cart.address.insert(batch.cart.addresses);
  await cart.cart.insert(batch.cart.carts);
  await cart.line_item.insert(batch.cart.items);
  await cart.line_item_adjustment.insert(batch.cart.adjustments);
  await cart.line_item_tax_line.insert(batch.cart.item_tax_lines);
  await cart.shipping_method.insert(batch.cart.shipping_methods);
  await cart.shipping_method_adjustment.insert(batch.cart.shipping_method_adjustments);
  await cart.shipping_method_tax_line.insert(batch.cart.shipping_method_tax_lines);
  await cart.credit_line.insert(batch.cart.credit_lines);
  await createOrderStore(db).insertAll(batch.order);
  const paymentTables = createPaymentStore(db);
  await paymentTables.payment_collection.insert(batch.payment.payment_collection);
  await paymentTables.collection_provider.insert(batch.payment.collection_provider);
  await paymentTables.payment_session.insert(batch.payment.payment_session);
  await paymentTables.payment.insert(batch.payment.payment);
  await paymentTables.capture.insert(batch.payment.capture);
  const fulfillmentTables = createFulfillmentStore(db);
  await fulfillmentTables.fulfillment_address.insert(batch.fulfillment.fulfillment_addresses);
  await fulfillmentTables.fulfillment.insert(batch.fulfillment.fulfillments);
  await fulfillmentTables.fulfillment_item.insert(batch.fulfillment.fulfillment_items);
  await fulfillmentTables.fulfillment_label.insert(batch.fulfillment.fulfillment_labels);
  const linkStore = createLinkStore(db);
  for (const link of links) await linkStore.insert(link, batch.links[link.table] ?? []);
}
