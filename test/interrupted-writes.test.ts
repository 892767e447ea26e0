import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { cartReadyToComplete, COMPLETE_CART, ok, readStore, type Store } from './support/checkout';
import { changedTables, countRowsPerTable, type TableRows } from './support/rows';
import { startTestSupergraph, type GraphQLResponse, type TestSupergraph } from './support/supergraph';

/**
 * Nothing half-written: a mutation that fails part-way — a workflow step that fails, a subgraph
 * that goes away mid-checkout, a row the database refuses in the middle of a batch — leaves every
 * module's tables with the live rows they had before, and the storefront can simply try again.
 */

let sg: TestSupergraph;
let store: Store;
/** Between the workflows and what their steps call: faults are injected at that transport. */
let proxy: FaultProxy;

beforeAll(async () => {
  proxy = await startFaultProxy();
  sg = await startTestSupergraph(4, { serviceRoute: (name, url) => proxy.route(name, url) });
  store = await readStore(sg.query);
});
afterAll(async () => {
  await sg?.stop();
  await proxy?.close();
});
afterEach(() => proxy.faults.clear());

const send = () => sg.query;
const code = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

/** The live rows of every module table must be what they were (undone rows may stay soft-deleted: they are history, not data). */
async function expectLiveRowsAsBefore(before: Record<string, TableRows>): Promise<void> {
  expect(changedTables(before, await countRowsPerTable(sg.db), 'live')).toEqual({});
}

const CART_STATE = `query($cart: ID!) { cart(id: $cart) { completed_at order { id } items { variant_id quantity } promotions { code } payment_collection { amount status } total } }`;
const cartState = async (cart: string) =>
  (await ok<{ cart: Record<string, unknown> }>(send(), CART_STATE, { cart })).cart;

/** The retry completes the cart exactly once: one order for its email, one live cart–order link. */
async function expectRetryCompletesOnce(cart: string, email: string): Promise<void> {
  const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(send(), COMPLETE_CART, { cart });
  const again = await ok<{ complete_cart: { order: { id: string } } }>(send(), COMPLETE_CART, { cart });
  expect(again.complete_cart.order.id).toBe(complete_cart.order.id);
  const read = await ok<{
    cart: { completed_at: string | null; order: { id: string } | null };
    orders: { metadata: { count: number } };
    order_cart: { data: { order_id: string }[] };
  }>(
    send(),
    `query($cart: ID!, $email: String!) {
      cart(id: $cart) { completed_at order { id } }
      orders(filters: { email: [$email] }) { metadata { count } }
      order_cart(filters: { cart_id: [$cart] }) { data { order_id } }
    }`,
    { cart, email },
  );
  expect(read).toEqual({
    cart: { completed_at: expect.stringMatching(/^\d{4}-/), order: { id: complete_cart.order.id } },
    orders: { metadata: { count: 1 } },
    order_cart: { data: [{ order_id: complete_cart.order.id }] },
  });
}

/** complete_cart's writing steps and the operation each sends. */
const COMPLETE_STEPS = [
  ['create-order', 'CreateOrder'],
  ['create-links', 'CreateLinks'],
  ['complete-cart', 'CompleteCart'],
  ['register-usage', 'RegisterUsage'],
  ['authorize-payment-session', 'AuthorizePaymentSession'],
];

