import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool, types as pgTypes, type PoolClient } from 'pg';
import { DEFAULT_CONFIG } from './config';

/** A row as the database returns it: column name to value. */
export type Row = Record<string, unknown>;

/**
 * The one door to PostgreSQL, the same whether it is the embedded PGlite or a real server.
 * Every statement goes through `query`, so `stats.statements` counts exactly what was sent.
 */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  query<R extends object = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  readonly stats: { statements: number };
  close(): Promise<void>;
}

export type Queryable = Pick<Database, 'query'>;

export interface DatabaseOptions {
  /** `postgres://…`: a real PostgreSQL server. Absent: the embedded PGlite. */
  url?: string;
  /** PGlite's data folder; absent means in memory (tests). */
  dataDir?: string;
  /** Connection pool size on a real server (DATABASE_POOL_SIZE; default its declared default). */
  poolSize?: number;
}

// COUNT(*) and other int8 values fit in a JS number for every count this product makes;
// node-postgres would otherwise return them as strings while PGlite returns numbers.
const INT8_OID = 20;
pgTypes.setTypeParser(INT8_OID, (value) => Number(value));

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const poolSize = options.poolSize ?? DEFAULT_CONFIG.DATABASE_POOL_SIZE;
  return options.url ? openPostgres(options.url, poolSize) : openPglite(options.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new Pool({ connectionString: url, max: poolSize });
  // A broken idle connection must not crash the process; the next query reports it.
  pool.on('error', (error) => console.error(`[database] idle connection error: ${error.message}`));
  const stats = { statements: 0 };
  const run = async <R extends object>(client: Pool | PoolClient, sql: string, params?: readonly unknown[]) => {
    stats.statements += 1;
    const result = await client.query(sql, params as unknown[] | undefined);
    return result.rows as R[];
  };
  await run(pool, 'select 1');
  return {
    kind: 'postgres',
    stats,
    query: (sql, params) => run(pool, sql, params),
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let result: T;
      try {
        // begin/commit are not counted: PGlite's transactions do not show them either.
        await client.query('begin');
        result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('commit');
      } catch (error) {
        // A connection that cannot even roll back is broken: destroy it instead of pooling it.
        const rollbackFailed = await client.query('rollback').then(
          () => false,
          () => true,
        );
        client.release(rollbackFailed);
        throw error;
      }
      client.release();
      return result;
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  // PGlite's CommonJS build still loads its WASM through a dynamic import; loading it lazily
  // keeps `pg`-only processes (docker-compose) from paying its start-up.
  const { PGlite } = await import('@electric-sql/pglite');
  const releaseLock = dataDir ? lockDataDir(dataDir) : () => undefined;
  const db = await PGlite.create(dataDir).catch((error: unknown) => {
    releaseLock();
    throw error;
  });
  const stats = { statements: 0 };
  return {
    kind: 'pglite',
    stats,
    async query<R extends object>(sql: string, params?: readonly unknown[]) {
      stats.statements += 1;
      return (await db.query<R>(sql, params as unknown[] | undefined)).rows;
    },
    transaction(work) {
      return db.transaction((tx) =>
        work({
          async query<R extends object>(sql: string, params?: readonly unknown[]) {
            stats.statements += 1;
            return (await tx.query<R>(sql, params as unknown[] | undefined)).rows;
          },
        }),
      );
    },
    async close() {
      await db.close();
      releaseLock();
    },
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A lock file with the owner's pid refuses that clearly; a lock left by a dead process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'supergraph.lock');
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(lockFile, 'utf8'));
    if (owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${owner}. Stop it, or set DATA_DIR to another folder.`,
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
