import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * The modules' internal mutations (the primitives the workflows subgraph runs and undoes),
 * sent through the gateway: each one's happy path, its refusals, and each undo putting the
 * previous state back.
 */

let supergraph: TestSupergraph;
let region: { id: string; name: string };
let salesChannel: string;
let registered: { id: string; email: string };
let guest: { id: string; email: string };
let variant: { id: string; sku: string; product: { id: string; title: string } };
/** Seed carts: 0 is completed (an order, a captured payment), 1 is open and bare, 2 open with a shipping method and a payment collection. */
let seedCarts: { id: string; completed_at: string | null }[];

beforeAll(async () => {
  supergraph = await startTestSupergraph(4);
  const data = await ok<{
    regions: { data: { id: string; name: string }[] };
    sales_channels: { data: { id: string }[] };
    customers: { data: { id: string; email: string; has_account: boolean }[] };
    product_variants: { data: (typeof variant)[] };
    carts: { data: typeof seedCarts };
  }>(`{
    regions { data { id name } }
    sales_channels { data { id } }
    customers(pagination: { take: 10 }) { data { id email has_account } }
    product_variants(pagination: { take: 1 }) { data { id sku product { id title } } }
    carts(pagination: { take: 4 }) { data { id completed_at } }
  }`);
  region = data.regions.data.find((candidate) => candidate.name === 'Europe')!;
  salesChannel = data.sales_channels.data[0].id;
  registered = data.customers.data.find((customer) => customer.has_account)!;
  guest = data.customers.data.find((customer) => !customer.has_account)!;
  variant = data.product_variants.data[0];
  seedCarts = data.carts.data;
  expect(seedCarts.map((cart) => cart.completed_at !== null)).toEqual([true, false, false, false]);
});
afterAll(() => supergraph?.stop());

