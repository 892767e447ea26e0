import { salesChannelSubgraph } from '.';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

/** The sales channel subgraph on its own: all of it is derived from its one declaration. */
describe('sales channel subgraph', () => {
  let subgraph: InProcessSubgraph;
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(salesChannelSubgraph);
  });
  afterAll(() => subgraph.stop());

  it('lists channels filtered by is_disabled and searched by name, sorted, in one statement', async () => {
    const before = subgraph.statements();
    const { data, errors } = await subgraph.execute<{
      sales_channels: { data: { name: string; is_disabled: boolean }[] };
    }>(
      '{ sales_channels(filters: { is_disabled: false, q: "a" }, pagination: { order: "-name" }) { data { name is_disabled } } }',
    );
    expect(errors).toBeUndefined();
    const names = data!.sales_channels.data.map((channel) => channel.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...names].sort().reverse());
    expect(names.every((name) => name.toLowerCase().includes('a'))).toBe(true);
    expect(data!.sales_channels.data.every((channel) => !channel.is_disabled)).toBe(true);
    expect(subgraph.statements() - before).toBe(1);
  });

  it('reads one by id and as an entity representation; a soft-deleted one only with with_deleted', async () => {
    const { data: listed } = await subgraph.execute<{ sales_channels: { data: { id: string }[] } }>(
      '{ sales_channels { data { id } } }',
    );
    const id = listed!.sales_channels.data[0].id;
    await subgraph.db.query('update sales_channel.sales_channel set deleted_at = now() where id = $1', [id]);
    const byId = await subgraph.execute<{ live: { id: string } | null; any: { id: string } | null }>(
      'query ($id: ID!) { live: sales_channel(id: $id) { id } any: sales_channel(id: $id, with_deleted: true) { id } }',
      { id },
    );
    expect(byId.data).toEqual({ live: null, any: { id } });
    const other = listed!.sales_channels.data[1].id;
    const { data } = await subgraph.execute<{ _entities: ({ id: string } | null)[] }>(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on SalesChannel { id } } }',
      {
        representations: [
          { __typename: 'SalesChannel', id: other },
          { __typename: 'SalesChannel', id },
        ],
      },
    );
    expect(data!._entities).toEqual([{ id: other }, null]);
  });

  it('refuses an id of another kind, naming the argument', async () => {
    const { errors } = await subgraph.execute('{ sales_channel(id: "reg_01ARZ3NDEKTSV4RRFFQ69G5FAV") { id } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('Invalid id "reg_01ARZ3NDEKTSV4RRFFQ69G5FAV": expected "sc_"');
  });
});
