import { GraphQLError } from 'graphql';
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
    throw new GraphQLError(`The ${target.name} is unavailable`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: target.name } });
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: Data;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  const first = body.errors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_ERROR';
    const { code: _code, stacktrace: _stack, ...details } = first.extensions ?? {};
    throw new GraphQLError(first.message, { extensions: { ...details, code, subgraph: target.name } });
  }
  if (!response.ok || !body.data) {
    throw new GraphQLError(`The ${target.name} answered HTTP ${response.status}`, { extensions: { code: 'SUBGRAPH_ERROR', subgraph: target.name } });
  }
  return body.data;
}
