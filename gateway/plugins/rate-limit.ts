import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_CONFIG } from '../../kit/config';
import { rateLimited } from '../../kit/errors';
import { sendError } from '../../kit/http';
import { SUBGRAPH_SECRET_HEADER, secretMatches } from '../../kit/secret';

export interface RateLimitSettings {
  /** Requests per second a client may keep sending (GATEWAY_RATE_LIMIT; 0: no limit). */
  perSecond: number;
  /** Requests a client may send at once, above that pace (GATEWAY_RATE_BURST). */
  burst: number;
  /**
   * Proxies in front of the gateway whose X-Forwarded-For is believed (GATEWAY_TRUSTED_PROXIES):
   * the client's address is the one that many hops from the right; 0 uses the connection's.
   */
  trustedProxies: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  perSecond: DEFAULT_CONFIG.GATEWAY_RATE_LIMIT,
  burst: DEFAULT_CONFIG.GATEWAY_RATE_BURST,
  trustedProxies: DEFAULT_CONFIG.GATEWAY_TRUSTED_PROXIES,
};

/** Clients remembered at most; a full bucket is forgotten, so only active clients count. */
const MAX_CLIENTS = 100_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A per-client rate limit (a token bucket): by bearer token when the request carries one, else
 * by address. An address also has a bucket of its own, ten times larger, so sending a new made-up
 * token with every request does not escape the limit. Over it: HTTP 429 with Retry-After, before
 * anything is parsed or planned. The product's own calls (the workflows' reads, proven by the
 * subgraph secret) are not limited.
 */
export function createRateLimiter(settings: RateLimitSettings, subgraphSecret: string | undefined) {
  const buckets = new Map<string, Bucket>();
  const take = (key: string, burst: number, perSecond: number, now: number): number => {
    const bucket = buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      buckets.set(key, bucket);
      return Math.ceil(((1 - bucket.tokens) / perSecond) * 1000);
    }
    bucket.tokens -= 1;
    buckets.delete(key); // re-inserted last: the map stays in order of use
    if (buckets.size >= MAX_CLIENTS) buckets.delete(buckets.keys().next().value as string);
    buckets.set(key, bucket);
    return 0;
  };
  /** True when it answered the request (429). */
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (settings.perSecond <= 0) return false;
    if (subgraphSecret && secretMatches(req.headers[SUBGRAPH_SECRET_HEADER], subgraphSecret)) return false;
    const now = performance.now();
    const address = clientAddress(req, settings.trustedProxies);
    const authorization = req.headers.authorization;
    const waits = [take(`address:${address}`, settings.burst * 10, settings.perSecond * 10, now)];
    if (authorization)
      waits.push(
        take(
          `token:${createHash('sha256').update(authorization).digest('base64url')}`,
          settings.burst,
          settings.perSecond,
          now,
        ),
      );
    else waits.push(take(`guest:${address}`, settings.burst, settings.perSecond, now));
    const waitMs = Math.max(...waits);
    if (waitMs === 0) return false;
    req.resume();
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    res.setHeader('retry-after', String(seconds));
    sendError(res, rateLimited(`Too many requests: try again in ${seconds} s`, waitMs));
    return true;
  };
}

function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return socket;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? socket;
}
