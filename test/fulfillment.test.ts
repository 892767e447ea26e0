import {
  CATALOG_TIME,
  countries,
  fulfillmentSet,
  regions,
  serviceZones,
  shippingOptions,
  shippingOptionTypes,
  shippingProfile,
} from '../seed/catalog';
import { cartPlan } from '../seed/carts';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * The fulfillment module through the gateway: fulfillment sets, service zones, geo zones,
 * shipping options with their type, rules, provider and prices, and the lists' filters,
 * pagination, soft-delete handling and errors, on the demo store's data.
 */
const CARTS = 8;
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
});
afterAll(() => supergraph?.stop());

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

const [standard, express] = shippingOptions;
const europe = serviceZones[0];
// Relations and lists come in creation (id) order; the catalog's rows share one timestamp.
const zonesById = [...serviceZones].sort((a, b) => a.id.localeCompare(b.id));
const regionOf = (zone: { id: string }) => regions[serviceZones.findIndex((candidate) => candidate.id === zone.id)];
const CATALOG_DATE = new Date(CATALOG_TIME).toISOString();

interface Named {
  id: string;
  name: string;
}
type OptionPage = { shipping_options: { data: Named[]; metadata: { count: number; skip: number; take: number } } };
const OPTIONS = `query($filters: ShippingOptionFilters, $pagination: Pagination, $with_deleted: Boolean) {
  shipping_options(filters: $filters, pagination: $pagination, with_deleted: $with_deleted) {
    data { id name } metadata { count skip take }
  }
}`;
const options = async (variables: Record<string, unknown>) =>
  (await data<OptionPage>(OPTIONS, variables)).shipping_options;
const names = (page: { data: Named[] }) => page.data.map((row) => row.name);

