import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Medusa's Tax module through the real gateway: an admin's tax regions and rates, and the tax
 * lines the cart flows compute from them (Medusa 2.21.2's updateTaxLinesWorkflow), copied into the
 * order at completion. The regions, rates, products and prices are those made on a Medusa 2.21.2
 * server (POST /admin/tax-regions, /admin/tax-rates, /admin/products; then POST /store/carts with
 * the same three items: tax-Mug 8.25 × 2, tax-Book 12.99 × 1 of type tax-books, tax-Pen 3.5 × 3),
 * whose answers the tests cite.
 */
interface Line {
  title: string;
  tax_lines: { rate: number; code: string; description: string; provider_id: string }[];
}
interface Cart {
  id: string;
  total: string;
  subtotal: string;
  tax_total: string;
  item_tax_total: string;
  shipping_tax_total: string;
  items: (Line & { id: string })[];
  shipping_methods: { tax_lines: { rate: number; code: string }[] }[];
}
const CART = `id total subtotal tax_total item_tax_total shipping_tax_total
  items { id title tax_lines { rate code description provider_id } }
  shipping_methods { tax_lines { rate code } }`;

describe('tax regions and tax lines', () => {
  let supergraph: TestSupergraph;
  const ids: Record<string, string> = {};
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string | null) => {
    const { data, errors } = await supergraph.query<T>(query, variables, token === undefined ? {} : { token });
    if (errors) throw new Error(JSON.stringify(errors));
    return data!;
  };
  const guest = null;

  beforeAll(async () => {
    supergraph = await startTestSupergraph(0);
    const store = await ok<{
      regions: { data: { id: string; name: string }[] };
      sales_channels: { data: { id: string; name: string }[] };
      shipping_profiles: { data: { id: string }[] };
    }>('{ regions { data { id name } } sales_channels { data { id name } } shipping_profiles { data { id } } }');
    ids.europe = store.regions.data.find((region) => region.name === 'Europe')!.id;
    const channel = store.sales_channels.data.find((candidate) => candidate.name === 'Default Sales Channel')!.id;
    const { create_product_types } = await ok<{ create_product_types: { id: string }[] }>(
      'mutation { create_product_types(data: [{ value: "tax-books" }]) { id } }',
    );
    ids.books = create_product_types[0].id;
    const product = (title: string, amount: string, type_id?: string) => ({
      title,
      status: 'published',
      ...(type_id ? { type_id } : {}),
      sales_channels: [{ id: channel }],
      shipping_profile_id: store.shipping_profiles.data[0].id,
      options: [{ title: 'Default', values: ['One'] }],
      variants: [{ title: 'One', options: { Default: 'One' }, prices: [{ currency_code: 'eur', amount }] }],
    });
    const { admin_create_products } = await ok<{ admin_create_products: { id: string; variants: { id: string }[] }[] }>(
      'mutation ($data: [AdminCreateProductInput!]!) { admin_create_products(data: $data) { id variants { id } } }',
      { data: [product('tax-Mug', '8.25'), product('tax-Book', '12.99', ids.books), product('tax-Pen', '3.5')] },
    );
    [ids.mug, ids.book, ids.pen] = admin_create_products.map((made) => made.variants[0].id);
    ids.penProduct = admin_create_products[2].id;
  });
  afterAll(() => supergraph?.stop());

  it('creates tax regions with their default rates, as Medusa 2.21.2 answers POST /admin/tax-regions', async () => {
    const { create_tax_regions } = await ok<{
      create_tax_regions: {
        id: string;
        country_code: string;
        provider_id: string;
        created_by: string;
        tax_rates: { rate: number; code: string; name: string; is_default: boolean; is_combinable: boolean }[];
      }[];
    }>(
      `mutation { create_tax_regions(data: [{ country_code: "ES", provider_id: "tp_system",
         default_tax_rate: { rate: 21, code: "tax-es", name: "tax ES IVA" } }]) {
         id country_code provider_id created_by tax_rates { rate code name is_default is_combinable } } }`,
    );
    // Medusa 2.21.2: country_code "es", provider_id "tp_system", created_by the admin user, one
    // rate { rate: 21, code: "tax-es", is_default: true, is_combinable: false }.
    expect(create_tax_regions).toEqual([
      {
        id: expect.stringMatching(/^txreg_/),
        country_code: 'es',
        provider_id: 'tp_system',
        created_by: 'user_test_admin',
        tax_rates: [{ rate: 21, code: 'tax-es', name: 'tax ES IVA', is_default: true, is_combinable: false }],
      },
    ]);
    ids.es = create_tax_regions[0].id;
    const provinces = await ok<{ create_tax_regions: { province_code: string; parent: { id: string } }[] }>(
      `mutation ($es: ID!) { create_tax_regions(data: [
         { country_code: "es", province_code: "ES-PM", parent_id: $es, default_tax_rate: { rate: 2, code: "tax-es-pm", name: "tax PM", is_combinable: true } },
         { country_code: "es", province_code: "es-cn", parent_id: $es, default_tax_rate: { rate: 7, code: "tax-es-cn", name: "tax CN IGIC" } }
       ]) { province_code parent { id } } }`,
      { es: ids.es },
    );
    expect(provinces.create_tax_regions).toEqual([
      { province_code: 'es-pm', parent: { id: ids.es } },
      { province_code: 'es-cn', parent: { id: ids.es } },
    ]);
    const { create_tax_rates } = await ok<{ create_tax_rates: { code: string; rules: { reference: string }[] }[] }>(
      `mutation ($es: ID!, $books: String!, $pen: String!) { create_tax_rates(data: [
         { tax_region_id: $es, rate: 10, code: "tax-es-reduced", name: "tax ES reduced", rules: [{ reference: "product_type", reference_id: $books }] },
         { tax_region_id: $es, rate: 4, code: "tax-es-super", name: "tax ES super", rules: [{ reference: "product", reference_id: $pen }] }
       ]) { code rules { reference } } }`,
      { es: ids.es, books: ids.books, pen: ids.penProduct },
    );
    expect(create_tax_rates).toEqual([
      { code: 'tax-es-reduced', rules: [{ reference: 'product_type' }] },
      { code: 'tax-es-super', rules: [{ reference: 'product' }] },
    ]);
    const rows = await supergraph.db.query<{ n: number }>(
      'select count(*)::int as n from tax.tax_rate where tax_region_id = $1 and deleted_at is null',
      [ids.es],
    );
    expect(rows[0].n).toBe(3);
  });

  it('is for admin users only', async () => {
    const { errors } = await supergraph.query('{ tax_regions { data { id } } }', {}, { token: null });
    expect(errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const write = await supergraph.query(
      'mutation { create_tax_regions(data: [{ country_code: "pt", provider_id: "tp_system" }]) { id } }',
      {},
      { token: null },
    );
    expect(write.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  const newCart = async (address: Record<string, string>) =>
    (
      await ok<{ create_cart: Cart }>(
        `mutation ($input: CreateCartInput!) { create_cart(input: $input) { ${CART} } }`,
        {
          input: {
            region_id: ids.europe,
            email: 'tax@example.com',
            shipping_address: address,
            items: [
              { variant_id: ids.mug, quantity: 2 },
              { variant_id: ids.book, quantity: 1 },
              { variant_id: ids.pen, quantity: 3 },
            ],
          },
        },
        guest,
      )
    ).create_cart;
  const taxes = (cart: Cart) =>
    cart.items.map((item) => [item.title, ...item.tax_lines.map((line) => `${line.rate} ${line.code}`)]);

  it("taxes a new cart's items by product rule, product type rule and default rate, as Medusa 2.21.2", async () => {
    const cart = await newCart({ country_code: 'es' });
    // Medusa 2.21.2 answered POST /store/carts { shipping_address: { country_code: "es" } }: mug
    // [21 tax-es], book [10 tax-es-reduced], pen [4 tax-es-super] (provider_id "system");
    // subtotal 39.99, tax_total 5.184, total 45.174.
    expect(taxes(cart)).toEqual([
      ['tax-Mug', '21 tax-es'],
      ['tax-Book', '10 tax-es-reduced'],
      ['tax-Pen', '4 tax-es-super'],
    ]);
    expect(cart.items[0].tax_lines[0]).toEqual({
      rate: 21,
      code: 'tax-es',
      description: 'tax ES IVA',
      provider_id: 'system',
    });
    expect([cart.subtotal, cart.tax_total, cart.total]).toEqual(['39.99', '5.184', '45.174']);
    const rows = await supergraph.db.query<{ n: number }>(
      `select count(*)::int as n from cart.cart_line_item_tax_line t join cart.cart_line_item i on i.id = t.item_id
        where i.cart_id = $1 and t.deleted_at is null`,
      [cart.id],
    );
    expect(rows[0].n).toBe(3);
  });

  it('adds the country rate to a combinable province rate, and only the province rate when it is not combinable', async () => {
    // Medusa 2.21.2, province "ES-PM": mug [2 tax-es-pm, 21 tax-es], book [2, 10], pen [2, 4];
    // tax_total 5.9838, total 45.9738.
    const pm = await newCart({ country_code: 'es', province: 'ES-PM' });
    expect(taxes(pm)).toEqual([
      ['tax-Mug', '2 tax-es-pm', '21 tax-es'],
      ['tax-Book', '2 tax-es-pm', '10 tax-es-reduced'],
      ['tax-Pen', '2 tax-es-pm', '4 tax-es-super'],
    ]);
    expect([pm.tax_total, pm.total]).toEqual(['5.9838', '45.9738']);
    // Medusa 2.21.2, province "es-cn": every item [7 tax-es-cn]; tax_total 2.7993, total 42.7893.
    const cn = await newCart({ country_code: 'es', province: 'es-cn' });
    expect(taxes(cn)).toEqual([
      ['tax-Mug', '7 tax-es-cn'],
      ['tax-Book', '7 tax-es-cn'],
      ['tax-Pen', '7 tax-es-cn'],
    ]);
    expect([cn.tax_total, cn.total]).toEqual(['2.7993', '42.7893']);
  });

  it('gives no tax lines in a country without a tax region (Medusa 2.21.2: none for a cart in "it" there)', async () => {
    const cart = await newCart({ country_code: 'dk' });
    expect(taxes(cart)).toEqual([['tax-Mug'], ['tax-Book'], ['tax-Pen']]);
    expect([cart.tax_total, cart.total]).toEqual(['0', '39.99']);
  });

  it('taxes an added item, recomputes every line when the address moves, and taxes shipping by its option rule', async () => {
    const cart = await newCart({ country_code: 'dk' });
    await ok(
      'mutation ($cart: ID!, $address: CartAddressInput!) { update_cart(cart_id: $cart, input: { shipping_address: $address }) { id } }',
      {
        cart: cart.id,
        address: { country_code: 'es' },
      },
      guest,
    );
    const added = await ok<{ add_line_item: Cart }>(
      `mutation ($cart: ID!, $variant: ID!) { add_line_item(cart_id: $cart, variant_id: $variant, quantity: 1) { ${CART} } }`,
      { cart: cart.id, variant: ids.mug },
      guest,
    );
    // The mug's line now holds 3; every line is taxed as in Spain.
    expect(taxes(added.add_line_item)).toEqual([
      ['tax-Mug', '21 tax-es'],
      ['tax-Book', '10 tax-es-reduced'],
      ['tax-Pen', '4 tax-es-super'],
    ]);
    const { cart_shipping_options } = await ok<{
      cart_shipping_options: { shipping_option: { id: string; name: string } }[];
    }>(
      'query ($cart: ID!) { cart_shipping_options(cart_id: $cart) { shipping_option { id name } } }',
      { cart: cart.id },
      guest,
    );
    const standard = cart_shipping_options.find((option) => option.shipping_option.name === 'Standard Shipping')!;
    await ok(
      `mutation ($es: ID!, $option: String!) { create_tax_rates(data: [{ tax_region_id: $es, rate: 5, code: "tax-es-ship", name: "tax ES shipping",
         rules: [{ reference: "shipping_option", reference_id: $option }] }]) { id } }`,
      { es: ids.es, option: standard.shipping_option.id },
    );
    const shipped = await ok<{ add_shipping_method: Cart }>(
      `mutation ($cart: ID!, $option: ID!) { add_shipping_method(cart_id: $cart, option_id: $option) { ${CART} } }`,
      { cart: cart.id, option: standard.shipping_option.id },
      guest,
    );
    // By hand, with Medusa's formulas: items 8.25 × 3 × 21% + 12.99 × 10% + 10.5 × 4% = 5.1975 +
    // 1.299 + 0.42 = 6.9165; shipping 8 × 5% (its option's rule, before the 21% default) = 0.4.
    expect(shipped.add_shipping_method.shipping_methods).toEqual([{ tax_lines: [{ rate: 5, code: 'tax-es-ship' }] }]);
    expect([shipped.add_shipping_method.item_tax_total, shipped.add_shipping_method.shipping_tax_total]).toEqual([
      '6.9165',
      '0.4',
    ]);
    expect(shipped.add_shipping_method.total).toBe('63.5565'); // 48.24 + 6.9165 + 8 + 0.4
    ids.shippedCart = cart.id;
  });

  it("copies the cart's item and shipping tax lines into the order, whose totals then include tax", async () => {
    const cart = ids.shippedCart;
    const { create_payment_collection } = await ok<{ create_payment_collection: { id: string } }>(
      'mutation ($cart: ID!) { create_payment_collection(cart_id: $cart) { id } }',
      { cart },
      guest,
    );
    await ok(
      'mutation ($id: ID!) { create_payment_session(payment_collection_id: $id) { id } }',
      { id: create_payment_collection.id },
      guest,
    );
    const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(
      'mutation ($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }',
      { cart },
      guest,
    );
    const { order } = await ok<{
      order: {
        total: string;
        tax_total: string;
        items: { title: string; tax_lines: { rate: string; code: string }[] }[];
        shipping_methods: { tax_lines: { rate: string; code: string }[] }[];
      };
    }>(
      'query ($id: ID!) { order(id: $id) { total tax_total items { title tax_lines { rate code } } shipping_methods { tax_lines { rate code } } } }',
      { id: complete_cart.order.id },
    );
    expect(
      order.items.map((item) => [item.title, ...item.tax_lines.map((line) => `${line.rate} ${line.code}`)]),
    ).toEqual([
      ['tax-Mug', '21 tax-es'],
      ['tax-Book', '10 tax-es-reduced'],
      ['tax-Pen', '4 tax-es-super'],
    ]);
    // The order keeps rates as exact decimals (Medusa's order tax lines: bigNumber).
    expect(order.shipping_methods).toEqual([{ tax_lines: [{ rate: '5', code: 'tax-es-ship' }] }]);
    expect([order.tax_total, order.total]).toEqual(['7.3165', '63.5565']);
  });

  it('computes no tax lines in a region without automatic taxes (Medusa: unless forced)', async () => {
    const automatic = (value: boolean) =>
      ok(
        'mutation ($id: ID!, $value: Boolean!) { update_regions(id: $id, data: { automatic_taxes: $value }) { id } }',
        {
          id: ids.europe,
          value,
        },
      );
    await automatic(false);
    try {
      const cart = await newCart({ country_code: 'es' });
      expect(taxes(cart)).toEqual([['tax-Mug'], ['tax-Book'], ['tax-Pen']]);
    } finally {
      await automatic(true);
    }
  });

  it('soft-deletes a tax region with its provinces and rates: new carts there get no tax lines', async () => {
    expect(await ok('mutation ($ids: [ID!]!) { soft_delete_tax_regions(ids: $ids) }', { ids: [ids.es] })).toEqual({
      soft_delete_tax_regions: [ids.es],
    });
    const live = await supergraph.db.query<{ regions: number; rates: number }>(
      `select (select count(*) from tax.tax_region where (id = $1 or parent_id = $1) and deleted_at is null)::int as regions,
              (select count(*) from tax.tax_rate r join tax.tax_region g on g.id = r.tax_region_id
                where (g.id = $1 or g.parent_id = $1) and r.deleted_at is null)::int as rates`,
      [ids.es],
    );
    expect(live[0]).toEqual({ regions: 0, rates: 0 });
    const cart = await newCart({ country_code: 'es', province: 'es-pm' });
    expect(cart.tax_total).toBe('0');
  });
});
