import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { projectPath } from '../kit/paths';

/** Arguments that make Node run a TypeScript entry point itself, so the pid is the real process (not a wrapper). */
export const TSX_IMPORT = ['--import', 'tsx'];

export interface NodeProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  /** The last lines it printed (stdout and stderr), for error messages. */
  output(): string;
  /** Resolves with the exit code (or signal name) once it has exited. */
  exited: Promise<number | string | null>;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_TAIL_CHARS = 20_000;

/** Starts `node <args>` in the project folder with `env` on top of a cleaned copy of this process's environment. */
export function startNode(name: string, args: string[], env: Record<string, string>): NodeProcess {
  const child = spawn(process.execPath, args, {
    cwd: projectPath(),
    env: { ...inheritedEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > OUTPUT_TAIL_CHARS * 2) output = output.slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal));
    child.once('error', (error) => {
      keep(Buffer.from(String(error)));
      resolve(null);
    });
  });
  if (child.pid === undefined) throw new Error(`Could not start ${name}`);
  return {
    name,
    pid: child.pid,
    child,
    output: () => output.slice(-OUTPUT_TAIL_CHARS),
    exited,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * This process's environment without the settings the benchmark gives each child itself, so a
 * DATABASE_URL or SUBGRAPH_*_URL of the caller's shell cannot route a child elsewhere. Tuning
 * settings (GATEWAY_WORKERS, SUBGRAPH_TIMEOUT_MS, …) pass through, and the results name them.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^(SUBGRAPH_(.*_URL|SECRET|PORTS)$|DATABASE_|JWT_|PORT$|HOST$|DATA_DIR$|GATEWAY_URL$|NODE_OPTIONS$|FORK$|LOG_LEVEL$)/.test(
        key,
      )
    )
      continue;
    env[key] = value;
  }
  return env;
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `check` until it says yes. Fails when `process` exits first or `timeoutMs` passes, with
 * the process's output in the message.
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  options: { process?: NodeProcess; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let exited = false;
  void options.process?.exited.then(() => (exited = true));
  for (;;) {
    if (await check().catch(() => false)) return;
    if (exited)
      throw new Error(
        `${what}: ${options.process?.name} exited before it was ready. Its output:\n${options.process?.output()}`,
      );
    if (Date.now() > deadline)
      throw new Error(
        `${what}: not ready after ${options.timeoutMs ?? 120_000} ms. Output:\n${options.process?.output() ?? ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resident memory of a process and of every process it started, in bytes (Linux /proc; elsewhere `ps`). */
export function residentBytes(pid: number): number {
  try {
    return processTree(pid).reduce((total, member) => total + rssFromProc(member), 0);
  } catch {
    try {
      return (
        Number(
          execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
            .toString()
            .trim(),
        ) * 1024
      );
    } catch {
      return 0;
    }
  }
}

function rssFromProc(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

function processTree(pid: number): number[] {
  const tree = [pid];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let children: string;
    try {
      children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.split(/\s+/).filter(Boolean)) tree.push(...processTree(Number(child)));
  }
  return tree;
}

let clockTicks: number | undefined;

/**
 * CPU time (user + system, every thread) a process and its children have used so far, in
 * milliseconds, from /proc; undefined where there is no /proc. Unlike throughput, it does not
 * depend on what else runs on the machine. `withExited` adds the time of the root's children that
 * have already exited (PostgreSQL's postmaster: backends of closed connections).
 */
export function cpuMilliseconds(pid: number, options: { withExited?: boolean } = {}): number | undefined {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    let ticks = 0;
    for (const member of processTree(pid)) {
      const stat = readFileSync(`/proc/${member}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15,
      // cutime 16, cstime 17 (the children it has waited for).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      if (options.withExited && member === pid) ticks += Number(fields[13]) + Number(fields[14]);
    }
    return (ticks * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `intervalMs` and keeps the peak until stopped. */
export function sampleRss(pid: number, intervalMs = 200): { stop(): number } {
  let peak = residentBytes(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, residentBytes(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, residentBytes(pid));
    },
  };
}

/** GET a URL; true on a 2xx answer. */
export async function answersOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await response.arrayBuffer();
  return response.ok;
}