describe('the demo store ships from one fulfillment set', () => {
  it('has the European Warehouse delivery set, a service zone per region and a geo zone per country', async () => {
    const { fulfillment_sets } = await data<{
      fulfillment_sets: {
        data: {
          id: string;
          name: string;
          type: string;
          service_zones: {
            name: string;
            fulfillment_set_id: string;
            geo_zones: { type: string; country_code: string; service_zone: { id: string } }[];
          }[];
        }[];
      };
    }>(`{
      fulfillment_sets { data { id name type service_zones {
        name fulfillment_set_id geo_zones { type country_code service_zone { id } }
      } } }
    }`);
    expect(fulfillment_sets.data).toHaveLength(1);
    const [set] = fulfillment_sets.data;
    expect(set).toMatchObject({ id: fulfillmentSet.id, name: 'European Warehouse delivery', type: 'shipping' });
    expect(set.service_zones.map((zone) => zone.name)).toEqual(zonesById.map((zone) => regionOf(zone).name));
    set.service_zones.forEach((zone, index) => {
      expect(zone.fulfillment_set_id).toBe(set.id);
      const region = regionOf(zonesById[index]);
      const expected = countries
        .filter((country) => country.region === region.key)
        .map((country) => country.iso_2)
        .sort();
      expect(zone.geo_zones.map((geoZone) => geoZone.country_code)).toEqual(expected);
      for (const geoZone of zone.geo_zones)
        expect(geoZone).toMatchObject({ type: 'country', service_zone: { id: zonesById[index].id } });
    });
  });

  it('offers the two shipping options in the Europe zone, with type, rules, provider and a price per currency', async () => {
    const { service_zone } = await data<{
      service_zone: {
        name: string;
        fulfillment_set: { name: string };
        shipping_options: {
          id: string;
          name: string;
          price_type: string;
          service_zone_id: string;
          shipping_profile_id: string;
          provider_id: string;
          shipping_option_type_id: string;
          data: unknown;
          type: { id: string; label: string; code: string; description: string };
          provider: { id: string; is_enabled: boolean };
          shipping_profile: { id: string; name: string; type: string };
          rules: {
            attribute: string;
            operator: string;
            value: unknown;
            shipping_option_id: string;
            shipping_option: { id: string };
          }[];
          prices: { id: string; currency_code: string; amount: string }[];
        }[];
      };
    }>(
      `query($id: ID!) { service_zone(id: $id) {
        name fulfillment_set { name }
        shipping_options {
          id name price_type service_zone_id shipping_profile_id provider_id shipping_option_type_id data
          type { id label code description } provider { id is_enabled } shipping_profile { id name type }
          rules { attribute operator value shipping_option_id shipping_option { id } }
          prices { id currency_code amount }
        }
      } }`,
      { id: europe.id },
    );
    expect(service_zone).toMatchObject({ name: 'Europe', fulfillment_set: { name: 'European Warehouse delivery' } });
    expect(service_zone.shipping_options.map((option) => option.id)).toEqual([standard.id, express.id]);
    service_zone.shipping_options.forEach((option, index) => {
      const seeded = shippingOptions[index];
      expect(option).toMatchObject({
        name: seeded.name,
        price_type: 'flat',
        service_zone_id: europe.id,
        shipping_profile_id: shippingProfile.id,
        provider_id: 'manual_manual',
        shipping_option_type_id: shippingOptionTypes[index].id,
        type: {
          id: shippingOptionTypes[index].id,
          label: shippingOptionTypes[index].label,
          code: shippingOptionTypes[index].code,
        },
        provider: { id: 'manual_manual', is_enabled: true },
        shipping_profile: { id: shippingProfile.id, name: 'Default Shipping Profile', type: 'default' },
      });
      // The rules Medusa's storefront listing checks; the values are JSON strings, as Medusa stores them.
      expect(
        option.rules
          .map(({ attribute, operator, value }) => ({ attribute, operator, value }))
          .sort((a, b) => a.attribute.localeCompare(b.attribute)),
      ).toEqual([
        { attribute: 'enabled_in_store', operator: 'eq', value: 'true' },
        { attribute: 'is_return', operator: 'eq', value: 'false' },
      ]);
      for (const rule of option.rules) expect(rule.shipping_option).toEqual({ id: option.id });
      expect(option.prices.map((price) => price.currency_code)).toEqual(['eur', 'gbp', 'usd']);
      for (const price of option.prices) {
        expect(price.id).toMatch(/^price_/);
        expect(price.amount).toBe(index === 0 ? '8.00' : '15.00');
      }
    });
  });

  it("prices a cart's shipping method as its option does in the cart's currency", async () => {
    const { carts } = await data<{
      carts: {
        data: {
          currency_code: string;
          shipping_methods: {
            amount: string;
            shipping_option: { type: { code: string }; prices: { currency_code: string; amount: string }[] };
          }[];
        }[];
      };
    }>(
      `query($take: Int!) { carts(pagination: { take: $take }) { data {
      currency_code shipping_methods { amount shipping_option { type { code } prices { currency_code amount } } }
    } } }`,
      { take: CARTS },
    );
    let checked = 0;
    carts.data.forEach((cart, index) => {
      expect(cart.shipping_methods.length > 0).toBe(cartPlan(index).hasShippingMethod);
      for (const method of cart.shipping_methods) {
        const price = method.shipping_option.prices.find((candidate) => candidate.currency_code === cart.currency_code);
        expect(Number(price?.amount)).toBe(Number(method.amount));
        expect(['standard', 'express']).toContain(method.shipping_option.type.code);
        checked += 1;
      }
    });
    expect(checked).toBe(CARTS / 2);
  });

  it('walks back from a type, a profile and a provider', async () => {
    const result = await data<{
      shipping_option_types: { data: { code: string; shipping_options: { name: string }[] }[] };
      shipping_profile: { shipping_options: { name: string }[] };
      fulfillment_providers: { data: { id: string; is_enabled: boolean }[] };
      fulfillment_provider: { id: string } | null;
      geo_zone: { country_code: string; service_zone: { name: string } };
      shipping_option_rule: { attribute: string; shipping_option: { name: string } };
    }>(
      `query($profile: ID!, $geoZone: ID!, $rule: ID!) {
        shipping_option_types(pagination: { order: "code" }) { data { code shipping_options { name } } }
        shipping_profile(id: $profile) { shipping_options { name } }
        fulfillment_providers { data { id is_enabled } }
        fulfillment_provider(id: "manual_manual") { id }
        geo_zone(id: $geoZone) { country_code service_zone { name } }
        shipping_option_rule(id: $rule) { attribute shipping_option { name } }
      }`,
      { profile: shippingProfile.id, geoZone: serviceZones[2].geoZones[0].id, rule: express.rules[1].id },
    );
    expect(result.shipping_option_types.data).toEqual([
      { code: 'express', shipping_options: [{ name: 'Express Shipping' }] },
      { code: 'standard', shipping_options: [{ name: 'Standard Shipping' }] },
    ]);
    expect(result.shipping_profile.shipping_options.map((option) => option.name)).toEqual([
      'Standard Shipping',
      'Express Shipping',
    ]);
    expect(result.fulfillment_providers.data).toEqual([{ id: 'manual_manual', is_enabled: true }]);
    expect(result.fulfillment_provider).toEqual({ id: 'manual_manual' });
    expect(result.geo_zone).toEqual({ country_code: 'gb', service_zone: { name: 'United Kingdom' } });
    expect(result.shipping_option_rule).toEqual({
      attribute: 'is_return',
      shipping_option: { name: 'Express Shipping' },
    });
  });

  it('costs one statement per relation, whatever the number of parents', async () => {
    const query = `{ fulfillment_sets { data { service_zones { geo_zones { id } shipping_options {
      type { id } provider { id } shipping_profile { id } rules { id } prices { id }
    } } } } }`;
    const { statements } = await supergraph.count(() => data(query));
    // sets, zones, geo zones, options, types, providers, profiles, rules, prices.
    expect(statements).toBe(9);
  });
});

