import { regionSubgraph } from '.';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

/** The region subgraph on its own: its queries and entity representations, in-process. */
describe('region subgraph', () => {
  let subgraph: InProcessSubgraph;
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(regionSubgraph);
  });
  afterAll(() => subgraph.stop());

  it('lists regions with their countries, filtered and sorted by declared columns, in two statements', async () => {
    const before = subgraph.statements();
    const { data, errors } = await subgraph.execute<{
      regions: { data: { name: string; currency_code: string; countries: { iso_2: string }[] }[] };
    }>(
      `{ regions(filters: { currency_code: ["eur"] }, pagination: { order: "-name" }) { data { name currency_code countries { iso_2 } } } }`,
    );
    expect(errors).toBeUndefined();
    const regions = data!.regions.data;
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((region) => region.currency_code === 'eur')).toBe(true);
    expect(regions.map((region) => region.name)).toEqual([...regions.map((region) => region.name)].sort().reverse());
    expect(regions.every((region) => region.countries.length > 0)).toBe(true);
    expect(subgraph.statements() - before).toBe(2);
  });

  it('answers entity representations by id and by iso_2, null for an unknown one', async () => {
    const { data: listed } = await subgraph.execute<{ regions: { data: { id: string }[] } }>(
      '{ regions { data { id } } }',
    );
    const id = listed!.regions.data[0].id;
    const { data, errors } = await subgraph.execute<{
      _entities: ({ id?: string; iso_2?: string; region?: { id: string } } | null)[];
    }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Region { id } ... on Country { iso_2 region { id } } } }`,
      {
        representations: [
          { __typename: 'Region', id },
          { __typename: 'Region', id: 'reg_unknown' },
          { __typename: 'Country', iso_2: 'dk' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toEqual({ id });
    expect(data!._entities[1]).toBeNull();
    expect(data!._entities[2]).toEqual({ iso_2: 'dk', region: { id: expect.stringMatching(/^reg_/) } });
  });

  it('refuses a filter id of another module, naming the filter', async () => {
    const { errors } = await subgraph.execute('{ regions(filters: { id: ["cart_1"] }) { data { id } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('filters.id');
  });

  it('refuses sorting by a column that is not declared sortable, naming the ones that are', async () => {
    const { errors } = await subgraph.execute('{ regions(pagination: { order: "automatic_taxes" }) { data { id } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('sortable: id, name, currency_code, created_at, updated_at');
  });
});
