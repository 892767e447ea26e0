import type { Readiness } from '../../kit/http';

/**
 * The gateway's readiness: ready when the supergraph is loaded and every subgraph it routes to
 * (`routing`, filled as the gateway builds its subgraph services) answers its health check.
 */
export function subgraphReadiness(
  routing: ReadonlyMap<string, string>,
  loaded: () => boolean,
): () => Promise<Readiness> {
  return async () => {
    const checks: Record<string, string> = { supergraph: loaded() ? 'ok' : 'not loaded' };
    await Promise.all(
      [...routing].map(async ([name, url]) => {
        checks[name] = await healthOf(url);
      }),
    );
    return { ready: Object.values(checks).every((check) => check === 'ok'), checks };
  };
}

/** A subgraph's liveness, from its /health next to its /graphql. */
async function healthOf(graphqlUrl: string): Promise<string> {
  try {
    const response = await fetch(new URL('/health', graphqlUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok ? 'ok' : `HTTP ${response.status}`;
  } catch (error) {
    return `unreachable (${(error as Error).message})`;
  }
}