describe('list filters', () => {
  it('filters shipping options by ids, names, foreign keys, price type and q', async () => {
    expect(names(await options({ filters: { id: [express.id] } }))).toEqual(['Express Shipping']);
    expect(names(await options({ filters: { name: ['Standard Shipping', 'Nope'] } }))).toEqual(['Standard Shipping']);
    expect(names(await options({ filters: { service_zone_id: [europe.id] } }))).toEqual([
      'Standard Shipping',
      'Express Shipping',
    ]);
    expect(names(await options({ filters: { service_zone_id: [serviceZones[1].id] } }))).toEqual([]);
    expect(names(await options({ filters: { shipping_option_type_id: [shippingOptionTypes[1].id] } }))).toEqual([
      'Express Shipping',
    ]);
    expect(
      names(await options({ filters: { shipping_profile_id: [shippingProfile.id], provider_id: ['manual_manual'] } })),
    ).toHaveLength(2);
    expect(names(await options({ filters: { price_type: ['calculated'] } }))).toEqual([]);
    expect(names(await options({ filters: { price_type: ['flat'], q: 'EXPRESS' } }))).toEqual(['Express Shipping']);
    expect(names(await options({ filters: { q: 'shipping' } }))).toHaveLength(2);
  });

  it('filters by a date range', async () => {
    expect((await options({ filters: { created_at: { gte: CATALOG_DATE, lte: CATALOG_DATE } } })).metadata.count).toBe(
      2,
    );
    expect((await options({ filters: { created_at: { gt: CATALOG_DATE } } })).metadata.count).toBe(0);
    expect((await options({ filters: { updated_at: { lt: '2030-01-01T00:00:00Z' } } })).metadata.count).toBe(2);
  });

  it('filters the other lists', async () => {
    const result = await data<{
      shipping_profiles: { data: { name: string }[] };
      none: { data: { name: string }[] };
      fulfillment_sets: { data: { name: string }[] };
      service_zones: { data: { name: string }[]; metadata: { count: number } };
      named: { data: { id: string }[] };
      shipping_option_types: { data: { label: string }[] };
      disabled: { data: { id: string }[] };
    }>(
      `query($set: ID!, $zone: ID!) {
        shipping_profiles(filters: { type: ["default"], q: "default ship" }) { data { name } }
        none: shipping_profiles(filters: { name: ["Gift cards"] }) { data { name } }
        fulfillment_sets(filters: { type: ["shipping"], name: ["European Warehouse delivery"] }) { data { name } }
        service_zones(filters: { fulfillment_set_id: [$set] }, pagination: { order: "-name" }) { data { name } metadata { count } }
        named: service_zones(filters: { id: [$zone], name: ["North America"] }) { data { id } }
        shipping_option_types(filters: { code: ["standard"] }) { data { label } }
        disabled: fulfillment_providers(filters: { is_enabled: false }) { data { id } }
      }`,
      { set: fulfillmentSet.id, zone: serviceZones[1].id },
    );
    expect(result.shipping_profiles.data).toEqual([{ name: 'Default Shipping Profile' }]);
    expect(result.none.data).toEqual([]);
    expect(result.fulfillment_sets.data).toEqual([{ name: 'European Warehouse delivery' }]);
    expect(result.service_zones.data.map((zone) => zone.name)).toEqual(
      [...regions.map((region) => region.name)].sort().reverse(),
    );
    expect(result.service_zones.metadata.count).toBe(regions.length);
    expect(result.named.data).toEqual([{ id: serviceZones[1].id }]);
    expect(result.shipping_option_types.data).toEqual([{ label: 'Standard' }]);
    expect(result.disabled.data).toEqual([]);
  });
});

