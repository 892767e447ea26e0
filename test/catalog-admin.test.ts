import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * An admin builds the catalog through the gateway (Medusa's product module service and POST
 * /admin/products): collections, categories, products with options, variants and prices; a guest
 * then finds the published product and puts it in a cart.
 */

const id = (prefix: string, n: number) => `${prefix}_01JE${String(n).padStart(22, '0')}`;

describe("the catalog's admin writes", () => {
  let supergraph: TestSupergraph;
  beforeAll(async () => {
    supergraph = await startTestSupergraph(0);
  });
  afterAll(() => supergraph?.stop());

  /** An admin's request that must succeed. */
  const ok = async <Data>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await supergraph.query<Data>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const refused = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await supergraph.query(query, variables);
    expect(response.data ?? null).toBeNull();
    return response.errors![0] as { message: string; extensions: Record<string, unknown> };
  };
  const rows = <R extends object = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    supergraph.db.query<R>(sql, params);

  describe('collections', () => {
    const create = `mutation ($data: [ProductCollectionCreateInput!]!) {
      create_product_collections(data: $data) { id title handle metadata } }`;

    it('derives the handle from the title, and a repeat with the same id creates nothing more', async () => {
      const data = [{ id: id('pcol', 1), title: 'Summer Sale 2026!', metadata: { season: 'summer' } }];
      const first = await ok<{ create_product_collections: unknown[] }>(create, { data });
      expect(first.create_product_collections).toEqual([
        { id: id('pcol', 1), title: 'Summer Sale 2026!', handle: 'summer-sale-2026', metadata: { season: 'summer' } },
      ]);
      expect(await ok(create, { data })).toEqual(first);
      expect(await rows('select id from product.product_collection where id = $1', [id('pcol', 1)])).toHaveLength(1);
    });

    it('refuses a handle a live collection has (CONFLICT), and frees it once that one is deleted', async () => {
      const clash = await refused(create, { data: [{ title: 'Other', handle: 'summer-sale-2026' }] });
      expect(clash).toMatchObject({
        message: 'Product collection with handle: summer-sale-2026, already exists.',
        extensions: { code: 'CONFLICT' },
      });
      const updated = await ok<{ update_product_collections: { title: string; handle: string } }>(
        `mutation { update_product_collections(id: "${id('pcol', 1)}", data: { title: "Summer" }) { title handle } }`,
      );
      expect(updated.update_product_collections).toEqual({ title: 'Summer', handle: 'summer-sale-2026' });
      expect(await ok(`mutation { soft_delete_product_collections(ids: ["${id('pcol', 1)}"]) }`)).toEqual({
        soft_delete_product_collections: [id('pcol', 1)],
      });
      expect(await ok(`mutation { restore_product_collections(ids: ["${id('pcol', 1)}"]) }`)).toEqual({
        restore_product_collections: [id('pcol', 1)],
      });
    });
  });

  describe('categories', () => {
    const create = `mutation ($data: [ProductCategoryCreateInput!]!) {
      create_product_categories(data: $data) { id handle rank mpath parent_category_id } }`;
    const tree = () =>
      rows<{ id: string; rank: number; mpath: string; parent_category_id: string | null }>(
        `select id, rank, mpath, parent_category_id from product.product_category
          where id like 'pcat_01JE%' and deleted_at is null order by id`,
      );

    it('gives each a handle from its name, its mpath below its parent, and a rank among its siblings', async () => {
      const made = await ok<{ create_product_categories: unknown[] }>(create, {
        data: [
          { id: id('pcat', 1), name: 'Men Wear' },
          { id: id('pcat', 2), name: 'Women', is_active: true },
          { id: id('pcat', 3), name: 'Dress Shirts', parent_category_id: id('pcat', 1) },
        ],
      });
      expect(made.create_product_categories).toEqual([
        {
          id: id('pcat', 1),
          handle: 'men-wear',
          rank: expect.any(Number),
          mpath: id('pcat', 1),
          parent_category_id: null,
        },
        {
          id: id('pcat', 2),
          handle: 'women',
          rank: expect.any(Number),
          mpath: id('pcat', 2),
          parent_category_id: null,
        },
        {
          id: id('pcat', 3),
          handle: 'dress-shirts',
          rank: 0,
          mpath: `${id('pcat', 1)}.${id('pcat', 3)}`,
          parent_category_id: id('pcat', 1),
        },
      ]);
      // A new first child moves the others down one.
      await ok(create, { data: [{ id: id('pcat', 4), name: 'Polos', parent_category_id: id('pcat', 1), rank: 0 }] });
      const ranks = Object.fromEntries((await tree()).map((row) => [row.id, row.rank]));
      expect([ranks[id('pcat', 4)], ranks[id('pcat', 3)]]).toEqual([0, 1]);
    });

    it('refuses a parent that does not exist', async () => {
      const error = await refused(create, { data: [{ name: 'Orphan', parent_category_id: id('pcat', 99) }] });
      expect(error).toMatchObject({
        message: `Parent category with id: '${id('pcat', 99)}' does not exist`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'data[0].parent_category_id' },
      });
    });

    it('moves a category with its subtree, and never below itself', async () => {
      await ok(create, { data: [{ id: id('pcat', 5), name: 'Linen', parent_category_id: id('pcat', 3) }] });
      await ok(
        `mutation { update_product_categories(id: "${id('pcat', 3)}", data: { parent_category_id: "${id('pcat', 2)}" }) { id } }`,
      );
      const after = Object.fromEntries((await tree()).map((row) => [row.id, row]));
      expect(after[id('pcat', 3)]).toMatchObject({ mpath: `${id('pcat', 2)}.${id('pcat', 3)}`, rank: 0 });
      expect(after[id('pcat', 5)].mpath).toBe(`${id('pcat', 2)}.${id('pcat', 3)}.${id('pcat', 5)}`);
      // Polos closes the gap Shirts left.
      expect(after[id('pcat', 4)].rank).toBe(0);
      const cycle = await refused(
        `mutation { update_product_categories(id: "${id('pcat', 3)}", data: { parent_category_id: "${id('pcat', 5)}" }) { id } }`,
      );
      expect(cycle.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('moves a category among its siblings by rank, keeping every set of siblings ranked 0, 1, 2, …', async () => {
      const moved = await ok<{ update_product_categories: { rank: number } }>(
        `mutation { update_product_categories(id: "${id('pcat', 2)}", data: { rank: 0, description: "All of it" }) { rank } }`,
      );
      expect(moved.update_product_categories).toEqual({ rank: 0 });
      const siblings = await rows<{ parent: string | null; ranks: number[] }>(
        `select parent_category_id as parent, array_agg(rank order by rank) as ranks from product.product_category
          where deleted_at is null group by parent_category_id`,
      );
      for (const { ranks } of siblings) expect(ranks).toEqual(ranks.map((_rank, index) => index));
    });

    it('refuses to delete a category with children (NOT_ALLOWED), and deletes a leaf', async () => {
      const error = await refused(`mutation { soft_delete_product_categories(ids: ["${id('pcat', 2)}"]) }`);
      expect(error).toMatchObject({
        message: `Deleting ProductCategory (${id('pcat', 2)}) with category children is not allowed`,
        extensions: { code: 'NOT_ALLOWED' },
      });
      expect(await ok(`mutation { soft_delete_product_categories(ids: ["${id('pcat', 5)}"]) }`)).toEqual({
        soft_delete_product_categories: [id('pcat', 5)],
      });
      expect(await ok(`mutation { restore_product_categories(ids: ["${id('pcat', 5)}"]) }`)).toEqual({
        restore_product_categories: [id('pcat', 5)],
      });
    });
  });

  describe('products', () => {
    const FIELDS = `id title handle status thumbnail discountable
      type { value } collection { id } tags { value } categories { id } images { url rank }
      options { title values { value } }
      variants { id title sku manage_inventory variant_rank options { value option { title } } prices { currency_code amount } }`;
    const create = `mutation ($data: [ProductCreateInput!]!) { create_products(data: $data) { ${FIELDS} } }`;
    const shirt = {
      id: id('prod', 1),
      title: 'Linen Shirt Ünique',
      type_id: id('ptyp', 1),
      collection_id: id('pcol', 1),
      tag_ids: [id('ptag', 1)],
      category_ids: [id('pcat', 1)],
      images: [{ url: 'https://img.test/front.png' }, { url: 'https://img.test/back.png' }],
      options: [
        { title: 'Size', values: ['S', 'M', 'L'] },
        { title: 'Color', values: ['White'] },
      ],
      variants: [
        {
          id: id('variant', 1),
          title: 'S / White',
          sku: 'LINEN-S-WHITE',
          options: { Size: 'S', Color: 'White' },
          prices: [
            { currency_code: 'EUR', amount: '39.5' },
            { currency_code: 'usd', amount: '42' },
          ],
        },
        {
          id: id('variant', 2),
          title: 'M / White',
          manage_inventory: false,
          options: { Size: 'M', Color: 'White' },
          prices: [{ currency_code: 'eur', amount: '39.5' }],
        },
      ],
    };

    beforeAll(async () => {
      await ok(`mutation { create_product_types(data: [{ id: "${id('ptyp', 1)}", value: "Catalog shirts" }]) { id } }`);
      await ok(`mutation { create_product_tags(data: [{ id: "${id('ptag', 1)}", value: "catalog-linen" }]) { id } }`);
    });

    it('creates a product with its options, variants, prices, images, tags and categories', async () => {
      const made = await ok<{ create_products: unknown[] }>(create, { data: [shirt] });
      expect(made.create_products).toEqual([
        {
          id: id('prod', 1),
          title: 'Linen Shirt Ünique',
          handle: 'linen-shirt-unique',
          status: 'draft',
          thumbnail: 'https://img.test/front.png',
          discountable: true,
          type: { value: 'Catalog shirts' },
          collection: { id: id('pcol', 1) },
          tags: [{ value: 'catalog-linen' }],
          categories: [{ id: id('pcat', 1) }],
          images: [
            { url: 'https://img.test/front.png', rank: 0 },
            { url: 'https://img.test/back.png', rank: 1 },
          ],
          options: [
            { title: 'Size', values: [{ value: 'S' }, { value: 'M' }, { value: 'L' }] },
            { title: 'Color', values: [{ value: 'White' }] },
          ],
          variants: [
            {
              id: id('variant', 1),
              title: 'S / White',
              sku: 'LINEN-S-WHITE',
              manage_inventory: true,
              variant_rank: 0,
              options: [
                { value: 'White', option: { title: 'Color' } },
                { value: 'S', option: { title: 'Size' } },
              ],
              prices: [
                { currency_code: 'eur', amount: '39.5' },
                { currency_code: 'usd', amount: '42' },
              ],
            },
            {
              id: id('variant', 2),
              title: 'M / White',
              sku: null,
              manage_inventory: false,
              variant_rank: 1,
              options: [
                { value: 'White', option: { title: 'Color' } },
                { value: 'M', option: { title: 'Size' } },
              ],
              prices: [{ currency_code: 'eur', amount: '39.5' }],
            },
          ],
        },
      ]);
      // A repeat (a lost answer sent again) writes nothing more.
      expect(await ok(create, { data: [shirt] })).toEqual(made);
      expect(await rows('select id from product.product_variant where product_id = $1', [id('prod', 1)])).toHaveLength(
        2,
      );
      expect(
        await rows(
          `select p.currency_code from product.product_variant_price p join product.product_variant v on v.id = p.variant_id
            where v.product_id = $1`,
          [id('prod', 1)],
        ),
      ).toHaveLength(3);
    });

    it('answers a number its column cannot hold with BAD_USER_INPUT, not an internal error', async () => {
      const huge = await supergraph.query(
        'mutation { create_products(data: [{ title: "Heavy Anvil", weight: 1e300 }]) { id } }',
      );
      expect(huge.errors?.[0]).toMatchObject({
        message: 'A number given is out of range for the field it was given for',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(await rows("select id from product.product where title = 'Heavy Anvil'", [])).toEqual([]);
    });

    it("refuses what Medusa's createProducts refuses, with its messages, writing nothing", async () => {
      const before = await rows('select id from product.product');
      const cases: [Record<string, unknown>, string, string][] = [
        [
          { title: 'Gap', options: [{ title: 'Size', values: ['S'] }], variants: [{ title: 'Plain' }] },
          'Product "Gap" has variants with missing options: [Plain]',
          'BAD_USER_INPUT',
        ],
        [
          {
            title: 'Twins',
            options: [{ title: 'Size', values: ['S'] }],
            variants: [
              { title: 'One', options: { Size: 'S' } },
              { title: 'Two', options: { Size: 'S' } },
            ],
          },
          'Variant "One" has same combination of option values as "Two".',
          'BAD_USER_INPUT',
        ],
        [
          {
            title: 'Odd',
            options: [{ title: 'Size', values: ['S'] }],
            variants: [{ title: 'XL', options: { Size: 'XL' } }],
          },
          'Option value XL does not exist for option Size',
          'BAD_USER_INPUT',
        ],
        [
          { title: 'Bad', handle: 'Not a handle' },
          "Invalid product handle 'Not a handle'. It must contain URL safe characters",
          'BAD_USER_INPUT',
        ],
        [{ title: '-Sale-' }, "Invalid product handle '-sale-'. It must contain URL safe characters", 'BAD_USER_INPUT'],
        [
          { title: 'Huge', variants: Array.from({ length: 1001 }, (_item, index) => ({ title: `V${index}` })) },
          'data[0].variants may hold at most 1000 rows, got 1001',
          'BAD_USER_INPUT',
        ],
        [
          { title: 'Lost', collection_id: id('pcol', 99) },
          `ProductCollection with id: ${id('pcol', 99)} was not found`,
          'NOT_FOUND',
        ],
        [
          { title: 'Lost', tag_ids: [id('ptag', 99)] },
          `ProductTag with id: ${id('ptag', 99)} was not found`,
          'NOT_FOUND',
        ],
        [
          { title: 'Taken', handle: 'linen-shirt-unique' },
          'Product with handle: linen-shirt-unique, already exists.',
          'CONFLICT',
        ],
        [
          { title: 'Same sku', variants: [{ title: 'Default', sku: 'LINEN-S-WHITE' }] },
          'Product variant with sku: LINEN-S-WHITE, already exists.',
          'CONFLICT',
        ],
        [
          { title: 'Free', variants: [{ title: 'Default', prices: [{ currency_code: 'eur', amount: '-1' }] }] },
          'data[0].variants[0].prices[0].amount must be 0 or more, got -1',
          'BAD_USER_INPUT',
        ],
      ];
      for (const [product, message, code] of cases) {
        const error = await refused(create, { data: [product] });
        expect({ message: error.message, code: error.extensions.code }).toEqual({ message, code });
      }
      expect(await rows('select id from product.product')).toEqual(before);
    });

    it('adds and changes variants, refusing option values another variant has', async () => {
      const add = `mutation ($data: [ProductVariantCreateInput!]!) { create_product_variants(data: $data) { id title product { id } prices { currency_code amount } } }`;
      const large = {
        id: id('variant', 3),
        product_id: id('prod', 1),
        title: 'L / White',
        options: { Size: 'L', Color: 'White' },
        prices: [{ currency_code: 'eur', amount: '41' }],
      };
      const made = await ok<{ create_product_variants: unknown[] }>(add, { data: [large] });
      expect(made.create_product_variants).toEqual([
        {
          id: id('variant', 3),
          title: 'L / White',
          product: { id: id('prod', 1) },
          prices: [{ currency_code: 'eur', amount: '41' }],
        },
      ]);
      expect(await ok(add, { data: [large] })).toEqual(made);
      const twin = await refused(add, { data: [{ ...large, id: undefined, title: 'Again' }] });
      expect(twin).toMatchObject({
        message: 'Variant (L / White) with provided options already exists.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const short = await refused(add, { data: [{ ...large, id: undefined, options: { Size: 'L' } }] });
      expect(short.message).toBe('Product has 2 but there were 1 provided option values for the variant: L / White.');

      const updated = await ok<{ update_product_variants: unknown }>(
        `mutation { update_product_variants(id: "${id('variant', 3)}", data: { sku: "LINEN-L", prices: [{ currency_code: "usd", amount: "45" }] }) { sku prices { currency_code amount } } }`,
      );
      expect(updated.update_product_variants).toEqual({
        sku: 'LINEN-L',
        prices: [{ currency_code: 'usd', amount: '45' }],
      });
      const clash = await refused(
        `mutation { update_product_variants(id: "${id('variant', 3)}", data: { options: { Size: "M", Color: "White" } }) { id } }`,
      );
      expect(clash.message).toBe('Variant (M / White) with provided options already exists.');
      expect(await ok(`mutation { soft_delete_product_variants(ids: ["${id('variant', 3)}"]) }`)).toEqual({
        soft_delete_product_variants: [id('variant', 3)],
      });
      expect(
        await rows(
          'select deleted_at from product.product_variant_price where variant_id = $1 and deleted_at is null',
          [id('variant', 3)],
        ),
      ).toEqual([]);
    });

    it('refuses an update of a product that is not there, and null where a field cannot be null', async () => {
      const missing = await refused(
        `mutation { update_products(id: "${id('prod', 99)}", data: { title: "X" }) { id } }`,
      );
      expect(missing).toMatchObject({
        message: `Product with id: ${id('prod', 99)} was not found`,
        extensions: { code: 'NOT_FOUND' },
      });
      const nullTitle = await refused(
        `mutation { update_products(id: "${id('prod', 1)}", data: { title: null }) { id } }`,
      );
      expect(nullTitle).toMatchObject({
        message: 'data.title cannot be null',
        extensions: { code: 'BAD_USER_INPUT', argument: 'data.title' },
      });
    });

    it('is shown to a guest once published, and goes into a cart', async () => {
      const guestRead = `query { product(id: "${id('prod', 1)}") { id title variants { id prices { currency_code amount } } } }`;
      expect((await supergraph.query(guestRead, {}, { token: null })).data).toEqual({ product: null });
      const published = await ok<{ update_products: { status: string; tags: { value: string }[] } }>(
        `mutation { update_products(id: "${id('prod', 1)}", data: { status: published, tag_ids: [] }) { status tags { value } } }`,
      );
      expect(published.update_products).toEqual({ status: 'published', tags: [] });
      const seen = await supergraph.query<{ product: { variants: { id: string }[] } }>(guestRead, {}, { token: null });
      expect(seen.data!.product.variants.map((variant) => variant.id)).toEqual([id('variant', 1), id('variant', 2)]);

      const { regions } = await ok<{ regions: { data: { id: string; currency_code: string }[] } }>(
        'query { regions { data { id currency_code } } }',
      );
      const region = regions.data.find((candidate) => candidate.currency_code === 'eur')!;
      const cart = await supergraph.query<{ create_cart: { id: string } }>(
        `mutation ($region: ID!) { create_cart(input: { region_id: $region }) { id } }`,
        { region: region.id },
        { token: null },
      );
      expect(cart.errors).toBeUndefined();
      const added = await supergraph.query<{
        add_line_item: { items: { variant_id: string; unit_price: string; title: string }[] };
      }>(
        `mutation ($cart: ID!, $variant: ID!) { add_line_item(cart_id: $cart, variant_id: $variant, quantity: 2) { items { variant_id unit_price title } } }`,
        { cart: cart.data!.create_cart.id, variant: id('variant', 1) },
        { token: null },
      );
      expect(added.errors).toBeUndefined();
      expect(added.data!.add_line_item.items).toEqual([
        { variant_id: id('variant', 1), unit_price: '39.5', title: 'Linen Shirt Ünique' },
      ]);
    });

    it('soft-deletes a product with its variants, prices and images, and restores them together', async () => {
      const live = (table: string, column: string) =>
        rows(`select id from product.${table} where ${column} = any($1) and deleted_at is null`, [
          [id('prod', 1), id('variant', 1), id('variant', 2)],
        ]);
      const counts = async () => ({
        variants: (await live('product_variant', 'product_id')).length,
        prices: (await live('product_variant_price', 'variant_id')).length,
        images: (await live('image', 'product_id')).length,
        options: (await live('product_product_option', 'product_id')).length,
      });
      const before = await counts();
      expect(before).toEqual({ variants: 2, prices: 3, images: 2, options: 2 });
      expect(await ok(`mutation { soft_delete_products(ids: ["${id('prod', 1)}", "${id('prod', 1)}"]) }`)).toEqual({
        soft_delete_products: [id('prod', 1)],
      });
      expect(await counts()).toEqual({ variants: 0, prices: 0, images: 0, options: 0 });
      expect(await ok(`query { product(id: "${id('prod', 1)}") { id } }`)).toEqual({ product: null });
      // Again: nothing left to delete.
      expect(await ok(`mutation { soft_delete_products(ids: ["${id('prod', 1)}"]) }`)).toEqual({
        soft_delete_products: [],
      });
      expect(await ok(`mutation { restore_products(ids: ["${id('prod', 1)}"]) }`)).toEqual({
        restore_products: [id('prod', 1)],
      });
      expect(await counts()).toEqual(before);
      // The variant deleted on its own before stays deleted.
      expect(
        await rows('select id from product.product_variant where id = $1 and deleted_at is null', [id('variant', 3)]),
      ).toEqual([]);
    });

    it('is for admin users only: a guest and a customer are refused', async () => {
      const write = `mutation { create_products(data: [{ title: "Sneaky" }]) { id } }`;
      const guest = await supergraph.query(write, {}, { token: null });
      expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const customer = await supergraph.query(
        write,
        {},
        {
          token: await supergraph.tokenFor({ actor_type: 'customer', actor_id: 'cus_01JD0000000000000000000001' }),
        },
      );
      expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await rows(`select id from product.product where title = 'Sneaky'`)).toEqual([]);
    });
  });

  describe('admin_create_products (POST /admin/products)', () => {
    const create = `mutation ($data: [AdminCreateProductInput!]!) {
      admin_create_products(data: $data) {
        id title status sales_channels { id } shipping_profile { id } variants { title prices { amount } }
      } }`;
    let channel: string;
    let profile: string;
    beforeAll(async () => {
      const found = await ok<{
        sales_channels: { data: { id: string }[] };
        shipping_profiles: { data: { id: string }[] };
      }>('query { sales_channels { data { id } } shipping_profiles { data { id } } }');
      channel = found.sales_channels.data[0].id;
      profile = found.shipping_profiles.data[0].id;
    });
    const cap = () => ({
      id: id('prod', 10),
      title: 'Catalog Cap',
      status: 'published',
      sales_channels: [{ id: channel }],
      shipping_profile_id: profile,
      options: [{ title: 'Size', values: ['One Size'] }],
      variants: [
        { title: 'One Size', options: { Size: 'One Size' }, prices: [{ currency_code: 'eur', amount: '15' }] },
      ],
    });

    it('creates the products and links them to their sales channels and shipping profile; a repeat adds nothing', async () => {
      const made = await ok<{ admin_create_products: unknown[] }>(create, { data: [cap()] });
      expect(made.admin_create_products).toEqual([
        {
          id: id('prod', 10),
          title: 'Catalog Cap',
          status: 'published',
          sales_channels: [{ id: channel }],
          shipping_profile: { id: profile },
          variants: [{ title: 'One Size', prices: [{ amount: '15' }] }],
        },
      ]);
      expect(await ok(create, { data: [cap()] })).toEqual(made);
      expect(await rows('select id from product.product_variant where product_id = $1', [id('prod', 10)])).toHaveLength(
        1,
      );
      expect(
        await rows('select id from link.product_sales_channel where product_id = $1 and deleted_at is null', [
          id('prod', 10),
        ]),
      ).toHaveLength(1);
    });

    it('refuses an unknown sales channel or shipping profile before writing anything', async () => {
      const unknownChannel = await refused(create, {
        data: [{ ...cap(), id: id('prod', 11), handle: 'cap-11', sales_channels: [{ id: id('sc', 99) }] }],
      });
      expect(unknownChannel).toMatchObject({
        message: `SalesChannel with id: ${id('sc', 99)} was not found`,
        extensions: { code: 'NOT_FOUND' },
      });
      const unknownProfile = await refused(create, {
        data: [{ ...cap(), id: id('prod', 11), handle: 'cap-11', shipping_profile_id: id('sp', 99) }],
      });
      expect(unknownProfile).toMatchObject({
        message: `ShippingProfile with id: ${id('sp', 99)} was not found`,
        extensions: { code: 'NOT_FOUND' },
      });
      expect(await rows('select id from product.product where id = $1', [id('prod', 11)])).toEqual([]);
    });

    it('undoes the products it made when their links cannot be made, and keeps those a repeat found', async () => {
      await ok(
        `mutation { create_shipping_profiles(data: [{ id: "${id('sp', 1)}", name: "Catalog bulky", type: "bulky" }]) { id } }`,
      );
      // The cap has its profile already (a product has one): linking it to another is refused.
      const error = await refused(create, {
        data: [
          { ...cap(), id: id('prod', 14), handle: 'cap-14', variants: [], options: [] },
          { ...cap(), shipping_profile_id: id('sp', 1) },
        ],
      });
      expect(error.extensions.code).toBe('CONFLICT');
      const products = await rows<{ id: string; deleted: boolean }>(
        'select id, deleted_at is not null as deleted from product.product where id = any($1) order by id',
        [[id('prod', 10), id('prod', 14)]],
      );
      expect(products).toEqual([
        { id: id('prod', 10), deleted: false },
        { id: id('prod', 14), deleted: true },
      ]);
      const cap10 = await ok<{ product: { shipping_profile: { id: string } } }>(
        `query { product(id: "${id('prod', 10)}") { shipping_profile { id } } }`,
      );
      expect(cap10.product.shipping_profile).toEqual({ id: profile });
    });

    it('passes on the product module refusals, and is for admin users only', async () => {
      const twins = await refused(create, {
        data: [{ ...cap(), id: id('prod', 12), handle: 'cap-12', variants: [{ title: 'Plain' }] }],
      });
      expect(twins).toMatchObject({
        message: 'Product "Catalog Cap" has variants with missing options: [Plain]',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const guest = await supergraph.query(create, { data: [{ ...cap(), id: id('prod', 13) }] }, { token: null });
      expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(
        await rows('select id from product.product where id = any($1)', [[id('prod', 12), id('prod', 13)]]),
      ).toEqual([]);
    });
  });
});
