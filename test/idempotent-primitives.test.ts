import { generateId } from '../kit/ids';
import { changedTables, countRowsPerTable, type TableRows } from './support/rows';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Exactly once across a lost answer: every primitive the workflows call may be called again with
 * the same input (its first answer lost) and must not do its work twice. A create with a
 * caller-chosen id finds the row it made; an id that names someone else's row is CONFLICT; an undo
 * of something already gone is done; authorizing twice makes one payment; a removed line item is
 * soft-deleted and comes back with the same id; promotion usage is counted once per order. Each
 * call goes straight to the subgraph that owns it, as the workflows send them.
 */

let supergraph: TestSupergraph;
let region: string;
let customers: { id: string; email: string }[];
let completedCart: string;

beforeAll(async () => {
  supergraph = await startTestSupergraph(4);
  const data = await read<{
    regions: { data: { id: string }[] };
    customers: { data: { id: string; email: string }[] };
    carts: { data: { id: string }[] };
  }>(`{
    regions { data { id } }
    customers(pagination: { take: 2 }) { data { id email } }
    carts(filters: { completed: true }, pagination: { take: 1 }) { data { id } }
  }`);
  region = data.regions.data[0].id;
  customers = data.customers.data;
  completedCart = data.carts.data[0].id;
});
afterAll(() => supergraph?.stop());

/** A primitive, straight to the subgraph that owns it; the answer's data, which must have no error. */
async function call<Data>(subgraph: string, query: string, variables: Record<string, unknown>): Promise<Data> {
  const response = await supergraph.querySubgraph<Data>(subgraph, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** A primitive that must be refused: its code, message and extensions. */
async function refusal(subgraph: string, query: string, variables: Record<string, unknown>) {
  const response: GraphQLResponse = await supergraph.querySubgraph(subgraph, query, variables);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  return { code: error.extensions?.code, message: error.message, extensions: error.extensions };
}

/** A read through the gateway, as an admin (soft-deleted rows need one). */
async function read<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await supergraph.query<Data>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const rows = () => countRowsPerTable(supergraph.db);

/** Runs `work` twice: the first run changes `expected` tables (all rows, live or not) by those counts, the second run changes no table at all. */
async function twiceChangesOnce<T>(work: () => Promise<T>, expected: Record<string, number>): Promise<[T, T]> {
  const before = await rows();
  const first = await work();
  const between = await rows();
  const second = await work();
  const after = await rows();
  const changes = Object.fromEntries(
    Object.entries(changedTables(before, between, 'all')).map(([table, { before: was, after: is }]) => [
      table,
      is - was,
    ]),
  );
  expect(changes).toEqual(expected);
  expect(changedTables(between, after, 'all')).toEqual({});
  return [first, second];
}

function liveCounts(tables: Record<string, TableRows>, names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, tables[name].live]));
}

// ---------------------------------------------------------------------------------------------
// cart
// ---------------------------------------------------------------------------------------------

const CREATE_CART =
  'mutation($input: CartCreateInput!) { cart_create(input: $input) { id customer_id email shipping_address { id city } } }';
const DELETE_CART = 'mutation($id: ID!) { cart_delete(id: $id) }';
const CREATE_ITEMS = `mutation($cart: ID!, $items: [LineItemCreateInput!]!) {
  line_items_create(cart_id: $cart, items: $items) { id cart_id title quantity unit_price tax_lines { id code } }
}`;
const DELETE_ITEMS = 'mutation($ids: [ID!]!) { line_items_delete(ids: $ids) }';
const RESTORE_ITEMS =
  'mutation($ids: [ID!]!) { line_items_restore(ids: $ids) { id deleted_at adjustments { id } tax_lines { id } } }';
const SET_ADJUSTMENTS = `mutation($cart: ID!, $adjustments: [LineItemAdjustmentInput!]!) {
  line_item_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id item_id code amount }
}`;
const SET_METHODS =
  'mutation($cart: ID!, $methods: [ShippingMethodInput!]!) { shipping_methods_set(cart_id: $cart, methods: $methods) { id name amount tax_lines { id } } }';
const SET_METHOD_ADJUSTMENTS = `mutation($cart: ID!, $adjustments: [ShippingMethodAdjustmentInput!]!) {
  shipping_method_adjustments_set(cart_id: $cart, adjustments: $adjustments) { id shipping_method_id amount }
}`;
const CART_TOTALS = `query($id: ID!) { cart(id: $id) {
  item_total item_subtotal item_tax_total discount_total shipping_total tax_total total
  items { id quantity unit_price total tax_total discount_total adjustments { id code amount } tax_lines { id code rate } }
} }`;

const VAT = { code: 'DE-VAT', rate: 19 };
const ITEM = { title: 'Shirt', quantity: 2, unit_price: '20.00', is_tax_inclusive: true, tax_lines: [VAT] };

async function newCart(customer = customers[0]): Promise<string> {
  const input = { currency_code: 'eur', region_id: region, customer_id: customer.id, email: customer.email };
  return (await call<{ cart_create: { id: string } }>('cart', CREATE_CART, { input })).cart_create.id;
}

