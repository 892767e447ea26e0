import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './processes';

/**
 * A private PostgreSQL cluster in a temporary folder, started the way .ci/run starts one
 * (initdb and pg_ctl, as the postgres user when run as root), and removed when stopped.
 *
 * Two extensions that ship with PostgreSQL are preloaded: pg_stat_statements counts the SQL
 * statements each operation costs (utility statements such as begin/commit are not counted,
 * as the kit's own counter does not count them), and auto_explain logs the plan of every
 * statement while the plan check is on (off otherwise: `log_min_duration` -1).
 */
export interface PrivateCluster {
  port: number;
  version: string;
  /** Whether pg_stat_statements and auto_explain could be loaded. */
  hasStatementStats: boolean;
  url(database: string): string;
  /** Runs SQL on the `postgres` maintenance database (never the benchmark's own, so it is not counted). */
  admin<R extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs SQL on a given database. */
  query<R extends Record<string, unknown>>(database: string, sql: string, params?: unknown[]): Promise<R[]>;
  /** Server log lines (jsonlog) written after `mark` was taken. */
  logMark(): LogMark;
  /** The postmaster's process id (every backend and background process is its child). */
  postmasterPid(): number;
  stop(): Promise<void>;
}

export interface LogMark {
  /** Every JSON log record written since the mark, once a record saying `until` has arrived. */
  readSince(until: string, timeoutMs?: number): Promise<Record<string, unknown>[]>;
}

function postgresBinaries(): string {
  const found = () =>
    existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((version) => existsSync(join('/usr/lib/postgresql', version, 'bin', 'initdb')))
          .sort((a, b) => Number(a) - Number(b))
      : [];
  let versions = found();
  if (versions.length === 0 && process.getuid?.() === 0) {
    console.log('[bench] PostgreSQL server binaries not found: installing them with apt');
    execFileSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'],
      { stdio: 'inherit' },
    );
    versions = found();
  }
  if (versions.length === 0)
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/<version>/bin; install PostgreSQL 15 or later',
    );
  return join('/usr/lib/postgresql', versions[versions.length - 1], 'bin');
}

function asPostgres(command: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const result = root
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = postgresBinaries();
  const folder = mkdtempSync(join(tmpdir(), 'bench-postgres-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(folder, uid, gid);
  }
  const port = await freePort();
  const data = join(folder, 'data');
  const logDirectory = join(folder, 'log');
  asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const libraries = join(bin, '..', 'lib');
  const hasStatementStats =
    existsSync(join(libraries, 'pg_stat_statements.so')) && existsSync(join(libraries, 'auto_explain.so'));
  // In postgresql.conf rather than on the command line, so a configuration reload (the plan
  // check's) does not complain that the file disagrees with the running server.
  const settings = [
    // Eleven subgraphs with a pool of up to 10 connections each, plus the benchmark's own.
    'max_connections = 300',
    'logging_collector = on',
    'log_destination = jsonlog',
    `log_directory = '${logDirectory}'`,
    ...(hasStatementStats
      ? [
          "shared_preload_libraries = 'pg_stat_statements,auto_explain'",
          'pg_stat_statements.track = top',
          'pg_stat_statements.track_utility = off',
          'auto_explain.log_min_duration = -1',
          'auto_explain.log_format = json',
          'auto_explain.log_verbose = on',
        ]
      : []),
  ];
  appendFileSync(join(data, 'postgresql.conf'), `\n# The benchmark's settings\n${settings.join('\n')}\n`);
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-o', serverOptions, '-l', join(folder, 'startup.log'), '-w', 'start']);
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const query = async <R extends Record<string, unknown>>(database: string, sql: string, params?: unknown[]) => {
    const client = new Client({ connectionString: url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as R[];
    } finally {
      await client.end();
    }
  };
  const admin = <R extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
    query<R>('postgres', sql, params);
  if (hasStatementStats) await admin('create extension if not exists pg_stat_statements');
  const [{ server_version: version }] = await admin<{ server_version: string }>('show server_version');
  return {
    port,
    version,
    hasStatementStats,
    url,
    admin,
    query,
    postmasterPid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    logMark() {
      const sizes = new Map(logFiles(logDirectory).map((file) => [file, statSync(file).size]));
      return {
        async readSince(until, timeoutMs = 30_000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const records = logFiles(logDirectory).flatMap((file) =>
              parseJsonLines(
                readFileSync(file)
                  .subarray(sizes.get(file) ?? 0)
                  .toString('utf8'),
              ),
            );
            if (records.some((record) => typeof record.message === 'string' && record.message.includes(until)))
              return records;
            if (Date.now() > deadline)
              throw new Error(`The PostgreSQL log did not show "${until}" within ${timeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        },
      };
    },
    async stop() {
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

function logFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .map((file) => join(directory, file));
}

function parseJsonLines(text: string): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      records.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // A record still being written: the next read has it whole.
    }
  }
  return records;
}