function code(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** The internal mutations are not in the gateway's API: they go straight to their subgraph. */
const OWNER: Record<string, string> = {
  cart_: 'cart',
  line_items_: 'cart',
  line_item_: 'cart',
  shipping_method: 'cart',
  customer_: 'customer',
  order_: 'order',
  payment_: 'payment',
};
function send<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown>) {
  const field = /^\s*mutation[^{]*\{\s*(\w+)/.exec(query)?.[1];
  const owner = field && Object.entries(OWNER).find(([prefix]) => field.startsWith(prefix))?.[1];
  return owner ? supergraph.querySubgraph<Data>(owner, query, variables) : supergraph.query<Data>(query, variables);
}

async function ok<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await send<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** The error a refused request gives: its code and message. */
async function refused(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ code?: string; message?: string }> {
  const response = await send(query, variables);
  expect(response.errors).toBeDefined();
  return { code: code(response), message: response.errors?.[0]?.message };
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await supergraph.db.query<{ count: number }>(`select count(*)::int as count from ${sql}`, params);
  return row.count;
}

// ---------------------------------------------------------------------------------------------
// cart
// ---------------------------------------------------------------------------------------------

const ADDRESS = 'id first_name last_name address_1 city country_code postal_code metadata';
const CART = `id email currency_code locale metadata completed_at region_id customer_id sales_channel_id
  region { id } customer { id } sales_channel { id }
  shipping_address { ${ADDRESS} } billing_address { ${ADDRESS} }`;
const CREATE_CART = `mutation($input: CartCreateInput!) { cart_create(input: $input) { ${CART} } }`;
const UPDATE_CART = `mutation($id: ID!, $input: CartUpdateInput!) { cart_update(id: $id, input: $input) { ${CART} } }`;
const DELETE_CART = 'mutation($id: ID!) { cart_delete(id: $id) }';
const READ_CART = `query($id: ID!) { cart(id: $id) { ${CART} } }`;

interface CartAddress {
  id: string;
  first_name: string | null;
  last_name: string | null;
  address_1: string | null;
  city: string | null;
  country_code: string | null;
  postal_code: string | null;
  metadata: unknown;
}
interface Cart {
  id: string;
  email: string | null;
  currency_code: string;
  locale: string | null;
  metadata: unknown;
  completed_at: string | null;
  region_id: string | null;
  customer_id: string | null;
  sales_channel_id: string | null;
  region: { id: string } | null;
  customer: { id: string } | null;
  sales_channel: { id: string } | null;
  shipping_address: CartAddress | null;
  billing_address: CartAddress | null;
}

const BERLIN = {
  first_name: 'Ada',
  last_name: 'Lovelace',
  address_1: 'Unter den Linden 1',
  city: 'Berlin',
  country_code: 'DE',
  postal_code: '10117',
};

async function createCart(input: Record<string, unknown> = {}): Promise<Cart> {
  return (
    await ok<{ cart_create: Cart }>(CREATE_CART, {
      input: {
        region_id: region.id,
        customer_id: registered.id,
        sales_channel_id: salesChannel,
        email: registered.email,
        currency_code: 'EUR',
        locale: 'de-DE',
        metadata: { source: 'test' },
        shipping_address: BERLIN,
        billing_address: { ...BERLIN, address_1: 'Rechnungsweg 2' },
        ...input,
      },
    })
  ).cart_create;
}

async function readCart(id: string): Promise<Cart | null> {
  return (await ok<{ cart: Cart | null }>(READ_CART, { id })).cart;
}

describe('cart_create and its undo cart_delete', () => {
  it('creates a cart with its addresses; the read-only links resolve', async () => {
    const cart = await createCart();
    expect(cart).toMatchObject({
      id: expect.stringMatching(/^cart_[0-9A-HJKMNP-TV-Z]{26}$/),
      email: registered.email,
      currency_code: 'eur',
      locale: 'de-DE',
      metadata: { source: 'test' },
      completed_at: null,
      // Straight from the cart subgraph: the read-only links are references, resolved by the gateway.
      region: { id: region.id },
      customer: { id: registered.id },
      sales_channel: { id: salesChannel },
      shipping_address: {
        id: expect.stringMatching(/^caaddr_/),
        city: 'Berlin',
        country_code: 'de',
        address_1: 'Unter den Linden 1',
      },
      billing_address: { address_1: 'Rechnungsweg 2' },
    });
    expect(cart.shipping_address!.id).not.toBe(cart.billing_address!.id);
    expect(await readCart(cart.id)).toEqual(cart);
  });

  it('cart_delete removes the cart and its addresses for good', async () => {
    const cart = await createCart();
    const addresses = [cart.shipping_address!.id, cart.billing_address!.id];
    expect(await ok<{ cart_delete: string }>(DELETE_CART, { id: cart.id })).toEqual({ cart_delete: cart.id });
    expect(
      (await ok<{ cart: null }>('query($id: ID!) { cart(id: $id, with_deleted: true) { id } }', { id: cart.id })).cart,
    ).toBeNull();
    expect(await count('cart.cart_address where id = any($1::text[])', [addresses])).toBe(0);
    // Already gone: done, and the answer says so.
    expect(await ok(DELETE_CART, { id: cart.id })).toEqual({ cart_delete: null });
  });

  it('cart_delete also removes the items, shipping methods, adjustments, tax lines and credit lines', async () => {
    const cart = await createCart();
    const [item] = await createItems(cart.id, [{ ...ITEM, tax_lines: [VAT] }]);
    await ok(SET_ADJUSTMENTS, { cart: cart.id, adjustments: [{ item_id: item.id, code: 'TEN', amount: '1' }] });
    const [method] = (
      await ok<{ shipping_methods_set: { id: string }[] }>(SET_METHODS, {
        cart: cart.id,
        methods: [{ ...METHOD, tax_lines: [VAT] }],
      })
    ).shipping_methods_set;
    await ok(SET_METHOD_ADJUSTMENTS, {
      cart: cart.id,
      adjustments: [{ shipping_method_id: method.id, code: 'SHIP', amount: '2' }],
    });
    await supergraph.db.query(
      `insert into cart.credit_line (id, cart_id, amount) values ('cacl_01JZZZZZZZZZZZZZZZZZZZZZZZ', $1, 3)`,
      [cart.id],
    );
    await ok(DELETE_CART, { id: cart.id });
    for (const table of ['cart_line_item', 'cart_shipping_method', 'credit_line']) {
      expect(await count(`cart.${table} where cart_id = $1`, [cart.id])).toBe(0);
    }
    expect(await count('cart.cart_line_item_tax_line where item_id = $1', [item.id])).toBe(0);
    expect(await count('cart.cart_shipping_method_adjustment where shipping_method_id = $1', [method.id])).toBe(0);
  });

  it('refuses malformed input with BAD_USER_INPUT and a completed cart with NOT_ALLOWED', async () => {
    expect(await refused(CREATE_CART, { input: { currency_code: 'eur', region_id: 'region_1' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await refused(CREATE_CART, { input: { currency_code: 'euro' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refused(CREATE_CART, { input: { currency_code: 'eur', email: 'a\u0000b' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await refused(DELETE_CART, { id: 'cart_nope' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refused(DELETE_CART, { id: seedCarts[0].id })).toEqual({
      code: 'NOT_ALLOWED',
      message: `Cart ${seedCarts[0].id} is already completed.`,
    });
    expect(await readCart(seedCarts[0].id)).not.toBeNull();
  });
});

describe('cart_update', () => {
  it('changes the fields given, keeps the others, and clears a field set to null', async () => {
    const cart = await createCart();
    const updated = (
      await ok<{ cart_update: Cart }>(UPDATE_CART, {
        id: cart.id,
        input: { email: 'new@example.com', locale: null, metadata: { step: 2 }, currency_code: 'USD' },
      })
    ).cart_update;
    expect(updated).toEqual({
      ...cart,
      email: 'new@example.com',
      locale: null,
      metadata: { step: 2 },
      currency_code: 'usd',
    });
    // The undo: the previous values put back.
    const undone = (
      await ok<{ cart_update: Cart }>(UPDATE_CART, {
        id: cart.id,
        input: { email: cart.email, locale: cart.locale, metadata: cart.metadata, currency_code: cart.currency_code },
      })
    ).cart_update;
    expect(undone).toEqual(cart);
    // metadata is any JSON, a bare string too (stored as a JSON string, not parsed as JSON text).
    expect(
      (await ok<{ cart_update: Cart }>(UPDATE_CART, { id: cart.id, input: { metadata: 'gift wrap' } })).cart_update
        .metadata,
    ).toBe('gift wrap');
    expect((await createCart({ metadata: '{"a":1}' })).metadata).toBe('{"a":1}');
  });

  it('replaces an address with a new row and soft-deletes the old one; null removes it', async () => {
    const cart = await createCart();
    const replaced = (
      await ok<{ cart_update: Cart }>(UPDATE_CART, {
        id: cart.id,
        input: { shipping_address: { ...BERLIN, city: 'Potsdam' } },
      })
    ).cart_update;
    expect(replaced.shipping_address).toMatchObject({ city: 'Potsdam', country_code: 'de' });
    expect(replaced.shipping_address!.id).not.toBe(cart.shipping_address!.id);
    expect(replaced.billing_address).toEqual(cart.billing_address);
    const [old] = await supergraph.db.query<{ deleted_at: Date | null }>(
      'select deleted_at from cart.cart_address where id = $1',
      [cart.shipping_address!.id],
    );
    expect(old.deleted_at).toBeInstanceOf(Date);

    const removed = (await ok<{ cart_update: Cart }>(UPDATE_CART, { id: cart.id, input: { billing_address: null } }))
      .cart_update;
    expect(removed.billing_address).toBeNull();
    expect(removed.shipping_address).toEqual(replaced.shipping_address);
  });

  it('keeps an address the other slot still uses (the seed shares one address for shipping and billing)', async () => {
    const seedCart = (await readCart(seedCarts[1].id))!;
    expect(seedCart.shipping_address!.id).toBe(seedCart.billing_address!.id);
    const updated = (
      await ok<{ cart_update: Cart }>(UPDATE_CART, { id: seedCart.id, input: { shipping_address: { ...BERLIN } } })
    ).cart_update;
    expect(updated.billing_address).toEqual(seedCart.billing_address);
    expect(updated.shipping_address!.city).toBe('Berlin');
  });

  it('completes a cart with completed_at; a completed cart refuses every change but completed_at: null, which reopens it (completing it again changes nothing)', async () => {
    const cart = await createCart();
    const completedAt = '2026-03-01T10:00:00.000Z';
    const completed = (
      await ok<{ cart_update: Cart }>(UPDATE_CART, { id: cart.id, input: { completed_at: completedAt } })
    ).cart_update;
    expect(completed.completed_at).toBe(completedAt);
    const notAllowed = { code: 'NOT_ALLOWED', message: `Cart ${cart.id} is already completed.` };
    expect(await refused(UPDATE_CART, { id: cart.id, input: { email: 'late@example.com' } })).toEqual(notAllowed);
    // Completing again (a retried completion whose first answer was lost) leaves it as it was.
    expect(
      (await ok<{ cart_update: Cart }>(UPDATE_CART, { id: cart.id, input: { completed_at: '2026-03-02T00:00:00Z' } }))
        .cart_update,
    ).toEqual(completed);
    expect(
      await refused(UPDATE_CART, { id: cart.id, input: { completed_at: null, email: 'late@example.com' } }),
    ).toEqual(notAllowed);
    expect(await refused(DELETE_CART, { id: cart.id })).toEqual(notAllowed);
    expect(await refused(CREATE_ITEMS, { cart: cart.id, items: [ITEM] })).toEqual(notAllowed);
    expect(await refused(SET_ADJUSTMENTS, { cart: cart.id, adjustments: [] })).toEqual(notAllowed);
    expect(await refused(SET_METHODS, { cart: cart.id, methods: [] })).toEqual(notAllowed);
    expect(await refused(SET_METHOD_ADJUSTMENTS, { cart: cart.id, adjustments: [] })).toEqual(notAllowed);
    expect(await readCart(cart.id)).toEqual(completed);

    const reopened = (await ok<{ cart_update: Cart }>(UPDATE_CART, { id: cart.id, input: { completed_at: null } }))
      .cart_update;
    expect(reopened).toEqual(cart);
  });

  it('refuses unknown and malformed ids and a null currency', async () => {
    expect(
      await refused(UPDATE_CART, { id: 'cart_01JZZZZZZZZZZZZZZZZZZZZZZZ', input: { email: 'x@example.com' } }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(UPDATE_CART, { id: 'order_01JZZZZZZZZZZZZZZZZZZZZZZZ', input: {} })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const cart = await createCart();
    expect(await refused(UPDATE_CART, { id: cart.id, input: { currency_code: null } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await refused(UPDATE_CART, { id: cart.id, input: { customer_id: 'cus_x' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await readCart(cart.id)).toEqual(cart);
  });
});

// ---------------------------------------------------------------------------------------------
// line items, adjustments, shipping methods
// ---------------------------------------------------------------------------------------------

const ITEM_FIELDS = `id cart_id title quantity unit_price variant_id product_id variant_sku requires_shipping is_discountable is_tax_inclusive
  metadata subtotal total tax_total discount_total tax_lines { code rate description } adjustments { code amount promotion_id }`;
const CREATE_ITEMS = `mutation($cart: ID!, $items: [LineItemCreateInput!]!) { line_items_create(cart_id: $cart, items: $items) { ${ITEM_FIELDS} } }`;
const UPDATE_ITEMS = `mutation($items: [LineItemUpdateInput!]!) { line_items_update(items: $items) { ${ITEM_FIELDS} } }`;
const DELETE_ITEMS = 'mutation($ids: [ID!]!) { line_items_delete(ids: $ids) }';
const SET_ADJUSTMENTS = `mutation($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) {
  line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id item_id code amount description is_tax_inclusive promotion_id provider_id }
}`;
const METHOD_FIELDS =
  'id cart_id name amount is_tax_inclusive shipping_option_id data metadata total tax_lines { code rate description provider_id tax_rate_id } adjustments { code amount }';
const SET_METHODS = `mutation($cart: ID!, $methods: [ShippingMethodInput!]!) { shipping_methods_set(cart_id: $cart, methods: $methods) { ${METHOD_FIELDS} } }`;
const SET_METHOD_ADJUSTMENTS = `mutation($cart: ID!, $adjustments: [ShippingMethodAdjustmentInput!]!) {
  shipping_method_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id shipping_method_id code amount promotion_id }
}`;
const CART_LINES = `query($id: ID!) { cart(id: $id) { items { ${ITEM_FIELDS} } shipping_methods { ${METHOD_FIELDS} } item_total discount_total shipping_total total } }`;

const VAT = { code: 'DE-VAT', rate: 19, description: 'Germany VAT' };
const ITEM = { title: 'Shirt', quantity: 2, unit_price: '20.00', is_tax_inclusive: true };
const METHOD = { name: 'Standard', amount: '5.95', is_tax_inclusive: true };

interface Item {
  id: string;
  cart_id: string;
  title: string;
  quantity: number;
  unit_price: string;
  subtotal: string;
  total: string;
  metadata: unknown;
  tax_lines: { code: string; rate: number; description: string }[];
  adjustments: { code: string; amount: string; promotion_id: string | null }[];
}
interface CartLines {
  items: Item[];
  shipping_methods: { id: string; name: string; amount: string; tax_lines: unknown[]; adjustments: unknown[] }[];
  item_total: string;
  discount_total: string;
  shipping_total: string;
  total: string;
}

async function createItems(cartId: string, items: Record<string, unknown>[]): Promise<Item[]> {
  return (await ok<{ line_items_create: Item[] }>(CREATE_ITEMS, { cart: cartId, items })).line_items_create;
}

async function cartLines(id: string): Promise<CartLines> {
  return (await ok<{ cart: CartLines }>(CART_LINES, { id })).cart;
}

describe('line_items_create, line_items_update and line_items_delete', () => {
  it('adds items with their snapshot and tax lines, in the order given; line_items_delete undoes it', async () => {
    const cart = await createCart();
    const before = await cartLines(cart.id);
    expect(before.items).toEqual([]);
    const items = await createItems(cart.id, [
      {
        ...ITEM,
        variant_id: variant.id,
        product_id: variant.product.id,
        variant_sku: variant.sku,
        metadata: { gift: true },
        tax_lines: [VAT],
      },
      { title: 'Socks', quantity: 1, unit_price: '9.50', requires_shipping: false },
    ]);
    expect(items).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^cali_/),
        cart_id: cart.id,
        title: 'Shirt',
        quantity: 2,
        unit_price: '20.00',
        variant_id: variant.id,
        product_id: variant.product.id,
        variant_sku: variant.sku,
        requires_shipping: true,
        is_discountable: true,
        is_tax_inclusive: true,
        metadata: { gift: true },
        tax_lines: [{ code: 'DE-VAT', rate: 19, description: 'Germany VAT' }],
        adjustments: [],
        total: '40',
      }),
      expect.objectContaining({
        title: 'Socks',
        quantity: 1,
        unit_price: '9.50',
        requires_shipping: false,
        tax_lines: [],
        total: '9.5',
      }),
    ]);
    expect((await cartLines(cart.id)).items.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect((await cartLines(cart.id)).item_total).toBe('49.5');

    const ids = items.map((item) => item.id);
    expect(await ok(DELETE_ITEMS, { ids })).toEqual({ line_items_delete: ids });
    expect(await cartLines(cart.id)).toEqual(before);
    // Soft-deleted, with their tax lines (test/idempotent-primitives.test.ts brings them back).
    expect(
      await count('cart.cart_line_item_tax_line where item_id = any($1::text[]) and deleted_at is null', [ids]),
    ).toBe(0);
    expect(await ok(DELETE_ITEMS, { ids })).toEqual({ line_items_delete: [] });
  });

  it('refuses a quantity below 1, malformed ids and an unknown cart', async () => {
    const cart = await createCart();
    expect(await refused(CREATE_ITEMS, { cart: cart.id, items: [{ ...ITEM, quantity: 0 }] })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Item quantity must be greater than 0',
    });
    expect(
      await refused(CREATE_ITEMS, {
        cart: cart.id,
        items: [{ ...ITEM, variant_id: 'prod_01JZZZZZZZZZZZZZZZZZZZZZZZ' }],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refused(CREATE_ITEMS, { cart: 'cart_01JZZZZZZZZZZZZZZZZZZZZZZZ', items: [ITEM] })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await cartLines(cart.id)).items).toEqual([]);
  });

  it('changes quantities (and prices, metadata); the previous values undo it', async () => {
    const cart = await createCart();
    const items = await createItems(cart.id, [
      { ...ITEM, tax_lines: [VAT] },
      { ...ITEM, title: 'Cap', unit_price: '12.00' },
    ]);
    const before = await cartLines(cart.id);
    const updated = (
      await ok<{ line_items_update: Item[] }>(UPDATE_ITEMS, {
        items: [
          { id: items[1].id, quantity: 5 },
          { id: items[0].id, unit_price: '18.00', metadata: { engraved: 'AL' } },
        ],
      })
    ).line_items_update;
    expect(updated.map(({ id, quantity, unit_price, metadata }) => ({ id, quantity, unit_price, metadata }))).toEqual([
      { id: items[1].id, quantity: 5, unit_price: '12.00', metadata: null },
      { id: items[0].id, quantity: 2, unit_price: '18.00', metadata: { engraved: 'AL' } },
    ]);
    expect((await cartLines(cart.id)).item_total).toBe('96');

    await ok(UPDATE_ITEMS, {
      items: items.map((item) => ({
        id: item.id,
        quantity: item.quantity,
        unit_price: item.unit_price,
        metadata: item.metadata,
      })),
    });
    expect(await cartLines(cart.id)).toEqual(before);

    expect(await refused(UPDATE_ITEMS, { items: [{ id: items[0].id, quantity: 0 }] })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Item quantity must be greater than 0',
    });
    expect(
      await refused(UPDATE_ITEMS, {
        items: [
          { id: items[0].id, quantity: 3 },
          { id: 'cali_01JZZZZZZZZZZZZZZZZZZZZZZZ', quantity: 1 },
        ],
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    // All or nothing: the known item kept its quantity.
    expect(await cartLines(cart.id)).toEqual(before);
  });
});

describe('line_item_adjustments_set and shipping_method_adjustments_set', () => {
  it('replaces every adjustment of the cart; setting the previous list again undoes it', async () => {
    const cart = await createCart();
    const items = await createItems(cart.id, [ITEM, { ...ITEM, title: 'Cap' }]);
    const first = (
      await ok<{ line_item_adjustments_set: { id: string; item_id: string; code: string; amount: string }[] }>(
        SET_ADJUSTMENTS,
        {
          cart: cart.id,
          adjustments: [
            {
              item_id: items[0].id,
              code: 'TEN',
              amount: '4',
              promotion_id: 'promo_01JZZZZZZZZZZZZZZZZZZZZZZZ',
              is_tax_inclusive: true,
            },
            { item_id: items[1].id, code: 'TEN', amount: '4', description: 'Ten percent' },
          ],
        },
      )
    ).line_item_adjustments_set;
    expect(first).toEqual([
      {
        id: expect.stringMatching(/^caliadj_/),
        item_id: items[0].id,
        code: 'TEN',
        amount: '4',
        description: null,
        is_tax_inclusive: true,
        promotion_id: 'promo_01JZZZZZZZZZZZZZZZZZZZZZZZ',
        provider_id: null,
      },
      {
        id: expect.stringMatching(/^caliadj_/),
        item_id: items[1].id,
        code: 'TEN',
        amount: '4',
        description: 'Ten percent',
        is_tax_inclusive: false,
        promotion_id: null,
        provider_id: null,
      },
    ]);
    const applied = await cartLines(cart.id);
    expect(applied.discount_total).toBe('8');

    const replaced = (
      await ok<{ line_item_adjustments_set: unknown[] }>(SET_ADJUSTMENTS, {
        cart: cart.id,
        adjustments: [{ item_id: items[1].id, code: 'FIVE', amount: '5' }],
      })
    ).line_item_adjustments_set;
    expect(replaced).toHaveLength(1);
    expect(
      (await cartLines(cart.id)).items.map((item) => item.adjustments.map((adjustment) => adjustment.code)),
    ).toEqual([[], ['FIVE']]);
    // The replaced adjustments are soft-deleted, as Medusa's removeLineItemAdjustmentsStep does.
    expect(
      await count('cart.cart_line_item_adjustment where id = any($1::text[]) and deleted_at is not null', [
        first.map((row) => row.id),
      ]),
    ).toBe(2);

    // The undo: the previous list, without its ids.
    await ok(SET_ADJUSTMENTS, { cart: cart.id, adjustments: first.map(({ id: _, ...adjustment }) => adjustment) });
    expect(await cartLines(cart.id)).toEqual(applied);
  });

  it('refuses an item of another cart, a negative amount and a malformed promotion id', async () => {
    const cart = await createCart();
    const [item] = await createItems(cart.id, [ITEM]);
    const other = await createCart();
    expect(
      await refused(SET_ADJUSTMENTS, { cart: other.id, adjustments: [{ item_id: item.id, amount: '1' }] }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await refused(SET_ADJUSTMENTS, { cart: cart.id, adjustments: [{ item_id: item.id, amount: '-1' }] }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await refused(SET_ADJUSTMENTS, {
        cart: cart.id,
        adjustments: [{ item_id: item.id, amount: '1', promotion_id: 'promo_1' }],
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('replaces the adjustments of the shipping methods of a cart', async () => {
    const cart = await createCart();
    const [method] = (
      await ok<{ shipping_methods_set: { id: string }[] }>(SET_METHODS, { cart: cart.id, methods: [METHOD] })
    ).shipping_methods_set;
    const set = (
      await ok<{
        shipping_method_adjustments_set: { id: string; shipping_method_id: string; code: string; amount: string }[];
      }>(SET_METHOD_ADJUSTMENTS, {
        cart: cart.id,
        adjustments: [{ shipping_method_id: method.id, code: 'FREESHIP', amount: '5.95' }],
      })
    ).shipping_method_adjustments_set;
    expect(set).toEqual([
      {
        id: expect.stringMatching(/^casmadj_/),
        shipping_method_id: method.id,
        code: 'FREESHIP',
        amount: '5.95',
        promotion_id: null,
      },
    ]);
    expect((await cartLines(cart.id)).shipping_total).toBe('0');
    await ok(SET_METHOD_ADJUSTMENTS, { cart: cart.id, adjustments: [] });
    expect((await cartLines(cart.id)).shipping_total).toBe('5.95');
    const other = await createCart();
    expect(
      await refused(SET_METHOD_ADJUSTMENTS, {
        cart: other.id,
        adjustments: [{ shipping_method_id: method.id, amount: '1' }],
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('shipping_methods_set', () => {
  it("replaces a seed cart's shipping method; setting the previous list again undoes it", async () => {
    const id = seedCarts[2].id;
    const before = await cartLines(id);
    expect(before.shipping_methods).toHaveLength(1);
    const previous = (
      await ok<{
        cart: {
          shipping_methods: {
            name: string;
            amount: string;
            is_tax_inclusive: boolean;
            shipping_option_id: string;
            data: unknown;
            metadata: unknown;
            tax_lines: unknown[];
          }[];
        };
      }>(
        `query($id: ID!) { cart(id: $id) { shipping_methods { name amount is_tax_inclusive shipping_option_id data metadata tax_lines { code rate description provider_id tax_rate_id } } } }`,
        { id },
      )
    ).cart.shipping_methods;

    const set = (
      await ok<{ shipping_methods_set: { id: string; name: string; amount: string; tax_lines: unknown[] }[] }>(
        SET_METHODS,
        {
          cart: id,
          methods: [
            {
              ...METHOD,
              name: 'Express',
              amount: '15',
              shipping_option_id: previous[0].shipping_option_id,
              data: { speed: 'fast' },
              tax_lines: [VAT],
            },
          ],
        },
      )
    ).shipping_methods_set;
    expect(set).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^casm_/),
        cart_id: id,
        name: 'Express',
        amount: '15',
        data: { speed: 'fast' },
        total: '15',
      }),
    ]);
    expect((await cartLines(id)).shipping_methods.map((method) => method.name)).toEqual(['Express']);
    expect(
      await count('cart.cart_shipping_method where id = $1 and deleted_at is not null', [
        before.shipping_methods[0].id,
      ]),
    ).toBe(1);

    await ok(SET_METHODS, { cart: id, methods: previous });
    const after = await cartLines(id);
    const withoutIds = (lines: CartLines) => ({
      ...lines,
      shipping_methods: lines.shipping_methods.map(({ id: _, ...method }) => method),
    });
    expect(withoutIds(after)).toEqual(withoutIds(before));
  });

  it('refuses a negative amount and a malformed shipping option id', async () => {
    const cart = await createCart();
    expect(await refused(SET_METHODS, { cart: cart.id, methods: [{ ...METHOD, amount: '-5' }] })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      await refused(SET_METHODS, {
        cart: cart.id,
        methods: [{ ...METHOD, shipping_option_id: 'sp_01JZZZZZZZZZZZZZZZZZZZZZZZ' }],
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// customer
// ---------------------------------------------------------------------------------------------

const FIND_OR_CREATE = `mutation($email: String!) { customer_find_or_create_guest(email: $email) { created customer { id email has_account } } }`;
const DELETE_CUSTOMER = 'mutation($id: ID!) { customer_delete(id: $id) }';

interface FoundCustomer {
  created: boolean;
  customer: { id: string; email: string; has_account: boolean };
}

async function findOrCreate(email: string): Promise<FoundCustomer> {
  return (await ok<{ customer_find_or_create_guest: FoundCustomer }>(FIND_OR_CREATE, { email }))
    .customer_find_or_create_guest;
}

describe('customer_find_or_create_guest and customer_delete', () => {
  it('reuses a registered customer, whatever the case of the email', async () => {
    expect(await findOrCreate(`  ${registered.email.toUpperCase()} `)).toEqual({
      created: false,
      customer: { id: registered.id, email: registered.email, has_account: true },
    });
  });

  it('prefers the registered customer to a guest with the same email', async () => {
    await supergraph.db.query(
      `insert into customer.customer (id, email, has_account) values ('cus_01JZZZZZZZZZZZZZZZZZZZZZZZ', $1, false)`,
      [registered.email],
    );
    expect((await findOrCreate(registered.email)).customer.id).toBe(registered.id);
  });

  it('reuses a guest', async () => {
    expect(await findOrCreate(guest.email)).toEqual({
      created: false,
      customer: { id: guest.id, email: guest.email, has_account: false },
    });
  });

  it('creates a guest once, and customer_delete undoes the creation', async () => {
    const created = await findOrCreate('New.Shopper@Example.com');
    expect(created).toEqual({
      created: true,
      customer: { id: expect.stringMatching(/^cus_/), email: 'new.shopper@example.com', has_account: false },
    });
    expect(await findOrCreate('new.shopper@example.com')).toEqual({ ...created, created: false });
    // Two calls at once get the same guest.
    const [a, b] = await Promise.all([findOrCreate('twice@example.com'), findOrCreate('twice@example.com')]);
    expect(a.customer.id).toBe(b.customer.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);

    expect(await ok(DELETE_CUSTOMER, { id: created.customer.id })).toEqual({ customer_delete: created.customer.id });
    expect(
      (
        await ok<{ customer: null }>('query($id: ID!) { customer(id: $id, with_deleted: true) { id } }', {
          id: created.customer.id,
        })
      ).customer,
    ).toBeNull();
    expect(
      (
        await ok<{ customers: { data: unknown[] } }>(
          '{ customers(filters: { email: ["new.shopper@example.com"] }) { data { id } } }',
        )
      ).customers.data,
    ).toEqual([]);
  });

  it('refuses a malformed email, deleting a registered customer and a malformed id; an unknown customer is deleted already', async () => {
    expect(await refused(FIND_OR_CREATE, { email: 'not-an-email' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refused(DELETE_CUSTOMER, { id: registered.id })).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await ok(DELETE_CUSTOMER, { id: 'cus_01JZZZZZZZZZZZZZZZZZZZZZZY' })).toEqual({ customer_delete: null });
    expect(await refused(DELETE_CUSTOMER, { id: 'customer_1' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (await ok<{ customer: { id: string } }>('query($id: ID!) { customer(id: $id) { id } }', { id: registered.id }))
        .customer.id,
    ).toBe(registered.id);
  });
});

// ---------------------------------------------------------------------------------------------
// order
// ---------------------------------------------------------------------------------------------

const CREATE_ORDER = `mutation($input: OrderCreateInput!) { order_create(input: $input) {
  id display_id status version email currency_code locale region_id customer_id sales_channel_id metadata is_draft_order
  shipping_address { id city country_code } billing_address { id city }
  items { id title quantity unit_price variant_id metadata detail { id version quantity fulfilled_quantity }
    adjustments { id version code amount is_tax_inclusive promotion_id } tax_lines { id code rate } }
  shipping_methods { id name amount shipping_option_id data detail { id version } adjustments { id code amount } tax_lines { code rate } }
  credit_lines { id version reference amount } transactions { id version amount currency_code reference reference_id }
  summary { pending_difference current_order_total original_order_total transaction_total paid_total refunded_total credit_line_total accounting_total }
  item_total shipping_total discount_total credit_line_total total
  customer { id } region { id }
} }`;
const DELETE_ORDER = 'mutation($id: ID!) { order_delete(id: $id) }';

const SUMMARY = {
  pending_difference: '0',
  current_order_total: '49.95',
  original_order_total: '49.95',
  transaction_total: '49.95',
  paid_total: '49.95',
  refunded_total: '0',
  credit_line_total: '1',
  accounting_total: '49.95',
};

function orderInput(overrides: Record<string, unknown> = {}) {
  return {
    region_id: region.id,
    customer_id: registered.id,
    sales_channel_id: salesChannel,
    email: registered.email,
    currency_code: 'EUR',
    locale: 'de-DE',
    metadata: { cart_id: 'cart_x' },
    shipping_address: BERLIN,
    billing_address: { ...BERLIN, city: 'Hamburg' },
    items: [
      {
        ...ITEM,
        quantity: 2,
        variant_id: variant.id,
        metadata: { gift: true },
        adjustments: [
          { code: 'TEN', amount: '4', is_tax_inclusive: true, promotion_id: 'promo_01JZZZZZZZZZZZZZZZZZZZZZZZ' },
        ],
        tax_lines: [VAT],
      },
      { title: 'Socks', quantity: '1', unit_price: '9.00' },
    ],
    shipping_methods: [
      // Not tax-inclusive, with a 0% tax line: 5.95 - 1 is exactly what shipping costs.
      {
        ...METHOD,
        is_tax_inclusive: false,
        shipping_option_id: 'so_01JZZZZZZZZZZZZZZZZZZZZZZZ',
        data: { carrier: 'DHL' },
        adjustments: [{ code: 'SHIP', amount: '1' }],
        tax_lines: [{ code: 'ZERO', rate: 0 }],
      },
    ],
    credit_lines: [{ reference: 'loyalty', reference_id: 'points', amount: '1' }],
    summary: SUMMARY,
    transactions: [{ amount: '49.95', reference: 'capture', reference_id: 'capt_01JZZZZZZZZZZZZZZZZZZZZZZZ' }],
    ...overrides,
  };
}

describe('order_create and its undo order_delete', () => {
  it('creates the order with every row of it in one go; order_delete removes all of them', async () => {
    const before = await ok<{ orders: { metadata: { count: number } } }>('{ orders { metadata { count } } }');
    const [{ max }] = await supergraph.db.query<{ max: number }>('select max(display_id) as max from "order"."order"');
    const order = (
      await ok<{
        order_create: Record<string, unknown> & {
          id: string;
          items: { id: string }[];
          shipping_methods: { id: string }[];
        };
      }>(CREATE_ORDER, { input: orderInput() })
    ).order_create;
    expect(order).toMatchObject({
      id: expect.stringMatching(/^order_/),
      display_id: max + 1,
      status: 'pending',
      version: 1,
      is_draft_order: false,
      currency_code: 'eur',
      customer: { id: registered.id },
      region: { id: region.id },
      metadata: { cart_id: 'cart_x' },
      shipping_address: { id: expect.stringMatching(/^ordaddr_/), city: 'Berlin', country_code: 'de' },
      billing_address: { city: 'Hamburg' },
      items: [
        {
          id: expect.stringMatching(/^ordli_/),
          title: 'Shirt',
          quantity: '2',
          unit_price: '20.00',
          variant_id: variant.id,
          metadata: { gift: true },
          detail: { id: expect.stringMatching(/^orditem_/), version: 1, quantity: '2', fulfilled_quantity: '0' },
          adjustments: [
            {
              id: expect.stringMatching(/^ordliadj_/),
              version: 1,
              code: 'TEN',
              amount: '4',
              is_tax_inclusive: true,
              promotion_id: 'promo_01JZZZZZZZZZZZZZZZZZZZZZZZ',
            },
          ],
          tax_lines: [{ id: expect.stringMatching(/^ordlitxl_/), code: 'DE-VAT', rate: '19' }],
        },
        expect.objectContaining({ title: 'Socks', quantity: '1', unit_price: '9.00', adjustments: [], tax_lines: [] }),
      ],
      shipping_methods: [
        {
          id: expect.stringMatching(/^ordsm_/),
          name: 'Standard',
          amount: '5.95',
          shipping_option_id: 'so_01JZZZZZZZZZZZZZZZZZZZZZZZ',
          data: { carrier: 'DHL' },
          detail: { id: expect.stringMatching(/^ordspmv_/), version: 1 },
          adjustments: [{ id: expect.stringMatching(/^ordsmadj_/), code: 'SHIP', amount: '1' }],
          tax_lines: [{ code: 'ZERO', rate: '0' }],
        },
      ],
      credit_lines: [{ id: expect.stringMatching(/^ordcl_/), version: 1, reference: 'loyalty', amount: '1' }],
      transactions: [
        {
          id: expect.stringMatching(/^ordtrx_/),
          version: 1,
          amount: '49.95',
          currency_code: 'eur',
          reference: 'capture',
          reference_id: 'capt_01JZZZZZZZZZZZZZZZZZZZZZZZ',
        },
      ],
      summary: SUMMARY,
      // 2 × 20 - 4 + 9, shipping 5.95 - 1, less the credit line of 1.
      item_total: '45',
      shipping_total: '4.95',
      discount_total: '5',
      credit_line_total: '1',
      total: '48.95',
    });
    expect(
      (await ok<{ orders: { metadata: { count: number } } }>('{ orders { metadata { count } } }')).orders.metadata
        .count,
    ).toBe(before.orders.metadata.count + 1);

    expect(await ok(DELETE_ORDER, { id: order.id })).toEqual({ order_delete: order.id });
    expect(
      (await ok<{ order: null }>('query($id: ID!) { order(id: $id, with_deleted: true) { id } }', { id: order.id }))
        .order,
    ).toBeNull();
    expect(
      (await ok<{ orders: { metadata: { count: number } } }>('{ orders { metadata { count } } }')).orders.metadata
        .count,
    ).toBe(before.orders.metadata.count);
    const itemIds = order.items.map((item) => item.id);
    expect(await count('"order".order_line_item where id = any($1::text[])', [itemIds])).toBe(0);
    expect(await count('"order".order_line_item_tax_line where item_id = any($1::text[])', [itemIds])).toBe(0);
    expect(
      await count('"order".order_shipping_method where id = any($1::text[])', [
        order.shipping_methods.map((method) => method.id),
      ]),
    ).toBe(0);
    for (const table of ['order_item', 'order_shipping', 'order_summary', 'order_transaction', 'order_credit_line']) {
      expect(await count(`"order".${table} where order_id = $1`, [order.id])).toBe(0);
    }
    expect(
      await count('"order".order_address where id = any($1::text[])', [
        [(order.shipping_address as { id: string }).id, (order.billing_address as { id: string }).id],
      ]),
    ).toBe(0);
    expect(await ok(DELETE_ORDER, { id: order.id })).toEqual({ order_delete: null });
  });

  it('refuses a quantity of 0, malformed ids and negative amounts, writing nothing', async () => {
    const before = (await ok<{ orders: { metadata: { count: number } } }>('{ orders { metadata { count } } }')).orders
      .metadata.count;
    expect(
      await refused(CREATE_ORDER, {
        input: orderInput({ items: [{ title: 'Shirt', quantity: '0', unit_price: '1' }] }),
      }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Item quantity must be greater than 0',
    });
    expect(await refused(CREATE_ORDER, { input: orderInput({ customer_id: 'cust_1' }) })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      await refused(CREATE_ORDER, { input: orderInput({ shipping_methods: [{ name: 'x', amount: '-1' }] }) }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refused(DELETE_ORDER, { id: 'order_1' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (await ok<{ orders: { metadata: { count: number } } }>('{ orders { metadata { count } } }')).orders.metadata
        .count,
    ).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// payment
// ---------------------------------------------------------------------------------------------

const COLLECTION = `id amount currency_code status authorized_amount captured_amount refunded_amount
  payment_sessions { id status amount } payments { id amount payment_session_id }`;
const CREATE_COLLECTION = `mutation($input: PaymentCollectionCreateInput!) { payment_collection_create(input: $input) { ${COLLECTION} } }`;
const UPDATE_COLLECTION = `mutation($id: ID!, $input: PaymentCollectionUpdateInput!) { payment_collection_update(id: $id, input: $input) { ${COLLECTION} } }`;
const DELETE_COLLECTION = 'mutation($id: ID!) { payment_collection_delete(id: $id) }';
const READ_COLLECTION = `query($id: ID!) { payment_collection(id: $id) { ${COLLECTION} } }`;
const SESSION = `id status amount currency_code provider_id data context authorized_at payment_collection_id
  payment { id amount currency_code provider_id payment_collection_id payment_session_id }`;
const CREATE_SESSION = `mutation($input: PaymentSessionCreateInput!) { payment_session_create(input: $input) { ${SESSION} } }`;
const DELETE_SESSION = 'mutation($id: ID!) { payment_session_delete(id: $id) }';
const AUTHORIZE = `mutation($id: ID!) { payment_session_authorize(id: $id) { ${SESSION} } }`;
const CANCEL = `mutation($id: ID!) { payment_session_cancel(id: $id) { ${SESSION} } }`;

interface Collection {
  id: string;
  amount: string;
  currency_code: string;
  status: string;
  authorized_amount: string | null;
  captured_amount: string | null;
  refunded_amount: string | null;
  payment_sessions: { id: string; status: string; amount: string }[];
  payments: { id: string; amount: string; payment_session_id: string }[];
}
interface Session {
  id: string;
  status: string;
  amount: string;
  currency_code: string;
  provider_id: string;
  data: unknown;
  context: unknown;
  authorized_at: string | null;
  payment_collection_id: string;
  payment: {
    id: string;
    amount: string;
    currency_code: string;
    provider_id: string;
    payment_collection_id: string;
    payment_session_id: string;
  } | null;
}

async function createCollection(amount = '100.50'): Promise<Collection> {
  return (
    await ok<{ payment_collection_create: Collection }>(CREATE_COLLECTION, { input: { currency_code: 'EUR', amount } })
  ).payment_collection_create;
}
async function readCollection(id: string): Promise<Collection | null> {
  return (await ok<{ payment_collection: Collection | null }>(READ_COLLECTION, { id })).payment_collection;
}
async function createSession(collectionId: string, extra: Record<string, unknown> = {}): Promise<Session> {
  return (
    await ok<{ payment_session_create: Session }>(CREATE_SESSION, {
      input: { payment_collection_id: collectionId, provider_id: 'pp_system_default', ...extra },
    })
  ).payment_session_create;
}

describe('payment collections', () => {
  it('payment_collection_create makes a not_paid collection; payment_collection_delete removes it with its sessions', async () => {
    const collection = await createCollection();
    expect(collection).toEqual({
      id: expect.stringMatching(/^pay_col_/),
      amount: '100.50',
      currency_code: 'eur',
      status: 'not_paid',
      authorized_amount: null,
      captured_amount: null,
      refunded_amount: null,
      payment_sessions: [],
      payments: [],
    });
    const session = await createSession(collection.id);
    await ok(AUTHORIZE, { id: session.id });
    expect(await ok(DELETE_COLLECTION, { id: collection.id })).toEqual({ payment_collection_delete: collection.id });
    expect(
      (
        await ok<{ payment_collection: null }>(
          'query($id: ID!) { payment_collection(id: $id, with_deleted: true) { id } }',
          { id: collection.id },
        )
      ).payment_collection,
    ).toBeNull();
    expect(await count('payment.payment_session where payment_collection_id = $1', [collection.id])).toBe(0);
    expect(await count('payment.payment where payment_collection_id = $1', [collection.id])).toBe(0);
    expect(await ok(DELETE_COLLECTION, { id: collection.id })).toEqual({ payment_collection_delete: null });
  });

  it('payment_collection_update with a new amount drops every session and goes back to not_paid; the same amount changes nothing', async () => {
    const collection = await createCollection();
    const session = await createSession(collection.id);
    const same = (
      await ok<{ payment_collection_update: Collection }>(UPDATE_COLLECTION, {
        id: collection.id,
        input: { amount: '100.5', currency_code: 'eur' },
      })
    ).payment_collection_update;
    expect(same).toMatchObject({
      amount: '100.50',
      status: 'awaiting',
      payment_sessions: [{ id: session.id, status: 'pending', amount: '100.50' }],
    });

    const updated = (
      await ok<{ payment_collection_update: Collection }>(UPDATE_COLLECTION, {
        id: collection.id,
        input: { amount: '80' },
      })
    ).payment_collection_update;
    expect(updated).toMatchObject({
      amount: '80',
      currency_code: 'eur',
      status: 'not_paid',
      authorized_amount: '0',
      payment_sessions: [],
    });
    expect(
      (
        await ok<{ payment_session: null }>('query($id: ID!) { payment_session(id: $id, with_deleted: true) { id } }', {
          id: session.id,
        })
      ).payment_session,
    ).toBeNull();
    // The undo: the previous amount (the sessions are not restored, as in Medusa).
    const undone = (
      await ok<{ payment_collection_update: Collection }>(UPDATE_COLLECTION, {
        id: collection.id,
        input: { amount: collection.amount },
      })
    ).payment_collection_update;
    expect(undone).toMatchObject({ amount: '100.50', status: 'not_paid', payment_sessions: [] });
  });

  it('refuses a changed amount while the collection has a payment, a negative amount, a null currency and unknown ids', async () => {
    const collection = await createCollection();
    const session = await createSession(collection.id);
    await ok(AUTHORIZE, { id: session.id });
    expect(await refused(UPDATE_COLLECTION, { id: collection.id, input: { amount: '1' } })).toMatchObject({
      code: 'NOT_ALLOWED',
    });
    expect((await readCollection(collection.id))!.status).toBe('authorized');
    expect(await refused(UPDATE_COLLECTION, { id: collection.id, input: { amount: '-1' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await refused(UPDATE_COLLECTION, { id: collection.id, input: { currency_code: null } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await refused(CREATE_COLLECTION, { input: { currency_code: 'eur', amount: '-0.01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      await refused(UPDATE_COLLECTION, { id: 'pay_col_01JZZZZZZZZZZZZZZZZZZZZZZZ', input: { amount: '1' } }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(DELETE_COLLECTION, { id: 'pay_01JZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('payment sessions', () => {
  it('payment_session_create makes a pending session for the collection amount; the collection awaits; a new session replaces a pending one', async () => {
    const collection = await createCollection();
    const first = await createSession(collection.id, { data: { token: 'abc' }, context: { email: 'a@example.com' } });
    expect(first).toEqual({
      id: expect.stringMatching(/^payses_/),
      status: 'pending',
      amount: '100.50',
      currency_code: 'eur',
      provider_id: 'pp_system_default',
      data: { token: 'abc' },
      context: { email: 'a@example.com' },
      authorized_at: null,
      payment_collection_id: collection.id,
      payment: null,
    });
    expect(await readCollection(collection.id)).toMatchObject({
      status: 'awaiting',
      payment_sessions: [{ id: first.id }],
    });

    const second = await createSession(collection.id, { amount: '50' });
    expect(second).toMatchObject({ amount: '50', data: {}, context: null });
    expect((await readCollection(collection.id))!.payment_sessions).toEqual([
      { id: second.id, status: 'pending', amount: '50' },
    ]);

    // payment_session_delete, the undo of a creation.
    expect(await ok(DELETE_SESSION, { id: second.id })).toEqual({ payment_session_delete: second.id });
    expect(await readCollection(collection.id)).toMatchObject({ status: 'not_paid', payment_sessions: [] });
  });

  it('refuses an unknown or disabled provider and an unknown collection', async () => {
    const collection = await createCollection();
    expect(
      await refused(CREATE_SESSION, { input: { payment_collection_id: collection.id, provider_id: 'pp_nope' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await refused(CREATE_SESSION, {
        input: { payment_collection_id: collection.id, provider_id: 'pp_stripe_stripe' },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await refused(CREATE_SESSION, {
        input: { payment_collection_id: 'pay_col_01JZZZZZZZZZZZZZZZZZZZZZZZ', provider_id: 'pp_system_default' },
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await readCollection(collection.id)).toMatchObject({ status: 'not_paid', payment_sessions: [] });
  });

  it('payment_session_authorize makes a payment and authorizes the collection, once; payment_session_cancel undoes it', async () => {
    const collection = await createCollection();
    const session = await createSession(collection.id);
    const authorized = (await ok<{ payment_session_authorize: Session }>(AUTHORIZE, { id: session.id }))
      .payment_session_authorize;
    expect(authorized).toMatchObject({
      status: 'authorized',
      authorized_at: expect.stringMatching(/^\d{4}-/),
      payment: {
        id: expect.stringMatching(/^pay_/),
        amount: '100.50',
        currency_code: 'eur',
        provider_id: 'pp_system_default',
        payment_collection_id: collection.id,
        payment_session_id: session.id,
      },
    });
    const paid = await readCollection(collection.id);
    expect(paid).toMatchObject({
      status: 'authorized',
      authorized_amount: '100.50',
      captured_amount: '0',
      refunded_amount: '0',
    });
    expect(paid!.payments).toEqual([{ id: authorized.payment!.id, amount: '100.50', payment_session_id: session.id }]);

    // Idempotent: the same session, no second payment.
    expect(
      (await ok<{ payment_session_authorize: Session }>(AUTHORIZE, { id: session.id })).payment_session_authorize,
    ).toEqual(authorized);
    expect(await count('payment.payment where payment_session_id = $1', [session.id])).toBe(1);

    const canceled = (await ok<{ payment_session_cancel: Session }>(CANCEL, { id: session.id })).payment_session_cancel;
    expect(canceled).toEqual({ ...session, payment: null });
    expect(await readCollection(collection.id)).toMatchObject({
      status: 'awaiting',
      authorized_amount: '0',
      payments: [],
      payment_sessions: [{ id: session.id, status: 'pending' }],
    });
    expect(await count('payment.payment where payment_session_id = $1', [session.id])).toBe(0);
    // Canceling a pending session changes nothing.
    expect((await ok<{ payment_session_cancel: Session }>(CANCEL, { id: session.id })).payment_session_cancel).toEqual(
      canceled,
    );
  });

  it('a session for part of the amount makes the collection partially_authorized', async () => {
    const collection = await createCollection('100');
    const session = await createSession(collection.id, { amount: '40' });
    await ok(AUTHORIZE, { id: session.id });
    expect(await readCollection(collection.id)).toMatchObject({
      status: 'partially_authorized',
      authorized_amount: '40',
    });
  });

  it('refuses deleting an authorized session, canceling a captured payment, another provider and a canceled session', async () => {
    const collection = await createCollection();
    const session = await createSession(collection.id);
    await ok(AUTHORIZE, { id: session.id });
    expect(await refused(DELETE_SESSION, { id: session.id })).toMatchObject({ code: 'NOT_ALLOWED' });

    // The seed's completed cart has a captured payment.
    const seed = await ok<{ cart: { payment_collection: { payment_sessions: { id: string; status: string }[] } } }>(
      'query($id: ID!) { cart(id: $id) { payment_collection { payment_sessions { id status } } } }',
      { id: seedCarts[0].id },
    );
    const captured = seed.cart.payment_collection.payment_sessions[0];
    expect(captured.status).toBe('authorized');
    expect(await refused(CANCEL, { id: captured.id })).toMatchObject({ code: 'NOT_ALLOWED' });

    const stripe = 'payses_01JZZZZZZZZZZZZZZZZZZZZZZZ';
    await supergraph.db.query(
      `insert into payment.payment_session (id, currency_code, amount, provider_id, payment_collection_id) values ($1, 'eur', 1, 'pp_stripe_stripe', $2)`,
      [stripe, collection.id],
    );
    expect(await refused(AUTHORIZE, { id: stripe })).toMatchObject({ code: 'NOT_ALLOWED' });
    await supergraph.db.query(
      `update payment.payment_session set provider_id = 'pp_system_default', status = 'canceled' where id = $1`,
      [stripe],
    );
    expect(await refused(AUTHORIZE, { id: stripe })).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await count('payment.payment where payment_session_id = $1', [stripe])).toBe(0);

    expect(await refused(AUTHORIZE, { id: 'payses_01JZZZZZZZZZZZZZZZZZZZZZZY' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(CANCEL, { id: 'pay_01JZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
