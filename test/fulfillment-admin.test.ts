import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * An admin sets up where and how the store ships (Medusa's fulfillment module service), through the
 * real gateway: a fulfillment set with its service zones and geo zones, a shipping option with its
 * type, rules and prices that a cart's shipping options then offer; Medusa's refusals; the soft
 * delete cascade and its restore; closed to shoppers.
 */

const SET = 'fuset_01JD0000000000000000000001';
const ZONE = 'serzo_01JD0000000000000000000001';
const OPTION = 'so_01JD0000000000000000000001';

const SET_FIELDS = `id name type service_zones { id name geo_zones { type country_code province_code city postal_expression } }`;
const OPTION_FIELDS = `id name price_type service_zone_id shipping_profile_id provider_id
  type { label code description } rules { attribute operator value } prices { currency_code amount }`;

let supergraph: TestSupergraph;
let profile: string;
let europe: string;
let variant: string;

beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
  const { data } = await supergraph.query<{
    shipping_profiles: { data: { id: string }[] };
    regions: { data: { id: string; name: string }[] };
    product_variants: { data: { id: string }[] };
  }>(
    '{ shipping_profiles { data { id } } regions { data { id name } } product_variants(pagination: { take: 1 }) { data { id } } }',
  );
  profile = data!.shipping_profiles.data[0].id;
  europe = data!.regions.data.find((region) => region.name === 'Europe')!.id;
  variant = data!.product_variants.data[0].id;
});
afterAll(() => supergraph?.stop());

async function ok<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const firstError = (response: GraphQLResponse) => response.errors?.[0];

/** Rows of a table matching `where`; only live ones unless it says otherwise of `deleted_at`. */
const count = async (table: string, where: string) => {
  const live = where.includes('deleted_at') ? '' : ' and deleted_at is null';
  const sql = `select count(*)::int as n from fulfillment.${table} where ${where}${live}`;
  return (await supergraph.db.query<{ n: number }>(sql))[0].n;
};

/** The options a guest's cart shipping to `country` is offered, by name with their amount. */
async function offered(country: string): Promise<Record<string, string>> {
  const { create_cart } = await ok<{ create_cart: { id: string } }>(
    'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }',
    {
      input: {
        region_id: europe,
        email: 'ada@example.com',
        items: [{ variant_id: variant, quantity: 1 }],
        shipping_address: { first_name: 'Ada', address_1: '1 Main St', country_code: country },
      },
    },
  );
  const response = await supergraph.query<{
    cart_shipping_options: { shipping_option: { name: string }; amount: string }[];
  }>(
    'query($id: ID!) { cart_shipping_options(cart_id: $id) { shipping_option { name } amount } }',
    { id: create_cart.id },
    { token: null },
  );
  expect(response.errors).toBeUndefined();
  return Object.fromEntries(
    response.data!.cart_shipping_options.map((option) => [option.shipping_option.name, option.amount]),
  );
}

const createSets = (data: unknown) =>
  supergraph.query<{ create_fulfillment_sets: unknown[] }>(
    `mutation($data: [FulfillmentSetCreateInput!]!) { create_fulfillment_sets(data: $data) { ${SET_FIELDS} } }`,
    { data },
  );

const createOptions = (data: unknown) =>
  supergraph.query<{ create_shipping_options: unknown[] }>(
    `mutation($data: [ShippingOptionCreateInput!]!) { create_shipping_options(data: $data) { ${OPTION_FIELDS} } }`,
    { data },
  );

/** The demo's options, which its Europe zone offers in every country of the Europe region. */
const DEMO = { 'Standard Shipping': '8.00', 'Express Shipping': '15.00' };

const nordics = {
  id: SET,
  name: 'Nordic warehouse',
  type: 'shipping',
  service_zones: [
    {
      id: ZONE,
      name: 'Nordics',
      geo_zones: [
        { type: 'country', country_code: 'DK' },
        { type: 'province', country_code: 'se', province_code: 'se-ab' },
        {
          type: 'zip',
          country_code: 'se',
          province_code: 'se-ab',
          city: 'Stockholm',
          postal_expression: { in: ['111'] },
        },
      ],
    },
  ],
};

