import {
  CATALOG_TIME,
  countries,
  customerCount,
  customerGroups,
  customerTime,
  demoCustomer,
  demoCustomerDetails,
  regions,
  salesChannels,
} from '../seed/catalog';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * The customer, region and sales channel modules through the gateway: customers with their
 * addresses and groups, regions with their countries, and sales channels; filters, pagination,
 * soft deletes and bad input, checked against the demo data (seed/catalog.ts).
 */
const CARTS = 4;
let supergraph: TestSupergraph;
beforeAll(async () => {
  supergraph = await startTestSupergraph(CARTS);
});
afterAll(() => supergraph?.stop());

async function data<Data>(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

function expectBadInput(response: GraphQLResponse, mentions: string): void {
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(response.errors![0].message).toContain(mentions);
}

interface Page<T> {
  data: T[];
  metadata: { count: number; skip: number; take: number };
}

const sorted = (values: string[]) => [...values].sort();
/** Every demo customer, by index, as the seed made it. */
const CUSTOMERS = Array.from({ length: customerCount(CARTS) }, (_, index) => ({
  index,
  ...demoCustomer(index),
  ...demoCustomerDetails(index),
}));
const group = (key: string) => customerGroups.find((candidate) => candidate.key === key)!;
const members = (key: string) =>
  CUSTOMERS.filter((customer) => customer.groups.some((member) => member.customer_group_id === group(key).id));

async function customerIds(filters: string, variables?: Record<string, unknown>, signature = ''): Promise<string[]> {
  const { customers } = await data<{ customers: Page<{ id: string }> }>(
    `query${signature} { customers(filters: ${filters}, pagination: { take: 200 }) { data { id } metadata { count } } }`,
    variables,
  );
  expect(customers.metadata.count).toBe(customers.data.length);
  return sorted(customers.data.map((customer) => customer.id));
}
const idsOf = (list: { id: string }[]) => sorted(list.map((item) => item.id));

describe('customers', () => {
  it('has the seeded customers, registered and guests, with their fields', async () => {
    const { customers } = await data<{ customers: Page<Record<string, unknown>> }>(
      `{ customers(pagination: { take: 200 }) { data { id email first_name last_name phone company_name has_account created_at deleted_at } metadata { count } } }`,
    );
    expect(customers.metadata.count).toBe(CUSTOMERS.length);
    const seventh = CUSTOMERS[7];
    expect(customers.data.find((customer) => customer.id === seventh.id)).toEqual({
      id: seventh.id,
      email: 'ken.lovelace.7@example.com',
      first_name: 'Ken',
      last_name: 'Lovelace',
      phone: '+15550000007',
      company_name: 'Compiler Works',
      has_account: true,
      created_at: new Date(customerTime(7)).toISOString(),
      deleted_at: null,
    });
    expect(customers.data.filter((customer) => customer.has_account === false)).toHaveLength(CUSTOMERS.length / 5);
  });

  it('filters by ids, emails, names, company, account and group', async () => {
    const [a, b] = [CUSTOMERS[3], CUSTOMERS[30]];
    expect(await customerIds('{ id: $ids }', { ids: [a.id, b.id] }, '($ids: [ID!])')).toEqual(idsOf([a, b]));
    expect(
      await customerIds(
        '{ email: $emails }',
        { emails: [a.email, b.email, 'nobody@example.com'] },
        '($emails: [String!])',
      ),
    ).toEqual(idsOf([a, b]));
    expect(await customerIds('{ first_name: ["Ada"] }')).toEqual(
      idsOf(CUSTOMERS.filter((customer) => customer.first_name === 'Ada')),
    );
    expect(await customerIds('{ last_name: ["Hopper"], first_name: ["Ada", "Grace"] }')).toEqual(
      idsOf(
        CUSTOMERS.filter(
          (customer) => customer.last_name === 'Hopper' && ['Ada', 'Grace'].includes(customer.first_name),
        ),
      ),
    );
    expect(await customerIds('{ company_name: ["Compiler Works"] }')).toEqual(
      idsOf(CUSTOMERS.filter((customer) => customer.company_name === 'Compiler Works')),
    );
    expect(await customerIds('{ has_account: false }')).toEqual(
      idsOf(CUSTOMERS.filter((customer) => !customer.has_account)),
    );
    expect(await customerIds(`{ group_id: ["${group('vip').id}"] }`)).toEqual(idsOf(members('vip')));
    expect(members('vip').length).toBeGreaterThan(3);
    expect(await customerIds(`{ group_id: ["${group('vip').id}", "${group('wholesale').id}"] }`)).toEqual(
      idsOf([...new Set([...members('vip'), ...members('wholesale')])]),
    );
  });

  it('filters by a sign-up date range (customers signed up a minute apart)', async () => {
    const range = { gte: new Date(customerTime(10)).toISOString(), lt: new Date(customerTime(20)).toISOString() };
    expect(await customerIds('{ created_at: $range }', { range }, '($range: DateTimeFilter)')).toEqual(
      idsOf(CUSTOMERS.slice(10, 20)),
    );
    expect(await customerIds(`{ updated_at: { lt: "${new Date(CATALOG_TIME).toISOString()}" } }`)).toEqual([]);
  });

  it('searches email, names, company and phone with q', async () => {
    expect(await customerIds('{ q: "HOPPER" }')).toEqual(
      idsOf(CUSTOMERS.filter((customer) => customer.last_name === 'Hopper')),
    );
    expect(await customerIds('{ q: "+15550000042" }')).toEqual(idsOf([CUSTOMERS[42]]));
    expect(await customerIds('{ q: "engines" }')).toEqual(
      idsOf(CUSTOMERS.filter((customer) => customer.company_name === 'Analytical Engines Ltd')),
    );
    expect(await customerIds('{ q: "ada.lovelace.0@" }')).toEqual(idsOf([CUSTOMERS[0]]));
  });

  it('paginates with skip, take and order', async () => {
    const emails = sorted(CUSTOMERS.map((customer) => customer.email));
    const page = async (pagination: string) =>
      (
        await data<{ customers: Page<{ email: string }> }>(
          `{ customers(pagination: ${pagination}) { data { email } metadata { count skip take } } }`,
        )
      ).customers;
    expect(await page('{ order: "email", skip: 5, take: 3 }')).toEqual({
      data: emails.slice(5, 8).map((email) => ({ email })),
      metadata: { count: CUSTOMERS.length, skip: 5, take: 3 },
    });
    expect((await page('{ order: "-email", take: 2 }')).data).toEqual(
      [...emails]
        .reverse()
        .slice(0, 2)
        .map((email) => ({ email })),
    );
    expect((await page('{ order: "-created_at", take: 1 }')).data).toEqual([
      { email: CUSTOMERS[CUSTOMERS.length - 1].email },
    ]);
    expect(await page(`{ skip: ${CUSTOMERS.length} }`)).toEqual({
      data: [],
      metadata: { count: CUSTOMERS.length, skip: CUSTOMERS.length, take: 20 },
    });
    expect((await page('{ take: 200 }')).data).toHaveLength(CUSTOMERS.length);
  });

  it('has its saved addresses, with one default shipping and one default billing', async () => {
    const companyCustomer = CUSTOMERS[7];
    const { customer } = await data<{ customer: { addresses: Record<string, unknown>[] } }>(
      `query($id: ID!) { customer(id: $id) { addresses {
        id address_name is_default_shipping is_default_billing company first_name last_name address_1 city country_code postal_code phone
        customer { id }
      } } }`,
      { id: companyCustomer.id },
    );
    expect(customer.addresses).toEqual(
      [...companyCustomer.addresses]
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((address) => ({
          id: address.id,
          address_name: address.address_name,
          is_default_shipping: address.is_default_shipping,
          is_default_billing: address.is_default_billing,
          company: address.company,
          first_name: 'Ken',
          last_name: 'Lovelace',
          address_1: address.address_1,
          city: 'New York',
          country_code: 'us',
          postal_code: address.postal_code,
          phone: '+15550000007',
          customer: { id: companyCustomer.id },
        })),
    );
    expect(customer.addresses.map((address) => address.address_name).sort()).toEqual(['Home', 'Office']);
    const guest = await data<{ customer: { has_account: boolean; addresses: unknown[]; groups: unknown[] } }>(
      `{ customer(id: "${CUSTOMERS[4].id}") { has_account addresses { id } groups { id } } }`,
    );
    expect(guest.customer).toEqual({ has_account: false, addresses: [], groups: [] });
  });

  it("refuses a second default shipping address for a customer (Medusa's partial unique index)", async () => {
    const customer = CUSTOMERS[0];
    await expect(
      supergraph.db.query(
        `insert into customer.customer_address (id, customer_id, is_default_shipping) values ('cuaddr_01KDVDNA00ZZZZZZZZZZZZZZZZ', $1, true)`,
        [customer.id],
      ),
    ).rejects.toThrow(/customer_address_unique_customer_shipping/);
  });

  it('hides a soft-deleted customer from lists, by-id and its groups, unless with_deleted', async () => {
    const vip = members('vip')[0];
    await supergraph.db.query('update customer.customer set deleted_at = now() where id = $1', [vip.id]);
    try {
      const query = `query($id: ID!, $deleted: Boolean) {
        customer(id: $id, with_deleted: $deleted) { id deleted_at }
        customers(with_deleted: $deleted) { metadata { count } }
        customer_group(id: "${group('vip').id}") { customers { id } }
      }`;
      const hidden = await data<{
        customer: null;
        customers: Page<never>;
        customer_group: { customers: { id: string }[] };
      }>(query, { id: vip.id });
      expect(hidden.customer).toBeNull();
      expect(hidden.customers.metadata.count).toBe(CUSTOMERS.length - 1);
      expect(idsOf(hidden.customer_group.customers)).toEqual(idsOf(members('vip').slice(1)));
      const shown = await data<{
        customer: { id: string; deleted_at: string };
        customers: Page<never>;
        customer_group: { customers: { id: string }[] };
      }>(query, {
        id: vip.id,
        deleted: true,
      });
      expect(shown.customer.id).toBe(vip.id);
      expect(shown.customer.deleted_at).not.toBeNull();
      expect(shown.customers.metadata.count).toBe(CUSTOMERS.length);
      expect(idsOf(shown.customer_group.customers)).toEqual(idsOf(members('vip').slice(1)));
    } finally {
      await supergraph.db.query('update customer.customer set deleted_at = null where id = $1', [vip.id]);
    }
  });

  it('is the customer a cart links to, with its groups', async () => {
    const { carts } = await data<{
      carts: { data: { customer_id: string; customer: { id: string; groups: { name: string }[] } }[] };
    }>('{ carts { data { customer_id customer { id groups { name } } } } }');
    expect(carts.data).toHaveLength(CARTS);
    for (const cart of carts.data) {
      const expected = CUSTOMERS.find((customer) => customer.id === cart.customer_id)!;
      expect(cart.customer).toEqual({
        id: expected.id,
        groups: expected.groups
          .map((member) => ({
            name: customerGroups.find((candidate) => candidate.id === member.customer_group_id)!.name,
          }))
          .sort((x, y) => (x.name < y.name ? -1 : 1)),
      });
    }
  });
});

describe('customer groups and addresses', () => {
  it('lists groups with their members, filtered by name and q', async () => {
    const { all, wholesale, byQ } = await data<
      Record<
        string,
        Page<{ id: string; name: string; metadata: unknown; customers: { id: string; company_name: string | null }[] }>
      >
    >(`{
      all: customer_groups(pagination: { order: "-name" }) { data { id name metadata customers { id company_name } } metadata { count skip take } }
      wholesale: customer_groups(filters: { name: ["Wholesale"] }) { data { id name metadata customers { id company_name } } metadata { count skip take } }
      byQ: customer_groups(filters: { q: "vi" }) { data { id name metadata customers { id company_name } } metadata { count skip take } }
    }`);
    expect(all.data.map((row) => row.name)).toEqual(['Wholesale', 'VIP']);
    expect(all.metadata.count).toBe(2);
    expect(wholesale.data[0].metadata).toEqual({ payment_terms: 'net 30' });
    expect(idsOf(wholesale.data[0].customers)).toEqual(idsOf(members('wholesale')));
    for (const customer of wholesale.data[0].customers) expect(customer.company_name).not.toBeNull();
    expect(byQ.data.map((row) => row.name)).toEqual(['VIP']);
    expect(idsOf(byQ.data[0].customers)).toEqual(idsOf(members('vip')));
  });

  it('lists addresses by customer, country and default flags', async () => {
    const addresses = CUSTOMERS.flatMap((customer) =>
      customer.addresses.map((address) => ({ ...address, customer_id: customer.id })),
    );
    const list = async (filters: string) =>
      (
        await data<{ customer_addresses: Page<{ id: string }> }>(
          `{ customer_addresses(filters: ${filters}, pagination: { take: 200 }) { data { id } metadata { count } } }`,
        )
      ).customer_addresses;
    expect((await list('{}')).metadata.count).toBe(addresses.length);
    expect(idsOf((await list(`{ customer_id: ["${CUSTOMERS[13].id}"] }`)).data)).toEqual(
      idsOf(CUSTOMERS[13].addresses),
    );
    expect(idsOf((await list('{ country_code: ["de", "gb"] }')).data)).toEqual(
      idsOf(addresses.filter((address) => ['de', 'gb'].includes(address.country_code))),
    );
    const billing = await list('{ is_default_billing: true }');
    // Every registered customer has exactly one default billing address.
    expect(billing.metadata.count).toBe(CUSTOMERS.filter((customer) => customer.has_account).length);
    expect(idsOf((await list('{ is_default_shipping: false }')).data)).toEqual(
      idsOf(addresses.filter((address) => address.address_name === 'Office')),
    );
    const { customer_addresses } = await data<{ customer_addresses: Page<{ postal_code: string }> }>(
      `{ customer_addresses(filters: { customer_id: ["${CUSTOMERS[1].id}"] }, pagination: { order: "-postal_code" }) { data { postal_code } metadata { count } } }`,
    );
    expect(customer_addresses.data.map((row) => row.postal_code)).toEqual(
      CUSTOMERS[1].addresses
        .map((address) => address.postal_code)
        .sort()
        .reverse(),
    );
  });

  it('hides a soft-deleted address from its customer and the list, unless with_deleted', async () => {
    const address = CUSTOMERS[1].addresses[1];
    await supergraph.db.query('update customer.customer_address set deleted_at = now() where id = $1', [address.id]);
    try {
      const query = `query($deleted: Boolean) {
        customer_address(id: "${address.id}", with_deleted: $deleted) { address_name }
        customer_addresses(filters: { customer_id: ["${CUSTOMERS[1].id}"] }, with_deleted: $deleted) { metadata { count } }
        customer(id: "${CUSTOMERS[1].id}") { addresses { address_name } }
      }`;
      expect(await data(query)).toEqual({
        customer_address: null,
        customer_addresses: { metadata: { count: 1 } },
        customer: { addresses: [{ address_name: 'Home' }] },
      });
      expect(await data(query, { deleted: true })).toEqual({
        customer_address: { address_name: 'Office' },
        customer_addresses: { metadata: { count: 2 } },
        customer: { addresses: [{ address_name: 'Home' }] },
      });
    } finally {
      await supergraph.db.query('update customer.customer_address set deleted_at = null where id = $1', [address.id]);
    }
  });
});

/** The countries Medusa's region module loads (its DefaultsUtils.defaultCountries), from migration 002. */
const MEDUSA_COUNTRIES = 250;

describe('regions and countries', () => {
  const region = (key: string) => regions.find((candidate) => candidate.key === key)!;

  it('lists regions with their countries, filtered by name, currency, dates and q', async () => {
    const result = await data<
      Record<
        string,
        Page<{
          name: string;
          currency_code: string;
          automatic_taxes: boolean;
          countries: { iso_2: string; region: { name: string } }[];
        }>
      >
    >(`{
      all: regions(pagination: { order: "name" }) { ...page }
      byName: regions(filters: { name: ["Europe", "Atlantis"] }) { ...page }
      byCurrency: regions(filters: { currency_code: ["usd", "gbp"] }, pagination: { order: "-currency_code" }) { ...page }
      byQ: regions(filters: { q: "AMERICA" }) { ...page }
      byDate: regions(filters: { created_at: { gte: "${new Date(CATALOG_TIME).toISOString()}", lte: "${new Date(CATALOG_TIME).toISOString()}" } }) { ...page }
      before: regions(filters: { created_at: { lt: "${new Date(CATALOG_TIME).toISOString()}" } }) { ...page }
    }
    fragment page on RegionList { data { name currency_code automatic_taxes countries { iso_2 region { name } } } metadata { count skip take } }`);
    expect(result.all.data.map((row) => row.name)).toEqual(['Europe', 'North America', 'United Kingdom']);
    const europe = result.all.data[0];
    expect(europe.countries.map((country) => country.iso_2)).toEqual(
      countries
        .filter((country) => country.region === 'eu')
        .map((country) => country.iso_2)
        .sort(),
    );
    for (const country of europe.countries) expect(country.region.name).toBe('Europe');
    expect(result.byName.data.map((row) => row.name)).toEqual(['Europe']);
    expect(result.byCurrency.data.map((row) => row.currency_code)).toEqual(['usd', 'gbp']);
    expect(result.byQ.data.map((row) => row.name)).toEqual(['North America']);
    expect(result.byDate.metadata.count).toBe(3);
    expect(result.before).toEqual({ data: [], metadata: { count: 0, skip: 0, take: 20 } });
  });

  it('pages regions', async () => {
    const { regions: page } = await data<{ regions: Page<{ id: string }> }>(
      `{ regions(pagination: { order: "-name", skip: 1, take: 1 }) { data { id } metadata { count skip take } } }`,
    );
    expect(page).toEqual({ data: [{ id: region('na').id }], metadata: { count: 3, skip: 1, take: 1 } });
    const { past } = await data<{ past: Page<{ id: string }> }>(
      '{ past: regions(pagination: { skip: 3 }) { data { id } metadata { count } } }',
    );
    expect(past).toEqual({ data: [], metadata: { count: 3 } });
  });

  it('lists countries by iso_2, iso_3 and region', async () => {
    const { byIso3, byRegion, all, every } = await data<
      Record<string, Page<{ iso_2: string; iso_3: string; display_name: string }>>
    >(`{
      byIso3: countries(filters: { iso_3: ["deu", "usa"] }) { data { iso_2 iso_3 display_name } metadata { count skip take } }
      byRegion: countries(filters: { region_id: ["${region('na').id}"] }, pagination: { order: "-iso_2" }) { data { iso_2 iso_3 display_name } metadata { count skip take } }
      all: countries(filters: { iso_2: ${JSON.stringify(countries.map((country) => country.iso_2))} }, pagination: { order: "display_name", take: 3, skip: 2 }) { data { iso_2 iso_3 display_name } metadata { count skip take } }
      every: countries { metadata { count } }
    }`);
    expect(byIso3.data).toEqual([
      { iso_2: 'de', iso_3: 'deu', display_name: 'Germany' },
      { iso_2: 'us', iso_3: 'usa', display_name: 'United States' },
    ]);
    expect(byRegion.data.map((row) => row.iso_2)).toEqual(['us', 'ca']);
    const names = countries.map((country) => country.display_name).sort();
    expect(all).toEqual({
      data: names.slice(2, 5).map((display_name) => expect.objectContaining({ display_name })),
      metadata: { count: countries.length, skip: 2, take: 3 },
    });
    // Every country of Medusa's list is there, whether a region claims it or not.
    expect(every.metadata.count).toBe(MEDUSA_COUNTRIES);
  });

  it('hides a soft-deleted region and country unless with_deleted', async () => {
    const uk = region('uk');
    await supergraph.db.query('update region.region set deleted_at = now() where id = $1', [uk.id]);
    await supergraph.db.query(`update region.region_country set deleted_at = now() where iso_2 = 'se'`);
    try {
      const query = `query($deleted: Boolean) {
        region(id: "${uk.id}", with_deleted: $deleted) { name }
        regions(with_deleted: $deleted) { metadata { count } }
        country(iso_2: "se", with_deleted: $deleted) { iso_2 }
        countries(with_deleted: $deleted) { metadata { count } }
        europe: region(id: "${region('eu').id}") { countries { iso_2 } }
      }`;
      const hidden = await data<{ europe: { countries: { iso_2: string }[] } }>(query);
      expect(hidden).toMatchObject({
        region: null,
        regions: { metadata: { count: 2 } },
        country: null,
        countries: { metadata: { count: MEDUSA_COUNTRIES - 1 } },
      });
      expect(hidden.europe.countries.map((country) => country.iso_2)).not.toContain('se');
      const shown = await data<{ europe: { countries: { iso_2: string }[] } }>(query, { deleted: true });
      expect(shown).toMatchObject({
        region: { name: 'United Kingdom' },
        regions: { metadata: { count: 3 } },
        country: { iso_2: 'se' },
        countries: { metadata: { count: MEDUSA_COUNTRIES } },
      });
      expect(shown.europe.countries.map((country) => country.iso_2)).not.toContain('se');
    } finally {
      await supergraph.db.query('update region.region set deleted_at = null where id = $1', [uk.id]);
      await supergraph.db.query(`update region.region_country set deleted_at = null where iso_2 = 'se'`);
    }
  });
});

describe('sales channels', () => {
  it('lists the channels, filtered by name, is_disabled, dates and q', async () => {
    const result = await data<
      Record<string, Page<{ id: string; name: string; description: string; is_disabled: boolean }>>
    >(`{
      all: sales_channels(pagination: { order: "name" }) { ...page }
      disabled: sales_channels(filters: { is_disabled: true }) { ...page }
      enabled: sales_channels(filters: { is_disabled: false }, pagination: { order: "-name" }) { ...page }
      byName: sales_channels(filters: { name: ["Mobile App", "Fax"] }) { ...page }
      byDescription: sales_channels(filters: { q: "b2b" }) { ...page }
      byQ: sales_channels(filters: { q: "APP" }) { ...page }
      byDate: sales_channels(filters: { updated_at: { gt: "${new Date(CATALOG_TIME).toISOString()}" } }) { ...page }
    }
    fragment page on SalesChannelList { data { id name description is_disabled } metadata { count skip take } }`);
    expect(result.all.data.map((row) => row.name)).toEqual(['Default Sales Channel', 'Mobile App', 'Wholesale']);
    expect(result.all.metadata).toEqual({ count: salesChannels.length, skip: 0, take: 20 });
    expect(result.disabled.data).toEqual([{ ...salesChannels[1] }]);
    expect(result.enabled.data.map((row) => row.name)).toEqual(['Mobile App', 'Default Sales Channel']);
    expect(result.byName.data.map((row) => row.name)).toEqual(['Mobile App']);
    expect(result.byDescription.data.map((row) => row.name)).toEqual(['Wholesale']);
    expect(result.byQ.data.map((row) => row.name)).toEqual(['Mobile App']);
    expect(result.byDate.metadata.count).toBe(0);
  });

  it('pages the channels', async () => {
    const { sales_channels } = await data<{ sales_channels: Page<{ name: string }> }>(
      '{ sales_channels(pagination: { order: "-name", skip: 2, take: 5 }) { data { name } metadata { count skip take } } }',
    );
    expect(sales_channels).toEqual({
      data: [{ name: 'Default Sales Channel' }],
      metadata: { count: 3, skip: 2, take: 5 },
    });
  });

  it('hides a soft-deleted channel unless with_deleted, and the cart link then gives null', async () => {
    const channel = salesChannels[0];
    await supergraph.db.query('update sales_channel.sales_channel set deleted_at = now() where id = $1', [channel.id]);
    try {
      const query = `query($deleted: Boolean) {
        sales_channel(id: "${channel.id}", with_deleted: $deleted) { name }
        sales_channels(with_deleted: $deleted) { metadata { count } }
      }`;
      expect(await data(query)).toEqual({ sales_channel: null, sales_channels: { metadata: { count: 2 } } });
      expect(await data(query, { deleted: true })).toEqual({
        sales_channel: { name: channel.name },
        sales_channels: { metadata: { count: 3 } },
      });
      const { carts } = await data<{ carts: { data: { sales_channel_id: string; sales_channel: null }[] } }>(
        '{ carts(pagination: { take: 1 }) { data { sales_channel_id sales_channel { name } } } }',
      );
      expect(carts.data[0]).toEqual({ sales_channel_id: channel.id, sales_channel: null });
    } finally {
      await supergraph.db.query('update sales_channel.sales_channel set deleted_at = null where id = $1', [channel.id]);
    }
  });
});

describe('no N+1 for customers', () => {
  it('a page of 40 customers with addresses and groups costs the same statements as a page of 2 VIPs', async () => {
    const query = `query($take: Int!, $groups: [ID!]) { customers(filters: { group_id: $groups }, pagination: { take: $take }) { data {
      id addresses { id customer { id } } groups { name customers { id } }
    } } }`;
    // Both pages reach every relation: the VIPs have addresses and a group.
    const two = await supergraph.count(() => supergraph.query(query, { take: 2, groups: [group('vip').id] }));
    const forty = await supergraph.count(() => supergraph.query(query, { take: 40 }));
    expect(two.result.errors).toBeUndefined();
    expect(forty.result.errors).toBeUndefined();
    // The page, addresses, their customer, groups, the groups' customers: one statement each.
    expect(two.statements).toBe(5);
    expect(forty.statements).toBe(two.statements);
    expect(forty.subgraphRequests).toEqual({ customer: 1 });
  });
});

describe('bad input on the customer, region and sales channel lists', () => {
  it('an unknown sort field is BAD_USER_INPUT', async () => {
    for (const list of ['customers', 'customer_groups', 'customer_addresses', 'regions', 'sales_channels']) {
      expectBadInput(
        await supergraph.query(`{ ${list}(pagination: { order: "password" }) { data { id } } }`),
        'Unknown sort field "password"',
      );
    }
    expectBadInput(
      await supergraph.query('{ countries(pagination: { order: "region" }) { data { iso_2 } } }'),
      'Unknown sort field "region"',
    );
  });

  it('a malformed date in a variable is BAD_USER_INPUT', async () => {
    for (const list of ['customers', 'customer_groups', 'regions', 'sales_channels']) {
      const response = await supergraph.query(
        `query($at: DateTime) { ${list}(filters: { created_at: { lt: $at } }) { metadata { count } } }`,
        {
          at: '2026-13-45',
        },
      );
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toContain('2026-13-45');
    }
  });

  it('a malformed id is BAD_USER_INPUT naming the expected prefix', async () => {
    const cases: [string, string][] = [
      [`{ customers(filters: { group_id: ["${CUSTOMERS[0].id}"] }) { data { id } } }`, 'filters.group_id'],
      [`{ customers(filters: { id: ["cus_1"] }) { data { id } } }`, 'expected "cus_"'],
      [
        `{ customer_addresses(filters: { customer_id: ["${group('vip').id}"] }) { data { id } } }`,
        'filters.customer_id',
      ],
      [`{ customer_group(id: "${CUSTOMERS[0].id}") { id } }`, 'expected "cusgroup_"'],
      [`{ customer_address(id: "nope") { id } }`, 'expected "cuaddr_"'],
      [`{ regions(filters: { id: ["${salesChannels[0].id}"] }) { data { id } } }`, 'expected "reg_"'],
      [`{ countries(filters: { region_id: ["eu"] }) { data { iso_2 } } }`, 'filters.region_id'],
      [`{ countries(filters: { iso_2: ["DE"] }) { data { iso_2 } } }`, 'filters.iso_2'],
      [`{ sales_channels(filters: { id: ["${regions[0].id}"] }) { data { id } } }`, 'expected "sc_"'],
    ];
    for (const [query, mentions] of cases) expectBadInput(await supergraph.query(query), mentions);
  });
});
