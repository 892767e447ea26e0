import { randomBytes, randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '../kit/database';
import { issueToken } from '../kit/auth';
import { startSupergraph, type RunningSupergraph } from '../bin/supergraph';
import { cartReadyToComplete, ok, readStore, type Send, type Store } from './support/checkout';
import { testConfig } from './support/config';
import { createTestTarget } from './support/database';
import { startFaultProxy, type FaultProxy, type ProxiedCall } from './support/fault-proxy';
import type { Started } from './support/processes';
import { changedTables, countRowsPerTable, type TableRows } from './support/rows';
import type { GraphQLResponse } from './support/supergraph';
import { freePort, startWorkflowsProcess } from './support/workflows-process';

process.env.LOG_LEVEL ??= 'silent';

/**
 * A checkout that survives a crash. The workflows subgraph runs as its own process; for every
 * workflow (the storefront's, a signed-in customer's, the admin's) and every step boundary, that process is killed with SIGKILL at that point
 * (before the step's call leaves it, and, for a step that writes, after its target answered but
 * before the answer is back: a deterministic point at the transport), started again on the same
 * database and port, and the client retries with its Idempotency-Key. Then, across all modules, the
 * mutation must have happened exactly once: every table's live rows changed exactly as in a run
 * without a crash (no second order, no orphan row), and the checkout's invariants hold. (On the
 * embedded database, each kind of boundary once: see `thinnedForEmbedded`.)
 */
let target: Awaited<ReturnType<typeof createTestTarget>>;
let db: Database;
let supergraph: RunningSupergraph;
let proxy: FaultProxy;
let workflows: Started;
let store: Store;
let adminToken: string;
const links = { channel: '', profile: '', customer: '', customerToken: '' };
const port = freePort();
const instance = `crash-test-${randomUUID().slice(0, 8)}`;

async function startWorkflows(): Promise<void> {
  workflows = await startWorkflowsProcess({
    port: await port,
    instance,
    subgraphSecret: supergraph.subgraphSecret,
    gatewayUrl: proxy.route('gateway', supergraph.gatewayUrl),
    subgraphUrls: Object.fromEntries(
      supergraph.subgraphs
        .filter((subgraph) => subgraph.name !== 'workflows')
        .map((subgraph) => [subgraph.name, proxy.route(subgraph.name, subgraph.url)]),
    ),
    env: { ...target.env, LOG_LEVEL: 'info' },
  });
}

beforeAll(async () => {
  target = await createTestTarget();
  // The modules run here on the test's database; the workflows process keeps its journal in the
  // same PostgreSQL database, or (embedded) in a PGlite folder of its own.
  db = await openDatabase(target.url ? { url: target.url, poolSize: 5 } : {});
  proxy = await startFaultProxy();
  const jwtSecret = randomBytes(32).toString('hex');
  supergraph = await startSupergraph({
    config: testConfig(),
    database: db,
    seedCarts: 4,
    gatewayPort: 0,
    subgraphPorts: 'free',
    jwtSecret,
    external: { workflows: `http://127.0.0.1:${await port}/graphql` },
  });
  adminToken = await issueToken({ actor_type: 'user', actor_id: 'user_crash_admin' }, jwtSecret);
  await startWorkflows();
  store = await readStore(send);
  // What the admin and customer scenarios use: a channel and a profile to link, an enabled provider
  // to switch to, and a registered customer.
  await db.query(`insert into payment.payment_provider (id) values ('pp_crash_test')`);
  const found = await ok<{
    sales_channels: { data: { id: string }[] };
    shipping_profiles: { data: { id: string }[] };
    customers: { data: { id: string }[] };
  }>(
    send,
    '{ sales_channels { data { id } } shipping_profiles { data { id } } customers(filters: { has_account: true }, pagination: { take: 1 }) { data { id } } }',
    {},
  );
  links.channel = found.sales_channels.data[0].id;
  links.profile = found.shipping_profiles.data[0].id;
  links.customer = found.customers.data[0].id;
  links.customerToken = await issueToken({ actor_type: 'customer', actor_id: links.customer }, jwtSecret);
}, 180_000);
afterAll(async () => {
  await workflows?.stop('SIGKILL');
  await supergraph?.stop();
  await db?.close();
  await proxy?.close();
  await target?.drop();
});

/** One request to the gateway (as an admin unless `token` is null: a guest), with an Idempotency-Key when given. */
async function request<Data>(
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string | null; key?: string } = {},
): Promise<GraphQLResponse<Data>> {
  const token = options.token === undefined ? adminToken : options.token;
  const response = await fetch(supergraph.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options.key ? { 'idempotency-key': options.key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
}
const send: Send = (query, variables, options) => request(query, variables ?? {}, { token: options?.token });
const guest = { token: null };

/** As a storefront should: retries after a lost answer with the same key, waiting as a CONFLICT asks. */
async function retry<Data>(
  query: string,
  variables: Record<string, unknown>,
  key: string,
  token: string | null,
): Promise<GraphQLResponse<Data>> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await request<Data>(query, variables, { token, key });
    const conflict = response.errors?.find((error) => error.extensions?.code === 'CONFLICT');
    if (!conflict) return response;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(Number(conflict.extensions?.retryAfterMs ?? 250), 2000)),
    );
  }
  throw new Error('still busy after 50 tries');
}