describe('pagination', () => {
  it('pages with skip and take, sorts both ways, and counts every match', async () => {
    const first = await options({ pagination: { take: 1 } });
    expect(first).toEqual({
      data: [{ id: standard.id, name: standard.name }],
      metadata: { count: 2, skip: 0, take: 1 },
    });
    const second = await options({ pagination: { skip: 1, take: 1 } });
    expect(second.data).toEqual([{ id: express.id, name: express.name }]);
    expect(names(await options({ pagination: { order: 'name' } }))).toEqual(['Express Shipping', 'Standard Shipping']);
    expect(names(await options({ pagination: { order: '-name' } }))).toEqual(['Standard Shipping', 'Express Shipping']);
    expect(names(await options({ pagination: { order: '-created_at,-id' } }))).toEqual([
      'Express Shipping',
      'Standard Shipping',
    ]);
  });

  it('returns an empty page past the end and everything when take is larger than the total', async () => {
    expect(await options({ pagination: { skip: 5, take: 10 } })).toEqual({
      data: [],
      metadata: { count: 2, skip: 5, take: 10 },
    });
    expect(await options({ pagination: { take: 200 } })).toMatchObject({ metadata: { count: 2, skip: 0, take: 200 } });
    expect((await options({ pagination: { take: 200 } })).data).toHaveLength(2);
  });
});

