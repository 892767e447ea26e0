import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * An admin manages regions as Medusa's region module and its admin routes allow, through the real
 * gateway: the module's primitives (create_regions … restore_regions, with a region's countries),
 * and POST /admin/regions as durable workflows that also link the region's payment providers.
 */
interface Region {
  id: string;
  name: string;
  currency_code: string;
  automatic_taxes: boolean;
  metadata: unknown;
  countries: { iso_2: string }[];
}

const FIELDS = 'id name currency_code automatic_taxes metadata countries { iso_2 }';
const ids = {
  nordics: 'reg_01JD0000000000000000000001',
  alps: 'reg_01JD0000000000000000000002',
  iberia: 'reg_01JD0000000000000000000003',
  benelux: 'reg_01JD0000000000000000000004',
  refused: 'reg_01JD0000000000000000000005',
  sneaky: 'reg_01JD0000000000000000000006',
};

describe("an admin's regions", () => {
  let supergraph: TestSupergraph;
  beforeAll(async () => {
    // The workflows subgraph extends orders and fulfillments (their statuses), so those come too; the
    // product module keeps each region's price preference.
    supergraph = await startTestSupergraph(0, {
      only: ['region', 'payment', 'link', 'workflows', 'order', 'fulfillment', 'product'],
    });
    // Every country of Medusa's list exists (region migration 002); the demo's regions claim ten of them.
    await supergraph.db.query(`insert into payment.payment_provider (id) values ('pp_manual_manual')`);
  });
  afterAll(() => supergraph?.stop());

  const countriesOf = async (region: string) =>
    (
      await supergraph.db.query<{ iso_2: string }>(
        'select iso_2 from region.region_country where region_id = $1 order by iso_2',
        [region],
      )
    ).map((row) => row.iso_2);
  const regionRows = async (regionIds: string[]) =>
    supergraph.db.query<{ id: string; deleted_at: Date | null }>(
      'select id, deleted_at from region.region where id = any($1) order by id',
      [regionIds],
    );
  const providersOf = async (region: string) =>
    (
      await supergraph.db.query<{ payment_provider_id: string }>(
        `select payment_provider_id from link.region_payment_provider
          where region_id = $1 and deleted_at is null order by payment_provider_id`,
        [region],
      )
    ).map((row) => row.payment_provider_id);

  describe('the region module', () => {
    const create = `mutation ($data: [RegionCreateInput!]!) { create_regions(data: $data) { ${FIELDS} } }`;

    it('creates regions that claim their countries (codes in lower case), and a repeat creates nothing more', async () => {
      const data = [{ id: ids.nordics, name: '  Nordics ', currency_code: 'NOK', countries: ['NO', 'fi'] }];
      const first = await supergraph.query<{ create_regions: Region[] }>(create, { data });
      expect(first.errors).toBeUndefined();
      expect(first.data!.create_regions).toEqual([
        {
          id: ids.nordics,
          name: 'Nordics',
          currency_code: 'nok',
          automatic_taxes: true,
          metadata: null,
          countries: [{ iso_2: 'fi' }, { iso_2: 'no' }],
        },
      ]);
      const again = await supergraph.query<{ create_regions: Region[] }>(create, { data });
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(first.data);
      expect(await regionRows([ids.nordics])).toHaveLength(1);
      expect(await countriesOf(ids.nordics)).toEqual(['fi', 'no']);
    });

    it("refuses a country another region has, an unknown one, or one given twice, with Medusa's messages, writing nothing", async () => {
      const refused = async (countries: string[]) => {
        const { errors } = await supergraph.query(create, {
          data: [{ id: ids.refused, name: 'Refused', currency_code: 'eur', countries }],
        });
        return errors?.[0];
      };
      expect(await refused(['at', 'de'])).toMatchObject({
        message: 'Countries with codes: "de" are already assigned to a region',
        extensions: { code: 'BAD_USER_INPUT', argument: 'data[0].countries' },
      });
      expect(await refused(['at', 'zz'])).toMatchObject({
        message: 'Countries with codes: "zz" do not exist',
        extensions: { code: 'BAD_USER_INPUT', argument: 'data[0].countries' },
      });
      expect(await refused(['at', 'AT'])).toMatchObject({
        message: 'Countries with codes: "at" are already assigned to a region',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const nullName = await supergraph.query(create, {
        data: [{ id: ids.refused, name: 'Refused', currency_code: 'eur', automatic_taxes: null }],
      });
      expect(nullName.errors?.[0]).toMatchObject({
        message: 'data[0].automatic_taxes cannot be null',
        extensions: { code: 'BAD_USER_INPUT', argument: 'data[0].automatic_taxes' },
      });
      expect(await regionRows([ids.refused])).toEqual([]);
      expect(await countriesOf(ids.refused)).toEqual([]);
      expect((await supergraph.db.query("select region_id from region.region_country where iso_2 = 'at'"))[0]).toEqual({
        region_id: null,
      });
    });

    it("replaces a region's countries on update: those it leaves belong to no region", async () => {
      const { data, errors } = await supergraph.query<{ update_regions: Region }>(
        `mutation { update_regions(id: "${ids.nordics}", data: { countries: ["no", "AT"], currency_code: "EUR" }) { ${FIELDS} } }`,
      );
      expect(errors).toBeUndefined();
      expect(data!.update_regions).toMatchObject({
        currency_code: 'eur',
        countries: [{ iso_2: 'at' }, { iso_2: 'no' }],
      });
      expect(await countriesOf(ids.nordics)).toEqual(['at', 'no']);
      expect((await supergraph.db.query("select region_id from region.region_country where iso_2 = 'fi'"))[0]).toEqual({
        region_id: null,
      });
      const taken = await supergraph.query(
        `mutation { update_regions(id: "${ids.nordics}", data: { countries: ["no", "gb"] }) { id } }`,
      );
      expect(taken.errors?.[0]).toMatchObject({
        message: 'Countries with codes: "gb" are already assigned to a region',
        extensions: { code: 'BAD_USER_INPUT', argument: 'data.countries' },
      });
      expect(await countriesOf(ids.nordics)).toEqual(['at', 'no']);
      const unknown = await supergraph.query(
        'mutation { update_regions(id: "reg_01JD0000000000000000000099", data: { name: "X" }) { id } }',
      );
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('soft delete frees the countries, as Medusa does; a restored region has none', async () => {
      const deleted = await supergraph.query<{ soft_delete_regions: string[] }>(
        'mutation ($ids: [ID!]!) { soft_delete_regions(ids: $ids) }',
        { ids: [ids.nordics] },
      );
      expect(deleted.data!.soft_delete_regions).toEqual([ids.nordics]);
      expect((await regionRows([ids.nordics]))[0].deleted_at).not.toBeNull();
      expect(await countriesOf(ids.nordics)).toEqual([]);
      const restored = await supergraph.query<{ restore_regions: string[] }>(
        'mutation ($ids: [ID!]!) { restore_regions(ids: $ids) }',
        { ids: [ids.nordics] },
      );
      expect(restored.data!.restore_regions).toEqual([ids.nordics]);
      const { data } = await supergraph.query<{ region: Region }>(`{ region(id: "${ids.nordics}") { ${FIELDS} } }`);
      expect(data!.region).toMatchObject({ id: ids.nordics, countries: [] });
    });
  });

  describe('POST /admin/regions as workflows', () => {
    const create = `mutation ($data: [AdminCreateRegionInput!]!) {
      admin_create_regions(data: $data) { ${FIELDS} payment_providers { id } }
    }`;

    it('creates a region with its countries and links it to its payment providers; a repeat is harmless', async () => {
      const data = [
        {
          id: ids.alps,
          name: 'Alps',
          currency_code: 'CHF',
          countries: ['ch', 'at'],
          automatic_taxes: false,
          payment_providers: ['pp_system_default', 'pp_manual_manual'],
          metadata: { zone: 'alpine' },
        },
      ];
      const first = await supergraph.query<{ admin_create_regions: (Region & { payment_providers: unknown })[] }>(
        create,
        { data },
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.admin_create_regions).toEqual([
        {
          id: ids.alps,
          name: 'Alps',
          currency_code: 'chf',
          automatic_taxes: false,
          metadata: { zone: 'alpine' },
          countries: [{ iso_2: 'at' }, { iso_2: 'ch' }],
          payment_providers: expect.arrayContaining([{ id: 'pp_system_default' }, { id: 'pp_manual_manual' }]),
        },
      ]);
      expect(await providersOf(ids.alps)).toEqual(['pp_manual_manual', 'pp_system_default']);
      const again = await supergraph.query(create, { data });
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(first.data);
      expect(await regionRows([ids.alps])).toHaveLength(1);
      expect(await providersOf(ids.alps)).toEqual(['pp_manual_manual', 'pp_system_default']);
      const links = await supergraph.db.query('select id from link.region_payment_provider where region_id = $1', [
        ids.alps,
      ]);
      expect(links).toHaveLength(2);
    });

    it('makes a new id when none is given', async () => {
      const { data, errors } = await supergraph.query<{ admin_create_regions: { id: string }[] }>(
        'mutation { admin_create_regions(data: [{ name: "Nowhere", currency_code: "usd" }]) { id countries { iso_2 } } }',
      );
      expect(errors).toBeUndefined();
      expect(data!.admin_create_regions).toEqual([
        { id: expect.stringMatching(/^reg_[0-9A-HJKMNP-TV-Z]{26}$/), countries: [] },
      ]);
    });

    it('refuses unknown or disabled payment providers before anything is written', async () => {
      for (const provider of ['pp_nope_nope', 'pp_stripe_stripe']) {
        const { errors } = await supergraph.query(create, {
          data: [
            { id: ids.iberia, name: 'Iberia', currency_code: 'eur', countries: ['pt'], payment_providers: [provider] },
          ],
        });
        expect(errors?.[0]).toMatchObject({
          message: `Payment providers with ids ${provider} not found or not enabled`,
          extensions: { code: 'NOT_FOUND' },
        });
      }
      expect(await regionRows([ids.iberia])).toEqual([]);
      expect(await countriesOf(ids.iberia)).toEqual([]);
      expect(await providersOf(ids.iberia)).toEqual([]);
    });

    it('refuses a taken country, writing no region and no link', async () => {
      const { errors } = await supergraph.query(create, {
        data: [
          {
            id: ids.iberia,
            name: 'Iberia',
            currency_code: 'eur',
            countries: ['pt', 'es'],
            payment_providers: ['pp_system_default'],
          },
        ],
      });
      expect(errors?.[0]).toMatchObject({
        message: 'Countries with codes: "es" are already assigned to a region',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(await regionRows([ids.iberia])).toEqual([]);
      expect(await providersOf(ids.iberia)).toEqual([]);
    });

    it("replaces a region's countries and payment providers on update", async () => {
      const update = `mutation ($id: ID!, $data: AdminUpdateRegionInput!) {
        admin_update_regions(id: $id, data: $data) { ${FIELDS} payment_providers { id } }
      }`;
      const { data, errors } = await supergraph.query<{ admin_update_regions: Region }>(update, {
        id: ids.alps,
        data: { name: 'Alpine', countries: ['ch', 'pt'], payment_providers: ['pp_manual_manual'] },
      });
      expect(errors).toBeUndefined();
      expect(data!.admin_update_regions).toMatchObject({
        id: ids.alps,
        name: 'Alpine',
        currency_code: 'chf',
        countries: [{ iso_2: 'ch' }, { iso_2: 'pt' }],
        payment_providers: [{ id: 'pp_manual_manual' }],
      });
      expect(await countriesOf(ids.alps)).toEqual(['ch', 'pt']);
      expect(await providersOf(ids.alps)).toEqual(['pp_manual_manual']);
      // The dismissed link stays as a soft-deleted pivot row, as Medusa's dismiss leaves it.
      expect(
        await supergraph.db.query(
          "select deleted_at is not null as dismissed from link.region_payment_provider where region_id = $1 and payment_provider_id = 'pp_system_default'",
          [ids.alps],
        ),
      ).toEqual([{ dismissed: true }]);

      // Only providers, as Medusa: the fields stay; an unknown provider changes nothing.
      const refused = await supergraph.query(update, {
        id: ids.alps,
        data: { name: 'Changed', payment_providers: ['pp_nope_nope'] },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const unknown = await supergraph.query(update, { id: 'reg_01JD0000000000000000000099', data: { name: 'X' } });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const kept = await supergraph.query<{ region: { name: string } }>(`{ region(id: "${ids.alps}") { name } }`);
      expect(kept.data!.region.name).toBe('Alpine');
      expect(await providersOf(ids.alps)).toEqual(['pp_manual_manual']);
    });

    it('undoes the region when its links cannot be made: no live region, its countries free', async () => {
      // A provider whose links the database refuses: the links step fails after the region step.
      await supergraph.db.query(`insert into payment.payment_provider (id) values ('pp_broken_broken')`);
      await supergraph.db.query(`
        create function link.refuse_broken() returns trigger language plpgsql as $$
        begin
          if new.payment_provider_id = 'pp_broken_broken' then raise exception 'refused by the test'; end if;
          return new;
        end $$`);
      await supergraph.db.query(
        'create trigger refuse_broken before insert or update on link.region_payment_provider for each row execute function link.refuse_broken()',
      );
      try {
        const failed = await supergraph.query(create, {
          data: [
            {
              id: ids.benelux,
              name: 'Benelux',
              currency_code: 'eur',
              countries: ['be', 'lu'],
              payment_providers: ['pp_system_default', 'pp_broken_broken'],
            },
          ],
        });
        expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'WORKFLOW_FAILED', step: 'create-links' });
        expect(await regionRows([ids.benelux])).toEqual([{ id: ids.benelux, deleted_at: expect.any(Date) }]);
        expect(await countriesOf(ids.benelux)).toEqual([]);
        expect(await providersOf(ids.benelux)).toEqual([]);

        const update = await supergraph.query(
          `mutation { admin_update_regions(id: "${ids.alps}", data: { name: "Broken", countries: ["ch"], payment_providers: ["pp_broken_broken"] }) { id } }`,
        );
        expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'WORKFLOW_FAILED', step: 'create-links' });
        const { data } = await supergraph.query<{ region: { name: string; countries: { iso_2: string }[] } }>(
          `{ region(id: "${ids.alps}") { name countries { iso_2 } } }`,
        );
        expect(data!.region).toEqual({ name: 'Alpine', countries: [{ iso_2: 'ch' }, { iso_2: 'pt' }] });
        expect(await providersOf(ids.alps)).toEqual(['pp_manual_manual']);
      } finally {
        await supergraph.db.query('drop trigger refuse_broken on link.region_payment_provider');
      }
    });

    it('is for admin users only: a guest and a customer are refused and nothing is written', async () => {
      for (const mutation of [
        `mutation { admin_create_regions(data: [{ id: "${ids.sneaky}", name: "Sneaky", currency_code: "eur", countries: ["be"] }]) { id } }`,
        `mutation { create_regions(data: [{ id: "${ids.sneaky}", name: "Sneaky", currency_code: "eur", countries: ["be"] }]) { id } }`,
        `mutation { soft_delete_regions(ids: ["${ids.alps}"]) }`,
      ]) {
        const guest = await supergraph.query(mutation, {}, { token: null });
        expect(guest.status).toBe(401);
        expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        const customer = await supergraph.query(
          mutation,
          {},
          { token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }) },
        );
        expect(customer.status).toBe(403);
        expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await regionRows([ids.sneaky])).toEqual([]);
      expect((await regionRows([ids.alps]))[0].deleted_at).toBeNull();
    });
  });
});