describe('complete_cart: a failed step is undone in every module, and a retry completes once', () => {
  it.each(COMPLETE_STEPS)('%s fails before it runs', async (step, operation) => {
    const email = `before-${step}@example.com`;
    const cart = await cartReadyToComplete(send(), store, email);
    const stateBefore = await cartState(cart);
    const rowsBefore = await countRowsPerTable(sg.db);
    proxy.faults.set(operation, 'fail');
    const failed = await sg.query(COMPLETE_CART, { cart });
    proxy.faults.clear();
    expect(code(failed)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(failed.errors![0].extensions).toMatchObject({ step });
    await expectLiveRowsAsBefore(rowsBefore);
    expect(await cartState(cart)).toEqual(stateBefore);
    await expectRetryCompletesOnce(cart, email);
  });

  // Every step's ids are chosen before its call, so even a lost order is found and undone.
  it.each(COMPLETE_STEPS)('%s ran but its answer was lost', async (step, operation) => {
    const email = `lost-${step}@example.com`;
    const cart = await cartReadyToComplete(send(), store, email);
    const stateBefore = await cartState(cart);
    const rowsBefore = await countRowsPerTable(sg.db);
    proxy.faults.set(operation, 'lose-answer');
    const failed = await sg.query(COMPLETE_CART, { cart });
    proxy.faults.clear();
    expect(code(failed)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(failed.errors![0].extensions).toMatchObject({ step });
    await expectLiveRowsAsBefore(rowsBefore);
    expect(await cartState(cart)).toEqual(stateBefore);
    await expectRetryCompletesOnce(cart, email);
  });
});

describe('add_line_item: a failed step is undone in every module', () => {
  /** An open cart in Italy with WELCOME10 and a payment collection, so that adding a line runs every step. */
  async function cartWithPromotionAndCollection(): Promise<string> {
    const { create_cart } = await ok<{ create_cart: { id: string } }>(
      send(),
      'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }',
      {
        input: {
          region_id: store.europe,
          email: 'adding@example.com',
          items: [{ variant_id: store.variants[0], quantity: 2 }],
          promo_codes: ['WELCOME10'],
          // A country the demo taxes (a seeded tax region), so that an added line gets tax lines.
          shipping_address: { country_code: 'it' },
        },
      },
    );
    await ok(send(), 'mutation($cart: ID!) { create_payment_collection(cart_id: $cart) { id } }', {
      cart: create_cart.id,
    });
    return create_cart.id;
  }

  const cases: [string, string, 'fail' | 'lose-answer', 'new line' | 'same variant'][] = [
    ['create-line-items', 'CreateLineItems', 'fail', 'new line'],
    ['create-line-items', 'CreateLineItems', 'lose-answer', 'new line'],
    ['update-line-items', 'UpdateLineItems', 'fail', 'same variant'],
    ['update-line-items', 'UpdateLineItems', 'lose-answer', 'same variant'],
    ['set-line-item-adjustments', 'SetLineItemAdjustments', 'fail', 'new line'],
    ['set-line-item-adjustments', 'SetLineItemAdjustments', 'lose-answer', 'new line'],
    ['set-tax-lines-for-items', 'SetTaxLines', 'fail', 'new line'],
    ['set-tax-lines-for-items', 'SetTaxLines', 'lose-answer', 'new line'],
    ['update-payment-collection', 'UpdatePaymentCollection', 'fail', 'new line'],
    ['update-payment-collection', 'UpdatePaymentCollection', 'lose-answer', 'new line'],
  ];
  it.each(cases)('%s (%s: %s, adding a %s)', async (step, operation, fault, adding) => {
    const cart = await cartWithPromotionAndCollection();
    const stateBefore = await cartState(cart);
    const rowsBefore = await countRowsPerTable(sg.db);
    proxy.faults.set(operation, fault);
    const variant = adding === 'same variant' ? store.variants[0] : store.variants[2];
    const add =
      'mutation($cart: ID!, $variant: ID!) { add_line_item(cart_id: $cart, variant_id: $variant, quantity: 1) { id } }';
    const failed = await sg.query(add, { cart, variant });
    proxy.faults.clear();
    expect(code(failed)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(failed.errors![0].extensions).toMatchObject({ step });
    await expectLiveRowsAsBefore(rowsBefore);
    expect(await cartState(cart)).toEqual(stateBefore);

    // The retry adds the line once, and the collection follows the new total.
    await ok(send(), add, { cart, variant });
    const after = (await cartState(cart)) as {
      items: { variant_id: string; quantity: number }[];
      total: string;
      payment_collection: { amount: string };
    };
    expect(
      after.items.filter((item) => item.variant_id === variant).reduce((sum, item) => sum + item.quantity, 0),
    ).toBe(adding === 'same variant' ? 3 : 1);
    expect(after.payment_collection.amount).toBe(after.total);
  });
});

describe('a subgraph that goes away in the middle of complete_cart', () => {
  it.each([
    ['order', 'create-order', 'CreateOrder'],
    ['link', 'create-links', 'CreateLinks'],
    ['cart', 'complete-cart', 'CompleteCart'],
    ['payment', 'authorize-payment-session', 'AuthorizePaymentSession'],
  ])(
    'the %s subgraph stops as %s starts: nothing stays half-done, and once it is back a retry completes once',
    async (subgraph, step, operation) => {
      const email = `crash-${subgraph}@example.com`;
      const cart = await cartReadyToComplete(send(), store, email);
      const stateBefore = await cartState(cart);
      const rowsBefore = await countRowsPerTable(sg.db);
      let stopped = false;
      proxy.faults.set(operation, async () => {
        if (stopped) return;
        stopped = true;
        await sg.stopSubgraph(subgraph);
      });
      let failed: GraphQLResponse;
      try {
        failed = await sg.query(COMPLETE_CART, { cart });
      } finally {
        proxy.faults.clear();
        if (stopped) await sg.startSubgraph(subgraph);
      }
      expect(stopped).toBe(true);
      expect(code(failed)).toBe('SUBGRAPH_UNAVAILABLE');
      expect(failed.errors![0]).toMatchObject({
        message: `The ${subgraph} subgraph is unavailable`,
        extensions: { step },
      });

      // The undos that needed the stopped subgraph had nothing to undo there: its step never ran.
      await expectLiveRowsAsBefore(rowsBefore);
      expect(await cartState(cart)).toEqual(stateBefore);
      const leftovers = await ok<{
        orders: { metadata: { count: number } };
        order_cart: { metadata: { count: number } };
      }>(
        send(),
        'query($cart: ID!, $email: String!) { orders(filters: { email: [$email] }) { metadata { count } } order_cart(filters: { cart_id: [$cart] }) { metadata { count } } }',
        { cart, email },
      );
      expect(leftovers).toEqual({ orders: { metadata: { count: 0 } }, order_cart: { metadata: { count: 0 } } });

      await expectRetryCompletesOnce(cart, email);
    },
  );
});

describe('a primitive that writes several rows is one transaction', () => {
  const SUMMARY = {
    pending_difference: '10',
    current_order_total: '10',
    original_order_total: '10',
    transaction_total: '0',
    paid_total: '0',
    refunded_total: '0',
    credit_line_total: '1',
    accounting_total: '10',
  };
  /** An order with a row in every order table; its last credit line, inserted last, is `lastCreditLine`. */
  const orderInput = (lastCreditLine: Record<string, unknown>) => ({
    currency_code: 'eur',
    email: 'one-transaction@example.com',
    shipping_address: { city: 'Berlin', country_code: 'de' },
    items: [
      {
        title: 'Shirt',
        quantity: '1',
        unit_price: '6',
        adjustments: [{ code: 'TEN', amount: '1' }],
        tax_lines: [{ code: 'DE-VAT', rate: '19' }],
      },
      { title: 'Socks', quantity: '1', unit_price: '5' },
    ],
    shipping_methods: [
      {
        name: 'Standard',
        amount: '1',
        adjustments: [{ code: 'SHIP', amount: '1' }],
        tax_lines: [{ code: 'ZERO', rate: '0' }],
      },
    ],
    transactions: [{ amount: '10', reference: 'capture' }],
    credit_lines: [
      { reference: 'loyalty', amount: '0.5' },
      { reference: 'loyalty', amount: '0.5', ...lastCreditLine },
    ],
    summary: SUMMARY,
  });
  const CREATE_ORDER = 'mutation($input: OrderCreateInput!) { order_create(input: $input) { id } }';

  it("order_create: the database refusing the order's last row (its last credit line) leaves no row of the order", async () => {
    // The control: a sound order writes a row in every one of these tables, the credit lines last.
    const rowsBefore = await countRowsPerTable(sg.db);
    const sound = await sg.querySubgraph<{ order_create: { id: string } }>('order', CREATE_ORDER, {
      input: orderInput({}),
    });
    expect(sound.errors).toBeUndefined();
    expect(Object.keys(changedTables(rowsBefore, await countRowsPerTable(sg.db), 'all')).sort()).toEqual(
      [
        'order',
        'order_address',
        'order_credit_line',
        'order_item',
        'order_line_item',
        'order_line_item_adjustment',
        'order_line_item_tax_line',
        'order_shipping',
        'order_shipping_method',
        'order_shipping_method_adjustment',
        'order_shipping_method_tax_line',
        'order_summary',
        'order_transaction',
      ].map((table) => `order.${table}`),
    );
    // order_delete is internal: straight to the order subgraph.
    expect(
      (
        await sg.querySubgraph('order', 'mutation($id: ID!) { order_delete(id: $id) }', {
          id: sound.data!.order_create.id,
        })
      ).errors,
    ).toBeUndefined();

    // A rule only the database knows, on the last table written.
    await sg.db.query(
      `alter table "order".order_credit_line add constraint refuse_for_test check (reference <> 'REFUSED-BY-THE-DATABASE')`,
    );
    try {
      const before = await countRowsPerTable(sg.db);
      const refused = await sg.querySubgraph('order', CREATE_ORDER, {
        input: orderInput({ reference: 'REFUSED-BY-THE-DATABASE' }),
      });
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors![0]).toMatchObject({
        message: 'Internal error in the order subgraph',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(changedTables(before, await countRowsPerTable(sg.db), 'all')).toEqual({});
    } finally {
      await sg.db.query('alter table "order".order_credit_line drop constraint refuse_for_test');
    }

    // A value PostgreSQL cannot store (jsonb refuses a lone UTF-16 surrogate) is refused before any
    // row is written, with a coded error that names where it is.
    const before = await countRowsPerTable(sg.db);
    const refused = await sg.querySubgraph('order', CREATE_ORDER, {
      input: orderInput({ metadata: { note: '\ud800' } }),
    });
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/metadata\.note/);
    expect(changedTables(before, await countRowsPerTable(sg.db), 'all')).toEqual({});
  });

  it("line_items_create: the database refusing the second item's tax line leaves neither item", async () => {
    const { create_cart } = await ok<{ create_cart: { id: string } }>(
      send(),
      'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }',
      { input: { region_id: store.europe } },
    );
    const items = [
      { title: 'First', quantity: 1, unit_price: '5', tax_lines: [{ code: 'DE-VAT', rate: 19 }] },
      { title: 'Second', quantity: 2, unit_price: '7', tax_lines: [{ code: 'REFUSED-BY-THE-DATABASE', rate: 19 }] },
    ];
    const CREATE_ITEMS =
      'mutation($cart: ID!, $items: [LineItemCreateInput!]!) { line_items_create(cart_id: $cart, items: $items) { id } }';
    // A rule only the database knows: the items are inserted, then their tax lines, and the second one is refused.
    await sg.db.query(
      `alter table cart.cart_line_item_tax_line add constraint refuse_for_test check (code <> 'REFUSED-BY-THE-DATABASE')`,
    );
    try {
      const before = await countRowsPerTable(sg.db);
      const refused = await sg.querySubgraph('cart', CREATE_ITEMS, { cart: create_cart.id, items });
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(changedTables(before, await countRowsPerTable(sg.db), 'all')).toEqual({});
      expect((await cartState(create_cart.id)).items).toEqual([]);
    } finally {
      await sg.db.query('alter table cart.cart_line_item_tax_line drop constraint refuse_for_test');
    }
    // The control: without the rule, both items and their tax lines are written.
    const created = await sg.querySubgraph<{ line_items_create: { id: string }[] }>('cart', CREATE_ITEMS, {
      cart: create_cart.id,
      items,
    });
    expect(created.data!.line_items_create).toHaveLength(2);
  });
});