describe('soft-deleted rows', () => {
  it('hides a soft-deleted option unless with_deleted is true, and always in relations', async () => {
    await supergraph.db.query('update fulfillment.shipping_option set deleted_at = now() where id = $1', [express.id]);
    try {
      expect(names(await options({}))).toEqual(['Standard Shipping']);
      expect(names(await options({ with_deleted: false }))).toEqual(['Standard Shipping']);
      const all = await options({ with_deleted: true });
      expect(names(all)).toEqual(['Standard Shipping', 'Express Shipping']);
      expect(all.metadata.count).toBe(2);

      const byId = `query($id: ID!, $with_deleted: Boolean) { shipping_option(id: $id, with_deleted: $with_deleted) { id deleted_at } }`;
      expect((await data<{ shipping_option: null }>(byId, { id: express.id })).shipping_option).toBeNull();
      const deleted = (
        await data<{ shipping_option: { id: string; deleted_at: string } }>(byId, {
          id: express.id,
          with_deleted: true,
        })
      ).shipping_option;
      expect(deleted.id).toBe(express.id);
      expect(new Date(deleted.deleted_at).getTime()).toBeGreaterThan(CATALOG_TIME);

      const { service_zone, shipping_option_types } = await data<{
        service_zone: { shipping_options: { id: string }[] };
        shipping_option_types: { data: { shipping_options: { id: string }[] }[] };
      }>(
        `query($zone: ID!) {
        service_zone(id: $zone) { shipping_options { id } }
        shipping_option_types { data { shipping_options { id } } }
      }`,
        { zone: europe.id },
      );
      expect(service_zone.shipping_options).toEqual([{ id: standard.id }]);
      expect(shipping_option_types.data.flatMap((type) => type.shipping_options)).toEqual([{ id: standard.id }]);
    } finally {
      await supergraph.db.query('update fulfillment.shipping_option set deleted_at = null where id = $1', [express.id]);
    }
  });

  it('hides soft-deleted zones and geo zones from lists and relations', async () => {
    const geoZone = europe.geoZones[0];
    await supergraph.db.query('update fulfillment.geo_zone set deleted_at = now() where id = $1', [geoZone.id]);
    await supergraph.db.query('update fulfillment.service_zone set deleted_at = now() where id = $1', [
      serviceZones[2].id,
    ]);
    try {
      const query = `query($with_deleted: Boolean, $geoZone: ID!) {
        service_zones(with_deleted: $with_deleted) { data { name geo_zones { id } } }
        geo_zone(id: $geoZone, with_deleted: $with_deleted) { id }
      }`;
      const live = await data<{
        service_zones: { data: { name: string; geo_zones: { id: string }[] }[] };
        geo_zone: null;
      }>(query, { geoZone: geoZone.id });
      const liveZones = zonesById.filter((zone) => zone.id !== serviceZones[2].id);
      expect(live.service_zones.data.map((zone) => zone.name)).toEqual(liveZones.map((zone) => zone.name));
      const europeLive = live.service_zones.data.find((zone) => zone.name === 'Europe')!;
      expect(europeLive.geo_zones).toHaveLength(europe.geoZones.length - 1);
      expect(europeLive.geo_zones.map((row) => row.id)).not.toContain(geoZone.id);
      expect(live.geo_zone).toBeNull();
      const all = await data<{
        service_zones: { data: { name: string; geo_zones: { id: string }[] }[] };
        geo_zone: { id: string };
      }>(query, {
        geoZone: geoZone.id,
        with_deleted: true,
      });
      expect(all.service_zones.data.map((zone) => zone.name)).toEqual(zonesById.map((zone) => zone.name));
      // Relations hide deleted rows even when the list shows them.
      const europeAll = all.service_zones.data.find((zone) => zone.name === 'Europe')!;
      expect(europeAll.geo_zones.map((row) => row.id)).not.toContain(geoZone.id);
      expect(all.geo_zone).toEqual({ id: geoZone.id });
    } finally {
      await supergraph.db.query('update fulfillment.geo_zone set deleted_at = null where id = $1', [geoZone.id]);
      await supergraph.db.query('update fulfillment.service_zone set deleted_at = null where id = $1', [
        serviceZones[2].id,
      ]);
    }
  });
});

describe('bad input', () => {
  it('refuses an unknown sort field', async () => {
    const response = await supergraph.query(OPTIONS, { pagination: { order: 'amount' } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toMatch(/Unknown sort field "amount"/);
  });

  it('refuses a malformed date in a variable', async () => {
    const response = await supergraph.query(OPTIONS, { filters: { created_at: { gte: 'yesterday' } } });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it('refuses malformed ids, in arguments and in filters', async () => {
    const byId = await supergraph.query(`{ service_zone(id: "fuset_01KDVDNA00ZZZZZZZZZZZZZZZZ") { id } }`);
    expect(errorCode(byId)).toBe('BAD_USER_INPUT');
    expect(byId.errors![0].message).toMatch(/expected "serzo_"/);
    const filter = await supergraph.query(OPTIONS, { filters: { shipping_option_type_id: ['standard'] } });
    expect(errorCode(filter)).toBe('BAD_USER_INPUT');
    expect(filter.errors![0].message).toMatch(/filters\.shipping_option_type_id/);
  });

  it('answers null for well-formed ids that do not exist', async () => {
    const { shipping_option, fulfillment_provider } = await data<{ shipping_option: null; fulfillment_provider: null }>(
      `{ shipping_option(id: "so_01KDVDNA00ZZZZZZZZZZZZZZZZ") { id } fulfillment_provider(id: "manual_other") { id } }`,
    );
    expect(shipping_option).toBeNull();
    expect(fulfillment_provider).toBeNull();
  });
});