interface Scenario {
  /** A cart (or anything else) in the state the mutation starts from. */
  prepare(): Promise<Record<string, string>>;
  mutation: string;
  variables(prepared: Record<string, string>): Record<string, unknown>;
  /** Who sends it: a guest unless it says (an admin's workflow, a signed-in customer's). */
  token?(prepared: Record<string, string>): string | null;
  /** What must hold once it happened (beyond the row counts). */
  check?(prepared: Record<string, string>, answer: Record<string, unknown>): Promise<void>;
}

const EUROPE_CART = 'mutation($input: CreateCartInput!) { create_cart(input: $input) { id } }';
const newCart = async (items: number, codes: string[] = []) =>
  (
    await ok<{ create_cart: { id: string } }>(
      send,
      EUROPE_CART,
      {
        input: {
          region_id: store.europe,
          email: `crash-${randomUUID().slice(0, 8)}@example.com`,
          items: store.variants.slice(0, items).map((variant_id) => ({ variant_id, quantity: 2 })),
          promo_codes: codes,
          shipping_address: { address_1: '1 Main St', city: 'Berlin', country_code: 'de' },
        },
      },
      guest,
    )
  ).create_cart.id;
const withCollection = async (cart: string) => {
  await ok(send, 'mutation($cart: ID!) { create_payment_collection(cart_id: $cart) { id } }', { cart }, guest);
  return cart;
};
const cartRead = async (cart: string) =>
  (
    await ok<{
      cart: {
        total: string;
        completed_at: string | null;
        items: { id: string; quantity: number; adjustments: { code: string }[] }[];
        payment_collection: { id: string; amount: string } | null;
      };
    }>(
      send,
      'query($cart: ID!) { cart(id: $cart) { total completed_at items { id quantity adjustments { code } } payment_collection { id amount } } }',
      { cart },
    )
  ).cart;
/** The refresh's invariants: one adjustment per code per line, and the collection's amount in step with the total. */
const refreshed = async (cart: string) => {
  const read = await cartRead(cart);
  for (const item of read.items)
    expect(new Set(item.adjustments.map((adjustment) => adjustment.code)).size).toBe(item.adjustments.length);
  if (read.payment_collection) expect(read.payment_collection.amount).toBe(read.total);
};

/** A guest's completed checkout: the order, its first item and its payment. */
async function placedOrder(): Promise<Record<string, string>> {
  const cart = await cartReadyToComplete(send, store, `order-${randomUUID().slice(0, 8)}@example.com`);
  const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(
    send,
    'mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }',
    { cart },
    guest,
  );
  // Its payments are an admin's to read.
  const { order } = await ok<{
    order: { id: string; items: { id: string }[]; payment_collections: { payments: { id: string }[] }[] };
  }>(send, 'query($id: ID!) { order(id: $id) { id items { id } payment_collections { payments { id } } } }', {
    id: complete_cart.order.id,
  });
  return { order: order.id, item: order.items[0].id, payment: order.payment_collections[0].payments[0].id };
}

