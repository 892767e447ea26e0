import { serveGateway } from '../gateway/serve';
import { buildGateway } from '../gateway/server';
import { actorFromHeaders, actorHeaders, createTokenVerifier } from '../kit/auth';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Customer accounts through the real gateway: registration with a registration token, the signed-in
 * customer's profile and addresses, taking over a guest's cart, and an admin's writes to customers,
 * their addresses and group members. A customer never reads or changes another's.
 */
interface Customer {
  id: string;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  company_name: string | null;
  has_account: boolean;
}

interface Address {
  id: string;
  customer_id: string;
  address_name: string | null;
  city: string | null;
  is_default_shipping: boolean;
  is_default_billing: boolean;
}

const CUSTOMER = 'id email first_name last_name company_name has_account';
const ADDRESS = 'id customer_id address_name city is_default_shipping is_default_billing';

let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(0);
});
afterAll(() => supergraph?.stop());

const as = (token: string | null) => ({ token });
const registrationToken = (identity: string, email?: string) =>
  supergraph.tokenFor({ actor_type: 'customer', actor_id: '', auth_identity_id: identity, email });
const customerToken = (id: string) => supergraph.tokenFor({ actor_type: 'customer', actor_id: id });

function code(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

const REGISTER = `mutation ($data: RegisterCustomerInput!) {
  register_customer(data: $data) { customer { ${CUSTOMER} } sign_in_again }
}`;

async function register(token: string | null, data: Record<string, unknown>) {
  return supergraph.query<{ register_customer: { customer: Customer; sign_in_again: boolean } }>(
    REGISTER,
    { data },
    as(token),
  );
}

const addressRows = (customerId: string) =>
  supergraph.db.query<{ id: string; is_default_shipping: boolean; is_default_billing: boolean; city: string | null }>(
    'select id, is_default_shipping, is_default_billing, city from customer.customer_address where customer_id = $1 order by id',
    [customerId],
  );

describe('a customer account', () => {
  let ada: Customer;
  let adaToken: string;
  let bob: Customer;
  let bobToken: string;
  let home: Address;
  let office: Address;

  it("registers a customer with a registration token, its email the identity's, and asks the client to sign in again", async () => {
    const token = await registrationToken('authid_ada', 'ada@example.com');
    const first = await register(token, { first_name: 'Ada', last_name: 'Lovelace', phone: '+44 20 0000' });
    expect(first.errors).toBeUndefined();
    ada = first.data!.register_customer.customer;
    expect(first.data!.register_customer).toEqual({
      customer: {
        id: expect.stringMatching(/^cus_/),
        email: 'ada@example.com',
        first_name: 'Ada',
        last_name: 'Lovelace',
        company_name: null,
        has_account: true,
      },
      sign_in_again: true,
    });
    // The same registration sent again (a lost answer) returns the customer it made.
    const again = await register(token, { first_name: 'Ada', last_name: 'Lovelace' });
    expect(again.data!.register_customer.customer.id).toBe(ada.id);
    // The identity's email is the customer's: another one is refused, naming the field.
    const otherEmail = await register(token, { email: 'someone@example.com' });
    expect(otherEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'data.email' });
    expect(
      await supergraph.db.query('select customer_id from customer.customer_auth_identity where auth_identity_id = $1', [
        'authid_ada',
      ]),
    ).toEqual([{ customer_id: ada.id }]);
    adaToken = await customerToken(ada.id);
  });

  it('refuses a registration token reused for a second customer, an email that has an account, and a missing email', async () => {
    const token = await registrationToken('authid_bob');
    const first = await register(token, { email: 'bob@example.com', first_name: 'Bob' });
    expect(first.errors).toBeUndefined();
    bob = first.data!.register_customer.customer;
    bobToken = await customerToken(bob.id);
    const second = await register(token, { email: 'robert@example.com' });
    expect(code(second)).toBe('CONFLICT');
    const taken = await register(await registrationToken('authid_ada2'), { email: 'ada@example.com' });
    expect(taken.errors?.[0]).toMatchObject({
      message: 'Customer with this email already has an account',
      extensions: { code: 'CONFLICT' },
    });
    const noEmail = await register(await registrationToken('authid_nobody'), { first_name: 'Nobody' });
    expect(noEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'data.email' });
    const made = await supergraph.db.query<{ email: string }>(
      "select email from customer.customer where email in ('robert@example.com', 'bob@example.com') or first_name = 'Nobody'",
    );
    expect(made).toEqual([{ email: 'bob@example.com' }]);
  });

  it('registers only with a registration token: a guest and a signed-in customer are refused', async () => {
    const guest = await register(null, { email: 'guest@example.com' });
    expect(code(guest)).toBe('UNAUTHENTICATED');
    const signedIn = await register(adaToken, { email: 'again@example.com' });
    expect(signedIn.errors?.[0]).toMatchObject({
      message: 'Request already authenticated as a customer.',
      extensions: { code: 'FORBIDDEN' },
    });
    // A registration token is not a customer's: it reads no profile.
    const me = await supergraph.query(`{ me { id } }`, {}, as(await registrationToken('authid_ada')));
    expect(code(me)).toBe('UNAUTHENTICATED');
  });

  it('reads and changes its own profile with a customer token; a guest cannot', async () => {
    const me = await supergraph.query<{ me: Customer }>(`{ me { ${CUSTOMER} } }`, {}, as(adaToken));
    expect(me.data!.me).toEqual(ada);
    const updated = await supergraph.query<{ update_me: Customer }>(
      `mutation { update_me(data: { first_name: "Augusta Ada", company_name: "Analytical Engines" }) { ${CUSTOMER} } }`,
      {},
      as(adaToken),
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.update_me).toEqual({
      ...ada,
      first_name: 'Augusta Ada',
      company_name: 'Analytical Engines',
    });
    const guest = await supergraph.query(
      `mutation { update_me(data: { first_name: "Mallory" }) { id } }`,
      {},
      as(null),
    );
    expect(guest.status).toBe(401);
    expect(code(guest)).toBe('UNAUTHENTICATED');
    const [row] = await supergraph.db.query<{ first_name: string }>(
      'select first_name from customer.customer where id = $1',
      [ada.id],
    );
    expect(row.first_name).toBe('Augusta Ada');
  });

  it('saves addresses, a new default unsetting the old one', async () => {
    const create = `mutation ($data: CustomerAddressInput!) { create_my_address(data: $data) { ${ADDRESS} } }`;
    const first = await supergraph.query<{ create_my_address: Address }>(
      create,
      { data: { address_name: 'Home', city: 'London', country_code: 'gb', is_default_shipping: true } },
      as(adaToken),
    );
    expect(first.errors).toBeUndefined();
    home = first.data!.create_my_address;
    expect(home).toMatchObject({ customer_id: ada.id, is_default_shipping: true, is_default_billing: false });
    const second = await supergraph.query<{ create_my_address: Address }>(
      create,
      { data: { address_name: 'Office', city: 'Cambridge', is_default_shipping: true, is_default_billing: true } },
      as(adaToken),
    );
    office = second.data!.create_my_address;
    expect(office).toMatchObject({ is_default_shipping: true, is_default_billing: true });
    const billing = await supergraph.query<{ update_my_address: Address }>(
      `mutation { update_my_address(id: "${home.id}", data: { is_default_billing: true, city: "Londinium" }) { ${ADDRESS} } }`,
      {},
      as(adaToken),
    );
    expect(billing.data!.update_my_address).toMatchObject({
      city: 'Londinium',
      is_default_shipping: false,
      is_default_billing: true,
    });
    const me = await supergraph.query<{ me: { addresses: Address[] } }>(
      `{ me { addresses { ${ADDRESS} } } }`,
      {},
      as(adaToken),
    );
    expect(
      me.data!.me.addresses.map(({ address_name, is_default_shipping, is_default_billing }) => ({
        address_name,
        is_default_shipping,
        is_default_billing,
      })),
    ).toEqual([
      { address_name: 'Home', is_default_shipping: false, is_default_billing: true },
      { address_name: 'Office', is_default_shipping: true, is_default_billing: false },
    ]);
    const nullFlag = await supergraph.query(
      `mutation { update_my_address(id: "${home.id}", data: { is_default_shipping: null }) { id } }`,
      {},
      as(adaToken),
    );
    expect(nullFlag.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'data.is_default_shipping',
    });
  });

  it("never reads or changes another customer's profile or addresses", async () => {
    const before = await addressRows(ada.id);
    const update = await supergraph.query(
      `mutation { update_my_address(id: "${home.id}", data: { city: "Elsewhere" }) { id } }`,
      {},
      as(bobToken),
    );
    expect(code(update)).toBe('NOT_FOUND');
    const remove = await supergraph.query(`mutation { delete_my_address(id: "${home.id}") }`, {}, as(bobToken));
    expect(code(remove)).toBe('NOT_FOUND');
    const read = await supergraph.query(`{ customer_address(id: "${home.id}") { id city } }`, {}, as(bobToken));
    expect(code(read)).toBe('FORBIDDEN');
    const profile = await supergraph.query(`{ customer(id: "${ada.id}") { id email } }`, {}, as(bobToken));
    expect(code(profile)).toBe('FORBIDDEN');
    const bobsMe = await supergraph.query<{ me: Customer }>(`{ me { id email } }`, {}, as(bobToken));
    expect(bobsMe.data!.me).toEqual({ id: bob.id, email: 'bob@example.com' });
    expect(await addressRows(ada.id)).toEqual(before);
  });

  it('deletes its own address for good', async () => {
    const removed = await supergraph.query<{ delete_my_address: string }>(
      `mutation { delete_my_address(id: "${office.id}") }`,
      {},
      as(adaToken),
    );
    expect(removed.data!.delete_my_address).toBe(office.id);
    expect((await addressRows(ada.id)).map((row) => row.id)).toEqual([home.id]);
    const again = await supergraph.query(`mutation { delete_my_address(id: "${office.id}") }`, {}, as(adaToken));
    expect(code(again)).toBe('NOT_FOUND');
  });

  it("takes over a guest's cart, which then only that customer reads", async () => {
    const created = await supergraph.query<{ create_cart: { id: string; email: string } }>(
      'mutation { create_cart(input: { email: "guest-shopper@example.com" }) { id email } }',
      {},
      as(null),
    );
    expect(created.errors).toBeUndefined();
    const cartId = created.data!.create_cart.id;
    const guestRead = `{ cart(id: "${cartId}") { id email customer_id } }`;
    expect((await supergraph.query(guestRead, {}, as(null))).errors).toBeUndefined();

    const transfer = `mutation { transfer_cart_customer(cart_id: "${cartId}") { id email customer_id } }`;
    const guest = await supergraph.query(transfer, {}, as(null));
    expect(code(guest)).toBe('UNAUTHENTICATED');
    const taken = await supergraph.query<{
      transfer_cart_customer: { id: string; email: string; customer_id: string };
    }>(transfer, {}, as(adaToken));
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.transfer_cart_customer).toEqual({ id: cartId, email: 'ada@example.com', customer_id: ada.id });
    // Again: the cart is already its own, nothing changes.
    const again = await supergraph.query(transfer, {}, as(adaToken));
    expect(again.errors).toBeUndefined();

    expect(code(await supergraph.query(guestRead, {}, as(null)))).toBe('UNAUTHENTICATED');
    expect(code(await supergraph.query(guestRead, {}, as(bobToken)))).toBe('FORBIDDEN');
    const stolen = await supergraph.query(transfer, {}, as(bobToken));
    expect(code(stolen)).toBe('FORBIDDEN');
    const [row] = await supergraph.db.query<{ customer_id: string; email: string }>(
      'select customer_id, email from cart.cart where id = $1',
      [cartId],
    );
    expect(row).toEqual({ customer_id: ada.id, email: 'ada@example.com' });
  });
});

