import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * A store built from nothing through the supergraph's admin API alone (no seed: only what the
 * modules' migrations write, as Medusa's modules load countries and providers on start): a sales
 * channel, a region with its payment provider, where and how it ships, products with prices, a
 * promotion. Then shoppers check out on it, as a guest and as a registered customer, and an admin
 * manages the orders. Every module's rows and links are read back after each step.
 */
let supergraph: TestSupergraph;

beforeAll(async () => {
  supergraph = await startTestSupergraph(false);
}, 120_000);
afterAll(() => supergraph?.stop());

/** The answer's data; fails the test on any error. */
async function ok<Data>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<Data> {
  const response: GraphQLResponse<Data> = await supergraph.query<Data>(query, variables, { token });
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const rows = <Row extends object = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  supergraph.db.query<Row>(sql, params);

/** What the admin builds, filled in step by step. */
const store = {
  channel: '',
  region: '',
  profile: '',
  zone: '',
  option: '',
};

describe('a store built from nothing through the admin API', () => {
  it('starts with nothing but what the modules load: countries and providers', async () => {
    const empty = await ok<{
      regions: { metadata: { count: number } };
      products: { metadata: { count: number } };
      sales_channels: { metadata: { count: number } };
      payment_providers: { data: { id: string }[] };
    }>(
      `{ regions { metadata { count } } products { metadata { count } } sales_channels { metadata { count } }
         payment_providers { data { id } } }`,
    );
    expect(empty).toEqual({
      regions: { metadata: { count: 0 } },
      products: { metadata: { count: 0 } },
      sales_channels: { metadata: { count: 0 } },
      payment_providers: { data: [{ id: 'pp_system_default' }] },
    });
  });

  it('creates a sales channel and a region with its countries and payment provider', async () => {
    const { create_sales_channels } = await ok<{ create_sales_channels: { id: string }[] }>(
      'mutation { create_sales_channels(data: [{ name: "Webshop" }]) { id } }',
    );
    store.channel = create_sales_channels[0].id;
    const { admin_create_regions } = await ok<{
      admin_create_regions: { id: string; countries: { iso_2: string }[]; payment_providers: { id: string }[] }[];
    }>(
      `mutation { admin_create_regions(data: [{ name: "Europe", currency_code: "EUR", countries: ["de", "fr"],
         payment_providers: ["pp_system_default"] }]) { id countries { iso_2 } payment_providers { id } } }`,
    );
    const [region] = admin_create_regions;
    store.region = region.id;
    expect(region.countries.map((country) => country.iso_2).sort()).toEqual(['de', 'fr']);
    expect(region.payment_providers).toEqual([{ id: 'pp_system_default' }]);
    expect(
      await rows('select region_id, payment_provider_id from link.region_payment_provider where deleted_at is null'),
    ).toEqual([{ region_id: region.id, payment_provider_id: 'pp_system_default' }]);
  });

  it('sets up where and how it ships: a profile, a fulfillment set with a zone, a shipping option with its price', async () => {
    const { create_shipping_profiles } = await ok<{ create_shipping_profiles: { id: string }[] }>(
      'mutation { create_shipping_profiles(data: [{ name: "Default", type: "default" }]) { id } }',
    );
    store.profile = create_shipping_profiles[0].id;
    const { create_fulfillment_sets } = await ok<{
      create_fulfillment_sets: { service_zones: { id: string }[] }[];
    }>(
      `mutation { create_fulfillment_sets(data: [{ name: "Berlin warehouse", type: "shipping",
         service_zones: [{ name: "Germany and France", geo_zones: [{ type: country, country_code: "de" }, { type: country, country_code: "fr" }] }] }])
         { service_zones { id } } }`,
    );
    store.zone = create_fulfillment_sets[0].service_zones[0].id;
    const { create_shipping_options } = await ok<{ create_shipping_options: { id: string }[] }>(
      `mutation($zone: ID!, $profile: ID!) { create_shipping_options(data: [{ name: "Standard", price_type: flat,
         service_zone_id: $zone, shipping_profile_id: $profile, provider_id: "manual_manual",
         type: { label: "Standard", code: "standard", description: "2-3 days" },
         rules: [{ attribute: "enabled_in_store", operator: eq, value: "true" }, { attribute: "is_return", operator: eq, value: "false" }],
         prices: [{ currency_code: "eur", amount: "4.90" }] }]) { id } }`,
      { zone: store.zone, profile: store.profile },
    );
    store.option = create_shipping_options[0].id;
    expect(
      await rows(
        'select currency_code, amount::text from fulfillment.shipping_option_price where shipping_option_id = $1',
        [store.option],
      ),
    ).toEqual([{ currency_code: 'eur', amount: '4.90' }]);
  });
});