/** A completed order with one unit of its first item fulfilled. */
async function fulfilledOrder(): Promise<Record<string, string>> {
  const placed = await placedOrder();
  const { admin_create_fulfillment } = await ok<{ admin_create_fulfillment: { id: string } }>(
    send,
    `mutation($order: ID!, $item: ID!) { admin_create_fulfillment(order_id: $order, items: [{ id: $item, quantity: 1 }],
      location_id: "sloc_01JD0000000000000000000001") { id } }`,
    placed,
  );
  return { order: placed.order, fulfillment: admin_create_fulfillment.id };
}

const scenarios: Record<string, Scenario> = {
  create_cart: {
    prepare: async () => ({ email: `new-${randomUUID().slice(0, 8)}@example.com` }),
    mutation: EUROPE_CART,
    variables: ({ email }) => ({
      input: {
        region_id: store.europe,
        email,
        items: [{ variant_id: store.variants[0], quantity: 2 }],
        promo_codes: ['WELCOME10'],
      },
    }),
    async check({ email }) {
      const found = await ok<{
        carts: { data: { items: { quantity: number }[] }[] };
        customers: { metadata: { count: number } };
      }>(
        send,
        'query($email: String!) { carts(filters: { email: [$email] }) { data { items { quantity } } } customers(filters: { email: [$email] }) { metadata { count } } }',
        { email },
      );
      expect(found.carts.data).toEqual([{ items: [{ quantity: 2 }] }]);
      expect(found.customers.metadata.count).toBe(1);
    },
  },
  update_cart: {
    prepare: async () => ({ cart: await withCollection(await newCart(1, ['WELCOME10'])) }),
    mutation:
      'mutation($cart: ID!) { update_cart(cart_id: $cart, input: { email: "changed@example.com", promo_codes: ["WELCOME10", "SUMMER15"] }) { id } }',
    variables: ({ cart }) => ({ cart }),
    check: async ({ cart }) => refreshed(cart),
  },
  add_line_item: {
    prepare: async () => ({ cart: await withCollection(await newCart(1, ['WELCOME10'])) }),
    mutation:
      'mutation($cart: ID!, $variant: ID!) { add_line_item(cart_id: $cart, variant_id: $variant, quantity: 1) { id } }',
    variables: ({ cart }) => ({ cart, variant: store.variants[2] }),
    async check({ cart }) {
      expect((await cartRead(cart)).items).toHaveLength(2);
      await refreshed(cart);
    },
  },
  update_line_item: {
    async prepare() {
      const cart = await withCollection(await newCart(2, ['WELCOME10']));
      return { cart, line: (await cartRead(cart)).items[0].id };
    },
    mutation:
      'mutation($cart: ID!, $line: ID!) { update_line_item(cart_id: $cart, line_item_id: $line, quantity: 5) { id } }',
    variables: ({ cart, line }) => ({ cart, line }),
    async check({ cart, line }) {
      expect((await cartRead(cart)).items.find((item) => item.id === line)?.quantity).toBe(5);
      await refreshed(cart);
    },
  },
  remove_line_item: {
    async prepare() {
      const cart = await withCollection(await newCart(2, ['WELCOME10']));
      return { cart, line: (await cartRead(cart)).items[0].id };
    },
    mutation: 'mutation($cart: ID!, $line: ID!) { remove_line_item(cart_id: $cart, line_item_id: $line) { id } }',
    variables: ({ cart, line }) => ({ cart, line }),
    async check({ cart, line }) {
      expect((await cartRead(cart)).items.map((item) => item.id)).not.toContain(line);
      // Medusa's soft delete: the removed line is still there for whoever asks for deleted rows.
      const removed = await ok<{ line_item: { id: string; deleted_at: string } }>(
        send,
        'query($id: ID!) { line_item(id: $id, with_deleted: true) { id deleted_at } }',
        { id: line },
      );
      expect(removed.line_item.deleted_at).not.toBeNull();
      await refreshed(cart);
    },
  },
  add_shipping_method: {
    async prepare() {
      const cart = await withCollection(await newCart(1, ['WELCOME10']));
      const { cart_shipping_options } = await ok<{ cart_shipping_options: { shipping_option: { id: string } }[] }>(
        send,
        'query($cart: ID!) { cart_shipping_options(cart_id: $cart) { shipping_option { id } } }',
        { cart },
        guest,
      );
      return { cart, option: cart_shipping_options[0].shipping_option.id };
    },
    mutation: 'mutation($cart: ID!, $option: ID!) { add_shipping_method(cart_id: $cart, option_id: $option) { id } }',
    variables: ({ cart, option }) => ({ cart, option }),
    check: async ({ cart }) => refreshed(cart),
  },
  add_promotions: {
    prepare: async () => ({ cart: await withCollection(await newCart(2)) }),
    mutation: 'mutation($cart: ID!) { add_promotions(cart_id: $cart, promo_codes: ["WELCOME10"]) { id } }',
    variables: ({ cart }) => ({ cart }),
    async check({ cart }) {
      expect((await cartRead(cart)).items.every((item) => item.adjustments.length === 1)).toBe(true);
      await refreshed(cart);
    },
  },
  remove_promotions: {
    prepare: async () => ({ cart: await withCollection(await newCart(2, ['WELCOME10'])) }),
    mutation: 'mutation($cart: ID!) { remove_promotions(cart_id: $cart, promo_codes: ["WELCOME10"]) { id } }',
    variables: ({ cart }) => ({ cart }),
    async check({ cart }) {
      expect((await cartRead(cart)).items.every((item) => item.adjustments.length === 0)).toBe(true);
      await refreshed(cart);
    },
  },
  create_payment_collection: {
    prepare: async () => ({ cart: await newCart(1, ['WELCOME10']) }),
    mutation: 'mutation($cart: ID!) { create_payment_collection(cart_id: $cart) { id } }',
    variables: ({ cart }) => ({ cart }),
    async check({ cart }, answer) {
      const read = await cartRead(cart);
      expect(read.payment_collection).toEqual({
        id: (answer.create_payment_collection as { id: string }).id,
        amount: read.total,
      });
    },
  },
  create_payment_session: {
    async prepare() {
      const cart = await withCollection(await newCart(1));
      return { cart, collection: (await cartRead(cart)).payment_collection!.id };
    },
    mutation:
      'mutation($id: ID!) { create_payment_session(payment_collection_id: $id) { id payment_sessions { status } } }',
    variables: ({ collection }) => ({ id: collection }),
  },
  complete_cart: {
    prepare: async () => {
      const email = `complete-${randomUUID().slice(0, 8)}@example.com`;
      return { cart: await cartReadyToComplete(send, store, email), email };
    },
    mutation: 'mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }',
    variables: ({ cart }) => ({ cart }),
    async check({ cart, email }, answer) {
      const orderId = (answer.complete_cart as { order: { id: string } }).order.id;
      const read = await ok<{
        orders: {
          data: {
            id: string;
            total: string;
            promotions: { id: string }[];
            payment_collections: { id: string; payments: { amount: string }[] }[];
          }[];
        };
        cart: { completed_at: string | null; promotions: { id: string }[]; order: { id: string } };
        order_cart: { metadata: { count: number } };
      }>(
        send,
        `query($cart: ID!, $email: String!) {
          orders(filters: { email: [$email] }) { data { id total promotions { id } payment_collections { id payments { amount } } } }
          cart(id: $cart) { completed_at promotions { id } order { id } }
          order_cart(filters: { cart_id: [$cart] }) { metadata { count } }
        }`,
        { cart, email },
      );
      // Exactly one order per cart, linked to the cart, its promotions and its payment collection.
      expect(read.orders.data.map((order) => order.id)).toEqual([orderId]);
      expect(read.order_cart.metadata.count).toBe(1);
      expect(read.cart).toMatchObject({ order: { id: orderId }, completed_at: expect.any(String) });
      const [order] = read.orders.data;
      expect(order.promotions.map((promotion) => promotion.id).sort()).toEqual(
        read.cart.promotions.map((promotion) => promotion.id).sort(),
      );
      // The payment authorized once, for the order's total.
      expect(order.payment_collections).toHaveLength(1);
      expect(order.payment_collections[0].payments.map((payment) => payment.amount)).toEqual([order.total]);
      // Promotion usage counted once per promotion.
      const usage = await db.query<{ n: number }>(
        'select count(*)::int as n from promotion.promotion_usage where reference_id = $1',
        [orderId],
      );
      expect(usage[0].n).toBe(read.cart.promotions.length);
    },
  },
  // The admin's workflows (Medusa's admin routes that also make links) and a signed-in customer's.
  admin_create_regions: {
    prepare: async () => ({ name: `Crash ${randomUUID().slice(0, 8)}` }),
    mutation:
      'mutation($name: String!) { admin_create_regions(data: [{ name: $name, currency_code: "eur", payment_providers: ["pp_system_default"] }]) { id payment_providers { id } } }',
    variables: ({ name }) => ({ name }),
    token: () => adminToken,
    async check(_prepared, answer) {
      const [region] = answer.admin_create_regions as { id: string; payment_providers: { id: string }[] }[];
      expect(region.payment_providers).toEqual([{ id: 'pp_system_default' }]);
    },
  },
  admin_update_regions: {
    async prepare() {
      const { admin_create_regions } = await ok<{ admin_create_regions: { id: string }[] }>(
        send,
        `mutation { admin_create_regions(data: [{ name: "Before", currency_code: "eur", payment_providers: ["pp_system_default"] }]) { id } }`,
        {},
      );
      return { region: admin_create_regions[0].id };
    },
    mutation:
      'mutation($region: ID!) { admin_update_regions(id: $region, data: { name: "After", payment_providers: ["pp_crash_test"] }) { id name payment_providers { id } } }',
    variables: ({ region }) => ({ region }),
    token: () => adminToken,
    async check(_prepared, answer) {
      expect(answer.admin_update_regions).toMatchObject({
        name: 'After',
        payment_providers: [{ id: 'pp_crash_test' }],
      });
    },
  },
  admin_create_products: {
    prepare: async () => ({ title: `Crash Tee ${randomUUID().slice(0, 8)}` }),
    mutation: `mutation($title: String!, $channel: ID!, $profile: ID!) { admin_create_products(data: [{ title: $title, status: published,
      sales_channels: [{ id: $channel }], shipping_profile_id: $profile, options: [{ title: "Size", values: ["M"] }],
      variants: [{ title: "M", options: { Size: "M" }, prices: [{ currency_code: "eur", amount: "20" }] }] }]) { id sales_channels { id } } }`,
    variables: ({ title }) => ({ title, channel: links.channel, profile: links.profile }),
    token: () => adminToken,
    async check(_prepared, answer) {
      const [product] = answer.admin_create_products as { sales_channels: { id: string }[] }[];
      expect(product.sales_channels).toEqual([{ id: links.channel }]);
    },
  },
  transfer_cart_customer: {
    prepare: async () => ({ cart: await newCart(1), token: links.customerToken }),
    mutation: 'mutation($cart: ID!) { transfer_cart_customer(cart_id: $cart) { id customer_id } }',
    variables: ({ cart }) => ({ cart }),
    token: ({ token }) => token,
    async check({ cart }, answer) {
      expect(answer.transfer_cart_customer).toEqual({ id: cart, customer_id: links.customer });
    },
  },
  // Order management: each on a freshly completed order, in the state the call starts from.
  admin_cancel_order: {
    prepare: async () => ({ order: (await placedOrder()).order }),
    mutation: 'mutation($order: ID!) { admin_cancel_order(order_id: $order) { id status } }',
    variables: ({ order }) => ({ order }),
    token: () => adminToken,
    async check({ order }, answer) {
      expect(answer.admin_cancel_order).toEqual({ id: order, status: 'canceled' });
    },
  },
  // Medusa 2.21 refunds what was captured before it cancels.
  'admin_cancel_order of a captured order': {
    async prepare() {
      const { order, payment } = await placedOrder();
      await ok(send, 'mutation($payment: ID!) { admin_capture_payment(payment_id: $payment) { id } }', { payment });
      return { order, payment };
    },
    mutation: 'mutation($order: ID!) { admin_cancel_order(order_id: $order) { id status } }',
    variables: ({ order }) => ({ order }),
    token: () => adminToken,
    async check({ payment }) {
      const refunds = await db.query<{ n: number }>(
        'select count(*)::int as n from payment.refund where payment_id = $1',
        [payment],
      );
      expect(refunds[0].n).toBe(1);
    },
  },
  admin_capture_payment: {
    prepare: async () => ({ payment: (await placedOrder()).payment }),
    mutation: 'mutation($payment: ID!) { admin_capture_payment(payment_id: $payment) { id captures { amount } } }',
    variables: ({ payment }) => ({ payment }),
    token: () => adminToken,
    async check(_prepared, answer) {
      expect((answer.admin_capture_payment as { captures: unknown[] }).captures).toHaveLength(1);
    },
  },
  admin_refund_payment: {
    async prepare() {
      const { payment } = await placedOrder();
      await ok(send, 'mutation($payment: ID!) { admin_capture_payment(payment_id: $payment) { id } }', { payment });
      return { payment };
    },
    mutation:
      'mutation($payment: ID!) { admin_refund_payment(payment_id: $payment, amount: "1") { id refunds { amount } } }',
    variables: ({ payment }) => ({ payment }),
    token: () => adminToken,
    async check(_prepared, answer) {
      expect((answer.admin_refund_payment as { refunds: unknown[] }).refunds).toEqual([{ amount: '1' }]);
    },
  },
  admin_create_fulfillment: {
    prepare: async () => placedOrder(),
    mutation: `mutation($order: ID!, $item: ID!) { admin_create_fulfillment(order_id: $order, items: [{ id: $item, quantity: 1 }],
      location_id: "sloc_01JD0000000000000000000001") { id } }`,
    variables: ({ order, item }) => ({ order, item }),
    token: () => adminToken,
  },
  admin_create_shipment: {
    prepare: async () => fulfilledOrder(),
    mutation: `mutation($order: ID!, $fulfillment: ID!) { admin_create_shipment(order_id: $order, fulfillment_id: $fulfillment,
      labels: [{ tracking_number: "T-1", tracking_url: "https://t.example/1", label_url: "https://l.example/1" }]) { id shipped_at } }`,
    variables: ({ order, fulfillment }) => ({ order, fulfillment }),
    token: () => adminToken,
  },
  admin_mark_fulfillment_delivered: {
    async prepare() {
      const placed = await fulfilledOrder();
      await ok(
        send,
        'mutation($order: ID!, $fulfillment: ID!) { admin_create_shipment(order_id: $order, fulfillment_id: $fulfillment) { id } }',
        placed,
      );
      return placed;
    },
    mutation:
      'mutation($fulfillment: ID!) { admin_mark_fulfillment_delivered(fulfillment_id: $fulfillment) { id delivered_at } }',
    variables: ({ fulfillment }) => ({ fulfillment }),
    token: () => adminToken,
  },
  admin_cancel_fulfillment: {
    prepare: async () => fulfilledOrder(),
    mutation:
      'mutation($order: ID!, $fulfillment: ID!) { admin_cancel_fulfillment(order_id: $order, fulfillment_id: $fulfillment) { id canceled_at } }',
    variables: ({ order, fulfillment }) => ({ order, fulfillment }),
    token: () => adminToken,
  },
};

