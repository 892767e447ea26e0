import type { IncomingHttpHeaders } from 'node:http';

/**
 * Development features that hand out access (the token issuer, CORS for any local page) answer
 * this machine only. These decide what "this machine" is.
 */

/** 127.0.0.0/8 and ::1, also as an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.toLowerCase().startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4);
}

/** A browser origin served from this machine: http(s)://localhost, 127.x.x.x or [::1], any port. */
export function isLoopbackOrigin(origin: string | undefined): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // A browser sends a bare origin; anything else (a path, credentials) is not one.
  if (url.origin !== origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  return url.hostname === 'localhost' || url.hostname === '[::1]' || isLoopbackAddress(url.hostname);
}

/** Headers a reverse proxy adds: a request that passed one came from elsewhere, whatever its socket says. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/**
 * Why a request may not use a development feature that grants access, or undefined when it may:
 * it must come straight from this machine (a loopback address, not relayed by a proxy) and, when
 * a browser sends it, from a page of this machine (which also defeats DNS rebinding).
 */
export function notFromThisMachine(request: {
  remoteAddress: string | undefined;
  headers: IncomingHttpHeaders;
}): string | undefined {
  if (!isLoopbackAddress(request.remoteAddress))
    return `it answers requests from this machine only (a loopback address), not from ${request.remoteAddress ?? 'an unknown address'}`;
  const forwarded = FORWARDING_HEADERS.find((header) => request.headers[header] !== undefined);
  if (forwarded) return `it answers direct requests only, not requests relayed by a proxy (${forwarded} header)`;
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin))
    return `it answers pages served from this machine only, not ${origin}`;
  return undefined;
}
