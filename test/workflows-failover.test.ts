import { randomBytes, randomUUID } from 'node:crypto';
import { issueToken } from '../kit/auth';
import { openDatabase, type Database } from '../kit/database';
import { startSupergraph, type RunningSupergraph } from '../bin/supergraph';
import { cartReadyToComplete, gatewayClient, ok, readStore, type Send } from './support/checkout';
import { testConfig } from './support/config';
import { createTestTarget } from './support/database';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import type { Started } from './support/processes';
import { freePort, startWorkflowsProcess } from './support/workflows-process';

process.env.LOG_LEVEL ??= 'silent';

/**
 * Two workflows processes on one PostgreSQL database. The one running a completion is killed with
 * SIGKILL in the middle of it; the other, which the client never called, finds the run once its
 * lease has expired and drives it to its end: one order, linked, the cart completed, the payment
 * authorized once. Counted from the database, not timed. (PGlite holds one process: PostgreSQL only.)
 */
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

onPostgres('a workflows process killed mid-run, with another on the same database', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  let db: Database;
  let supergraph: RunningSupergraph;
  let proxy: FaultProxy;
  let first: Started;
  let second: Started;
  let send: Send;

  beforeAll(async () => {
    target = await createTestTarget();
    db = await openDatabase({ url: target.url, poolSize: 5 });
    proxy = await startFaultProxy();
    const [firstPort, secondPort] = [await freePort(), await freePort()];
    const jwtSecret = randomBytes(32).toString('hex');
    supergraph = await startSupergraph({
      config: testConfig(),
      database: db,
      seedCarts: 2,
      gatewayPort: 0,
      subgraphPorts: 'free',
      jwtSecret,
      external: { workflows: `http://127.0.0.1:${firstPort}/graphql` },
    });
    send = gatewayClient(
      supergraph.gatewayUrl,
      await issueToken({ actor_type: 'user', actor_id: 'user_failover' }, jwtSecret),
    );
    const options = (port: number, instance: string) => ({
      port,
      instance,
      subgraphSecret: supergraph.subgraphSecret,
      gatewayUrl: proxy.route('gateway', supergraph.gatewayUrl),
      subgraphUrls: Object.fromEntries(
        supergraph.subgraphs
          .filter((subgraph) => subgraph.name !== 'workflows')
          .map((subgraph) => [subgraph.name, proxy.route(subgraph.name, subgraph.url)]),
      ),
      // A short lease, so the survivor takes over soon after the holder dies.
      env: { ...target.env, LOG_LEVEL: 'info', WORKFLOW_LEASE_TTL_MS: '1000' },
    });
    first = await startWorkflowsProcess(options(firstPort, `failover-a-${randomUUID().slice(0, 6)}`));
    second = await startWorkflowsProcess(options(secondPort, `failover-b-${randomUUID().slice(0, 6)}`));
  }, 180_000);
  afterAll(async () => {
    await first?.stop('SIGKILL');
    await second?.stop('SIGKILL');
    await supergraph?.stop();
    await db?.close();
    await proxy?.close();
    await target?.drop();
  });

  it('the other process finishes the run: one order, linked, the cart completed, the payment authorized once', async () => {
    const store = await readStore(send);
    const email = `failover-${randomUUID().slice(0, 8)}@example.com`;
    const cart = await cartReadyToComplete(send, store, email);
    // The first process dies as the completion's links are about to be written (the order exists).
    proxy.faults.set('CreateLinks', async () => {
      await first.stop('SIGKILL');
      return 'fail';
    });
    const cut = await send(
      'mutation($cart: ID!) { complete_cart(cart_id: $cart) { order { id } } }',
      { cart },
      { token: null },
    );
    expect(cut.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');

    // Wait on the journal, not a clock: the run ends once the second process has taken it over.
    let run: { status: string; holder: string | null } | undefined;
    for (let attempt = 0; attempt < 400; attempt += 1) {
      [run] = await db.query<{ status: string; holder: string | null }>(
        `select status, holder from workflows.run where workflow = 'complete_cart' and lock_key = $1`,
        [`Cart ${cart}`],
      );
      if (run && run.status !== 'running' && run.status !== 'compensating') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(run?.status).toBe('succeeded');
    // Driven forward, not undone: every step after the crash ran once, in the second process.
    const steps = await db.query<{ name: string; status: string }>(
      `select s.name, s.status from workflows.step s join workflows.run r on r.id = s.run_id where r.lock_key = $1 and r.workflow = 'complete_cart' order by s.position`,
      [`Cart ${cart}`],
    );
    expect(steps.map((step) => `${step.name}:${step.status}`)).toEqual([
      'read-cart:done',
      'create-order:done',
      'create-links:done',
      'complete-cart:done',
      'register-usage:done',
      'authorize-payment-session:done',
    ]);
    const read = await ok<{
      orders: { data: { id: string; total: string; payment_collections: { payments: { amount: string }[] }[] }[] };
      cart: { completed_at: string | null; order: { id: string } | null };
    }>(
      send,
      'query($cart: ID!, $email: String!) { orders(filters: { email: [$email] }) { data { id total payment_collections { payments { amount } } } } cart(id: $cart) { completed_at order { id } } }',
      { cart, email },
    );
    expect(read.orders.data).toHaveLength(1);
    expect(read.cart.order?.id).toBe(read.orders.data[0].id);
    expect(read.cart.completed_at).not.toBeNull();
    expect(
      read.orders.data[0].payment_collections.flatMap((collection) =>
        collection.payments.map((payment) => payment.amount),
      ),
    ).toEqual([read.orders.data[0].total]);
  });
});
