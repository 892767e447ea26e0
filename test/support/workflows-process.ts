import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { subgraphUrlVariable } from '../../kit/config';
import { startScript, type Started } from './processes';

/** A port nobody listens on now, to start (and restart) a process on the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface WorkflowsProcessOptions {
  port: number;
  /** The stable instance name: a restart with the same one takes up the earlier runs at once. */
  instance: string;
  subgraphSecret: string;
  /** Where the process reaches the gateway and each subgraph (a fault proxy in between, in tests). */
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** DATABASE_URL or DATA_DIR for its journal, and any other setting. */
  env: Record<string, string>;
}

/**
 * The workflows subgraph as its own process (`bin/subgraph.ts workflows`), as docker-compose runs
 * it: the process a crash test kills with SIGKILL and starts again on the same database and port.
 * Resolves once it answers /ready.
 */
export async function startWorkflowsProcess(options: WorkflowsProcessOptions): Promise<Started> {
  const env: Record<string, string> = {
    SUBGRAPH: 'workflows',
    PORT: String(options.port),
    SUBGRAPH_SECRET: options.subgraphSecret,
    GATEWAY_URL: options.gatewayUrl,
    WORKFLOWS_INSTANCE: options.instance,
    ...Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url])),
    ...options.env,
  };
  const started = await startScript('subgraph.ts', env, /listening on/);
  for (let attempt = 0; ; attempt += 1) {
    const ready = await fetch(`http://127.0.0.1:${options.port}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return started;
    if (attempt > 200) throw new Error(`The workflows process never got ready:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
