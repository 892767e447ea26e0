/** Child processes and the private PostgreSQL cluster, with the clean-up the run does on exit, failure or Ctrl-C. */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, chownSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const cleanups: (() => Promise<void> | void)[] = [];

/** Registers what to undo at the end (last registered, first run). */
export function onCleanup(step: () => Promise<void> | void): void {
  cleanups.push(step);
}

/** Commands still running (an install, a migration): stopped first when the run ends early. */
const running = new Set<ChildProcess>();

export async function cleanup(): Promise<void> {
  await Promise.all([...running].map((child) => stopGroup(child)));
  while (cleanups.length) {
    const step = cleanups.pop()!;
    try {
      await step();
    } catch (error) {
      console.error('clean-up step failed:', error);
    }
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end; its output goes to `logFile`. Throws with the log's path on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions & { logFile: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = openSync(options.logFile, 'a');
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', out, out] });
    running.add(child);
    child.once('error', reject);
    child.once('exit', (code) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: see ${options.logFile}`));
    });
  });
}

/** Starts a long-running process in its own process group, stopped (the whole group) at clean-up. */
export function startDetached(
  command: string,
  args: string[],
  options: SpawnOptions & { logFile: string },
): ChildProcess {
  const out = openSync(options.logFile, 'a');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', out, out] });
  onCleanup(() => stopGroup(child));
  return child;
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

export async function waitFor(what: string, check: () => Promise<boolean>, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} not ready after ${seconds}s`);
}

const PG_BIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the postgres user when we are root (initdb refuses root). */
function pgCommand(binary: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, binary), ...args]] : [join(PG_BIN, binary), args];
}

export interface Cluster {
  port: number;
  url(database: string): string;
}

/** A private, throw-away PostgreSQL cluster on a free loopback port, with the given databases. */
export async function startCluster(dir: string, databases: string[]): Promise<Cluster> {
  if (!existsSync(join(PG_BIN, 'initdb'))) throw new Error(`PostgreSQL 15 binaries not found in ${PG_BIN}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'log');
  const port = await freePort();
  const [initdb, initArgs] = pgCommand('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres']);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const [pgCtl, startArgs] = pgCommand('pg_ctl', [
    '-D',
    data,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    '-l',
    log,
    '-w',
    'start',
  ]);
  execFileSync(pgCtl, startArgs, { stdio: 'ignore' });
  onCleanup(() => {
    const [stop, stopArgs] = pgCommand('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
    execFileSync(stop, stopArgs, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  });
  for (const database of databases) {
    execFileSync(join(PG_BIN, 'psql'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-qc',
      `create database ${database}`,
    ]);
  }
  return { port, url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}` };
}
