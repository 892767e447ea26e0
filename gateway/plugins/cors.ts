import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../../kit/http';
import { isLoopbackOrigin } from '../../kit/loopback';

/** Apollo Studio and its Sandbox (the Explorer) call the gateway from this origin. */
export const APOLLO_STUDIO_ORIGIN = 'https://studio.apollographql.com';

const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'apollo-query-plan-experimental',
  'apollo-query-plan-experimental-format',
  'x-request-id',
  'idempotency-key',
].join(', ');

/**
 * CORS: Apollo Studio / Sandbox and the configured storefront origins may call the gateway from a
 * browser; in development so may any page served from this machine (http://localhost:3000,
 * http://127.0.0.1:5173, …), never another site. A preflight from another origin is refused (403);
 * a request from one gets no CORS headers, so the browser keeps the answer from the page.
 * The handler returns true when it answered the request (a preflight).
 */
export function createCors(
  corsOrigins: readonly string[],
  development: boolean,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const origins = new Set([APOLLO_STUDIO_ORIGIN, ...corsOrigins]);
  return (req, res) => answerCors(req, res, development, origins);
}

function answerCors(
  req: IncomingMessage,
  res: ServerResponse,
  development: boolean,
  origins: ReadonlySet<string>,
): boolean {
  const origin = req.headers.origin;
  const allowed = typeof origin === 'string' && (origins.has(origin) || (development && isLoopbackOrigin(origin)));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  res.setHeader('vary', 'Origin');
  if (req.method !== 'OPTIONS') return false;
  req.resume();
  if (!allowed) {
    sendJson(res, 403, {
      error: `CORS: the origin ${String(origin ?? '(none)')} may not call this gateway; add it to CORS_ORIGINS`,
    });
    return true;
  }
  res.statusCode = 204;
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', CORS_ALLOWED_HEADERS);
  res.setHeader('access-control-max-age', '600');
  res.end();
  return true;
}
