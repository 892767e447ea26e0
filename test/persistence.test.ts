import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken } from '../kit/auth';
import type { DatabaseOptions } from '../kit/database';
import { CART_PAGE_FIELDS } from '../gateway/examples';
import { startSupergraph } from '../bin/supergraph';
import { cartReadyToComplete, COMPLETE_CART, gatewayClient, ok, readStore, type Send } from './support/checkout';
import { testConfig } from './support/config';
import { createTestTarget } from './support/database';
import { startScript } from './support/processes';

process.env.LOG_LEVEL ??= 'silent';

/**
 * Nothing lost: what a shopper and an admin wrote through the gateway is read back the same after
 * the supergraph stops and starts again on the same database.
 */

const ADMIN = { actor_type: 'user', actor_id: 'user_persistence_admin' } as const;

/** Writes through the gateway what a store keeps: a completed checkout, an open cart, a link made by an admin. */
async function writeThroughGateway(send: Send) {
  const store = await readStore(send);
  const completed = await cartReadyToComplete(send, store, 'kept@example.com');
  const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(
    send,
    COMPLETE_CART,
    { cart: completed },
    { token: null },
  );
  const open = await cartReadyToComplete(send, store, 'still-shopping@example.com');

  // An admin's link: a product put on a sales channel it was not on, with a rank.
  const { products, sales_channels } = await ok<{
    products: { data: { id: string; sales_channels: { id: string }[] }[] };
    sales_channels: { data: { id: string }[] };
  }>(
    send,
    '{ products(pagination: { take: 50 }) { data { id sales_channels { id } } } sales_channels { data { id } } }',
  );
  const product = products.data.find((candidate) => candidate.sales_channels.length < sales_channels.data.length)!;
  const channel = sales_channels.data.find(
    (candidate) => !product.sales_channels.some((linked) => linked.id === candidate.id),
  )!;
  await ok(send, 'mutation($links: [LinkInput!]!) { create_links(links: $links) { __typename } }', {
    links: [
      { product: { product_id: product.id }, sales_channel: { sales_channel_id: channel.id }, data: { rank: 7 } },
    ],
  });
  return { completed, open, order: complete_cart.order.id, product: product.id };
}

type Written = Awaited<ReturnType<typeof writeThroughGateway>>;

const CART_FIELDS = `${CART_PAGE_FIELDS}
  completed_at total item_total discount_total shipping_total
  shipping_address { first_name address_1 city country_code postal_code }
  payment_collection { id amount status payment_sessions { amount status } }`;

/** Everything written, read back through the gateway (as an admin: the orders and the link need one). */
function readBack(send: Send, written: Written) {
  return ok<Record<string, unknown>>(
    send,
    `query($completed: ID!, $open: ID!, $order: ID!, $product: ID!) {
      completed: cart(id: $completed) { ${CART_FIELDS} }
      open: cart(id: $open) { ${CART_FIELDS} }
      order(id: $order) {
        id display_id status email currency_code total
        items { title quantity unit_price adjustments { amount code } }
        shipping_methods { name amount }
        promotions { code } payment_collections { id status } cart { id }
        customer { email }
      }
      orders(filters: { email: ["kept@example.com"] }) { metadata { count } }
      product(id: $product) { sales_channels_link { sales_channel_id rank deleted_at } }
    }`,
    written,
  );
}

/** The checks on the first reading, so that "the same after a restart" means something. */
function expectWritten(read: Record<string, unknown>, written: Written) {
  expect(read).toMatchObject({
    completed: {
      id: written.completed,
      completed_at: expect.stringMatching(/^\d{4}-/),
      items: [expect.objectContaining({ quantity: 2 }), expect.objectContaining({ quantity: 1 })],
      promotions: [{ code: 'WELCOME10' }],
      shipping_methods: [
        expect.objectContaining({ shipping_option: expect.objectContaining({ id: expect.any(String) }) }),
      ],
      payment_collection: { status: 'authorized' },
      order: { id: written.order, cart: { id: written.completed } },
    },
    open: {
      id: written.open,
      completed_at: null,
      order: null,
      payment_collection: { payment_sessions: [{ status: 'pending' }] },
    },
    order: {
      id: written.order,
      email: 'kept@example.com',
      promotions: [{ code: 'WELCOME10' }],
      cart: { id: written.completed },
    },
    orders: { metadata: { count: 1 } },
  });
  expect((read.product as { sales_channels_link: unknown[] }).sales_channels_link).toContainEqual({
    sales_channel_id: expect.any(String),
    rank: 7,
    deleted_at: null,
  });
}