/** Runs a scenario's mutation; returns its answer, the live-row changes of every module table, and the calls its steps sent. */
async function runOnce(scenario: Scenario, prepared: Record<string, string>, crash?: { at: number; after: boolean }) {
  const key = `key-${randomUUID()}`;
  const before: Record<string, TableRows> = await countRowsPerTable(db);
  const first = proxy.calls.length;
  let killed = false;
  if (crash) {
    let seen = 0;
    proxy.intercept = async () => {
      seen += 1;
      if (seen !== crash.at) return undefined;
      proxy.intercept = undefined;
      const kill = async () => {
        killed = true;
        await workflows.stop('SIGKILL');
      };
      if (!crash.after) {
        await kill();
        return 'fail';
      }
      return { afterAnswer: kill };
    };
  }
  const token = scenario.token?.(prepared) ?? null;
  let answer = await request<Record<string, unknown>>(scenario.mutation, scenario.variables(prepared), { token, key });
  proxy.intercept = undefined;
  const calls = proxy.calls.slice(first);
  if (crash) {
    expect(killed).toBe(true);
    // The client lost its answer; the process comes back on the same database and port.
    expect(answer.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    await startWorkflows();
    answer = await retry(scenario.mutation, scenario.variables(prepared), key, token);
  }
  expect(answer.errors).toBeUndefined();
  // The same key again: the same answer, nothing more done.
  const again = await request<Record<string, unknown>>(scenario.mutation, scenario.variables(prepared), { token, key });
  expect(again.data).toEqual(answer.data);
  return { answer: answer.data!, changes: changedTables(before, await countRowsPerTable(db), 'live'), calls };
}

/** How a table's live rows moved: the numbers of a run, without the start it began from. */
const deltas = (changes: Record<string, { before: number; after: number }>) =>
  Object.fromEntries(Object.entries(changes).map(([table, { before, after }]) => [table, after - before]));
const WRITES =
  /^(Create|Update|Set|Remove|Complete|Register|Authorize|Delete|Dismiss|FindOrCreate|Add|Capture|Refund|Cancel|Ship|Deliver)/;

/** Kinds of crash point (a step's call, before it leaves or after its answer) already crashed at in this file. */
const crashedKinds = new Set<string>();

/**
 * On PostgreSQL every boundary of every workflow is crashed at. On the embedded database, where the
 * whole file takes about twice as long (every module on one in-process PGlite, and each restart
 * reopens the journal's PGlite folder), each kind of
 * boundary (a step's call, before or after) is crashed at once across the file, plus every
 * workflow's first and last boundary: the journal's durability and every step's idempotency are
 * still crashed at, at half the time. The steps' calls are the same on both databases.
 */
function thinnedForEmbedded<Point extends { after: boolean; call: ProxiedCall }>(points: Point[]): Point[] {
  return points.filter((point, index) => {
    const kind = `${point.after ? 'after' : 'before'} ${point.call.operationName}`;
    const fresh = !crashedKinds.has(kind);
    crashedKinds.add(kind);
    return fresh || index === 0 || index === points.length - 1;
  });
}

describe.each(Object.keys(scenarios))('%s killed at every step boundary', (name) => {
  const scenario = scenarios[name];
  let golden: { deltas: Record<string, number>; calls: ProxiedCall[] };

  beforeAll(async () => {
    const prepared = await scenario.prepare();
    const clean = await runOnce(scenario, prepared);
    await scenario.check?.(prepared, clean.answer);
    golden = { deltas: deltas(clean.changes), calls: clean.calls };
    expect(golden.calls.length).toBeGreaterThan(0);
  }, 120_000);

  it('after a restart and a retry, happened exactly once, whatever step the crash cut', async () => {
    const every = golden.calls.flatMap((call, index) => [
      { at: index + 1, after: false, call },
      ...(WRITES.test(call.operationName) ? [{ at: index + 1, after: true, call }] : []),
    ]);
    const points = target.url ? every : thinnedForEmbedded(every);
    for (const point of points) {
      const prepared = await scenario.prepare();
      const run = await runOnce(scenario, prepared, point);
      const where = `${point.after ? 'after' : 'before'} ${point.call.operationName} (call ${point.at})`;
      expect({ where, deltas: deltas(run.changes) }).toEqual({ where, deltas: golden.deltas });
      await scenario.check?.(prepared, run.answer);
    }
    // Generous: a scenario restarts the process once per point (30 and more), and CI may be slow.
  }, 1_800_000);
});
