import { join } from 'node:path';
import { createTestTarget } from './support/database';
import { startScript } from './support/processes';

/** `npm start` as a user runs it: the printed example must work, and data must survive a restart. */
describe('npm start', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  beforeAll(async () => {
    target = await createTestTarget();
  });
  afterAll(() => target?.drop());

  // On PGlite, a data folder that does not exist yet, as on a fresh clone.
  const env = () => ({
    ...target.env,
    ...(target.dataDir ? { DATA_DIR: join(target.dataDir, 'not-yet', 'pglite') } : {}),
    PORT: '0',
    SUBGRAPH_PORTS: 'free',
    DEMO_CARTS: '8',
  });
  const READY = /Try the cart page query:\s+curl [^\n]+\n/;

  /** The curl line it prints, sent with fetch. */
  async function runPrintedExample(output: string) {
    const curl = /curl -s (\S+) -H 'content-type: application\/json' --data '([^']+)'/.exec(output);
    expect(curl).not.toBeNull();
    const response = await fetch(curl![1], {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: curl![2],
    });
    return (await response.json()) as {
      data?: { cart: { id: string; order: { cart: { id: string } } | null } };
      errors?: unknown;
    };
  }

  it('migrates, seeds, serves ten subgraphs and the gateway, prints a working example, and stops cleanly', async () => {
    let exampleCartId: string | undefined;
    const first = await startScript('start.ts', env(), READY);
    try {
      const output = first.output();
      expect(output).toContain('[seed] done: 3 regions, 8 products, 50 customers, 8 carts');
      for (const name of [
        'cart',
        'order',
        'payment',
        'promotion',
        'customer',
        'region',
        'sales-channel',
        'product',
        'fulfillment',
        'link',
      ]) {
        expect(output).toMatch(new RegExp(`\\n  ${name} +http://127\\.0\\.0\\.1:\\d+/graphql`));
      }
      const body = await runPrintedExample(output);
      expect(body.errors).toBeUndefined();
      expect(body.data!.cart.order!.cart.id).toBe(body.data!.cart.id);
      exampleCartId = body.data!.cart.id;
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }
    expect(first.output()).toContain('SIGTERM: stopping the supergraph');

    // Started again on the same database: nothing is seeded twice and the same cart is there.
    const second = await startScript('start.ts', env(), READY);
    try {
      expect(second.output()).not.toContain('[seed]');
      const body = await runPrintedExample(second.output());
      expect(body.errors).toBeUndefined();
      expect(body.data!.cart.id).toBe(exampleCartId);
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  });
});
