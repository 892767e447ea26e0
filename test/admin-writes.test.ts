import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * An admin's writes derived from a module's declarations (kit/writes.ts), through the real gateway:
 * create, update, soft delete and restore, each one transaction; closed to shoppers.
 */
interface Channel {
  id: string;
  name: string;
  description: string | null;
  is_disabled: boolean;
  metadata: unknown;
}

const FIELDS = 'id name description is_disabled metadata';

describe("a module's admin write API", () => {
  let supergraph: TestSupergraph;
  beforeAll(async () => {
    supergraph = await startTestSupergraph(0, {
      only: ['sales-channel', 'payment', 'fulfillment', 'product', 'customer'],
    });
  });
  afterAll(() => supergraph?.stop());

  const rows = async (ids: string[]) =>
    supergraph.db.query<{ id: string; name: string; is_disabled: boolean; deleted_at: Date | null }>(
      'select id, name, is_disabled, deleted_at from sales_channel.sales_channel where id = any($1) order by id',
      [ids],
    );

  it('creates sales channels with their declared defaults, and a repeat with the same ids creates nothing more', async () => {
    const create = `mutation ($data: [SalesChannelCreateInput!]!) { create_sales_channels(data: $data) { ${FIELDS} } }`;
    const data = [
      { id: 'sc_01JD0000000000000000000001', name: 'Outlet', description: 'Last season', metadata: { region: 'eu' } },
      { id: 'sc_01JD0000000000000000000002', name: 'Wholesale', is_disabled: true },
    ];
    const first = await supergraph.query<{ create_sales_channels: Channel[] }>(create, { data });
    expect(first.errors).toBeUndefined();
    expect(first.data!.create_sales_channels).toEqual([
      { id: data[0].id, name: 'Outlet', description: 'Last season', is_disabled: false, metadata: { region: 'eu' } },
      { id: data[1].id, name: 'Wholesale', description: null, is_disabled: true, metadata: null },
    ]);
    const again = await supergraph.query<{ create_sales_channels: Channel[] }>(create, { data });
    expect(again.data).toEqual(first.data);
    expect(await rows(data.map((item) => item.id))).toHaveLength(2);
  });

  it('makes a new id when none is given', async () => {
    const { data } = await supergraph.query<{ create_sales_channels: Channel[] }>(
      'mutation { create_sales_channels(data: [{ name: "Pop-up" }]) { id name } }',
    );
    expect(data!.create_sales_channels[0]).toEqual({
      id: expect.stringMatching(/^sc_[0-9A-HJKMNP-TV-Z]{26}$/),
      name: 'Pop-up',
    });
  });

  it('updates the fields given and leaves the others', async () => {
    const { data, errors } = await supergraph.query<{ update_sales_channels: Channel }>(
      `mutation { update_sales_channels(id: "sc_01JD0000000000000000000001", data: { is_disabled: true, description: null }) { ${FIELDS} } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.update_sales_channels).toEqual({
      id: 'sc_01JD0000000000000000000001',
      name: 'Outlet',
      description: null,
      is_disabled: true,
      metadata: { region: 'eu' },
    });
  });

  it('refuses null for a field that cannot be null, and an unknown id, with coded errors', async () => {
    const nullName = await supergraph.query(
      'mutation { update_sales_channels(id: "sc_01JD0000000000000000000001", data: { name: null }) { id } }',
    );
    expect(nullName.errors?.[0]).toMatchObject({
      message: 'data.name cannot be null',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unknown = await supergraph.query(
      'mutation { update_sales_channels(id: "sc_01JD0000000000000000000009", data: { name: "X" }) { id } }',
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await supergraph.query(
      'mutation { create_sales_channels(data: [{ id: "reg_1", name: "X" }]) { id } }',
    );
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toContain('data[0].id');
  });

  it('soft-deletes and restores, returning the ids it changed, skipping the others', async () => {
    const ids = ['sc_01JD0000000000000000000001', 'sc_01JD0000000000000000000002'];
    const deleted = await supergraph.query<{ soft_delete_sales_channels: string[] }>(
      'mutation ($ids: [ID!]!) { soft_delete_sales_channels(ids: $ids) }',
      { ids: [ids[0]] },
    );
    expect(deleted.data!.soft_delete_sales_channels).toEqual([ids[0]]);
    const again = await supergraph.query<{ soft_delete_sales_channels: string[] }>(
      'mutation ($ids: [ID!]!) { soft_delete_sales_channels(ids: $ids) }',
      { ids },
    );
    expect(again.data!.soft_delete_sales_channels).toEqual([ids[1]]);
    expect((await rows(ids)).every((row) => row.deleted_at !== null)).toBe(true);
    const live = await supergraph.query<{ sales_channel: Channel | null }>(`{ sales_channel(id: "${ids[0]}") { id } }`);
    expect(live.data!.sales_channel).toBeNull();
    const reused = await supergraph.query(
      `mutation { create_sales_channels(data: [{ id: "${ids[0]}", name: "Outlet again" }]) { id } }`,
    );
    expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const restored = await supergraph.query<{ restore_sales_channels: string[] }>(
      'mutation ($ids: [ID!]!) { restore_sales_channels(ids: $ids) }',
      { ids },
    );
    expect(restored.data!.restore_sales_channels).toEqual(ids);
    expect((await rows(ids)).every((row) => row.deleted_at === null)).toBe(true);
  });

  it('is for admin users only: a guest and a customer are refused and nothing is written', async () => {
    const create =
      'mutation { create_sales_channels(data: [{ id: "sc_01JD0000000000000000000003", name: "Sneaky" }]) { id } }';
    const guest = await supergraph.query(create, {}, { token: null });
    expect(guest.status).toBe(401);
    expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const customer = await supergraph.query(
      create,
      {},
      {
        token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }),
      },
    );
    expect(customer.status).toBe(403);
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows(['sc_01JD0000000000000000000003'])).toEqual([]);
  });

  /** Every other table with derived writes: the same four calls, the same answers. */
  const tables = [
    {
      many: 'refund_reasons',
      one: 'refund_reason',
      table: 'payment.refund_reason',
      id: 'refr_01JD0000000000000000000001',
      create: { label: 'Damaged', code: 'damaged' },
      update: { description: 'Arrived broken' },
      fields: 'id label code description',
    },
    {
      many: 'shipping_profiles',
      one: 'shipping_profile',
      table: 'fulfillment.shipping_profile',
      id: 'sp_01JD0000000000000000000001',
      create: { name: 'Oversized', type: 'custom' },
      update: { name: 'Bulky' },
      fields: 'id name type',
    },
    {
      many: 'product_tags',
      one: 'product_tag',
      table: 'product.product_tag',
      id: 'ptag_01JD0000000000000000000001',
      create: { value: 'linen' },
      update: { value: 'organic linen' },
      fields: 'id value',
    },
    {
      many: 'product_types',
      one: 'product_type',
      table: 'product.product_type',
      id: 'ptyp_01JD0000000000000000000001',
      create: { value: 'Scarf' },
      update: { metadata: { season: 'winter' } },
      fields: 'id value metadata',
    },
    {
      many: 'customer_groups',
      one: 'customer_group',
      table: 'customer.customer_group',
      id: 'cusgroup_01JD0000000000000000000001',
      create: { name: 'Wholesale buyers' },
      update: { name: 'Trade buyers' },
      fields: 'id name',
    },
  ];

  it.each(tables.map((table) => [table.many, table] as const))(
    '%s: create, update, soft delete and restore',
    async (_many, table) => {
      const inputType = (suffix: string) =>
        table.one
          .split('_')
          .map((word) => word[0].toUpperCase() + word.slice(1))
          .join('') + suffix;
      const created = await supergraph.query<Record<string, Record<string, unknown>[]>>(
        `mutation ($data: [${inputType('CreateInput')}!]!) { create_${table.many}(data: $data) { ${table.fields} } }`,
        { data: [{ id: table.id, ...table.create }] },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data![`create_${table.many}`][0]).toMatchObject({ id: table.id, ...table.create });
      const updated = await supergraph.query<Record<string, Record<string, unknown>>>(
        `mutation ($data: ${inputType('UpdateInput')}!) { update_${table.many}(id: "${table.id}", data: $data) { ${table.fields} } }`,
        { data: table.update },
      );
      expect(updated.data![`update_${table.many}`]).toMatchObject({ id: table.id, ...table.update });
      const deleted = await supergraph.query<Record<string, string[]>>(
        `mutation { soft_delete_${table.many}(ids: ["${table.id}"]) }`,
      );
      expect(deleted.data![`soft_delete_${table.many}`]).toEqual([table.id]);
      const hidden = await supergraph.query<Record<string, unknown>>(`{ ${table.one}(id: "${table.id}") { id } }`);
      expect(hidden.data![table.one]).toBeNull();
      const restored = await supergraph.query<Record<string, string[]>>(
        `mutation { restore_${table.many}(ids: ["${table.id}"]) }`,
      );
      expect(restored.data![`restore_${table.many}`]).toEqual([table.id]);
      const [row] = await supergraph.db.query<{ deleted_at: Date | null }>(
        `select deleted_at from ${table.table} where id = $1`,
        [table.id],
      );
      expect(row).toEqual({ deleted_at: null });
    },
  );

  it('answers a taken unique value with CONFLICT naming it, and writes nothing', async () => {
    const taken = await supergraph.query(
      'mutation { create_shipping_profiles(data: [{ id: "sp_01JD0000000000000000000002", name: "Bulky", type: "default" }]) { id } }',
    );
    expect(taken.errors?.[0]).toMatchObject({
      message: 'Shipping profile with name: Bulky, already exists.',
      extensions: { code: 'CONFLICT' },
    });
    const rows = await supergraph.db.query('select id from fulfillment.shipping_profile where id = $1', [
      'sp_01JD0000000000000000000002',
    ]);
    expect(rows).toEqual([]);
  });

  it('takes at most 1,000 ids in one soft delete or restore, so one call cannot hold a transaction over an unbounded list', async () => {
    const ids = Array.from({ length: 1001 }, (_, index) => `sc_01JD${String(index).padStart(22, '0')}`);
    const refused = await supergraph.query('mutation ($ids: [ID!]!) { soft_delete_sales_channels(ids: $ids) }', {
      ids,
    });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'ids may hold at most 1000 ids, got 1001',
      extensions: { code: 'BAD_USER_INPUT', argument: 'ids' },
    });
  });
});
