import { orderSubgraph } from '.';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

interface ListedOrder {
  id: string;
  display_id: number;
  email: string;
  region_id: string;
  shipping_address: { id: string; city: string } | null;
  items: { id: string; quantity: string; adjustments: { id: string }[]; tax_lines: { rate: string }[] }[];
  shipping_methods: { id: string; adjustments: { id: string }[]; tax_lines: { rate: string }[] }[];
  summary: { paid_total: string } | null;
  transactions: { reference: string }[];
  credit_lines: { amount: string }[];
}

const ORDER_FIELDS = `id display_id email region_id shipping_address { id city }
  items { id quantity adjustments { id } tax_lines { rate } }
  shipping_methods { id adjustments { id } tax_lines { rate } }
  summary { paid_total } transactions { reference } credit_lines { amount }`;

/** The order subgraph on its own: its queries and entity representations, in-process. */
describe('order subgraph', () => {
  let subgraph: InProcessSubgraph;
  // Every 4th demo cart (0, 4, 8, …) was completed into an order: display ids 1 to 5.
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(orderSubgraph, { carts: 20 });
  });
  afterAll(() => subgraph.stop());

  const orders = async (filters: Record<string, unknown>, order?: string) => {
    const { data, errors } = await subgraph.execute<{ orders: { data: ListedOrder[]; metadata: { count: number } } }>(
      `query ($filters: OrderFilters, $order: String) { orders(filters: $filters, pagination: { order: $order }) {
         data { ${ORDER_FIELDS} } metadata { count } } }`,
      { filters, order },
    );
    expect(errors).toBeUndefined();
    return data!.orders;
  };

  it('lists orders with every in-module relation, filtered by display id and sorted, one statement per relation', async () => {
    const before = subgraph.statements();
    const { data, metadata } = await orders({ display_id: [1, 3, 4] }, '-display_id');
    // Page, count, addresses, items, their adjustments and tax lines, shipping methods, theirs,
    // summaries, transactions and credit lines: one statement each, whatever the number of orders.
    expect(subgraph.statements() - before).toBe(12);
    expect(metadata.count).toBe(3);
    expect(data.map((order) => order.display_id)).toEqual([4, 3, 1]);
    for (const order of data) {
      expect(order.shipping_address?.city).toEqual(expect.any(String));
      expect(order.items.length).toBeGreaterThan(0);
      expect(order.items.every((item) => item.tax_lines.length === 1)).toBe(true);
      expect(order.shipping_methods).toHaveLength(1);
      expect(order.transactions).toEqual([{ reference: 'capture' }]);
      expect(Number(order.summary?.paid_total)).toBeGreaterThan(0);
    }
    // The promotion of carts 0 and 12 (orders 1 and 4) is on each of their items.
    expect(data.find((order) => order.display_id === 1)!.items.every((item) => item.adjustments.length > 0)).toBe(true);
    expect(data.find((order) => order.display_id === 4)!.items.every((item) => item.adjustments.length > 0)).toBe(true);
  });

  it('searches by display id or email, and filters by region', async () => {
    const all = await orders({});
    expect(all.metadata.count).toBe(5);
    const byNumber = await orders({ q: '5' });
    expect(byNumber.data.map((order) => order.display_id)).toContain(5);
    expect(byNumber.data.every((order) => String(order.display_id).includes('5') || order.email.includes('5'))).toBe(
      true,
    );
    const [first] = all.data;
    const byEmail = await orders({ q: first.email.toUpperCase() });
    expect(byEmail.data.map((order) => order.id)).toContain(first.id);
    expect(byEmail.data.every((order) => order.email === first.email)).toBe(true);
    const inRegion = await orders({ region_id: [first.region_id] });
    expect(inRegion.data.map((order) => order.id)).toEqual(
      all.data.filter((order) => order.region_id === first.region_id).map((order) => order.id),
    );
  });

  it('reads a soft-deleted order by id only with with_deleted', async () => {
    const [order] = (await orders({ display_id: [2] })).data;
    await subgraph.db.query('update "order"."order" set deleted_at = now() where id = $1', [order.id]);
    try {
      const query = `query ($id: ID!, $withDeleted: Boolean) { order(id: $id, with_deleted: $withDeleted) { id display_id deleted_at } }`;
      const live = await subgraph.execute<{ order: unknown }>(query, { id: order.id, withDeleted: false });
      expect(live.errors).toBeUndefined();
      expect(live.data!.order).toBeNull();
      const any = await subgraph.execute<{ order: unknown }>(query, { id: order.id, withDeleted: true });
      expect(any.data!.order).toEqual({ id: order.id, display_id: 2, deleted_at: expect.any(String) });
      expect((await orders({})).metadata.count).toBe(4);
    } finally {
      await subgraph.db.query('update "order"."order" set deleted_at = null where id = $1', [order.id]);
    }
  });

  it("answers entity representations, and a region's orders as a reverse list", async () => {
    const [order] = (await orders({ display_id: [1] })).data;
    const { data, errors } = await subgraph.execute<{ _entities: (Record<string, unknown> | null)[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Order { id display_id } ... on OrderLineItem { id quantity } ... on OrderAddress { id city }
         ... on Region { orders(pagination: { order: "-display_id" }) { data { display_id } metadata { count } } } } }`,
      {
        representations: [
          { __typename: 'Order', id: order.id },
          { __typename: 'OrderLineItem', id: order.items[0].id },
          { __typename: 'OrderAddress', id: order.shipping_address!.id },
          { __typename: 'Order', id: 'order_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
          { __typename: 'Region', id: order.region_id },
        ],
      },
    );
    expect(errors).toBeUndefined();
    const inRegion = (await orders({ region_id: [order.region_id] }, '-display_id')).data.map((row) => ({
      display_id: row.display_id,
    }));
    expect(data!._entities).toEqual([
      { id: order.id, display_id: 1 },
      { id: order.items[0].id, quantity: order.items[0].quantity },
      { id: order.shipping_address!.id, city: order.shipping_address!.city },
      null,
      { orders: { data: inRegion, metadata: { count: inRegion.length } } },
    ]);
  });

  it('refuses a filter id of another module, naming the filter', async () => {
    const { errors } = await subgraph.execute(
      '{ orders(filters: { customer_id: ["reg_01ARZ3NDEKTSV4RRFFQ69G5FAV"] }) { data { id } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('filters.customer_id');
  });

  it('refuses sorting by a column that is not declared sortable, naming the ones that are', async () => {
    const { errors } = await subgraph.execute('{ orders(pagination: { order: "locale" }) { data { id } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions?.argument).toBe('pagination.order');
    expect(errors?.[0].message).toContain(
      'sortable: id, display_id, custom_display_id, region_id, customer_id, sales_channel_id, version, status, email, currency_code, created_at, updated_at, canceled_at',
    );
  });
});
