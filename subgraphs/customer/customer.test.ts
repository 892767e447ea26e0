import { customerSubgraph } from '.';
import { customerGroups, demoCustomer } from '../../seed/catalog';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

interface ListedCustomer {
  id: string;
  email: string;
  has_account: boolean;
  addresses: { id: string; customer_id: string }[];
  groups: { name: string }[];
}

const [vip, wholesale] = customerGroups;

/** The customer subgraph on its own: its queries and entity representations, in-process. */
describe('customer subgraph', () => {
  let subgraph: InProcessSubgraph;
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(customerSubgraph);
  });
  afterAll(() => subgraph.stop());

  it("lists a group's registered customers, sorted by email descending, with their addresses and groups in three statements", async () => {
    const before = subgraph.statements();
    const { data, errors } = await subgraph.execute<{ customers: { data: ListedCustomer[] } }>(
      `{ customers(filters: { group_id: ["${vip.id}"], has_account: true }, pagination: { order: "-email" }) {
           data { id email has_account addresses { id customer_id } groups { name } } } }`,
    );
    expect(errors).toBeUndefined();
    const customers = data!.customers.data;
    // Every 7th registered customer of the 50 is a VIP: 0, 7, 21, 28, 35 and 42 (14 and 49 are guests).
    expect(customers.map((customer) => customer.id).sort()).toEqual(
      [0, 7, 21, 28, 35, 42].map((index) => demoCustomer(index).id).sort(),
    );
    expect(customers.map((customer) => customer.email)).toEqual(
      customers
        .map((customer) => customer.email)
        .sort()
        .reverse(),
    );
    for (const customer of customers) {
      expect(customer.has_account).toBe(true);
      expect(customer.groups.map((group) => group.name)).toContain(vip.name);
      expect(customer.addresses.length).toBeGreaterThan(0);
      expect(customer.addresses.every((address) => address.customer_id === customer.id)).toBe(true);
    }
    // Customer 7 has a company: it is a wholesale customer too, with its office address.
    const seven = customers.find((customer) => customer.id === demoCustomer(7).id)!;
    expect(seven.groups.map((group) => group.name)).toEqual([vip.name, wholesale.name]);
    expect(seven.addresses).toHaveLength(2);
    // The page, then the addresses of all of them, then the groups of all of them.
    expect(subgraph.statements() - before).toBe(3);
  });

  it('searches groups and lists their members', async () => {
    const { data, errors } = await subgraph.execute<{
      customer_groups: { data: { id: string; name: string; customers: { id: string }[] }[] };
    }>('{ customer_groups(filters: { q: "whole" }) { data { id name customers { id } } } }');
    expect(errors).toBeUndefined();
    expect(data!.customer_groups.data.map((group) => group.name)).toEqual([wholesale.name]);
    expect(data!.customer_groups.data[0].customers.map((customer) => customer.id)).toContain(demoCustomer(7).id);
  });

  it('lists addresses filtered by customer and default billing', async () => {
    const { data, errors } = await subgraph.execute<{
      customer_addresses: { data: { address_name: string; is_default_billing: boolean }[] };
    }>(
      `{ customer_addresses(filters: { customer_id: ["${demoCustomer(7).id}"], is_default_billing: true }) { data { address_name is_default_billing } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.customer_addresses.data).toEqual([{ address_name: 'Office', is_default_billing: true }]);
  });

  it('reads a customer by id, a soft-deleted one only with with_deleted', async () => {
    const guest = demoCustomer(4);
    expect(guest.has_account).toBe(false);
    const query =
      'query ($id: ID!, $with_deleted: Boolean) { customer(id: $id, with_deleted: $with_deleted) { id email deleted_at } }';
    const live = await subgraph.execute<{ customer: { id: string; email: string; deleted_at: string | null } | null }>(
      query,
      { id: guest.id },
    );
    expect(live.errors).toBeUndefined();
    expect(live.data!.customer).toEqual({ id: guest.id, email: guest.email, deleted_at: null });

    await subgraph.db.query('update customer.customer set deleted_at = now() where id = $1', [guest.id]);
    const hidden = await subgraph.execute<{ customer: unknown }>(query, { id: guest.id });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.customer).toBeNull();
    const shown = await subgraph.execute<{ customer: { id: string; deleted_at: string | null } | null }>(query, {
      id: guest.id,
      with_deleted: true,
    });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.customer).toEqual({ id: guest.id, email: guest.email, deleted_at: expect.any(String) });
  });

  it('answers entity representations of customers, addresses and groups, null for an unknown one', async () => {
    const customer = demoCustomer(1);
    const { data: addresses } = await subgraph.execute<{ customer_addresses: { data: { id: string }[] } }>(
      `{ customer_addresses(filters: { customer_id: ["${customer.id}"] }) { data { id } } }`,
    );
    const addressId = addresses!.customer_addresses.data[0].id;
    const { data, errors } = await subgraph.execute<{ _entities: (Record<string, unknown> | null)[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Customer { id email } ... on CustomerAddress { id customer { id } } ... on CustomerGroup { id name } } }`,
      {
        representations: [
          { __typename: 'Customer', id: customer.id },
          { __typename: 'CustomerAddress', id: addressId },
          { __typename: 'CustomerGroup', id: vip.id },
          { __typename: 'Customer', id: 'cus_01JZZZZZZZZZZZZZZZZZZZZZZZ' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { id: customer.id, email: customer.email },
      { id: addressId, customer: { id: customer.id } },
      { id: vip.id, name: vip.name },
      null,
    ]);
  });

  it.each([
    ['customers', 'group_id', 'filters.group_id'],
    ['customers', 'id', 'filters.id'],
    ['customer_addresses', 'customer_id', 'filters.customer_id'],
    ['customer_groups', 'id', 'filters.id'],
  ])('%s refuses a %s of another kind, naming the filter', async (list, filter, argument) => {
    const { data, errors } = await subgraph.execute(
      `{ ${list}(filters: { ${filter}: ["cart_01JZZZZZZZZZZZZZZZZZZZZZZZ"] }) { data { id } } }`,
    );
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain(argument);
  });

  it.each([
    ['customers', 'phone', 'sortable: id, email, first_name, last_name, company_name, created_at, updated_at'],
    ['customer_groups', 'created_by', 'sortable: id, name, created_at, updated_at'],
    [
      'customer_addresses',
      'province',
      'sortable: id, address_name, city, country_code, postal_code, created_at, updated_at',
    ],
  ])('%s refuses sorting by %s, naming the sortable fields', async (list, field, sortable) => {
    const { errors } = await subgraph.execute(`{ ${list}(pagination: { order: "${field}" }) { data { id } } }`);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions?.argument).toBe('pagination.order');
    expect(errors?.[0].message).toContain(sortable);
  });
});
