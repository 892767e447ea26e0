/** Seeds store.ts into Medusa (its REST admin API) and into the supergraph (its GraphQL admin mutations). */
import type { MedusaServer } from './medusa';
import type { OursClient } from './ours';
import {
  CATEGORIES,
  COLLECTIONS,
  CURRENCIES,
  CUSTOMERS,
  GROUPS,
  PRICE_PREFERENCES,
  PRODUCT_TYPES,
  PRODUCTS,
  REGIONS,
  SHIPPING_OPTIONS,
  TAGS,
  TAX_RATE_RULES,
  TAX_REGIONS,
  type Feature,
  type PromotionSpec,
  type RuleSpec,
} from './store';

/** One side's ids: `kind:key` → id (region:europe, variant:shirt-m, option:standard, type:books, …). */
export interface SideStore {
  ids: Map<string, string>;
  customers: Map<string, { id: string; token: string }>;
  salesChannel: string;
}

const newSide = (): SideStore => ({ ids: new Map(), customers: new Map(), salesChannel: '' });

const idOf = (side: SideStore, ref: string) => {
  const id = side.ids.get(ref);
  if (!id) throw new Error(`seed: nothing seeded as ${ref}`);
  return id;
};
/** A rule's values with seeded things (`kind:key`) turned into this side's ids. */
const resolveRule = (side: SideStore, rule: RuleSpec) => ({
  attribute: rule.attribute,
  operator: rule.operator,
  values: rule.values.map((value) => (/^[a-z]+:/.test(value) ? idOf(side, value) : value)),
});
const PASSWORD = 'conformance-secret';

