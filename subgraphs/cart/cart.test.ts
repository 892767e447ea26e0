import { cartSubgraph } from '.';
import { demoCartId, generateCarts } from '../../seed/carts';
import { startInProcessSubgraph, type InProcessSubgraph } from '../../test/support/subgraph';

/** The cart subgraph on its own: its queries, entity representations and access rules, in-process. */
const CARTS = 12;
// The seeded carts, as the seed writes them (the same on every run).
const seeded = generateCarts(0, CARTS, CARTS).cart;
/** Ids as the subgraph orders a relation: by id. */
const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort();

interface CartFields {
  id: string;
  currency_code: string;
  completed_at: string | null;
  created_at: string;
  deleted_at: string | null;
}

describe('cart subgraph', () => {
  let subgraph: InProcessSubgraph;
  beforeAll(async () => {
    subgraph = await startInProcessSubgraph(cartSubgraph, { carts: CARTS });
  });
  afterAll(() => subgraph.stop());

  it('lists open carts of one currency, newest first, with the count of every match', async () => {
    const currency = seeded.carts[1].currency_code;
    const expected = seeded.carts
      .filter((cart) => cart.currency_code === currency && cart.completed_at === null)
      .sort((a, b) => b.created_at!.getTime() - a.created_at!.getTime());
    expect(expected.length).toBeGreaterThan(1);
    const { data, errors } = await subgraph.execute<{ carts: { data: CartFields[]; metadata: { count: number } } }>(
      `query ($currency: String!) {
         carts(filters: { currency_code: [$currency], completed: false }, pagination: { order: "-created_at" }) {
           data { id currency_code completed_at created_at deleted_at } metadata { count } } }`,
      { currency },
    );
    expect(errors).toBeUndefined();
    expect(data!.carts.data.map((cart) => cart.id)).toEqual(expected.map((cart) => cart.id));
    expect(data!.carts.data.every((cart) => cart.currency_code === currency && cart.completed_at === null)).toBe(true);
    expect(data!.carts.metadata.count).toBe(expected.length);
  });

  it('lists line items by variant and a price range, sorted by a declared column', async () => {
    // The variant most carts hold, and its prices from the lowest but one up.
    const count = (variant: string | null) => seeded.items.filter((item) => item.variant_id === variant).length;
    const variantId = [...seeded.items].sort((a, b) => count(b.variant_id) - count(a.variant_id))[0].variant_id!;
    const prices = [
      ...new Set(seeded.items.filter((item) => item.variant_id === variantId).map((item) => Number(item.unit_price))),
    ].sort((a, b) => a - b);
    const floor = prices[Math.min(1, prices.length - 1)];
    const expected = seeded.items
      .filter((item) => item.variant_id === variantId && Number(item.unit_price) >= floor)
      .sort((a, b) => (a.id < b.id ? 1 : -1));
    expect(expected.length).toBeGreaterThan(1);
    const { data, errors } = await subgraph.execute<{
      line_items: { data: { id: string; variant_id: string; unit_price: string }[] };
    }>(
      `query ($variant: ID!, $floor: BigNumber!) {
         line_items(filters: { variant_id: [$variant], unit_price: { gte: $floor } }, pagination: { order: "-id" }) {
           data { id variant_id unit_price } } }`,
      { variant: variantId, floor: String(floor) },
    );
    expect(errors).toBeUndefined();
    expect(data!.line_items.data.map((item) => item.id)).toEqual(expected.map((item) => item.id));
    expect(data!.line_items.data.every((item) => item.variant_id === variantId)).toBe(true);
  });

  it('reads a page of carts with every in-module relation in one statement per relation, whatever the page size', async () => {
    const query = `query ($take: Int!) { carts(pagination: { take: $take }) { data {
        id shipping_address { city } billing_address { city }
        items { id adjustments { amount } tax_lines { rate } }
        shipping_methods { id adjustments { amount } tax_lines { rate } }
        credit_lines { amount } } } }`;
    const run = async (take: number) => {
      const before = subgraph.statements();
      const { data, errors } = await subgraph.execute<{
        carts: { data: { id: string; items: { tax_lines: unknown[] }[]; credit_lines: unknown[] }[] };
      }>(query, {
        take,
      });
      expect(errors).toBeUndefined();
      return { carts: data!.carts.data, statements: subgraph.statements() - before };
    };
    const few = await run(2);
    const all = await run(CARTS);
    expect(all.carts).toHaveLength(CARTS);
    expect(
      all.carts.every((cart) => cart.items.length > 0 && cart.items.every((item) => item.tax_lines.length === 1)),
    ).toBe(true);
    expect(all.carts.some((cart) => cart.credit_lines.length > 0)).toBe(true);
    // The page, addresses, items, their adjustments and tax lines, shipping methods, theirs, credit lines.
    expect(all.statements).toBe(9);
    expect(few.statements).toBe(all.statements);
  });

  it('answers entity representations of its own types, null for an unknown id, and the reverse lists of linked entities', async () => {
    const cart = seeded.carts[0];
    const item = seeded.items.find((row) => row.cart_id === cart.id)!;
    const method = seeded.shipping_methods.find((row) => row.cart_id === cart.id)!;
    const regionCarts = seeded.carts.filter((row) => row.region_id === cart.region_id).map((row) => row.id);
    const { data, errors } = await subgraph.execute<{ _entities: (Record<string, unknown> | null)[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Cart { id email }
         ... on LineItem { id cart_id }
         ... on ShippingMethod { id name }
         ... on Address { id city }
         ... on Region { carts { data { id } } } } }`,
      {
        representations: [
          { __typename: 'Cart', id: cart.id },
          { __typename: 'Cart', id: 'cart_01JD0000000000000000000000' },
          { __typename: 'LineItem', id: item.id },
          { __typename: 'ShippingMethod', id: method.id },
          { __typename: 'Address', id: cart.shipping_address_id },
          { __typename: 'Region', id: cart.region_id },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { id: cart.id, email: cart.email },
      null,
      { id: item.id, cart_id: cart.id },
      { id: method.id, name: method.name },
      { id: cart.shipping_address_id, city: seeded.addresses.find((row) => row.id === cart.shipping_address_id)!.city },
      { carts: { data: regionCarts.map((id) => ({ id })) } },
    ]);
  });

  it("lets a customer read their own cart and carts, and refuses another customer's carts", async () => {
    const cart = seeded.carts[2];
    const owner = { type: 'customer' as const, id: cart.customer_id! };
    const own = await subgraph.execute<{ cart: { id: string } }>(
      'query ($id: ID!) { cart(id: $id) { id } }',
      { id: cart.id },
      owner,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.cart.id).toBe(cart.id);

    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { carts { data { id } } } } }`;
    const mine = await subgraph.execute<{ _entities: { carts: { data: { id: string }[] } }[] }>(
      query,
      { representations: [{ __typename: 'Customer', id: owner.id }] },
      owner,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!._entities[0].carts.data.map((row) => row.id)).toEqual(
      seeded.carts.filter((row) => row.customer_id === owner.id).map((row) => row.id),
    );

    const other = seeded.carts[3].customer_id!;
    const refused = await subgraph.execute(query, { representations: [{ __typename: 'Customer', id: other }] }, owner);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a filter id of another module, naming the filter', async () => {
    const { errors } = await subgraph.execute(
      '{ carts(filters: { customer_id: ["reg_01JD0000000000000000000000"] }) { data { id } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions?.argument).toBe('filters.customer_id');
    expect(errors?.[0].message).toContain('filters.customer_id');
    const items = await subgraph.execute(
      '{ line_items(filters: { variant_id: ["prod_01JD0000000000000000000000"] }) { data { id } } }',
    );
    expect(items.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(items.errors?.[0].message).toContain('filters.variant_id');
  });

  it('refuses sorting by a column that is not declared sortable, naming the ones that are', async () => {
    const { errors } = await subgraph.execute('{ carts(pagination: { order: "metadata" }) { data { id } } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions?.argument).toBe('pagination.order');
    expect(errors?.[0].message).toContain(
      'sortable: id, region_id, customer_id, sales_channel_id, email, currency_code, locale, completed_at, created_at, updated_at',
    );
    const items = await subgraph.execute('{ line_items(pagination: { order: "-subtitle" }) { data { id } } }');
    expect(items.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(items.errors?.[0].message).toContain(
      'sortable: id, cart_id, title, quantity, unit_price, product_id, variant_id, product_title, variant_sku, created_at, updated_at',
    );
  });

  it('creates a cart with two addresses giving different fields, and lines whose left-out or null fields take their defaults', async () => {
    const { data, errors } = await subgraph.execute<{
      cart_create: { id: string; shipping_address: Record<string, unknown>; billing_address: Record<string, unknown> };
    }>(
      `mutation { cart_create(input: { currency_code: "EUR", shipping_address: { city: "Berlin", country_code: "DE" }, billing_address: { first_name: "Ada", metadata: { vat: "DE1" } } }) {
         id shipping_address { city country_code first_name metadata } billing_address { city country_code first_name metadata } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.cart_create.shipping_address).toEqual({
      city: 'Berlin',
      country_code: 'de',
      first_name: null,
      metadata: null,
    });
    expect(data!.cart_create.billing_address).toEqual({
      city: null,
      country_code: null,
      first_name: 'Ada',
      metadata: { vat: 'DE1' },
    });

    const lines = await subgraph.execute<{ line_items_create: Record<string, unknown>[] }>(
      `mutation ($cart: ID!) { line_items_create(cart_id: $cart, items: [
           { title: "Shirt", quantity: 1, unit_price: "10", is_tax_inclusive: null, tax_lines: [{ code: "DE-VAT", rate: 19 }] },
           { title: "Mug", quantity: 2, unit_price: "4.50", subtitle: "Blue", requires_shipping: false }]) {
         title subtitle requires_shipping is_tax_inclusive is_discountable tax_lines { code rate description } } }`,
      { cart: data!.cart_create.id },
    );
    expect(lines.errors).toBeUndefined();
    expect(lines.data!.line_items_create).toEqual([
      {
        title: 'Shirt',
        subtitle: null,
        requires_shipping: true,
        is_tax_inclusive: false,
        is_discountable: true,
        tax_lines: [{ code: 'DE-VAT', rate: 19, description: null }],
      },
      {
        title: 'Mug',
        subtitle: 'Blue',
        requires_shipping: false,
        is_tax_inclusive: false,
        is_discountable: true,
        tax_lines: [],
      },
    ]);
  });

  it('reads a cart by id, a soft-deleted one only with with_deleted', async () => {
    const id = demoCartId(CARTS - 1);
    const query = `query ($id: ID!, $withDeleted: Boolean) { cart(id: $id, with_deleted: $withDeleted) { id deleted_at items { id } } }`;
    const live = await subgraph.execute<{ cart: CartFields & { items: { id: string }[] } }>(query, { id });
    expect(live.errors).toBeUndefined();
    expect(live.data!.cart).toMatchObject({ id, deleted_at: null });
    expect(live.data!.cart.items.map((item) => item.id)).toEqual(
      idsOf(seeded.items.filter((item) => item.cart_id === id)),
    );

    await subgraph.db.query('update cart.cart set deleted_at = now() where id = $1', [id]);
    const hidden = await subgraph.execute<{ cart: CartFields | null }>(query, { id });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.cart).toBeNull();
    const shown = await subgraph.execute<{ cart: CartFields }>(query, { id, withDeleted: true });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.cart.id).toBe(id);
    expect(shown.data!.cart.deleted_at).not.toBeNull();
  });

  it('reads a removed line item only with with_deleted, and its cart no longer lists it', async () => {
    const cartId = demoCartId(CARTS - 2);
    const [removed, ...kept] = idsOf(seeded.items.filter((item) => item.cart_id === cartId));
    const { data: deleted, errors: deleteErrors } = await subgraph.execute<{ line_items_delete: string[] }>(
      'mutation ($ids: [ID!]!) { line_items_delete(ids: $ids) }',
      { ids: [removed] },
    );
    expect(deleteErrors).toBeUndefined();
    expect(deleted!.line_items_delete).toEqual([removed]);
    const query = `query ($id: ID!, $cart: ID!, $withDeleted: Boolean) {
      line_item(id: $id, with_deleted: $withDeleted) { id deleted_at } cart(id: $cart) { items { id } } }`;
    const hidden = await subgraph.execute<{ line_item: { id: string } | null; cart: { items: { id: string }[] } }>(
      query,
      { id: removed, cart: cartId },
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.line_item).toBeNull();
    expect(hidden.data!.cart.items.map((item) => item.id)).toEqual(kept);
    const shown = await subgraph.execute<{ line_item: { id: string; deleted_at: string | null } }>(query, {
      id: removed,
      cart: cartId,
      withDeleted: true,
    });
    expect(shown.data!.line_item.id).toBe(removed);
    expect(shown.data!.line_item.deleted_at).not.toBeNull();
  });
});
