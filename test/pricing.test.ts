import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Medusa's pricing rules that are not promotions or tax rates, through the real gateway: price
 * preferences (the pricing module's `PricePreference`), and the tax-inclusivity they give a cart's
 * line items and shipping methods. Values cited are what Medusa 2.21.2 answered.
 */
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
});
afterAll(() => supergraph?.stop());

interface Preference {
  id: string;
  attribute: string;
  value: string | null;
  is_tax_inclusive: boolean;
}

const PREFERENCE = 'id attribute value is_tax_inclusive';

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('price preferences', () => {
  const rows = (ids: string[]) =>
    supergraph.db.query<{
      id: string;
      attribute: string;
      value: string;
      is_tax_inclusive: boolean;
      deleted_at: Date | null;
    }>(
      'select id, attribute, value, is_tax_inclusive, deleted_at from product.price_preference where id = any($1) order by id',
      [ids],
    );

  it('creates, reads, updates, soft-deletes and restores them, false when is_tax_inclusive is left out', async () => {
    // Medusa 2.21.2: POST /admin/price-preferences {"attribute":"currency_code","value":"dkk","is_tax_inclusive":true}
    // answered { price_preference: { id: "prpref_…", attribute: "currency_code", value: "dkk", is_tax_inclusive: true } }.
    const create = `mutation ($data: [PricePreferenceCreateInput!]!) { create_price_preferences(data: $data) { ${PREFERENCE} } }`;
    const items = [
      { id: 'prpref_01JD0000000000000000000001', attribute: 'currency_code', value: 'dkk', is_tax_inclusive: true },
      { id: 'prpref_01JD0000000000000000000002', attribute: 'region_id', value: 'reg_01JD0000000000000000000009' },
    ];
    const created = await data<{ create_price_preferences: Preference[] }>(create, { data: items });
    expect(created.create_price_preferences).toEqual([items[0], { ...items[1], is_tax_inclusive: false }]);
    // A repeat with the same ids creates nothing more.
    expect(await data(create, { data: items })).toEqual(created);

    const listed = await data<{ price_preferences: { data: Preference[]; metadata: { count: number } } }>(
      `{ price_preferences(filters: { attribute: ["currency_code"], value: ["dkk"] }) { data { ${PREFERENCE} } metadata { count } } }`,
    );
    expect(listed.price_preferences).toEqual({ data: [items[0]], metadata: { count: 1 } });

    const updated = await data<{ update_price_preferences: Preference }>(
      `mutation { update_price_preferences(id: "${items[0].id}", data: { is_tax_inclusive: false }) { ${PREFERENCE} } }`,
    );
    expect(updated.update_price_preferences).toEqual({ ...items[0], is_tax_inclusive: false });

    const deleted = await data<{ soft_delete_price_preferences: string[] }>(
      `mutation { soft_delete_price_preferences(ids: ["${items[1].id}"]) }`,
    );
    expect(deleted.soft_delete_price_preferences).toEqual([items[1].id]);
    expect((await rows([items[1].id]))[0].deleted_at).not.toBeNull();
    const gone = await data<{ price_preference: Preference | null }>(
      `{ price_preference(id: "${items[1].id}") { id } }`,
    );
    expect(gone.price_preference).toBeNull();
    await data(`mutation { restore_price_preferences(ids: ["${items[1].id}"]) }`);
    expect(await rows(items.map((item) => item.id))).toEqual([
      expect.objectContaining({ ...items[0], is_tax_inclusive: false, deleted_at: null }),
      expect.objectContaining({ ...items[1], is_tax_inclusive: false, deleted_at: null }),
    ]);
    // Restore it as the tests below expect it.
    await data(`mutation { update_price_preferences(id: "${items[0].id}", data: { is_tax_inclusive: true }) { id } }`);
  });

  it('refuses a second live preference for the same attribute and value (CONFLICT), and unknown ids', async () => {
    // Medusa 2.21.2 answered a second POST /admin/price-preferences {"attribute":"currency_code","value":"dkk"}
    // with 400 invalid_data "Price preference with attribute: currency_code, value: dkk, already exists.".
    const again = await supergraph.query(
      'mutation { create_price_preferences(data: [{ attribute: "currency_code", value: "dkk" }]) { id } }',
    );
    expect(again.errors?.[0]).toMatchObject({
      message: 'PricePreference with attribute, value "currency_code, dkk" already exists',
      extensions: { code: 'CONFLICT' },
    });
    const unknown = await supergraph.query(
      'mutation { update_price_preferences(id: "prpref_01JD00000000000000000000ZZ", data: { is_tax_inclusive: true }) { id } }',
    );
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const malformed = await supergraph.query('mutation { soft_delete_price_preferences(ids: ["price_1"]) }');
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
  });

  it('are for admin users only', async () => {
    const guest = await supergraph.query('{ price_preferences { data { id } } }', {}, { token: null });
    expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const customer = await supergraph.query(
      'mutation { create_price_preferences(data: [{ attribute: "currency_code", value: "sek" }]) { id } }',
      {},
      { token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }) },
    );
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await supergraph.db.query("select id from product.price_preference where value = 'sek'")).toEqual([]);
  });
});
