import { timingSafeEqual } from 'node:crypto';
import { actorHeaders } from './auth';

/**
 * Subgraphs answer only the gateway (and each other): every request to a subgraph's /graphql
 * carries this header with the shared secret (SUBGRAPH_SECRET). Set the same header on another
 * gateway (e.g. Hive Gateway's subgraph headers) to run the supergraph there.
 */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

export function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Headers of the product's own internal calls (the link and workflows subgraphs calling a subgraph
 * or the gateway): the secret when there is one, and the `system` actor, which may read everything.
 */
export function subgraphHeaders(secret: string | undefined): Record<string, string> {
  return { ...(secret ? { [SUBGRAPH_SECRET_HEADER]: secret } : {}), ...actorHeaders({ type: 'system' }) };
}