describe("an admin's writes to customers", () => {
  const ids = ['cus_01JD0000000000000000000C01', 'cus_01JD0000000000000000000C02'];

  it('creates customers (guests unless has_account, created by the admin), and a repeat creates nothing more', async () => {
    const create = `mutation ($data: [CustomerCreateInput!]!) { create_customers(data: $data) { ${CUSTOMER} created_by } }`;
    const data = [
      { id: ids[0], email: 'grace@example.com', first_name: 'Grace' },
      { id: ids[1], email: 'alan@example.com', has_account: true },
    ];
    const first = await supergraph.query<{ create_customers: (Customer & { created_by: string })[] }>(create, {
      data,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.create_customers.map((customer) => [customer.has_account, customer.created_by])).toEqual([
      [false, 'user_test_admin'],
      [true, 'user_test_admin'],
    ]);
    expect((await supergraph.query(create, { data })).data).toEqual(first.data);
    const taken = await supergraph.query(create, { data: [{ email: 'alan@example.com', has_account: true }] });
    expect(code(taken)).toBe('CONFLICT');
    const count = await supergraph.db.query("select id from customer.customer where email = 'alan@example.com'");
    expect(count).toHaveLength(1);
  });

  it("refuses what is not an email address, as Medusa's validators do, writing nothing", async () => {
    const created = await supergraph.query(
      'mutation { create_customers(data: [{ email: "grace@example.com" }, { email: "not-an-email" }]) { id } }',
    );
    expect(created.errors?.[0]).toMatchObject({
      message: 'Invalid email address',
      extensions: { code: 'BAD_USER_INPUT', argument: 'data[1].email' },
    });
    const updated = await supergraph.query(
      `mutation { update_customers(id: "${ids[0]}", data: { email: "two words@example.com" }) { id } }`,
    );
    expect(updated.errors?.[0]).toMatchObject({
      message: 'Invalid email address',
      extensions: { code: 'BAD_USER_INPUT', argument: 'data.email' },
    });
    expect(
      await supergraph.db.query("select count(*)::int as n from customer.customer where email like '%not-an-email%'"),
    ).toEqual([{ n: 0 }]);
  });

  it('updates, soft-deletes and restores customers', async () => {
    const updated = await supergraph.query<{ update_customers: Customer }>(
      `mutation { update_customers(id: "${ids[0]}", data: { last_name: "Hopper" }) { ${CUSTOMER} } }`,
    );
    expect(updated.data!.update_customers).toMatchObject({ first_name: 'Grace', last_name: 'Hopper' });
    const deleted = await supergraph.query<{ soft_delete_customers: string[] }>(
      `mutation { soft_delete_customers(ids: ["${ids[0]}"]) }`,
    );
    expect(deleted.data!.soft_delete_customers).toEqual([ids[0]]);
    expect((await supergraph.query<{ customer: null }>(`{ customer(id: "${ids[0]}") { id } }`)).data!.customer).toBe(
      null,
    );
    const restored = await supergraph.query<{ restore_customers: string[] }>(
      `mutation { restore_customers(ids: ["${ids[0]}"]) }`,
    );
    expect(restored.data!.restore_customers).toEqual([ids[0]]);
  });

  it("writes any customer's addresses, defaults as the store does", async () => {
    const create = `mutation ($data: [CustomerAddressCreateInput!]!) { create_customer_addresses(data: $data) { ${ADDRESS} } }`;
    const made = await supergraph.query<{ create_customer_addresses: Address[] }>(create, {
      data: [
        { id: 'cuaddr_01JD0000000000000000000C01', customer_id: ids[0], city: 'Arlington', is_default_shipping: true },
        { customer_id: ids[1], city: 'Manchester', is_default_billing: true },
      ],
    });
    expect(made.errors).toBeUndefined();
    const next = await supergraph.query<{ create_customer_addresses: Address[] }>(create, {
      data: [{ customer_id: ids[0], city: 'New York', is_default_shipping: true }],
    });
    expect(next.data!.create_customer_addresses[0].is_default_shipping).toBe(true);
    expect((await addressRows(ids[0])).map((row) => [row.city, row.is_default_shipping])).toEqual([
      ['Arlington', false],
      ['New York', true],
    ]);
    const unknown = await supergraph.query(create, {
      data: [{ customer_id: 'cus_01JD0000000000000000000C09', city: 'Nowhere' }],
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'data[0].customer_id' });
    const updated = await supergraph.query<{ update_customer_addresses: Address }>(
      `mutation { update_customer_addresses(id: "cuaddr_01JD0000000000000000000C01", data: { city: "Arlington, VA" }) { ${ADDRESS} } }`,
    );
    expect(updated.data!.update_customer_addresses.city).toBe('Arlington, VA');
    const removed = await supergraph.query<{ delete_customer_addresses: string[] }>(
      'mutation { delete_customer_addresses(ids: ["cuaddr_01JD0000000000000000000C01", "cuaddr_01JD0000000000000000000C09"]) }',
    );
    expect(removed.data!.delete_customer_addresses).toEqual(['cuaddr_01JD0000000000000000000C01']);
    expect(await addressRows(ids[0])).toHaveLength(1);
  });

  it('creates a group with its creator, and adds and removes members', async () => {
    const group = await supergraph.query<{ create_customer_groups: { id: string; created_by: string }[] }>(
      'mutation { create_customer_groups(data: [{ name: "Pioneers" }]) { id created_by } }',
    );
    const { id, created_by } = group.data!.create_customer_groups[0];
    expect(created_by).toBe('user_test_admin');
    const add = `mutation ($group: ID!, $ids: [ID!]!) { add_customers_to_group(group_id: $group, customer_ids: $ids) { id customers { id } } }`;
    const added = await supergraph.query<{ add_customers_to_group: { customers: { id: string }[] } }>(add, {
      group: id,
      ids,
    });
    expect(added.errors).toBeUndefined();
    expect(added.data!.add_customers_to_group.customers.map((customer) => customer.id)).toEqual(ids);
    // Members already in the group stay as they are.
    await supergraph.query(add, { group: id, ids: [ids[0]] });
    const pivot = () =>
      supergraph.db.query<{ customer_id: string; created_by: string }>(
        'select customer_id, created_by from customer.customer_group_customer where customer_group_id = $1 order by customer_id',
        [id],
      );
    expect(await pivot()).toEqual(ids.map((customer_id) => ({ customer_id, created_by: 'user_test_admin' })));
    const removed = await supergraph.query<{ remove_customers_from_group: { customers: { id: string }[] } }>(
      `mutation { remove_customers_from_group(group_id: "${id}", customer_ids: ["${ids[0]}"]) { customers { id } } }`,
    );
    expect(removed.data!.remove_customers_from_group.customers).toEqual([{ id: ids[1] }]);
    expect((await pivot()).map((row) => row.customer_id)).toEqual([ids[1]]);
    const unknownGroup = await supergraph.query(add, { group: 'cusgroup_01JD0000000000000000000C09', ids });
    expect(code(unknownGroup)).toBe('NOT_FOUND');
    const unknownCustomer = await supergraph.query(add, { group: id, ids: ['cus_01JD0000000000000000000C09'] });
    expect(unknownCustomer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'customer_ids' });
  });

  it('is for admin users only', async () => {
    const customer = await supergraph.query(
      `mutation { create_customers(data: [{ email: "sneaky@example.com" }]) { id } }`,
      {},
      as(await customerToken('cus_01JD0000000000000000000C01')),
    );
    expect(customer.status).toBe(403);
    expect(code(customer)).toBe('FORBIDDEN');
    const guest = await supergraph.query(
      `mutation { add_customers_to_group(group_id: "cusgroup_01JD0000000000000000000C09", customer_ids: []) { id } }`,
      {},
      as(null),
    );
    expect(guest.status).toBe(401);
    expect(await supergraph.db.query("select id from customer.customer where email = 'sneaky@example.com'")).toEqual(
      [],
    );
  });
});

describe('registration tokens', () => {
  const secret = 'a-development-secret-of-more-than-32-characters';

  it("the development issuer signs one for an identity, which the gateway reads as a registration with the identity's email", async () => {
    const gateway = await serveGateway(
      buildGateway({ development: true, auth: { jwtSecret: secret }, devIssuerSecret: secret }),
      0,
      '127.0.0.1',
    );
    try {
      const ask = (body: unknown) =>
        fetch(new URL('/auth/token', gateway.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const issued = await ask({ actor_type: 'customer', auth_identity_id: 'authid_01', email: 'zoë@example.com' });
      expect(issued.status).toBe(200);
      const { token } = (await issued.json()) as { token: string };
      const actor = await createTokenVerifier({ jwtSecret: secret }).actorOf(`Bearer ${token}`);
      expect(actor).toEqual({ type: 'registration', id: 'authid_01', email: 'zoë@example.com' });
      // Through the headers to a subgraph, the email intact.
      expect(actorFromHeaders(actorHeaders(actor))).toEqual(actor);
      expect((await ask({ actor_type: 'customer', auth_identity_id: 'bad id!' })).status).toBe(400);
    } finally {
      await gateway.close();
    }
  });
});
