/**
 * `npm run seed -- --carts N`: migrates every module and writes the demo store with N carts
 * (default 200) to DATABASE_URL, or to the embedded database in DATA_DIR. Idempotent.
 */
import { DEFAULT_CONFIG, readConfig } from '../kit/config';
import { openDatabase } from '../kit/database';
import { projectPath } from '../kit/paths';
import { migrateAll } from './supergraph';
import { seedDemo } from '../seed/seed';
import { subgraphModules } from '../subgraphs';

function cartsArgument(argv: string[]): number {
  const index = argv.indexOf('--carts');
  if (index === -1) return DEFAULT_CONFIG.DEMO_CARTS;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--carts takes a whole number, got "${argv[index + 1] ?? ''}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const carts = cartsArgument(process.argv.slice(2));
  const config = readConfig(process.env, { subgraphs: subgraphModules.map((module) => module.name) });
  const db = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR ?? projectPath('.data', 'pglite'),
    poolSize: config.DATABASE_POOL_SIZE,
  });
  try {
    await migrateAll(db);
    await seedDemo(db, { carts });
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(`Seeding failed: ${error.message}`);
  process.exit(1);
});
