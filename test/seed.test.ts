import { openDatabase, type Database } from '../kit/database';
import { generateCarts } from '../seed/carts';
import { createTestTarget } from './support/database';
import { runScript } from './support/processes';

/** Live rows per table of every module, read straight from the database the CLI wrote. */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.query<{ schema: string; name: string }>(
    `select table_schema as schema, table_name as name from information_schema.tables
     where table_schema in ('cart','order','payment','promotion','customer','region','sales_channel','product','fulfillment','link')
       and table_name <> 'migrations' order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const { schema, name } of tables) {
    const [row] = await db.query<{ count: number }>(`select count(*)::int as count from "${schema}"."${name}"`);
    counts[`${schema}.${name}`] = row.count;
  }
  return counts;
}

describe('npm run seed', () => {
  let target: Awaited<ReturnType<typeof createTestTarget>>;
  beforeAll(async () => {
    target = await createTestTarget();
  });
  afterAll(() => target?.drop());

  async function counts(): Promise<Record<string, number>> {
    // Opened after the CLI exited: on PGlite this is a restart on the same data folder.
    const db = await openDatabase({ url: target.url, dataDir: target.dataDir });
    try {
      return await rowCounts(db);
    } finally {
      await db.close();
    }
  }

  it('writes the demo store, deterministic and idempotent, and grows with --carts', async () => {
    const first = await runScript('seed.ts', ['--carts', '8'], target.env);
    expect(first.output).toContain('done: 3 regions, 8 products, 50 customers, 8 carts');
    expect(first.code).toBe(0);
    const seeded = await counts();
    expect(seeded).toMatchObject({
      'cart.cart': 8,
      'order.order': 2,
      'payment.payment_collection': 4,
      'link.order_cart': 2,
      'link.cart_payment_collection': 4,
      'link.cart_promotion': 3,
      'region.region': 3,
      // Every country of Medusa's list (region migration 002); the demo's regions claim ten.
      'region.region_country': 250,
      'customer.customer': 50,
    });
    const db = await openDatabase({ url: target.url, dataDir: target.dataDir });
    try {
      const ids = (await db.query<{ id: string }>('select id from cart.cart order by id')).map((row) => row.id);
      expect(ids).toEqual(generateCarts(0, 8, 8).cart.carts.map((cart) => cart.id));
    } finally {
      await db.close();
    }

    const again = await runScript('seed.ts', ['--carts', '8'], target.env);
    expect(again.code).toBe(0);
    expect(await counts()).toEqual(seeded);

    const more = await runScript('seed.ts', ['--carts', '12'], target.env);
    expect(more.code).toBe(0);
    expect(await counts()).toMatchObject({
      'cart.cart': 12,
      'order.order': 3,
      'payment.payment_collection': 6,
      'link.order_cart': 3,
      'link.cart_payment_collection': 6,
      'link.cart_promotion': 4,
      'region.region': seeded['region.region'],
      'product.product_variant': seeded['product.product_variant'],
      'customer.customer': 50,
    });
  });

  it('refuses a --carts that is not a whole number, with a clear message', async () => {
    const result = await runScript('seed.ts', ['--carts', 'many'], target.env);
    expect(result.code).toBe(1);
    expect(result.output).toContain('--carts takes a whole number, got "many"');
  });
});

describe('the embedded database', () => {
  // Only PGlite: a PostgreSQL server takes many clients.
  const onPglite = process.env.DATABASE_URL ? it.skip : it;

  onPglite('refuses a second process on the same data folder, naming the one that holds it', async () => {
    const target = await createTestTarget();
    const holder = await openDatabase({ dataDir: target.dataDir });
    try {
      const second = await runScript('seed.ts', ['--carts', '0'], target.env);
      expect(second.code).toBe(1);
      expect(second.output).toContain(`The embedded database in ${target.dataDir} is in use by process ${process.pid}`);
    } finally {
      await holder.close();
    }
    const afterRelease = await runScript('seed.ts', ['--carts', '0'], target.env);
    expect(afterRelease.code).toBe(0);
    await target.drop();
  });
});
