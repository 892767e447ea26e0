import { fulfillmentSubgraph } from '.';
import { generateId } from '../../kit/ids';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';
import { createFulfillmentStore } from './store';

/** The fulfillment subgraph on its own: its queries and entity representations, in-process. */
describe('fulfillment subgraph', () => {
  let subgraph: InProcessSubgraph;
  beforeAll(async () => {
    // 16 carts: carts 0 and 8 are completed orders that were shipped (seed/carts.ts).
    subgraph = await startInProcessSubgraph(fulfillmentSubgraph, { carts: 16 });
  });
  afterAll(() => subgraph.stop());

  interface ShippingOption {
    name: string;
    price_type: string;
    type: { code: string };
    service_zone: { name: string };
    rules: { attribute: string; value: unknown }[];
    prices: { currency_code: string; amount: string }[];
  }

  it('lists shipping options with their type, zone, rules and prices, filtered and sorted, in five statements', async () => {
    const before = subgraph.statements();
    const { data, errors } = await subgraph.execute<{
      shipping_options: { data: ShippingOption[]; metadata: { count: number } };
    }>(
      `{ shipping_options(filters: { price_type: [flat], q: "shipping" }, pagination: { order: "-name" }) {
           data { name price_type type { code } service_zone { name } rules { attribute value } prices { currency_code amount } } } }`,
    );
    expect(errors).toBeUndefined();
    const options = data!.shipping_options.data;
    expect(options.map((option) => option.name)).toEqual(['Standard Shipping', 'Express Shipping']);
    expect(options.map((option) => option.type.code)).toEqual(['standard', 'express']);
    expect(options.every((option) => option.price_type === 'flat' && option.service_zone.name === 'Europe')).toBe(true);
    // The rule's value is the JSON string "true", not a boolean.
    expect(options[0].rules).toEqual(
      expect.arrayContaining([
        { attribute: 'enabled_in_store', value: 'true' },
        { attribute: 'is_return', value: 'false' },
      ]),
    );
    // Prices come in currency order (the declared relation order), as exact decimals.
    expect(options[1].prices).toEqual([
      { currency_code: 'eur', amount: '15.00' },
      { currency_code: 'gbp', amount: '15.00' },
      { currency_code: 'usd', amount: '15.00' },
    ]);
    // The list, then one statement per relation (type, service zone, rules, prices).
    expect(subgraph.statements() - before).toBe(5);
  });

  it('lists fulfillments by a date range, newest packed first, with their items, labels and address, in four statements', async () => {
    const before = subgraph.statements();
    const { data, errors } = await subgraph.execute<{
      fulfillments: {
        data: {
          id: string;
          packed_at: string;
          items: { quantity: string }[];
          labels: { tracking_number: string }[];
          delivery_address: { country_code: string } | null;
        }[];
      };
    }>(
      `{ fulfillments(filters: { shipped_at: { gte: "2000-01-01T00:00:00Z" }, requires_shipping: true }, pagination: { order: "-packed_at" }) {
           data { id packed_at items { quantity } labels { tracking_number } delivery_address { country_code } } } }`,
    );
    expect(errors).toBeUndefined();
    const fulfillments = data!.fulfillments.data;
    expect(fulfillments).toHaveLength(2);
    expect(new Date(fulfillments[0].packed_at).getTime()).toBeGreaterThan(
      new Date(fulfillments[1].packed_at).getTime(),
    );
    for (const fulfillment of fulfillments) {
      expect(fulfillment.items.length).toBeGreaterThan(0);
      expect(fulfillment.labels).toEqual([{ tracking_number: expect.stringMatching(/^MDS\d{9}$/) }]);
      expect(fulfillment.delivery_address?.country_code).toMatch(/^[a-z]{2}$/);
    }
    expect(subgraph.statements() - before).toBe(4);
  });

  it('finds a soft-deleted shipping profile by id only with with_deleted', async () => {
    const id = generateId('sp');
    await createFulfillmentStore(subgraph.db).shipping_profile.insert([
      { id, name: 'Retired profile', type: 'custom', deleted_at: new Date() },
    ]);
    const query =
      'query ($id: ID!, $withDeleted: Boolean) { shipping_profile(id: $id, with_deleted: $withDeleted) { id name } }';
    const live = await subgraph.execute<{ shipping_profile: { id: string; name: string } | null }>(query, { id });
    expect(live.errors).toBeUndefined();
    expect(live.data!.shipping_profile).toBeNull();
    const any = await subgraph.execute<{ shipping_profile: { id: string; name: string } | null }>(query, {
      id,
      withDeleted: true,
    });
    expect(any.data!.shipping_profile).toEqual({ id, name: 'Retired profile' });
    // Nor does the list show it, unless asked.
    const { data } = await subgraph.execute<{ shipping_profiles: { data: { id: string }[] } }>(
      'query ($id: [ID!]) { shipping_profiles(filters: { id: $id }) { data { id } } }',
      { id: [id] },
    );
    expect(data!.shipping_profiles.data).toEqual([]);
  });

  it('answers entity representations, null for an unknown one', async () => {
    const { data: listed } = await subgraph.execute<{
      shipping_options: { data: { id: string }[] };
      fulfillments: { data: { id: string }[] };
    }>('{ shipping_options { data { id } } fulfillments { data { id } } }');
    const optionId = listed!.shipping_options.data[0].id;
    const fulfillmentId = listed!.fulfillments.data[0].id;
    const { data, errors } = await subgraph.execute<{
      _entities: ({ id?: string; name?: string; items?: unknown[] } | null)[];
    }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on ShippingOption { id name } ... on Fulfillment { id items { id } } ... on FulfillmentProvider { id } } }`,
      {
        representations: [
          { __typename: 'ShippingOption', id: optionId },
          { __typename: 'ShippingOption', id: generateId('so') },
          { __typename: 'Fulfillment', id: fulfillmentId },
          { __typename: 'FulfillmentProvider', id: 'manual_manual' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toEqual({ id: optionId, name: 'Standard Shipping' });
    expect(data!._entities[1]).toBeNull();
    expect(data!._entities[2]).toEqual({
      id: fulfillmentId,
      items: expect.arrayContaining([{ id: expect.stringMatching(/^fulit_/) }]),
    });
    expect(data!._entities[3]).toEqual({ id: 'manual_manual' });
  });

  it('refuses a filter id of another kind, naming the filter', async () => {
    const { errors } = await subgraph.execute(
      '{ shipping_options(filters: { shipping_profile_id: ["so_1"] }) { data { id } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('filters.shipping_profile_id');
    const location = await subgraph.execute('{ fulfillments(filters: { location_id: ["wh_1"] }) { data { id } } }');
    expect(location.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(location.errors?.[0].message).toContain('filters.location_id');
  });

  it('refuses sorting by a column that is not declared sortable, naming the ones that are', async () => {
    const { errors } = await subgraph.execute(
      '{ fulfillments(pagination: { order: "requires_shipping" }) { data { id } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain(
      'sortable: id, location_id, provider_id, shipping_option_id, packed_at, shipped_at, delivered_at, canceled_at, created_at, updated_at',
    );
  });
});
