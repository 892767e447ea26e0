import { spawn, type ChildProcess } from 'node:child_process';
import { projectPath } from '../../kit/paths';

/**
 * Node itself with tsx's loader (not the `tsx` CLI, which runs node as a child): the child's pid is
 * the process running the script, so a signal (SIGKILL too) reaches it and nothing is left behind.
 */
const node = (script: string, args: string[] = []) =>
  [process.execPath, ['--import', 'tsx', projectPath('bin', script), ...args]] as const;

/**
 * The test process's environment for a child, without the NODE_ENV=test jest sets for itself: an
 * entry point runs as from a user's shell (NODE_ENV unset: development) unless a test sets NODE_ENV.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV: _jest, ...inherited } = process.env;
  return { ...inherited, LOG_LEVEL: 'info', ...env };
}

export interface Finished {
  code: number | null;
  output: string;
}

/** Runs one of the project's entry points (`bin/…`) to the end, as a user would. */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(...node(script, args), {
      cwd: projectPath(),
      env: childEnv(env),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export interface Started {
  child: ChildProcess;
  /** Everything printed so far. */
  output: () => string;
  /** Sends `signal` and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts an entry point and waits until it prints a line matching `ready` (never a fixed sleep). */
export function startScript(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 90_000,
): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(...node(script), {
      cwd: projectPath(),
      env: childEnv(env),
    });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const started: Started = {
      child,
      output: () => output,
      stop(signal = 'SIGTERM') {
        if (child.exitCode === null) child.kill(signal);
        return exited;
      },
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not print ${ready} within ${timeoutMs} ms. Output:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(started);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready. Output:\n${output}`));
    });
  });
}
