import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * A test that needs a few modules starts only those: their schemas composed into a supergraph of
 * their own, served by the real gateway over HTTP (`only` in bin/supergraph.ts).
 */
describe('a supergraph of chosen subgraphs', () => {
  let supergraph: TestSupergraph;
  beforeAll(async () => {
    supergraph = await startTestSupergraph(0, { only: ['region', 'sales-channel'] });
  });
  afterAll(() => supergraph?.stop());

  it('runs only the chosen subgraphs', () => {
    expect(supergraph.subgraphs.map((subgraph) => subgraph.name)).toEqual(['region', 'sales-channel']);
  });

  it("answers the chosen modules' fields through the gateway, as a guest", async () => {
    const { data, errors } = await supergraph.query<{
      regions: { data: { name: string; countries: { iso_2: string }[] }[] };
    }>('{ regions(pagination: { order: "name" }) { data { name countries { iso_2 } } } }', {}, { token: null });
    expect(errors).toBeUndefined();
    expect(data!.regions.data.length).toBeGreaterThan(0);
    expect(data!.regions.data.every((region) => region.countries.length > 0)).toBe(true);
  });

  it('has no field of the modules left out: a query for one is invalid', async () => {
    const { errors } = await supergraph.query('{ products { data { id } } }');
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0].message).toContain('Cannot query field "products" on type "Query"');
  });
});
