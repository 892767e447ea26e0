import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { issueToken } from '../kit/auth';
import type { Database } from '../kit/database';
import { migrate } from '../kit/migrate';
import { DatabaseLease, KeyedLock, runWorkflow } from '../kit/workflow';
import { startSupergraph, type RunningSupergraph } from '../gateway/supergraph';
import { workflowsSubgraph } from '../subgraphs/workflows';
import { cartReadyToComplete, COMPLETE_CART, gatewayClient, readStore } from './support/checkout';
import { createTestTarget, openTestDatabase } from './support/database';

process.env.LOG_LEVEL ??= 'silent';

/**
 * The per-cart lock across processes: a lease row in the workflows' schema, so that two workflows
 * processes on one PostgreSQL database never run the same cart's steps at once.
 */

const TABLE = 'workflows.lease';

describe('the database lease', () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    await migrate(db, workflowsSubgraph.dbSchema, workflowsSubgraph.migrations());
  });
  afterAll(() => drop?.());

  const farDeadline = () => Date.now() + 30_000;
  const holderOf = async (key: string) => (await db.query<{ holder: string }>(`select holder from ${TABLE} where key = $1`, [key]))[0]?.holder;

  it('a second holder waits until the first releases, and a released key leaves no row', async () => {
    const first = new DatabaseLease(db, { table: TABLE });
    const second = new DatabaseLease(db, { table: TABLE });
    const events: string[] = [];
    const held = await first.acquire('Cart a', farDeadline());
    const firstHolder = await holderOf('Cart a');
    const waiting = second.acquire('Cart a', farDeadline()).then((hold) => {
      events.push('second acquired');
      return hold;
    });
    // While the first holds it, the row stays the first's, whatever the second tries.
    expect(await holderOf('Cart a')).toBe(firstHolder);
    events.push('first releases');
    await held.release();
    const secondHold = await waiting;
    expect(events).toEqual(['first releases', 'second acquired']);
    expect(await holderOf('Cart a')).not.toBe(firstHolder);
    await secondHold.release();
    expect(await holderOf('Cart a')).toBeUndefined();
  });

  it('a lease left by a holder that died is taken over once it has expired; a live one is a CONFLICT at the deadline', async () => {
    const lease = new DatabaseLease(db, { table: TABLE });
    await db.query(`insert into ${TABLE} (key, holder, expires_at) values ('Cart dead', 'a crashed process', now() - interval '1 second')`);
    const taken = await lease.acquire('Cart dead', farDeadline());
    expect(await holderOf('Cart dead')).not.toBe('a crashed process');
    await taken.release();

    await db.query(`insert into ${TABLE} (key, holder, expires_at) values ('Cart busy', 'a live process', now() + interval '1 hour')`);
    const refused = await lease.acquire('Cart busy', Date.now() + 200).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions.code).toBe('CONFLICT');
    expect(await holderOf('Cart busy')).toBe('a live process');
  });

  it('a holder whose lease was taken over learns it at its next renewal, and its workflow starts no further step', async () => {
    const lease = new DatabaseLease(db, { table: TABLE, ttlMs: 60_000, renewEveryMs: 20 });
    const lock = new KeyedLock(lease);
    const stepsRun: string[] = [];
    const undone: string[] = [];
    const outcome = await lock
      .run('Cart stolen', (hold) =>
        runWorkflow(
          'test',
          async (workflow) => {
            await workflow.step('first', async () => stepsRun.push('first'), async () => undone.push('first'));
            // Another process takes the lease over (as if this one had stalled past the expiry).
            await db.query(`update ${TABLE} set holder = 'another process' where key = 'Cart stolen'`);
            // Wait for this holder's renewal to notice: poll the condition, no fixed sleep.
            for (;;) {
              try {
                hold.assertHeld();
              } catch {
                break;
              }
              await new Promise((resolve) => setTimeout(resolve, 10));
            }
            await workflow.step('second', async () => stepsRun.push('second'));
          },
          hold,
        ),
      )
      .then(() => undefined, (error: GraphQLError) => error);
    expect(outcome?.extensions).toMatchObject({ code: 'CONFLICT', step: 'second' });
    expect(stepsRun).toEqual(['first']);
    expect(undone).toEqual(['first']);
    // Its release does not remove the other process's lease.
    expect(await holderOf('Cart stolen')).toBe('another process');
  });
});

// Two workflows processes can only share a PostgreSQL server; PGlite is one process's database,
// where the in-process lock is the whole story.
const onPostgres = !!process.env.DATABASE_URL;
(onPostgres ? describe : describe.skip)('two supergraphs on one PostgreSQL database (needs DATABASE_URL; PGlite has a single process)', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  const running: RunningSupergraph[] = [];
  const jwtSecret = randomBytes(24).toString('hex');

  beforeAll(async () => {
    target = await createTestTarget();
    // Each with its own connection pool, its own in-process locks and its own workflows subgraph.
    running.push(await startSupergraph({ database: { url: target.url, poolSize: 5 }, seedCarts: 4, gatewayPort: 0, subgraphPorts: 'free', jwtSecret }));
    running.push(await startSupergraph({ database: { url: target.url, poolSize: 5 }, seedCarts: false, gatewayPort: 0, subgraphPorts: 'free', jwtSecret }));
  });
  afterAll(async () => {
    for (const supergraph of running) await supergraph.stop();
    await target?.drop();
  });

  it('completing one cart concurrently through both gives exactly one order, the same to every caller', async () => {
    const admin = await issueToken({ actor_type: 'user', actor_id: 'user_lease_admin' }, jwtSecret);
    const [first, second] = running.map((supergraph) => gatewayClient(supergraph.gatewayUrl, admin));
    const email = 'two-processes@example.com';
    const cart = await cartReadyToComplete(first, await readStore(first), email);

    const attempts = [first, second, first, second, first, second].map((send) => send<{ complete_cart: { order: { id: string } } }>(COMPLETE_CART, { cart }));
    const results = await Promise.all(attempts);
    for (const result of results) expect(result.errors).toBeUndefined();
    const orderIds = new Set(results.map((result) => result.data!.complete_cart.order.id));
    expect(orderIds.size).toBe(1);

    const [{ orders }] = await running[0].db.query<{ orders: number }>(`select count(*) as orders from "order"."order" where email = $1`, [email]);
    expect(orders).toBe(1);
    const read = await second<{ cart: { order: { id: string } } }>('query($cart: ID!) { cart(id: $cart) { order { id } } }', { cart });
    expect(read.data!.cart.order.id).toBe([...orderIds][0]);
    // Every lease was given back.
    expect(await running[0].db.query(`select key from ${TABLE}`)).toEqual([]);
  });
});