export async function seedMedusa(
  medusa: MedusaServer,
  features: Set<Feature>,
  promotions: PromotionSpec[],
): Promise<SideStore> {
  const side = newSide();
  const admin = medusa.admin;
  const { stores } = await admin.get<{ stores: { id: string }[] }>('/admin/stores');
  await admin.post(`/admin/stores/${stores[0].id}`, {
    supported_currencies: CURRENCIES.map((currency_code, index) => ({ currency_code, is_default: index === 0 })),
  });
  const { sales_channel } = await admin.post<{ sales_channel: { id: string } }>('/admin/sales-channels', {
    name: 'conf Webshop',
  });
  side.salesChannel = sales_channel.id;
  const { api_key } = await admin.post<{ api_key: { id: string; token: string } }>('/admin/api-keys', {
    title: 'conf',
    type: 'publishable',
  });
  await admin.post(`/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channel.id] });
  medusa.publishableKey = api_key.token;

  for (const region of REGIONS) {
    const created = await admin.post<{ region: { id: string } }>('/admin/regions', {
      name: region.name,
      currency_code: region.currency,
      countries: region.countries,
      payment_providers: ['pp_system_default'],
    });
    side.ids.set(`region:${region.key}`, created.region.id);
  }
  for (const value of PRODUCT_TYPES) {
    const { product_type } = await admin.post<{ product_type: { id: string } }>('/admin/product-types', {
      value: `conf-${value}`,
    });
    side.ids.set(`type:${value}`, product_type.id);
  }
  if (features.has('tax')) {
    for (const tax of TAX_REGIONS) {
      const { tax_region } = await admin.post<{ tax_region: { id: string } }>('/admin/tax-regions', {
        country_code: tax.country,
        provider_id: 'tp_system',
        default_tax_rate: { rate: Number(tax.rate), code: tax.code, name: tax.code },
      });
      side.ids.set(`tax-region:${tax.country}`, tax_region.id);
    }
    for (const rule of TAX_RATE_RULES) {
      await admin.post('/admin/tax-rates', {
        tax_region_id: idOf(side, `tax-region:${rule.country}`),
        rate: Number(rule.rate),
        code: rule.code,
        name: rule.code,
        is_combinable: false,
        rules: [{ reference: 'product_type', reference_id: idOf(side, `type:${rule.productType}`) }],
      });
    }
  }
  if (features.has('tax-inclusive')) {
    for (const preference of PRICE_PREFERENCES) {
      // Medusa made one (not tax-inclusive) for each store currency: updated, else created.
      const { price_preferences } = await admin.get<{ price_preferences: { id: string }[] }>(
        `/admin/price-preferences?attribute=${preference.attribute}&value=${preference.value}`,
      );
      if (price_preferences.length) {
        await admin.post(`/admin/price-preferences/${price_preferences[0].id}`, {
          is_tax_inclusive: preference.is_tax_inclusive,
        });
      } else {
        await admin.post('/admin/price-preferences', preference);
      }
    }
  }

  const { stock_location } = await admin.post<{ stock_location: { id: string } }>('/admin/stock-locations', {
    name: 'conf Warehouse',
    address: { address_1: '1 Dock St', city: 'Hamburg', country_code: 'de' },
  });
  await admin.post(`/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [sales_channel.id] });
  await admin.post(`/admin/stock-locations/${stock_location.id}/fulfillment-providers`, { add: ['manual_manual'] });
  const withSet = await admin.post<{ stock_location: { fulfillment_sets: { id: string }[] } }>(
    `/admin/stock-locations/${stock_location.id}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: 'conf Shipping', type: 'shipping' },
  );
  const fulfillmentSet = withSet.stock_location.fulfillment_sets[0].id;
  const { fulfillment_set } = await admin.post<{ fulfillment_set: { service_zones: { id: string }[] } }>(
    `/admin/fulfillment-sets/${fulfillmentSet}/service-zones`,
    {
      name: 'conf Everywhere',
      geo_zones: REGIONS.flatMap((region) => region.countries).map((country_code) => ({
        type: 'country',
        country_code,
      })),
    },
  );
  const zone = fulfillment_set.service_zones[0].id;
  const { shipping_profile } = await admin.post<{ shipping_profile: { id: string } }>('/admin/shipping-profiles', {
    name: 'conf Default',
    type: 'default',
  });
  for (const option of SHIPPING_OPTIONS) {
    const { shipping_option } = await admin.post<{ shipping_option: { id: string } }>('/admin/shipping-options', {
      name: option.name,
      price_type: 'flat',
      service_zone_id: zone,
      shipping_profile_id: shipping_profile.id,
      provider_id: 'manual_manual',
      type: { label: option.name, code: option.key, description: option.name },
      prices: CURRENCIES.map((currency_code) => ({ currency_code, amount: Number(option.prices[currency_code]) })),
      rules: [
        { attribute: 'enabled_in_store', operator: 'eq', value: 'true' },
        { attribute: 'is_return', operator: 'eq', value: 'false' },
      ],
    });
    side.ids.set(`option:${option.key}`, shipping_option.id);
  }

  for (const title of COLLECTIONS) {
    const { collection } = await admin.post<{ collection: { id: string } }>('/admin/collections', {
      title: `conf ${title}`,
    });
    side.ids.set(`collection:${title}`, collection.id);
  }
  for (const value of TAGS) {
    const { product_tag } = await admin.post<{ product_tag: { id: string } }>('/admin/product-tags', {
      value: `conf-${value}`,
    });
    side.ids.set(`tag:${value}`, product_tag.id);
  }
  for (const name of CATEGORIES) {
    const { product_category } = await admin.post<{ product_category: { id: string } }>('/admin/product-categories', {
      name: `conf ${name}`,
      is_active: true,
    });
    side.ids.set(`category:${name}`, product_category.id);
  }
  for (const product of PRODUCTS) {
    const created = await admin.post<{ product: { id: string; variants: { id: string; title: string }[] } }>(
      '/admin/products',
      {
        title: product.title,
        status: 'published',
        shipping_profile_id: shipping_profile.id,
        sales_channels: [{ id: sales_channel.id }],
        type_id: idOf(side, `type:${product.type}`),
        collection_id: product.collection ? idOf(side, `collection:${product.collection}`) : undefined,
        tags: product.tags.map((tag) => ({ id: idOf(side, `tag:${tag}`) })),
        categories: product.categories.map((category) => ({ id: idOf(side, `category:${category}`) })),
        options: [{ title: 'Variant', values: product.variants.map((variant) => variant.title) }],
        variants: product.variants.map((variant) => ({
          title: variant.title,
          manage_inventory: false,
          options: { Variant: variant.title },
          prices: CURRENCIES.map((currency_code) => ({ currency_code, amount: Number(variant.prices[currency_code]) })),
        })),
      },
    );
    side.ids.set(`product:${product.key}`, created.product.id);
    for (const variant of product.variants) {
      side.ids.set(
        `variant:${variant.key}`,
        created.product.variants.find((found) => found.title === variant.title)!.id,
      );
    }
  }

  for (const name of GROUPS) {
    const { customer_group } = await admin.post<{ customer_group: { id: string } }>('/admin/customer-groups', {
      name: `conf ${name}`,
    });
    side.ids.set(`group:${name}`, customer_group.id);
  }
  const store = medusa.store();
  for (const customer of CUSTOMERS) {
    const credentials = { email: customer.email, password: PASSWORD };
    const registration = await store.post<{ token: string }>('/auth/customer/emailpass/register', credentials);
    const { customer: created } = await medusa
      .store(registration.token)
      .post<{ customer: { id: string } }>('/store/customers', { email: customer.email, first_name: customer.key });
    const { token } = await store.post<{ token: string }>('/auth/customer/emailpass', credentials);
    side.customers.set(customer.key, { id: created.id, token });
    for (const group of customer.groups) {
      await admin.post(`/admin/customer-groups/${idOf(side, `group:${group}`)}/customers`, { add: [created.id] });
    }
  }

  for (const promotion of promotions) {
    let campaign_id: string | undefined;
    if (promotion.budgetUses) {
      const { campaign } = await admin.post<{ campaign: { id: string } }>('/admin/campaigns', {
        name: `conf ${promotion.code}`,
        campaign_identifier: `conf-${promotion.code}`,
        budget: { type: 'usage', limit: promotion.budgetUses },
      });
      campaign_id = campaign.id;
    }
    const method = promotion.application_method;
    await admin.post('/admin/promotions', {
      code: promotion.code,
      type: promotion.type,
      status: 'active',
      is_automatic: promotion.is_automatic ?? false,
      campaign_id,
      application_method: {
        ...method,
        value: Number(method.value),
        target_rules: method.target_rules?.map((rule) => resolveRule(side, rule)),
        buy_rules: method.buy_rules?.map((rule) => resolveRule(side, rule)),
      },
      rules: promotion.rules?.map((rule) => resolveRule(side, rule)),
    });
  }
  return side;
}

export async function seedOurs(
  ours: OursClient,
  features: Set<Feature>,
  promotions: PromotionSpec[],
): Promise<SideStore> {
  const side = newSide();
  const q = ours.query;
  const first = <T>(data: Record<string, T[]>) => Object.values(data)[0][0];
  /** One row through a create mutation, its input type as the gateway's schema declares it. */
  const create = async (name: string, input: unknown) => {
    const inputType = ours.mutations.get(name);
    if (!inputType) throw new Error(`the supergraph has no mutation ${name}`);
    return first(
      await q<Record<string, { id: string }[]>>(`mutation($data: ${inputType}) { x: ${name}(data: $data) { id } }`, {
        data: [input],
      }),
    );
  };

  side.salesChannel = (await create('create_sales_channels', { name: 'conf Webshop' })).id;
  for (const region of REGIONS) {
    const made = await create('admin_create_regions', {
      name: region.name,
      currency_code: region.currency,
      countries: region.countries,
      payment_providers: ['pp_system_default'],
    });
    side.ids.set(`region:${region.key}`, made.id);
  }
  for (const value of PRODUCT_TYPES) {
    side.ids.set(`type:${value}`, (await create('create_product_types', { value: `conf-${value}` })).id);
  }
  if (features.has('tax')) {
    for (const tax of TAX_REGIONS) {
      const made = await create('create_tax_regions', {
        country_code: tax.country,
        provider_id: 'tp_system',
        default_tax_rate: { rate: Number(tax.rate), code: tax.code, name: tax.code },
      });
      side.ids.set(`tax-region:${tax.country}`, made.id);
    }
    for (const rule of TAX_RATE_RULES) {
      await create('create_tax_rates', {
        tax_region_id: idOf(side, `tax-region:${rule.country}`),
        rate: Number(rule.rate),
        code: rule.code,
        name: rule.code,
        is_combinable: false,
        rules: [{ reference: 'product_type', reference_id: idOf(side, `type:${rule.productType}`) }],
      });
    }
  }
  if (features.has('tax-inclusive')) {
    for (const preference of PRICE_PREFERENCES) {
      await create('create_price_preferences', preference);
    }
  }
  const profile = (await create('create_shipping_profiles', { name: 'conf Default', type: 'default' })).id;
  const sets = await q<{ create_fulfillment_sets: { service_zones: { id: string }[] }[] }>(
    `mutation($data: [FulfillmentSetCreateInput!]!) { create_fulfillment_sets(data: $data) { service_zones { id } } }`,
    {
      data: [
        {
          name: 'conf Shipping',
          type: 'shipping',
          service_zones: [
            {
              name: 'conf Everywhere',
              geo_zones: REGIONS.flatMap((region) => region.countries).map((country_code) => ({
                type: 'country',
                country_code,
              })),
            },
          ],
        },
      ],
    },
  );
  const zone = sets.create_fulfillment_sets[0].service_zones[0].id;
  for (const option of SHIPPING_OPTIONS) {
    const made = await create('create_shipping_options', {
      name: option.name,
      price_type: 'flat',
      service_zone_id: zone,
      shipping_profile_id: profile,
      provider_id: 'manual_manual',
      type: { label: option.name, code: option.key, description: option.name },
      rules: [
        { attribute: 'enabled_in_store', operator: 'eq', value: 'true' },
        { attribute: 'is_return', operator: 'eq', value: 'false' },
      ],
      prices: CURRENCIES.map((currency_code) => ({ currency_code, amount: option.prices[currency_code] })),
    });
    side.ids.set(`option:${option.key}`, made.id);
  }
  for (const title of COLLECTIONS) {
    side.ids.set(`collection:${title}`, (await create('create_product_collections', { title: `conf ${title}` })).id);
  }
  for (const value of TAGS) {
    side.ids.set(`tag:${value}`, (await create('create_product_tags', { value: `conf-${value}` })).id);
  }
  for (const name of CATEGORIES) {
    side.ids.set(
      `category:${name}`,
      (await create('create_product_categories', { name: `conf ${name}`, is_active: true })).id,
    );
  }
  for (const product of PRODUCTS) {
    const made = await q<{ admin_create_products: { id: string; variants: { id: string; title: string }[] }[] }>(
      `mutation($data: [AdminCreateProductInput!]!) { admin_create_products(data: $data) { id variants { id title } } }`,
      {
        data: [
          {
            title: product.title,
            status: 'published',
            sales_channels: [{ id: side.salesChannel }],
            shipping_profile_id: profile,
            type_id: idOf(side, `type:${product.type}`),
            collection_id: product.collection ? idOf(side, `collection:${product.collection}`) : undefined,
            tag_ids: product.tags.map((tag) => idOf(side, `tag:${tag}`)),
            category_ids: product.categories.map((category) => idOf(side, `category:${category}`)),
            options: [{ title: 'Variant', values: product.variants.map((variant) => variant.title) }],
            variants: product.variants.map((variant) => ({
              title: variant.title,
              options: { Variant: variant.title },
              prices: CURRENCIES.map((currency_code) => ({ currency_code, amount: variant.prices[currency_code] })),
            })),
          },
        ],
      },
    );
    const [createdProduct] = made.admin_create_products;
    side.ids.set(`product:${product.key}`, createdProduct.id);
    for (const variant of product.variants) {
      side.ids.set(
        `variant:${variant.key}`,
        createdProduct.variants.find((found) => found.title === variant.title)!.id,
      );
    }
  }
  for (const name of GROUPS) {
    side.ids.set(`group:${name}`, (await create('create_customer_groups', { name: `conf ${name}` })).id);
  }
  for (const [index, customer] of CUSTOMERS.entries()) {
    const registration = await ours.tokenFor({
      actor_type: 'customer',
      actor_id: '',
      auth_identity_id: `authid_conformance_${index}`,
      email: customer.email,
    });
    const { register_customer } = await q<{ register_customer: { customer: { id: string } } }>(
      'mutation($data: RegisterCustomerInput!) { register_customer(data: $data) { customer { id } } }',
      { data: { first_name: customer.key } },
      registration,
    );
    const id = register_customer.customer.id;
    side.customers.set(customer.key, { id, token: await ours.tokenFor({ actor_type: 'customer', actor_id: id }) });
    for (const group of customer.groups) {
      await q(
        'mutation($group: ID!, $ids: [ID!]!) { add_customers_to_group(group_id: $group, customer_ids: $ids) { id } }',
        {
          group: idOf(side, `group:${group}`),
          ids: [id],
        },
      );
    }
  }
  for (const promotion of promotions) {
    let campaign_id: string | undefined;
    if (promotion.budgetUses) {
      campaign_id = (
        await create('create_campaigns', {
          name: `conf ${promotion.code}`,
          campaign_identifier: `conf-${promotion.code}`,
          budget: { type: 'usage', limit: String(promotion.budgetUses) },
        })
      ).id;
    }
    const method = promotion.application_method;
    await create('create_promotions', {
      code: promotion.code,
      type: promotion.type,
      status: 'active',
      is_automatic: promotion.is_automatic ?? false,
      campaign_id,
      application_method: {
        ...method,
        target_rules: method.target_rules?.map((rule) => resolveRule(side, rule)),
        buy_rules: method.buy_rules?.map((rule) => resolveRule(side, rule)),
      },
      rules: promotion.rules?.map((rule) => resolveRule(side, rule)),
    });
  }
  return side;
}