/** A database for the test: an embedded one in a new data folder, or a new database on the DATABASE_URL server. */
async function embeddedTarget() {
  const dataDir = mkdtempSync(join(tmpdir(), 'supergraph-persistence-'));
  // DATABASE_URL emptied: a child process must not take the PostgreSQL server of the suite's run instead.
  return {
    options: { dataDir } as DatabaseOptions,
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
async function postgresTarget() {
  const target = await createTestTarget();
  return { options: { url: target.url, poolSize: 5 } as DatabaseOptions, env: target.env, drop: target.drop };
}

/** `npm start` as a user runs it, on the target's database, with the JWT secret the test signs its admin token with. */
const startEnv = (target: { env: Record<string, string> }, jwtSecret: string) => ({
  ...target.env,
  JWT_SECRET: jwtSecret,
  PORT: '0',
  SUBGRAPH_PORTS: 'free',
  DEMO_CARTS: '4',
});
const READY = /Try the cart page query:\s+curl [^\n]+\n/;
const gatewayOf = (output: string) => /Gateway:\s+(http:\/\/\S+)/.exec(output)![1];

const targets = [
  { name: 'the embedded database (PGlite in a data folder)', available: true, make: embeddedTarget },
  { name: 'PostgreSQL', available: !!process.env.DATABASE_URL, make: postgresTarget },
];

describe.each(targets)('on $name', ({ available, make }) => {
  // Without DATABASE_URL there is no PostgreSQL server to run against; the PostgreSQL run of the suite covers it.
  const maybe = available ? it : it.skip;

  maybe('what the gateway wrote survives stopping and starting the supergraph on the same database', async () => {
    const target = await make();
    const jwtSecret = randomBytes(24).toString('hex');
    const start = () =>
      startSupergraph({
        config: testConfig(),
        database: target.options,
        seedCarts: 4,
        gatewayPort: 0,
        subgraphPorts: 'free',
        jwtSecret,
      });
    const admin = await issueToken(ADMIN, jwtSecret);
    let running = await start();
    try {
      let send = gatewayClient(running.gatewayUrl, admin);
      const written = await writeThroughGateway(send);
      const before = await readBack(send, written);
      expectWritten(before, written);

      await running.stop();
      running = await start();
      send = gatewayClient(running.gatewayUrl, admin);
      expect(await readBack(send, written)).toEqual(before);
      // Still a working store: the open cart completes after the restart, into its own order.
      const { complete_cart } = await ok<{ complete_cart: { order: { id: string } } }>(
        send,
        COMPLETE_CART,
        { cart: written.open },
        { token: null },
      );
      expect(complete_cart.order.id).not.toBe(written.order);
    } finally {
      await running.stop();
      await target.drop();
    }
  });

  maybe('what the gateway wrote survives `npm start` stopped with SIGTERM and started again', async () => {
    const target = await make();
    const jwtSecret = randomBytes(24).toString('hex');
    const env = startEnv(target, jwtSecret);
    const admin = await issueToken(ADMIN, jwtSecret);
    try {
      const first = await startScript('start.ts', env, READY);
      let written: Written;
      let before: Record<string, unknown>;
      try {
        const send = gatewayClient(gatewayOf(first.output()), admin);
        written = await writeThroughGateway(send);
        before = await readBack(send, written);
        expectWritten(before, written);
      } finally {
        expect(await first.stop('SIGTERM')).toBe(0);
      }

      const second = await startScript('start.ts', env, READY);
      try {
        expect(await readBack(gatewayClient(gatewayOf(second.output()), admin), written)).toEqual(before);
      } finally {
        expect(await second.stop('SIGTERM')).toBe(0);
      }
    } finally {
      await target.drop();
    }
  });
});

describe('a crash', () => {
  it("`npm start` on the embedded database killed with SIGKILL keeps every committed write, and starts again over the dead process's lock", async () => {
    const target = await embeddedTarget();
    const jwtSecret = randomBytes(24).toString('hex');
    const env = startEnv(target, jwtSecret);
    const admin = await issueToken(ADMIN, jwtSecret);
    try {
      const first = await startScript('start.ts', env, READY);
      let written: Written;
      let before: Record<string, unknown>;
      try {
        const send = gatewayClient(gatewayOf(first.output()), admin);
        written = await writeThroughGateway(send);
        before = await readBack(send, written);
        expectWritten(before, written);
      } finally {
        // The supergraph's own process: tsx, which startScript runs, relays signals but cannot relay SIGKILL. Its pid is in the lock file.
        try {
          process.kill(Number(readFileSync(join(target.env.DATA_DIR, 'supergraph.lock'), 'utf8')), 'SIGKILL');
        } finally {
          await first.stop('SIGTERM');
        }
      }

      const second = await startScript('start.ts', env, READY);
      try {
        expect(await readBack(gatewayClient(gatewayOf(second.output()), admin), written)).toEqual(before);
      } finally {
        expect(await second.stop('SIGTERM')).toBe(0);
      }
    } finally {
      await target.drop();
    }
  });
});
