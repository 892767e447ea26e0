import autocannon from 'autocannon';

/** One request of a sequence that is not a GraphQL POST to the load's URL (Medusa's REST reads). */
export interface LoadRequest {
  method: 'GET' | 'POST';
  /** Path and query, appended to the load's URL (its origin). */
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** What a load cycles through, in order: GraphQL bodies, or whole requests. */
export interface LoadSequence {
  bodies: string[];
  /** When set, these are sent instead of `bodies`. */
  requests?: LoadRequest[];
  /** Whether a 2xx body is an answer; by default, a GraphQL answer with data and no errors. */
  isAnswer?(body: string): boolean;
}

/** Our selections have no field named "errors": its presence means a GraphQL error. */
const graphqlAnswer = (body: string) => !body.includes('"errors"') && body.includes('"data"');

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds, over every response of the run. */
  p50: number;
  p95: number;
  p99: number;
  responses: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx answers that carry GraphQL `errors` (or no data). */
  graphqlErrors: number;
  /** The first failed answer's body, to say what went wrong. */
  firstError?: string;
}

/**
 * Loads `url` with autocannon for `seconds`: `connections` keep-alive connections, each sending
 * the next body of the operation's sequence as soon as its previous answer arrived (closed loop).
 */
export function runLoad(options: {
  url: string;
  operation: LoadSequence;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** Where in the operation's sequence to begin (a warm-up begins halfway, so the measured run asks for other carts). */
  startAt?: number;
}): Promise<LoadResult> {
  const { bodies, requests } = options.operation;
  const isAnswer = options.operation.isAnswer ?? graphqlAnswer;
  const length = requests?.length ?? bodies.length;
  let next = options.startAt ?? 0;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const index = next % length;
              next += 1;
              const planned = requests?.[index];
              if (!planned) return { ...request, body: bodies[index] };
              return {
                ...request,
                method: planned.method,
                path: planned.path,
                body: planned.body,
                headers: { ...request.headers, ...planned.headers },
              };
            },
            onResponse: (status, body) => {
              if (status >= 200 && status < 300 && !isAnswer(body)) {
                graphqlErrors += 1;
                firstError ??= body.slice(0, 500);
              } else if (status >= 300) {
                firstError ??= `HTTP ${status}: ${body.slice(0, 500)}`;
              }
            },
          },
        ],
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        resolve({
          requestsPerSecond: result.requests.total / result.duration,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          responses: latencies.length,
          errors: result.errors,
          non2xx: result.non2xx,
          graphqlErrors,
          firstError,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** One request, answered as parsed JSON (for checks and counting, not for timing). */
export async function postGraphql(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}
