import { ClientErrorCode, MedusaClientError, type GatewayError } from './errors';

export interface TransportOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** A bearer token, or a function giving the current one (called per request). */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
}

/**
 * Sends one GraphQL operation, with headers of its own (an `Idempotency-Key`) when given; GraphQL
 * errors are thrown with the gateway's code and message.
 */
export type Send = (
  query: string,
  variables: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<Record<string, unknown>>;

export function createTransport(options: TransportOptions): Send {
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  return async (query, variables, headers = {}) => {
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    let response: Response;
    try {
      response = await fetchImplementation(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...options.headers,
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new MedusaClientError(
        ClientErrorCode.BadResponse,
        `Could not reach the gateway at ${options.url}: ${(error as Error).message}`,
      );
    }
    const text = await response.text();
    let body: { data?: Record<string, unknown> | null; errors?: GatewayError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new MedusaClientError(
        ClientErrorCode.BadResponse,
        `The gateway answered HTTP ${response.status} without GraphQL: ${text.slice(0, 200)}`,
        {
          status: response.status,
        },
      );
    }
    const [first] = body.errors ?? [];
    if (first) {
      throw new MedusaClientError(first.extensions?.code ?? 'GRAPHQL_ERROR', first.message, {
        status: response.status,
        errors: body.errors,
      });
    }
    if (!body.data) {
      throw new MedusaClientError(
        ClientErrorCode.BadResponse,
        `The gateway answered HTTP ${response.status} with neither data nor errors`,
        {
          status: response.status,
        },
      );
    }
    return body.data;
  };
}
