import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { openDatabase, type Database } from '../../kit/database';

/**
 * A fresh, empty database for one test file: an in-memory PGlite by default, or, when
 * DATABASE_URL is set (the PostgreSQL run of the suite), a new database on that server that is
 * dropped again afterwards.
 */
export async function openTestDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (!process.env.DATABASE_URL) {
    const db = await openDatabase();
    return { db, drop: () => db.close() };
  }
  const target = await createTestTarget();
  const db = await openDatabase({ url: target.url, dataDir: target.dataDir, poolSize: 5 });
  return {
    db,
    async drop() {
      await db.close();
      await target.drop();
    },
  };
}

/**
 * Where a test's own processes keep their data: a new database on the DATABASE_URL server, or
 * else a new PGlite data folder. `env` is what to give a child process (`npm run seed`, `npm start`).
 */
export async function createTestTarget(): Promise<{
  url?: string;
  dataDir?: string;
  env: Record<string, string>;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'supergraph-test-'));
    return {
      dataDir,
      env: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    env: { DATABASE_URL: url.toString() },
    drop: () => admin(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
