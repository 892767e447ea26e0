/**
 * `npm run migrate -- [<name>…]`: applies the migrations of the named modules (default: every one)
 * to DATABASE_URL, each to its own Postgres schema, then exits. Idempotent, and safe beside
 * subgraphs migrating at their own start (the same advisory lock). The Kubernetes Job runs it once
 * per module, so that each can be given a database of its own.
 */
import { readConfig } from '../kit/config';
import { openDatabase } from '../kit/database';
import { projectPath } from '../kit/paths';
import { migrateAll } from './supergraph';
import { findSubgraph, subgraphModules } from '../subgraphs';

async function main(): Promise<void> {
  const config = readConfig(process.env, { subgraphs: subgraphModules.map((module) => module.name) });
  const names = process.argv.slice(2);
  // Unknown names stop the run before any database is touched.
  const modules = names.length > 0 ? names.map(findSubgraph) : subgraphModules;
  const db = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR ?? projectPath('.data', 'pglite'),
    poolSize: config.DATABASE_POOL_SIZE,
  });
  try {
    await migrateAll(db, modules);
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(`Migration failed: ${error.message}`);
  process.exit(1);
});
