import { taxSubgraph } from '.';
import type { Actor } from '../../kit/auth';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

const admin: Actor = { type: 'user', id: 'user_01TAXADMIN0000000000000000' };

/**
 * The tax subgraph on its own: Medusa 2.21.2's tax regions and the system provider's tax lines.
 * The regions and rates are those made on a Medusa 2.21.2 server (POST /admin/tax-regions and
 * /admin/tax-rates): es 21% by default, 10% on a product type, 4% on one product; the es-pm
 * province 2% combinable; es-cn 7% not combinable.
 */
describe('tax subgraph', () => {
  let subgraph: InProcessSubgraph;
  const ids: Record<string, string> = {};
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const { data, errors } = await subgraph.execute<T>(query, variables, admin);
    expect(errors).toBeUndefined();
    return data!;
  };
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(taxSubgraph);
    const made = await ok<{ create_tax_regions: { id: string; tax_rates: { id: string; is_default: boolean }[] }[] }>(
      `mutation { create_tax_regions(data: [{ country_code: "ES", provider_id: "tp_system",
         default_tax_rate: { rate: 21, code: "tax-es", name: "tax ES IVA" } }]) { id tax_rates { id is_default } } }`,
    );
    ids.es = made.create_tax_regions[0].id;
    ids.esDefault = made.create_tax_regions[0].tax_rates[0].id;
    const provinces = await ok<{ create_tax_regions: { id: string; province_code: string }[] }>(
      `mutation ($es: ID!) { create_tax_regions(data: [
         { country_code: "es", province_code: "ES-PM", parent_id: $es, default_tax_rate: { rate: 2, code: "tax-es-pm", name: "tax PM", is_combinable: true } },
         { country_code: "es", province_code: "es-cn", parent_id: $es, default_tax_rate: { rate: 7, code: "tax-es-cn", name: "tax CN IGIC" } }
       ]) { id province_code } }`,
      { es: ids.es },
    );
    expect(provinces.create_tax_regions.map((region) => region.province_code)).toEqual(['es-pm', 'es-cn']);
    const rates = await ok<{ create_tax_rates: { id: string; rules: { reference: string }[] }[] }>(
      `mutation ($es: ID!) { create_tax_rates(data: [
         { tax_region_id: $es, rate: 10, code: "tax-es-reduced", name: "tax ES reduced", rules: [{ reference: "product_type", reference_id: "ptyp_books" }] },
         { tax_region_id: $es, rate: 4, code: "tax-es-super", name: "tax ES super", rules: [{ reference: "product", reference_id: "prod_pen" }] },
         { tax_region_id: $es, rate: 0, code: "tax-es-ship", name: "tax ES shipping", rules: [{ reference: "shipping_option", reference_id: "so_free" }] }
       ]) { id rules { reference } } }`,
      { es: ids.es },
    );
    expect(rates.create_tax_rates.map((rate) => rate.rules.map((rule) => rule.reference))).toEqual([
      ['product_type'],
      ['product'],
      ['shipping_option'],
    ]);
  });
  afterAll(() => subgraph.stop());

  const lines = async (province: string | null, country = 'es') =>
    (
      await ok<{
        tax_lines: { line_item_id: string | null; shipping_line_id: string | null; rate: number; code: string }[];
      }>(
        `query ($context: TaxCalculationContextInput!) { tax_lines(
           items: [{ id: "mug", product_id: "prod_mug" }, { id: "book", product_id: "prod_book", product_type_id: "ptyp_books" }, { id: "pen", product_id: "prod_pen" }],
           shipping_methods: [{ id: "ship", shipping_option_id: "so_std" }, { id: "free", shipping_option_id: "so_free" }],
           context: $context) { line_item_id shipping_line_id rate code provider_id } }`,
        { context: { address: { country_code: country, province_code: province } } },
      )
    ).tax_lines.map((line) => `${line.line_item_id ?? line.shipping_line_id} ${line.rate} ${line.code}`);

  it('gives each line its rate as Medusa 2.21.2 does: product rule, then product type, then default', async () => {
    // Medusa 2.21.2 answered POST /store/carts (shipping_address { country_code: "es" }): mug
    // [21 tax-es], book [10 tax-es-reduced], pen [4 tax-es-super], each with provider_id "system".
    expect(await lines(null, 'ES')).toEqual([
      'mug 21 tax-es',
      'book 10 tax-es-reduced',
      'pen 4 tax-es-super',
      'ship 21 tax-es',
      'free 0 tax-es-ship',
    ]);
  });

  it("adds the country's best rate to a combinable province rate, and not to one that is not", async () => {
    // Medusa 2.21.2, province "ES-PM": mug [2 tax-es-pm, 21 tax-es], book [2, 10 tax-es-reduced],
    // pen [2, 4 tax-es-super]; province "es-cn": every item [7 tax-es-cn].
    expect(await lines('ES-PM')).toEqual([
      'mug 2 tax-es-pm',
      'mug 21 tax-es',
      'book 2 tax-es-pm',
      'book 10 tax-es-reduced',
      'pen 2 tax-es-pm',
      'pen 4 tax-es-super',
      'ship 2 tax-es-pm',
      'ship 21 tax-es',
      'free 2 tax-es-pm',
      'free 0 tax-es-ship',
    ]);
    expect(await lines('es-cn')).toEqual([
      'mug 7 tax-es-cn',
      'book 7 tax-es-cn',
      'pen 7 tax-es-cn',
      'ship 7 tax-es-cn',
      'free 7 tax-es-cn',
    ]);
    // A province without a region of its own: the country's.
    expect(await lines('es-zz')).toEqual(await lines(null));
  });

  it('gives no lines in a country without a tax region (Medusa 2.21.2: a cart in "it" had none)', async () => {
    expect(await lines(null, 'pt')).toEqual([]);
  });

  it('refuses what Medusa 2.21.2 refuses, with its messages', async () => {
    const refusal = async (query: string, variables: Record<string, unknown> = {}) => {
      const { errors } = await subgraph.execute(query, variables, admin);
      return [errors?.[0].extensions?.code, errors?.[0].message, errors?.[0].extensions?.argument];
    };
    // Medusa: 400 "Tax region with country_code: es, already exists."
    expect(
      await refusal('mutation { create_tax_regions(data: [{ country_code: "es", provider_id: "tp_system" }]) { id } }'),
    ).toEqual(['CONFLICT', 'Tax region with country_code: es, already exists.', 'data[0].country_code']);
    // Medusa: 400 "Invalid request: Provider is required when creating a non-province tax region."
    expect(await refusal('mutation { create_tax_regions(data: [{ country_code: "pt" }]) { id } }')).toEqual([
      'BAD_USER_INPUT',
      'Provider is required when creating a non-province tax region.',
      'data[0].provider_id',
    ]);
    expect(
      await refusal(
        'mutation { create_tax_regions(data: [{ country_code: "es", province_code: "es-zz", parent_id: "txreg_01ARZ3NDEKTSV4RRFFQ69G5FAV" }]) { id } }',
      ),
    ).toEqual([
      'BAD_USER_INPUT',
      'Province region must belong to a parent region. You are trying to create a province region with (country: es, province: es-zz) but parent does not exist',
      'data[0].parent_id',
    ]);
    expect(
      await refusal(
        `mutation ($es: ID!) { create_tax_regions(data: [{ country_code: "it", province_code: "it-rm", parent_id: $es }]) { id } }`,
        { es: ids.es },
      ),
    ).toEqual([
      'BAD_USER_INPUT',
      'Province region must belong to a parent region with the same country code. You are trying to create a province region with (country: it, province: it-rm) but parent expects (country: es)',
      'data[0].parent_id',
    ]);
    const { data: listed } = await subgraph.execute<{ tax_regions: { data: { id: string }[] } }>(
      '{ tax_regions(filters: { province_code: ["es-pm"] }) { data { id } } }',
      {},
      admin,
    );
    expect(
      await refusal('mutation ($id: ID!) { update_tax_regions(id: $id, data: { provider_id: "tp_system" }) { id } }', {
        id: listed!.tax_regions.data[0].id,
      }),
    ).toEqual([
      'BAD_USER_INPUT',
      "A province tax region has no provider of its own: its country's applies",
      'data.provider_id',
    ]);
    // Medusa: 400 "Tax rate with tax_region_id: <id>, already exists."
    expect(
      await refusal(
        `mutation ($es: ID!) { create_tax_rates(data: [{ tax_region_id: $es, rate: 5, code: "dup", name: "dup", is_default: true }]) { id } }`,
        { es: ids.es },
      ),
    ).toEqual(['CONFLICT', `Tax rate with tax_region_id: ${ids.es}, already exists.`, 'data[0].is_default']);
    // Medusa: 404 "You tried to set relationship tax_region_id: txreg_01NOPE, but such entity does not exist"
    expect(
      await refusal(
        'mutation { create_tax_rates(data: [{ tax_region_id: "txreg_01ARZ3NDEKTSV4RRFFQ69G5FAV", rate: 5, code: "x", name: "x" }]) { id } }',
      ),
    ).toEqual([
      'NOT_FOUND',
      'You tried to set relationship tax_region_id: txreg_01ARZ3NDEKTSV4RRFFQ69G5FAV, but such entity does not exist',
      'data[0].tax_region_id',
    ]);
  });

  it("replaces a rate's rules on update, and soft-deletes a region with its provinces, rates and rules", async () => {
    const { create_tax_regions } = await ok<{ create_tax_regions: { id: string }[] }>(
      `mutation { create_tax_regions(data: [{ country_code: "pt", provider_id: "tp_system", default_tax_rate: { rate: 23, code: "pt", name: "PT IVA" } }]) { id } }`,
    );
    const pt = create_tax_regions[0].id;
    const { create_tax_rates } = await ok<{ create_tax_rates: { id: string; created_by: string }[] }>(
      `mutation ($pt: ID!) { create_tax_rates(data: [{ tax_region_id: $pt, rate: 6, code: "pt-books", name: "PT books", rules: [{ reference: "product_type", reference_id: "ptyp_a" }] }]) { id created_by } }`,
      { pt },
    );
    const rate = create_tax_rates[0].id;
    expect(create_tax_rates[0].created_by).toBe(admin.id);
    // Another admin replaces the rules: Medusa 2.21.2's updateTaxRatesWorkflow creates them with
    // `created_by: update.updated_by`, the updating user, while the rate keeps its creator.
    const other: Actor = { type: 'user', id: 'user_01TAXEDITOR000000000000000' };
    const updated = await subgraph.execute<{
      update_tax_rates: { rate: number; created_by: string; rules: { reference_id: string; created_by: string }[] };
    }>(
      `mutation ($id: ID!) { update_tax_rates(id: $id, data: { rate: 6.5, rules: [{ reference: "product", reference_id: "prod_b" }] }) { rate created_by rules { reference_id created_by } } }`,
      { id: rate },
      other,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.update_tax_rates).toEqual({
      rate: 6.5,
      created_by: admin.id,
      rules: [{ reference_id: 'prod_b', created_by: other.id }],
    });
    const province = await ok<{ create_tax_regions: { id: string }[] }>(
      `mutation ($pt: ID!) { create_tax_regions(data: [{ country_code: "pt", province_code: "pt-20", parent_id: $pt }]) { id } }`,
      { pt },
    );
    expect(await ok(`mutation ($ids: [ID!]!) { soft_delete_tax_regions(ids: $ids) }`, { ids: [pt] })).toEqual({
      soft_delete_tax_regions: [pt],
    });
    const live = await subgraph.db.query<{ n: number }>(
      `select (select count(*) from tax.tax_region where (id = $1 or parent_id = $1) and deleted_at is null)::int
            + (select count(*) from tax.tax_rate where tax_region_id = $1 and deleted_at is null)::int
            + (select count(*) from tax.tax_rate_rule where tax_rate_id = $2 and deleted_at is null)::int as n`,
      [pt, rate],
    );
    expect(live[0].n).toBe(0);
    expect(province.create_tax_regions).toHaveLength(1);
    expect(await lines(null, 'pt')).toEqual([]);
  });
});
