import { relayedError, subgraphError, subgraphUnavailable } from './errors';
import { logError } from './log';

/**
 * A GraphQL call from one part of the product to another (a subgraph to a subgraph, or to the
 * gateway). A failure to reach it is SUBGRAPH_UNAVAILABLE; a coded GraphQL error comes back with
 * its own code and message, so refusals keep their meaning across the hop.
 */
export async function callGraphQL<Data>(
  target: { name: string; url: string },
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs = 10_000,
  headers: Record<string, string> = {},
): Promise<Data> {
  let response: Response;
  try {
    response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // The address and the cause are for the log; the client learns which part is unavailable.
    logError('remote', `${target.name} at ${target.url}: ${(error as Error).message}`);
    throw subgraphUnavailable(`The ${target.name} is unavailable`, { subgraph: target.name });
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: Data;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  const first = body.errors?.[0];
  if (first) {
    const { code, stacktrace: _stack, ...details } = first.extensions ?? {};
    if (typeof code !== 'string') throw subgraphError(first.message, { ...details, subgraph: target.name });
    throw relayedError(code, first.message, { ...details, subgraph: target.name });
  }
  if (!response.ok || !body.data) {
    throw subgraphError(`The ${target.name} answered HTTP ${response.status}`, { subgraph: target.name });
  }
  return body.data;
}
