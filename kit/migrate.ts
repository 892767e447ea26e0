import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';
import { log } from './log';

/** One migration: applied once, in name order, recorded by name. */
export interface Migration {
  name: string;
  sql: string;
}

/** The `NNN_name.sql` files of a folder, in name order. */
export function readMigrations(migrationsDir: string): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file, sql: readFileSync(join(migrationsDir, file), 'utf8') }));
}

/**
 * Applies a module's migrations to its own Postgres schema. Each runs once, in a transaction,
 * and is recorded in `<schema>.migrations`. An advisory lock keyed by the schema makes
 * concurrent starts (docker-compose) safe.
 */
export async function migrate(db: Database, schema: string, migrations: readonly Migration[]): Promise<string[]> {
  const quoted = quoteIdent(schema);
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`migrate:${schema}`]);
    await tx.query(`create schema if not exists ${quoted}`);
    await tx.query(
      `create table if not exists ${quoted}.migrations (name text primary key, applied_at timestamptz not null default now())`,
    );
    const done = new Set(
      (await tx.query<{ name: string }>(`select name from ${quoted}.migrations`)).map((row) => row.name),
    );
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      try {
        for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      } catch (error) {
        throw new Error(`Migration ${schema}/${migration.name} failed: ${(error as Error).message}`, { cause: error });
      }
      await tx.query(`insert into ${quoted}.migrations (name) values ($1)`, [migration.name]);
      applied.push(migration.name);
    }
    if (applied.length > 0) log('migrate', `${schema}: applied ${applied.join(', ')}`);
    return applied;
  });
}

/** Our migrations are plain DDL: statements end with `;` at the end of a line, no functions bodies. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