const option = (overrides: Record<string, unknown> = {}) => ({
  id: OPTION,
  name: 'Nordic Express',
  price_type: 'flat',
  service_zone_id: ZONE,
  shipping_profile_id: profile,
  provider_id: 'manual_manual',
  type: { label: 'Express', code: 'express', description: 'Next day' },
  rules: [
    { attribute: 'enabled_in_store', operator: 'eq', value: 'true' },
    { attribute: 'is_return', operator: 'eq', value: 'false' },
  ],
  prices: [
    { currency_code: 'EUR', amount: '12.5' },
    { currency_code: 'usd', amount: 14 },
  ],
  ...overrides,
});

describe('fulfillment set-up by an admin', () => {
  it('creates a fulfillment set with its service zones and geo zones; a repeat creates nothing more', async () => {
    const first = await createSets([nordics]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.create_fulfillment_sets).toEqual([
      {
        id: SET,
        name: 'Nordic warehouse',
        type: 'shipping',
        service_zones: [
          {
            id: ZONE,
            name: 'Nordics',
            geo_zones: [
              { type: 'country', country_code: 'dk', province_code: null, city: null, postal_expression: null },
              { type: 'province', country_code: 'se', province_code: 'se-ab', city: null, postal_expression: null },
              {
                type: 'zip',
                country_code: 'se',
                province_code: 'se-ab',
                city: 'Stockholm',
                postal_expression: { in: ['111'] },
              },
            ],
          },
        ],
      },
    ]);
    const again = await createSets([nordics]);
    expect(again.data).toEqual(first.data);
    expect(await count('geo_zone', `service_zone_id = '${ZONE}'`)).toBe(3);
  });

  it("refuses a geo zone without what its type needs, with Medusa's message naming the field, and writes nothing", async () => {
    const missing = await createSets([
      {
        name: 'Alpine warehouse',
        type: 'shipping',
        service_zones: [{ name: 'Alps', geo_zones: [{ type: 'city', country_code: 'at', province_code: 'at-7' }] }],
      },
    ]);
    expect(firstError(missing)).toMatchObject({
      message: 'Missing required property city for geo zone type city',
      extensions: { code: 'BAD_USER_INPUT', argument: 'data[0].service_zones[0].geo_zones[0].city' },
    });
    expect(await count('fulfillment_set', "name = 'Alpine warehouse'")).toBe(0);
  });

  it('counts every nested row against the bound of one call', async () => {
    const geo_zones = Array.from({ length: 999 }, () => ({ type: 'country', country_code: 'at' }));
    const tooMany = await createSets([
      { name: 'Alpine warehouse', type: 'shipping', service_zones: [{ name: 'Alps', geo_zones }] },
    ]);
    expect(firstError(tooMany)).toMatchObject({
      message: 'data may hold at most 1000 rows, got 1001',
      extensions: { code: 'BAD_USER_INPUT', argument: 'data' },
    });
  });

  it('answers a taken set or zone name with CONFLICT naming it, and writes nothing', async () => {
    const set = await createSets([{ name: 'Nordic warehouse', type: 'pickup' }]);
    expect(firstError(set)).toMatchObject({
      message: 'Fulfillment set with name: Nordic warehouse, already exists.',
      extensions: { code: 'CONFLICT' },
    });
    // The demo's zone for the Europe region.
    const zone = await createSets([
      { name: 'Baltic warehouse', type: 'shipping', service_zones: [{ name: 'Europe' }] },
    ]);
    expect(firstError(zone)).toMatchObject({
      message: 'Service zone with name: Europe, already exists.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await count('fulfillment_set', "name = 'Baltic warehouse'")).toBe(0);
  });

  it('creates service zones and geo zones in existing ones, refusing unknown parents', async () => {
    const { create_service_zones } = await ok<{
      create_service_zones: { name: string; fulfillment_set: { id: string } }[];
    }>(
      `mutation { create_service_zones(data: [{ name: "Finland", fulfillment_set_id: "${SET}",
        geo_zones: [{ type: country, country_code: "fi" }] }]) { name fulfillment_set { id } } }`,
    );
    expect(create_service_zones).toEqual([{ name: 'Finland', fulfillment_set: { id: SET } }]);
    const unknown = await supergraph.query(
      'mutation { create_service_zones(data: [{ name: "Nowhere", fulfillment_set_id: "fuset_01JD0000000000000000000009" }]) { id } }',
    );
    expect(firstError(unknown)).toMatchObject({
      message: 'FulfillmentSet with id fuset_01JD0000000000000000000009 was not found',
      extensions: { code: 'NOT_FOUND', argument: 'data[0].fulfillment_set_id' },
    });

    const { create_geo_zones } = await ok<{ create_geo_zones: { id: string; country_code: string }[] }>(
      `mutation { create_geo_zones(data: [{ type: country, country_code: "NO", service_zone_id: "${ZONE}" }]) { id country_code } }`,
    );
    expect(create_geo_zones[0].country_code).toBe('no');
    const geo = create_geo_zones[0].id;
    const toZip = await supergraph.query(`mutation { update_geo_zones(id: "${geo}", data: { type: zip }) { id } }`);
    expect(firstError(toZip)).toMatchObject({
      message: 'Missing required property province_code for geo zone type zip',
      extensions: { code: 'BAD_USER_INPUT', argument: 'data.province_code' },
    });
    const toProvince = await ok<{ update_geo_zones: { type: string; province_code: string } }>(
      `mutation { update_geo_zones(id: "${geo}", data: { type: province, province_code: "no-03" }) { type province_code } }`,
    );
    expect(toProvince.update_geo_zones).toEqual({ type: 'province', province_code: 'no-03' });
    const deleted = await ok<{ soft_delete_geo_zones: string[] }>(
      `mutation { soft_delete_geo_zones(ids: ["${geo}"]) }`,
    );
    expect(deleted.soft_delete_geo_zones).toEqual([geo]);
    expect(await count('geo_zone', `service_zone_id = '${ZONE}'`)).toBe(3);
  });

  it("replaces a service zone's geo zones when given: kept by id, new without, the others soft-deleted", async () => {
    const [dk] = await supergraph.db.query<{ id: string }>(
      `select id from fulfillment.geo_zone where service_zone_id = $1 and country_code = 'dk' and deleted_at is null`,
      [ZONE],
    );
    const stranger = await supergraph.query(
      `mutation { update_service_zones(id: "${ZONE}", data: { geo_zones: [{ id: "fgz_01JD0000000000000000000009", type: country, country_code: "dk" }] }) { id } }`,
    );
    expect(firstError(stranger)).toMatchObject({
      message: 'The following geo zones does not exists: fgz_01JD0000000000000000000009',
      extensions: { code: 'NOT_FOUND' },
    });
    const { update_service_zones } = await ok<{
      update_service_zones: { name: string; geo_zones: { id: string; type: string; country_code: string }[] };
    }>(
      `mutation($geo: ID!) { update_service_zones(id: "${ZONE}", data: { name: "Nordics and Baltics", geo_zones: [
        { id: $geo, type: country, country_code: "dk", metadata: { hub: "Aarhus" } },
        { type: country, country_code: "se" }, { type: country, country_code: "ee" }] }) {
        name geo_zones { id type country_code } } }`,
      { geo: dk.id },
    );
    expect(update_service_zones.name).toBe('Nordics and Baltics');
    expect(update_service_zones.geo_zones.map((zone) => zone.country_code)).toEqual(['dk', 'ee', 'se']);
    expect(update_service_zones.geo_zones[0].id).toBe(dk.id);
    expect(await count('geo_zone', `service_zone_id = '${ZONE}' and deleted_at is not null`)).toBe(3);
  });

  it("creates a shipping option with its type, rules and prices, which a cart's shipping options offer", async () => {
    expect(await offered('dk')).toEqual(DEMO);
    const created = await createOptions([option()]);
    expect(created.errors).toBeUndefined();
    expect(created.data!.create_shipping_options).toEqual([
      {
        id: OPTION,
        name: 'Nordic Express',
        price_type: 'flat',
        service_zone_id: ZONE,
        shipping_profile_id: profile,
        provider_id: 'manual_manual',
        type: { label: 'Express', code: 'express', description: 'Next day' },
        rules: [
          { attribute: 'enabled_in_store', operator: 'eq', value: 'true' },
          { attribute: 'is_return', operator: 'eq', value: 'false' },
        ],
        prices: [
          { currency_code: 'eur', amount: '12.5' },
          { currency_code: 'usd', amount: '14' },
        ],
      },
    ]);
    const again = await createOptions([option()]);
    expect(again.data).toEqual(created.data);
    expect(await count('shipping_option_type', "label = 'Express' and description = 'Next day'")).toBe(1);
    // Beside the demo's options in Denmark, which both zones cover; not in Germany, which only the demo's covers.
    expect(await offered('dk')).toEqual({ ...DEMO, 'Nordic Express': '12.5' });
    expect(await offered('de')).toEqual(DEMO);
  });

  it('refuses unknown references, bad rules and prices, naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string, string][] = [
      [
        { service_zone_id: 'serzo_01JD0000000000000000000009' },
        'NOT_FOUND',
        'data[0].service_zone_id',
        'ServiceZone with id serzo_01JD0000000000000000000009 was not found',
      ],
      [
        { shipping_profile_id: 'sp_01JD0000000000000000000009' },
        'NOT_FOUND',
        'data[0].shipping_profile_id',
        'ShippingProfile with id sp_01JD0000000000000000000009 was not found',
      ],
      [
        { provider_id: 'fedex_fedex' },
        'NOT_FOUND',
        'data[0].provider_id',
        'FulfillmentProvider with id fedex_fedex was not found',
      ],
      [
        { service_zone_id: 'reg_1' },
        'BAD_USER_INPUT',
        'data[0].service_zone_id',
        'Invalid data[0].service_zone_id "reg_1": expected "serzo_" followed by a 26-character ULID',
      ],
      [
        { rules: [{ attribute: 'customer_group', operator: 'in', value: 'vip' }] },
        'BAD_USER_INPUT',
        'data[0].rules[0].value',
        'Rule value must be an array for in/nin operators',
      ],
      [
        { rules: [{ attribute: 'weight', operator: 'gt', value: ['1'] }] },
        'BAD_USER_INPUT',
        'data[0].rules[0].value',
        'Rule value must be a string, bool, number value for the selected operator gt',
      ],
      [
        { prices: [{ currency_code: 'eur', amount: '-1' }] },
        'BAD_USER_INPUT',
        'data[0].prices[0].amount',
        'data[0].prices[0].amount must be 0 or more, got -1',
      ],
      [
        {
          prices: [
            { currency_code: 'eur', amount: '1' },
            { currency_code: 'EUR', amount: '2' },
          ],
        },
        'BAD_USER_INPUT',
        'data[0].prices',
        'data[0].prices names eur twice',
      ],
    ];
    for (const [overrides, code, argument, message] of cases) {
      const refused = await createOptions([option({ id: 'so_01JD0000000000000000000002', ...overrides })]);
      expect(firstError(refused)).toMatchObject({ message, extensions: { code, argument } });
    }
    expect(await count('shipping_option', "id = 'so_01JD0000000000000000000002'")).toBe(0);
  });

  it('updates a shipping option: its rules and prices are replaced when given', async () => {
    const { update_shipping_options } = await ok<{ update_shipping_options: unknown }>(
      `mutation { update_shipping_options(id: "${OPTION}", data: { name: "Nordic Next Day", type: { label: "Next day", code: "next-day" },
        prices: [{ currency_code: "eur", amount: "9.90" }] }) { name type { label code } prices { currency_code amount } rules { attribute } } }`,
    );
    expect(update_shipping_options).toEqual({
      name: 'Nordic Next Day',
      type: { label: 'Next day', code: 'next-day' },
      prices: [{ currency_code: 'eur', amount: '9.90' }],
      rules: [{ attribute: 'enabled_in_store' }, { attribute: 'is_return' }],
    });
    expect(await offered('dk')).toEqual({ ...DEMO, 'Nordic Next Day': '9.90' });
    await ok(
      `mutation { update_shipping_options(id: "${OPTION}", data: { rules: [{ attribute: "enabled_in_store", operator: eq, value: "false" }] }) { id } }`,
    );
    expect(await offered('dk')).toEqual(DEMO);
    await ok(
      `mutation { update_shipping_options(id: "${OPTION}", data: { rules: [{ attribute: "enabled_in_store", operator: eq, value: "true" }] }) { id } }`,
    );
    expect(await count('shipping_option_rule', `shipping_option_id = '${OPTION}'`)).toBe(1);
    expect(await count('shipping_option_price', `shipping_option_id = '${OPTION}' and deleted_at is not null`)).toBe(2);
    const unknown = await supergraph.query(
      'mutation { update_shipping_options(id: "so_01JD0000000000000000000009", data: { name: "X" }) { id } }',
    );
    expect(firstError(unknown)?.extensions?.code).toBe('NOT_FOUND');
  });

  it('soft-deletes a set with its zones, geo zones, options, rules and prices; restore brings back what it took', async () => {
    const live = async () => ({
      zones: await count('service_zone', `fulfillment_set_id = '${SET}' and deleted_at is null`),
      geo: await count('geo_zone', `service_zone_id = '${ZONE}' and deleted_at is null`),
      options: await count('shipping_option', `id = '${OPTION}' and deleted_at is null`),
      rules: await count('shipping_option_rule', `shipping_option_id = '${OPTION}' and deleted_at is null`),
      prices: await count('shipping_option_price', `shipping_option_id = '${OPTION}' and deleted_at is null`),
    });
    const before = await live();
    expect(before).toEqual({ zones: 2, geo: 3, options: 1, rules: 1, prices: 1 });
    const deleted = await ok<{ soft_delete_fulfillment_sets: string[] }>(
      `mutation { soft_delete_fulfillment_sets(ids: ["${SET}", "fuset_01JD0000000000000000000009"]) }`,
    );
    expect(deleted.soft_delete_fulfillment_sets).toEqual([SET]);
    expect(await live()).toEqual({ zones: 0, geo: 0, options: 0, rules: 0, prices: 0 });
    expect(await offered('dk')).toEqual(DEMO);
    expect(
      (await ok<{ fulfillment_set: null }>(`{ fulfillment_set(id: "${SET}") { id } }`)).fulfillment_set,
    ).toBeNull();

    const restored = await ok<{ restore_fulfillment_sets: string[] }>(
      `mutation { restore_fulfillment_sets(ids: ["${SET}"]) }`,
    );
    expect(restored.restore_fulfillment_sets).toEqual([SET]);
    // The geo zones and prices deleted before, on their own, stay deleted.
    expect(await live()).toEqual(before);
    expect(await offered('dk')).toEqual({ ...DEMO, 'Nordic Next Day': '9.90' });
  });

  it('soft-deletes and restores a shipping option with its rules and prices, and a service zone with what it holds', async () => {
    const deleted = await ok<{ soft_delete_shipping_options: string[] }>(
      `mutation { soft_delete_shipping_options(ids: ["${OPTION}"]) }`,
    );
    expect(deleted.soft_delete_shipping_options).toEqual([OPTION]);
    expect(await count('shipping_option_rule', `shipping_option_id = '${OPTION}'`)).toBe(0);
    expect(await offered('dk')).toEqual(DEMO);
    const restored = await ok<{ restore_shipping_options: string[] }>(
      `mutation { restore_shipping_options(ids: ["${OPTION}"]) }`,
    );
    expect(restored.restore_shipping_options).toEqual([OPTION]);
    expect(await offered('dk')).toEqual({ ...DEMO, 'Nordic Next Day': '9.90' });

    const zone = await ok<{ soft_delete_service_zones: string[] }>(
      `mutation { soft_delete_service_zones(ids: ["${ZONE}"]) }`,
    );
    expect(zone.soft_delete_service_zones).toEqual([ZONE]);
    expect(await count('geo_zone', `service_zone_id = '${ZONE}'`)).toBe(0);
    expect(await count('shipping_option', `service_zone_id = '${ZONE}'`)).toBe(0);
    expect(await offered('dk')).toEqual(DEMO);
  });

  it('updates a set from its declaration (derived)', async () => {
    const { update_fulfillment_sets } = await ok<{ update_fulfillment_sets: { name: string; type: string } }>(
      `mutation { update_fulfillment_sets(id: "${SET}", data: { name: "Nordic hub" }) { name type } }`,
    );
    expect(update_fulfillment_sets).toEqual({ name: 'Nordic hub', type: 'shipping' });
  });

  it('is for admin users only: a guest and a customer are refused and nothing is written', async () => {
    const create = 'mutation { create_fulfillment_sets(data: [{ name: "Sneaky", type: "shipping" }]) { id } }';
    const guest = await supergraph.query(create, {}, { token: null });
    expect(guest.status).toBe(401);
    expect(firstError(guest)?.extensions?.code).toBe('UNAUTHENTICATED');
    const customer = await supergraph.query(
      create,
      {},
      {
        token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }),
      },
    );
    expect(customer.status).toBe(403);
    expect(firstError(customer)?.extensions?.code).toBe('FORBIDDEN');
    const option = await supergraph.query(
      `mutation { soft_delete_shipping_options(ids: ["${OPTION}"]) }`,
      {},
      { token: null },
    );
    expect(option.status).toBe(401);
    expect(await count('fulfillment_set', "name = 'Sneaky'")).toBe(0);
  });
});