describe('cart: caller-chosen ids', () => {
  it('cart_create twice with the same id makes one cart (and one pair of addresses), returned both times', async () => {
    const id = generateId('cart');
    const input = {
      id,
      currency_code: 'EUR',
      region_id: region,
      customer_id: customers[0].id,
      email: customers[0].email,
      shipping_address: { city: 'Berlin', country_code: 'de' },
    };
    const [first, second] = await twiceChangesOnce(
      () => call<{ cart_create: { id: string } }>('cart', CREATE_CART, { input }),
      { 'cart.cart': 1, 'cart.cart_address': 1 },
    );
    expect(first.cart_create).toMatchObject({ id, customer_id: customers[0].id, shipping_address: { city: 'Berlin' } });
    expect(second).toEqual(first);
  });

  it('five calls with the same ids at once (a retry while the first still runs) make each row once', async () => {
    const id = generateId('cart');
    const input = { id, currency_code: 'eur', customer_id: customers[0].id, shipping_address: { city: 'Berlin' } };
    const before = await rows();
    const carts = await Promise.all(
      Array.from({ length: 5 }, () => supergraph.querySubgraph('cart', CREATE_CART, { input })),
    );
    expect(carts.map((answer) => answer.errors)).toEqual(Array(5).fill(undefined));
    const items = [{ ...ITEM, id: generateId('cali') }];
    const lines = await Promise.all(
      Array.from({ length: 5 }, () => supergraph.querySubgraph('cart', CREATE_ITEMS, { cart: id, items })),
    );
    expect(lines.map((answer) => answer.errors)).toEqual(Array(5).fill(undefined));
    const changes = changedTables(before, await rows(), 'all');
    expect(
      Object.fromEntries(Object.entries(changes).map(([table, { before: was, after: is }]) => [table, is - was])),
    ).toEqual({
      'cart.cart': 1,
      'cart.cart_address': 1,
      'cart.cart_line_item': 1,
      'cart.cart_line_item_tax_line': 1,
    });
  });

  it("refuses an id that names another customer's cart, a deleted cart, or a malformed id", async () => {
    const id = generateId('cart');
    await call('cart', CREATE_CART, { input: { id, currency_code: 'eur', customer_id: customers[0].id } });
    expect(
      await refusal('cart', CREATE_CART, { input: { id, currency_code: 'eur', customer_id: customers[1].id } }),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(id),
      extensions: { id },
    });
    const deleted = generateId('cart');
    await supergraph.db.query(`insert into cart.cart (id, currency_code, deleted_at) values ($1, 'eur', now())`, [
      deleted,
    ]);
    expect(await refusal('cart', CREATE_CART, { input: { id: deleted, currency_code: 'eur' } })).toMatchObject({
      code: 'CONFLICT',
      extensions: { id: deleted },
    });
    expect(await refusal('cart', CREATE_CART, { input: { id: 'cart_1', currency_code: 'eur' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('input.id'),
      extensions: { argument: 'input.id' },
    });
  });

  it('line_items_create twice with the same ids makes each line (and its tax line) once, in the order given', async () => {
    const cart = await newCart();
    const items = [
      { ...ITEM, id: generateId('cali') },
      { ...ITEM, title: 'Cap', id: generateId('cali') },
    ];
    const [first, second] = await twiceChangesOnce(
      () => call<{ line_items_create: { id: string }[] }>('cart', CREATE_ITEMS, { cart, items }),
      { 'cart.cart_line_item': 2, 'cart.cart_line_item_tax_line': 2 },
    );
    expect(first.line_items_create.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect(second).toEqual(first);

    // One line known, one new: only the new one is made.
    const third = { ...ITEM, title: 'Socks', id: generateId('cali') };
    const [mixed] = await twiceChangesOnce(
      () =>
        call<{ line_items_create: { id: string; title: string }[] }>('cart', CREATE_ITEMS, {
          cart,
          items: [items[0], third],
        }),
      { 'cart.cart_line_item': 1, 'cart.cart_line_item_tax_line': 1 },
    );
    expect(mixed.line_items_create.map((item) => item.title)).toEqual(['Shirt', 'Socks']);
    // Without ids: a new line every time, as before.
    const before = await rows();
    await call('cart', CREATE_ITEMS, { cart, items: [ITEM] });
    await call('cart', CREATE_ITEMS, { cart, items: [ITEM] });
    expect((await rows())['cart.cart_line_item'].all - before['cart.cart_line_item'].all).toBe(2);
  });

  it("refuses a line item id of another cart, a removed line's id, and one id twice in a call", async () => {
    const cart = await newCart();
    const other = await newCart();
    const id = generateId('cali');
    await call('cart', CREATE_ITEMS, { cart, items: [{ ...ITEM, id }] });
    expect(await refusal('cart', CREATE_ITEMS, { cart: other, items: [{ ...ITEM, id }] })).toMatchObject({
      code: 'CONFLICT',
      message: `Line item ${id} already exists in cart ${cart}, not in cart ${other}`,
      extensions: { id },
    });
    await call('cart', DELETE_ITEMS, { ids: [id] });
    expect(await refusal('cart', CREATE_ITEMS, { cart, items: [{ ...ITEM, id }] })).toMatchObject({
      code: 'CONFLICT',
      extensions: { id },
    });
    const twice = generateId('cali');
    expect(
      await refusal('cart', CREATE_ITEMS, {
        cart,
        items: [
          { ...ITEM, id: twice },
          { ...ITEM, id: twice },
        ],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal('cart', CREATE_ITEMS, { cart, items: [{ ...ITEM, id: 'cali_x' }] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { argument: 'items[0].id' },
    });
  });

  it('a repeat is answered on a cart completed since; anything new is NOT_ALLOWED there', async () => {
    const cart = await newCart();
    const id = generateId('cali');
    const first = await call<{ line_items_create: unknown[] }>('cart', CREATE_ITEMS, {
      cart,
      items: [{ ...ITEM, id }],
    });
    await call(
      'cart',
      'mutation($id: ID!) { cart_update(id: $id, input: { completed_at: "2026-01-01T00:00:00Z" }) { id } }',
      { id: cart },
    );
    expect(await call('cart', CREATE_ITEMS, { cart, items: [{ ...ITEM, id }] })).toEqual(first);
    expect(
      await refusal('cart', CREATE_ITEMS, {
        cart,
        items: [
          { ...ITEM, id },
          { ...ITEM, id: generateId('cali') },
        ],
      }),
    ).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await refusal('cart', SET_ADJUSTMENTS, { cart, adjustments: [] })).toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('shipping_methods_set twice with the same id keeps one method (with its tax line); an id of another cart is CONFLICT', async () => {
    const cart = await newCart();
    const methods = [{ id: generateId('casm'), name: 'Standard', amount: '5.95', tax_lines: [VAT] }];
    const [first, second] = await twiceChangesOnce(
      () => call<{ shipping_methods_set: { id: string }[] }>('cart', SET_METHODS, { cart, methods }),
      { 'cart.cart_shipping_method': 1, 'cart.cart_shipping_method_tax_line': 1 },
    );
    expect(first.shipping_methods_set.map((method) => method.id)).toEqual([methods[0].id]);
    expect(second).toEqual(first);
    // A different list still replaces it, as without ids.
    const express = { id: generateId('casm'), name: 'Express', amount: '15' };
    await call('cart', SET_METHODS, { cart, methods: [express] });
    expect(
      (
        await read<{ cart: { shipping_methods: { id: string }[] } }>(
          'query($id: ID!) { cart(id: $id) { shipping_methods { id } } }',
          { id: cart },
        )
      ).cart.shipping_methods,
    ).toEqual([{ id: express.id }]);
    // The replaced method is removed: its id is not used again.
    expect(await refusal('cart', SET_METHODS, { cart, methods })).toMatchObject({
      code: 'CONFLICT',
      extensions: { id: methods[0].id },
    });
    const other = await newCart();
    expect(await refusal('cart', SET_METHODS, { cart: other, methods: [express] })).toMatchObject({
      code: 'CONFLICT',
      message: `Shipping method ${express.id} already exists in cart ${cart}, not in cart ${other}`,
    });
  });

  it('line_item_adjustments_set and shipping_method_adjustments_set twice with the same ids keep one adjustment each', async () => {
    const cart = await newCart();
    const [shirt, cap] = (
      await call<{ line_items_create: { id: string }[] }>('cart', CREATE_ITEMS, {
        cart,
        items: [ITEM, { ...ITEM, title: 'Cap' }],
      })
    ).line_items_create;
    const adjustments = [{ id: generateId('caliadj'), item_id: shirt.id, code: 'TEN', amount: '4' }];
    const [first, second] = await twiceChangesOnce(
      () => call<{ line_item_adjustments_set: unknown[] }>('cart', SET_ADJUSTMENTS, { cart, adjustments }),
      { 'cart.cart_line_item_adjustment': 1 },
    );
    expect(first).toEqual({
      line_item_adjustments_set: [{ id: adjustments[0].id, item_id: shirt.id, code: 'TEN', amount: '4' }],
    });
    expect(second).toEqual(first);
    expect(
      await refusal('cart', SET_ADJUSTMENTS, { cart, adjustments: [{ ...adjustments[0], item_id: cap.id }] }),
    ).toMatchObject({
      code: 'CONFLICT',
      message: `Line item adjustment ${adjustments[0].id} already exists on line item ${shirt.id}, not on line item ${cap.id}`,
    });

    const [method] = (
      await call<{ shipping_methods_set: { id: string }[] }>('cart', SET_METHODS, {
        cart,
        methods: [{ name: 'Standard', amount: '5' }],
      })
    ).shipping_methods_set;
    const methodAdjustments = [{ id: generateId('casmadj'), shipping_method_id: method.id, code: 'SHIP', amount: '5' }];
    await twiceChangesOnce(() => call('cart', SET_METHOD_ADJUSTMENTS, { cart, adjustments: methodAdjustments }), {
      'cart.cart_shipping_method_adjustment': 1,
    });
    expect(
      (
        await read<{ cart: { shipping_total: string } }>('query($id: ID!) { cart(id: $id) { shipping_total } }', {
          id: cart,
        })
      ).cart.shipping_total,
    ).toBe('0');
  });
});

describe('cart: undos treat "already gone" as done', () => {
  it('cart_delete twice: the id, then null', async () => {
    const cart = await newCart();
    expect(await call('cart', DELETE_CART, { id: cart })).toEqual({ cart_delete: cart });
    expect(await call('cart', DELETE_CART, { id: cart })).toEqual({ cart_delete: null });
    expect(await call('cart', DELETE_CART, { id: generateId('cart') })).toEqual({ cart_delete: null });
    expect(await refusal('cart', DELETE_CART, { id: completedCart })).toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('line_items_delete twice: the ids it removed, then none', async () => {
    const cart = await newCart();
    const ids = (
      await call<{ line_items_create: { id: string }[] }>('cart', CREATE_ITEMS, { cart, items: [ITEM, ITEM] })
    ).line_items_create.map((item) => item.id);
    const unknown = generateId('cali');
    expect(await call('cart', DELETE_ITEMS, { ids: [...ids, unknown] })).toEqual({ line_items_delete: ids });
    expect(await call('cart', DELETE_ITEMS, { ids: [...ids, unknown] })).toEqual({ line_items_delete: [] });
  });
});

describe("line items: Medusa's soft delete, and line_items_restore", () => {
  it('a removed line stays readable with with_deleted; the restore brings back the same line, adjustments and tax lines, and the totals', async () => {
    const cart = await newCart();
    const [shirt, cap] = (
      await call<{ line_items_create: { id: string }[] }>('cart', CREATE_ITEMS, {
        cart,
        items: [ITEM, { ...ITEM, title: 'Cap', unit_price: '12.00' }],
      })
    ).line_items_create;
    // A replaced adjustment (soft-deleted before the line is removed) must stay removed after the restore.
    const [replaced] = (
      await call<{ line_item_adjustments_set: { id: string }[] }>('cart', SET_ADJUSTMENTS, {
        cart,
        adjustments: [{ item_id: shirt.id, code: 'OLD', amount: '1' }],
      })
    ).line_item_adjustments_set;
    const adjustments = (
      await call<{ line_item_adjustments_set: { id: string }[] }>('cart', SET_ADJUSTMENTS, {
        cart,
        adjustments: [
          { item_id: shirt.id, code: 'TEN', amount: '4', is_tax_inclusive: true },
          { item_id: cap.id, code: 'TEN', amount: '2' },
        ],
      })
    ).line_item_adjustments_set;
    const before = (await read<{ cart: { items: { id: string; total: string }[] } }>(CART_TOTALS, { id: cart })).cart;
    const tablesBefore = await rows();

    expect(await call('cart', DELETE_ITEMS, { ids: [shirt.id] })).toEqual({ line_items_delete: [shirt.id] });
    // Gone from the cart and its totals; its row, adjustment and tax line are soft-deleted, not deleted.
    const removed = (
      await read<{ cart: { items: { id: string }[]; item_total: string; total: string } }>(CART_TOTALS, { id: cart })
    ).cart;
    expect(removed.items.map((item) => item.id)).toEqual([cap.id]);
    expect(removed.item_total).toBe(before.items.find((item) => item.id === cap.id)!.total);
    const tablesRemoved = await rows();
    expect(changedTables(tablesBefore, tablesRemoved, 'all')).toEqual({});
    expect(changedTables(tablesBefore, tablesRemoved, 'live')).toEqual({
      'cart.cart_line_item': {
        before: tablesBefore['cart.cart_line_item'].live,
        after: tablesBefore['cart.cart_line_item'].live - 1,
      },
      'cart.cart_line_item_adjustment': {
        before: tablesBefore['cart.cart_line_item_adjustment'].live,
        after: tablesBefore['cart.cart_line_item_adjustment'].live - 1,
      },
      'cart.cart_line_item_tax_line': {
        before: tablesBefore['cart.cart_line_item_tax_line'].live,
        after: tablesBefore['cart.cart_line_item_tax_line'].live - 1,
      },
    });
    const visible = await read<{
      line_item: { id: string; deleted_at: string | null } | null;
      live: unknown;
      line_items: { data: { id: string; deleted_at: string | null }[] };
    }>(
      `query($id: ID!, $cart: ID!) {
        line_item(id: $id, with_deleted: true) { id deleted_at }
        live: line_item(id: $id) { id }
        line_items(filters: { cart_id: [$cart] }, with_deleted: true) { data { id deleted_at } }
      }`,
      { id: shirt.id, cart },
    );
    expect(visible.line_item).toEqual({ id: shirt.id, deleted_at: expect.stringMatching(/^\d{4}-/) });
    expect(visible.live).toBeNull();
    expect(visible.line_items.data).toEqual([
      { id: shirt.id, deleted_at: expect.stringMatching(/^\d{4}-/) },
      { id: cap.id, deleted_at: null },
    ]);

    // The restore: the same id, the adjustment and tax line its delete removed, not the one replaced before.
    const restored = (
      await call<{
        line_items_restore: {
          id: string;
          deleted_at: string | null;
          adjustments: { id: string }[];
          tax_lines: { id: string }[];
        }[];
      }>('cart', RESTORE_ITEMS, { ids: [shirt.id] })
    ).line_items_restore;
    expect(restored).toEqual([
      {
        id: shirt.id,
        deleted_at: null,
        adjustments: [{ id: adjustments[0].id }],
        tax_lines: [expect.objectContaining({ id: expect.stringMatching(/^calitxl_/) })],
      },
    ]);
    expect((await read<{ cart: unknown }>(CART_TOTALS, { id: cart })).cart).toEqual(before);
    expect(
      liveCounts(await rows(), [
        'cart.cart_line_item',
        'cart.cart_line_item_adjustment',
        'cart.cart_line_item_tax_line',
      ]),
    ).toEqual(
      liveCounts(tablesBefore, [
        'cart.cart_line_item',
        'cart.cart_line_item_adjustment',
        'cart.cart_line_item_tax_line',
      ]),
    );
    const [old] = await supergraph.db.query<{ deleted_at: Date | null }>(
      'select deleted_at from cart.cart_line_item_adjustment where id = $1',
      [replaced.id],
    );
    expect(old.deleted_at).toBeInstanceOf(Date);

    // Restoring again is done already: the same answer, nothing changed.
    const again = await rows();
    expect(
      (await call<{ line_items_restore: unknown[] }>('cart', RESTORE_ITEMS, { ids: [shirt.id] })).line_items_restore,
    ).toEqual(restored);
    expect(changedTables(again, await rows(), 'live')).toEqual({});
  });

  it('the restore refuses an unknown line (NOT_FOUND) and a completed cart (NOT_ALLOWED)', async () => {
    expect(await refusal('cart', RESTORE_ITEMS, { ids: [generateId('cali')] })).toMatchObject({ code: 'NOT_FOUND' });
    const cart = await newCart();
    const [item] = (await call<{ line_items_create: { id: string }[] }>('cart', CREATE_ITEMS, { cart, items: [ITEM] }))
      .line_items_create;
    await call('cart', DELETE_ITEMS, { ids: [item.id] });
    await call(
      'cart',
      'mutation($id: ID!) { cart_update(id: $id, input: { completed_at: "2026-01-01T00:00:00Z" }) { id } }',
      { id: cart },
    );
    expect(await refusal('cart', RESTORE_ITEMS, { ids: [item.id] })).toMatchObject({
      code: 'NOT_ALLOWED',
      message: `Cart ${cart} is already completed.`,
    });
    expect(
      (await read<{ line_item: unknown }>('query($id: ID!) { line_item(id: $id) { id } }', { id: item.id })).line_item,
    ).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// customer, order
// ---------------------------------------------------------------------------------------------

describe('customer_delete and order_create / order_delete', () => {
  it('customer_delete twice: the id, then null', async () => {
    const FIND = 'mutation($email: String!) { customer_find_or_create_guest(email: $email) { customer { id } } }';
    const { id } = (
      await call<{ customer_find_or_create_guest: { customer: { id: string } } }>('customer', FIND, {
        email: 'once@example.com',
      })
    ).customer_find_or_create_guest.customer;
    const DELETE = 'mutation($id: ID!) { customer_delete(id: $id) }';
    expect(await call('customer', DELETE, { id })).toEqual({ customer_delete: id });
    expect(await call('customer', DELETE, { id })).toEqual({ customer_delete: null });
  });

  const CREATE_ORDER =
    'mutation($input: OrderCreateInput!) { order_create(input: $input) { id display_id customer_id items { id } } }';
  const SUMMARY = {
    pending_difference: '0',
    current_order_total: '20',
    original_order_total: '20',
    transaction_total: '0',
    paid_total: '0',
    refunded_total: '0',
    credit_line_total: '0',
    accounting_total: '20',
  };
  const orderInput = (id: string, customer = customers[0]) => ({
    id,
    currency_code: 'eur',
    customer_id: customer.id,
    email: customer.email,
    region_id: region,
    items: [{ title: 'Shirt', quantity: '1', unit_price: '20', tax_lines: [VAT] }],
    shipping_methods: [{ name: 'Standard', amount: '0' }],
    summary: SUMMARY,
  });

  it('order_create twice with the same id places one order with one display id; order_delete twice is done', async () => {
    const id = generateId('order');
    const [first, second] = await twiceChangesOnce(
      () =>
        call<{ order_create: { id: string; display_id: number } }>('order', CREATE_ORDER, { input: orderInput(id) }),
      {
        'order.order': 1,
        'order.order_item': 1,
        'order.order_line_item': 1,
        'order.order_line_item_tax_line': 1,
        'order.order_shipping': 1,
        'order.order_shipping_method': 1,
        'order.order_summary': 1,
      },
    );
    expect(first.order_create.id).toBe(id);
    expect(second).toEqual(first);
    expect(await refusal('order', CREATE_ORDER, { input: orderInput(id, customers[1]) })).toMatchObject({
      code: 'CONFLICT',
      message: `Order ${id} already exists with another customer_id, email`,
      extensions: { id },
    });
    const DELETE = 'mutation($id: ID!) { order_delete(id: $id) }';
    expect(await call('order', DELETE, { id })).toEqual({ order_delete: id });
    expect(await call('order', DELETE, { id })).toEqual({ order_delete: null });
  });
});

// ---------------------------------------------------------------------------------------------
// payment
// ---------------------------------------------------------------------------------------------

describe('payment: ids, authorization once, undos', () => {
  const CREATE_COLLECTION =
    'mutation($input: PaymentCollectionCreateInput!) { payment_collection_create(input: $input) { id amount currency_code status } }';
  const DELETE_COLLECTION = 'mutation($id: ID!) { payment_collection_delete(id: $id) }';
  const CREATE_SESSION =
    'mutation($input: PaymentSessionCreateInput!) { payment_session_create(input: $input) { id status amount payment_collection_id } }';
  const DELETE_SESSION = 'mutation($id: ID!) { payment_session_delete(id: $id) }';
  const SESSION = 'id status amount authorized_at payment { id amount }';
  const AUTHORIZE = `mutation($id: ID!) { payment_session_authorize(id: $id) { ${SESSION} } }`;
  const CANCEL = `mutation($id: ID!) { payment_session_cancel(id: $id) { ${SESSION} } }`;
  const COLLECTION =
    'query($id: ID!) { payment_collection(id: $id) { status amount authorized_amount payments { id amount } payment_sessions { id status } } }';

  async function collection(amount = '30'): Promise<string> {
    return (
      await call<{ payment_collection_create: { id: string } }>('payment', CREATE_COLLECTION, {
        input: { currency_code: 'eur', amount },
      })
    ).payment_collection_create.id;
  }

  it('payment_collection_create twice with the same id makes one collection; another currency is CONFLICT; delete twice is done', async () => {
    const id = generateId('pay_col');
    const [first, second] = await twiceChangesOnce(
      () =>
        call<{ payment_collection_create: unknown }>('payment', CREATE_COLLECTION, {
          input: { id, currency_code: 'EUR', amount: '30' },
        }),
      { 'payment.payment_collection': 1 },
    );
    expect(first).toEqual({
      payment_collection_create: { id, amount: '30', currency_code: 'eur', status: 'not_paid' },
    });
    expect(second).toEqual(first);
    expect(
      await refusal('payment', CREATE_COLLECTION, { input: { id, currency_code: 'usd', amount: '30' } }),
    ).toMatchObject({ code: 'CONFLICT', extensions: { id } });
    expect(await call('payment', DELETE_COLLECTION, { id })).toEqual({ payment_collection_delete: id });
    expect(await call('payment', DELETE_COLLECTION, { id })).toEqual({ payment_collection_delete: null });
  });

  it('payment_session_create twice with the same id makes one session and leaves the collection as the first call did', async () => {
    const collectionId = await collection();
    const id = generateId('payses');
    const input = { id, payment_collection_id: collectionId, provider_id: 'pp_system_default' };
    const [first, second] = await twiceChangesOnce(
      () => call<{ payment_session_create: unknown }>('payment', CREATE_SESSION, { input }),
      { 'payment.payment_session': 1 },
    );
    expect(first).toEqual({
      payment_session_create: { id, status: 'pending', amount: '30', payment_collection_id: collectionId },
    });
    expect(second).toEqual(first);
    expect(
      (
        await read<{ payment_collection: { status: string; payment_sessions: unknown[] } }>(COLLECTION, {
          id: collectionId,
        })
      ).payment_collection,
    ).toMatchObject({
      status: 'awaiting',
      payment_sessions: [{ id, status: 'pending' }],
    });
    expect(
      await refusal('payment', CREATE_SESSION, { input: { ...input, payment_collection_id: await collection() } }),
    ).toMatchObject({ code: 'CONFLICT', extensions: { id } });
    expect(await call('payment', DELETE_SESSION, { id })).toEqual({ payment_session_delete: id });
    expect(await call('payment', DELETE_SESSION, { id })).toEqual({ payment_session_delete: null });
  });

  it('payment_session_authorize twice (and five at once) makes one payment and changes no amount; cancel twice is done', async () => {
    const collectionId = await collection();
    const { id } = (
      await call<{ payment_session_create: { id: string } }>('payment', CREATE_SESSION, {
        input: { payment_collection_id: collectionId, provider_id: 'pp_system_default' },
      })
    ).payment_session_create;
    const [first, second] = await twiceChangesOnce(
      () => call<{ payment_session_authorize: { payment: { id: string } } }>('payment', AUTHORIZE, { id }),
      { 'payment.payment': 1 },
    );
    expect(first.payment_session_authorize).toMatchObject({
      id,
      status: 'authorized',
      payment: { id: expect.stringMatching(/^pay_/), amount: '30' },
    });
    expect(second).toEqual(first);
    const authorized = (await read<{ payment_collection: unknown }>(COLLECTION, { id: collectionId }))
      .payment_collection;
    expect(authorized).toMatchObject({
      status: 'authorized',
      authorized_amount: '30',
      payments: [{ id: first.payment_session_authorize.payment.id, amount: '30' }],
    });

    const canceled = (await call<{ payment_session_cancel: unknown }>('payment', CANCEL, { id }))
      .payment_session_cancel;
    expect(canceled).toMatchObject({ id, status: 'pending', authorized_at: null, payment: null });
    expect((await call<{ payment_session_cancel: unknown }>('payment', CANCEL, { id })).payment_session_cancel).toEqual(
      canceled,
    );
    expect(await call('payment', CANCEL, { id: generateId('payses') })).toEqual({ payment_session_cancel: null });

    // Five authorizations at once (one lost answer retried while the first still runs): one payment.
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        supergraph.querySubgraph<{ payment_session_authorize: { payment: { id: string } } }>('payment', AUTHORIZE, {
          id,
        }),
      ),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(Array(5).fill(undefined));
    expect(new Set(answers.map((answer) => answer.data!.payment_session_authorize.payment.id)).size).toBe(1);
    expect(
      (await read<{ payment_collection: unknown }>(COLLECTION, { id: collectionId })).payment_collection,
    ).toMatchObject({
      status: 'authorized',
      authorized_amount: '30',
      payments: [{ amount: '30' }],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// promotion usage
// ---------------------------------------------------------------------------------------------

describe('promotion usage, counted once', () => {
  const REGISTER = `mutation($reference: ID!, $actions: [PromotionUsageActionInput!]!) {
    promotion_usage_register(reference_id: $reference, actions: $actions) {
      reference_id
      counted { promotion_id code amount promotion_used campaign_budget_id campaign_budget_used }
      usages { promotion_id code amount promotion_used campaign_budget_id campaign_budget_used }
    }
  }`;
  const REVERT =
    'mutation($reference: ID!) { promotion_usage_revert(reference_id: $reference) { promotion_id promotion_used campaign_budget_used } }';

  interface Counters {
    promotions: Record<string, number>;
    budgets: Record<string, string>;
  }

  /** A campaign with a budget, and promotions in it (or none) with a limit (or none); all active. */
  async function campaign(budget: { type: string; limit: string | null } | null) {
    const campaignId = generateId('procamp');
    await supergraph.db.query(
      `insert into promotion.promotion_campaign (id, name, campaign_identifier) values ($1, $1, $1)`,
      [campaignId],
    );
    const budgetId = generateId('probudg');
    if (budget) {
      await supergraph.db.query(
        `insert into promotion.promotion_campaign_budget (id, type, "limit", campaign_id, currency_code) values ($1, $2, $3, $4, 'eur')`,
        [budgetId, budget.type, budget.limit, campaignId],
      );
    }
    return { campaignId, budgetId };
  }
  async function promotion(
    code: string,
    options: { limit?: number | null; campaignId?: string | null; status?: string } = {},
  ): Promise<string> {
    const id = generateId('promo');
    await supergraph.db.query(
      `insert into promotion.promotion (id, code, type, status, "limit", campaign_id) values ($1, $2, 'standard', $3, $4, $5)`,
      [id, code, options.status ?? 'active', options.limit ?? null, options.campaignId ?? null],
    );
    return id;
  }
  async function counters(promotionIds: string[], budgetIds: string[]): Promise<Counters> {
    const promotions = await supergraph.db.query<{ id: string; used: number }>(
      'select id, used from promotion.promotion where id = any($1::text[])',
      [promotionIds],
    );
    const budgets = await supergraph.db.query<{ id: string; used: string }>(
      'select id, used::text as used from promotion.promotion_campaign_budget where id = any($1::text[])',
      [budgetIds],
    );
    return {
      promotions: Object.fromEntries(promotions.map((row) => [row.id, row.used])),
      budgets: Object.fromEntries(budgets.map((row) => [row.id, row.used])),
    };
  }
  const register = (reference: string, actions: { code: string; amount: string }[]) =>
    call<{ promotion_usage_register: { counted: unknown[]; usages: unknown[] } }>('promotion', REGISTER, {
      reference,
      actions,
    });
  const revert = (reference: string) => call<{ promotion_usage_revert: unknown[] }>('promotion', REVERT, { reference });

  it('registered twice counts once (limit, usage budget once per order, spend budget by amount); reverted twice is back to the start', async () => {
    const usage = await campaign({ type: 'usage', limit: '10' });
    const spend = await campaign({ type: 'spend', limit: '100' });
    const limited = await promotion('ONCE-LIMITED', { limit: 5, campaignId: usage.campaignId });
    const sibling = await promotion('ONCE-SIBLING', { campaignId: usage.campaignId });
    const spent = await promotion('ONCE-SPENT', { campaignId: spend.campaignId });
    const plain = await promotion('ONCE-PLAIN');
    const draft = await promotion('ONCE-DRAFT', { limit: 5, status: 'draft' });
    const ids = [limited, sibling, spent, plain, draft];
    const budgets = [usage.budgetId, spend.budgetId];
    const start = await counters(ids, budgets);
    const order = generateId('order');
    const actions = [
      { code: 'ONCE-LIMITED', amount: '4' },
      { code: 'ONCE-LIMITED', amount: '2.5' },
      { code: 'ONCE-SIBLING', amount: '1' },
      { code: 'ONCE-SPENT', amount: '30.25' },
      { code: 'ONCE-PLAIN', amount: '3' },
      { code: 'ONCE-DRAFT', amount: '3' },
      { code: 'NO-SUCH-CODE', amount: '1' },
    ];

    const [first, second] = await twiceChangesOnce(() => register(order, actions), { 'promotion.promotion_usage': 4 });
    const usages = [
      {
        promotion_id: limited,
        code: 'ONCE-LIMITED',
        amount: '6.5',
        promotion_used: 1,
        campaign_budget_id: usage.budgetId,
        campaign_budget_used: '1',
      },
      // The campaign's usage budget counts the order once, on the first of its promotions.
      {
        promotion_id: sibling,
        code: 'ONCE-SIBLING',
        amount: '1',
        promotion_used: 0,
        campaign_budget_id: null,
        campaign_budget_used: '0',
      },
      {
        promotion_id: spent,
        code: 'ONCE-SPENT',
        amount: '30.25',
        promotion_used: 0,
        campaign_budget_id: spend.budgetId,
        campaign_budget_used: '30.25',
      },
      {
        promotion_id: plain,
        code: 'ONCE-PLAIN',
        amount: '3',
        promotion_used: 0,
        campaign_budget_id: null,
        campaign_budget_used: '0',
      },
    ];
    expect(first.promotion_usage_register).toEqual({
      reference_id: order,
      counted: expect.arrayContaining(usages),
      usages: expect.arrayContaining(usages),
    });
    expect(first.promotion_usage_register.counted).toHaveLength(4);
    expect(second.promotion_usage_register).toEqual({
      reference_id: order,
      counted: [],
      usages: first.promotion_usage_register.usages,
    });
    expect(await counters(ids, budgets)).toEqual({
      promotions: { ...start.promotions, [limited]: 1 },
      budgets: { [usage.budgetId]: '1', [spend.budgetId]: '30.25' },
    });

    // Another order counts again.
    const other = generateId('order');
    await register(other, [
      { code: 'ONCE-LIMITED', amount: '1' },
      { code: 'ONCE-SPENT', amount: '10' },
    ]);
    expect(await counters(ids, budgets)).toEqual({
      promotions: { ...start.promotions, [limited]: 2 },
      budgets: { [usage.budgetId]: '2', [spend.budgetId]: '40.25' },
    });

    const before = await rows();
    expect((await revert(order)).promotion_usage_revert).toHaveLength(4);
    expect((await revert(order)).promotion_usage_revert).toEqual([]);
    expect(changedTables(before, await rows(), 'all')).toEqual({
      'promotion.promotion_usage': {
        before: before['promotion.promotion_usage'].all,
        after: before['promotion.promotion_usage'].all - 4,
      },
    });
    expect(await counters(ids, budgets)).toEqual({
      promotions: { ...start.promotions, [limited]: 1 },
      budgets: { [usage.budgetId]: '1', [spend.budgetId]: '10' },
    });
    await revert(other);
    expect(await counters(ids, budgets)).toEqual(start);
    // Reverting what was never registered is done.
    expect((await revert(generateId('order'))).promotion_usage_revert).toEqual([]);
  });

  it("refuses, with Medusa's messages, a count past the promotion's limit or the campaign's budget, counting nothing of the call", async () => {
    const spend = await campaign({ type: 'spend', limit: '50' });
    const usage = await campaign({ type: 'usage', limit: '1' });
    const single = await promotion('LIMIT-ONE', { limit: 1 });
    const spent = await promotion('BUDGET-50', { campaignId: spend.campaignId });
    const used = await promotion('BUDGET-ONE-USE', { campaignId: usage.campaignId });
    const ids = [single, spent, used];
    const budgets = [spend.budgetId, usage.budgetId];
    await register(generateId('order'), [
      { code: 'LIMIT-ONE', amount: '1' },
      { code: 'BUDGET-50', amount: '40' },
      { code: 'BUDGET-ONE-USE', amount: '1' },
    ]);
    const full = await counters(ids, budgets);
    const tables = await rows();

    const cases: [{ code: string; amount: string }[], string][] = [
      [
        [
          { code: 'BUDGET-50', amount: '5' },
          { code: 'LIMIT-ONE', amount: '1' },
        ],
        'Promotion usage exceeds the limit.',
      ],
      [[{ code: 'BUDGET-50', amount: '10.01' }], 'Promotion usage exceeds the budget limit.'],
      [[{ code: 'BUDGET-ONE-USE', amount: '1' }], 'Promotion usage exceeds the budget limit.'],
    ];
    for (const [actions, message] of cases) {
      expect(await refusal('promotion', REGISTER, { reference: generateId('order'), actions })).toMatchObject({
        code: 'NOT_ALLOWED',
        message,
      });
    }
    expect(await counters(ids, budgets)).toEqual(full);
    expect(changedTables(tables, await rows(), 'all')).toEqual({});
    // Up to the budget exactly is allowed.
    await register(generateId('order'), [{ code: 'BUDGET-50', amount: '10' }]);
    expect((await counters(ids, budgets)).budgets[spend.budgetId]).toBe('50');

    expect(await refusal('promotion', REGISTER, { reference: 'cart_1', actions: [] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { argument: 'reference_id' },
    });
    expect(
      await refusal('promotion', REGISTER, {
        reference: generateId('order'),
        actions: [{ code: 'LIMIT-ONE', amount: '-1' }],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('five registrations of one order at once count it once', async () => {
    const budget = await campaign({ type: 'spend', limit: null });
    const id = await promotion('AT-ONCE', { limit: 100, campaignId: budget.campaignId });
    const order = generateId('order');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        supergraph.querySubgraph('promotion', REGISTER, {
          reference: order,
          actions: [{ code: 'AT-ONCE', amount: '7' }],
        }),
      ),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(Array(5).fill(undefined));
    expect(await counters([id], [budget.budgetId])).toEqual({
      promotions: { [id]: 1 },
      budgets: { [budget.budgetId]: '7' },
    });
  });
});
