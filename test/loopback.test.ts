import { networkInterfaces } from 'node:os';
import { APOLLO_STUDIO_ORIGIN } from '../gateway/plugins/cors';
import { serveGateway } from '../gateway/serve';
import { buildGateway } from '../gateway/server';
import type { RunningServer } from '../kit/http';
import { isLoopbackAddress, isLoopbackOrigin, notFromThisMachine } from '../kit/loopback';

/**
 * The development features that grant access answer this machine only: the token issuer
 * (`POST /auth/token`, which signs admin tokens) requests from a loopback address, not relayed by a
 * proxy, not from another site's page; CORS in development local pages, Apollo Studio and
 * CORS_ORIGINS, never any other origin.
 */
const JWT_SECRET = 'a-development-secret-of-more-than-32-characters';
const STOREFRONT = 'https://shop.example.com';
let gateway: RunningServer;

beforeAll(async () => {
  // Bound to every interface, as in a container or on a LAN: only the loopback callers may get a token.
  gateway = await serveGateway(
    buildGateway({
      development: true,
      auth: { jwtSecret: JWT_SECRET },
      devIssuerSecret: JWT_SECRET,
      corsOrigins: [STOREFRONT],
    }),
    0,
    '0.0.0.0',
  );
});
afterAll(() => gateway?.close());

const portOf = () => new URL(gateway.url).port;
const askForToken = (host: string, headers: Record<string, string> = {}) =>
  fetch(`http://${host}:${portOf()}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ actor_type: 'user', actor_id: 'user_1' }),
  });

/** This machine's own address on a network interface, which is no loopback address (none in a sandbox without a network). */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)?.address;

describe('the decision', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.0.0.2', true],
    ['127.255.255.254', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['192.0.2.2', false],
    ['::ffff:10.0.0.5', false],
    ['fe80::1', false],
    ['128.0.0.1', false],
    ['1127.0.0.1', false],
    [undefined, false],
  ])('address %s is loopback: %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });

  it.each([
    ['http://localhost:3000', true],
    ['http://127.0.0.1:5173', true],
    ['https://localhost', true],
    ['http://[::1]:8080', true],
    ['http://127.0.0.2:4000', true],
    ['https://shop.example.com', false],
    ['http://localhost.evil.example', false],
    ['http://evil.example/localhost', false],
    ['http://192.168.1.10:3000', false],
    ['null', false],
    ['file://', false],
    ['http://localhost:3000/path', false],
    [undefined, false],
  ])('origin %s is a page of this machine: %s', (origin, local) => {
    expect(isLoopbackOrigin(origin)).toBe(local);
  });

  it("refuses a request from another address, one relayed by a proxy, and one from another site's page", () => {
    expect(notFromThisMachine({ remoteAddress: '127.0.0.1', headers: {} })).toBeUndefined();
    expect(
      notFromThisMachine({ remoteAddress: '127.0.0.1', headers: { origin: 'http://localhost:5173' } }),
    ).toBeUndefined();
    expect(notFromThisMachine({ remoteAddress: '203.0.113.9', headers: {} })).toBe(
      'it answers requests from this machine only (a loopback address), not from 203.0.113.9',
    );
    expect(notFromThisMachine({ remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } })).toMatch(
      /not requests relayed by a proxy \(x-forwarded-for header\)/,
    );
    expect(notFromThisMachine({ remoteAddress: '127.0.0.1', headers: { forwarded: 'for=203.0.113.9' } })).toMatch(
      /relayed by a proxy \(forwarded header\)/,
    );
    expect(notFromThisMachine({ remoteAddress: '::1', headers: { origin: 'http://rebound.example.com:4000' } })).toBe(
      'it answers pages served from this machine only, not http://rebound.example.com:4000',
    );
  });
});

describe('the development token issuer', () => {
  it('gives a caller on this machine a token the gateway accepts', async () => {
    const response = await askForToken('127.0.0.1');
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const answer = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.status).toBe(200);
  });

  (externalAddress ? it : it.skip)(
    externalAddress
      ? `refuses a caller from a non-loopback address (${externalAddress}) with 403 and no token`
      : 'refuses a caller from a non-loopback address (skipped: this machine has no network interface)',
    async () => {
      const response = await askForToken(externalAddress!);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: string; token?: string };
      expect(body.token).toBeUndefined();
      expect(body.error).toBe(
        `The development token issuer refused this request: it answers requests from this machine only (a loopback address), not from ${externalAddress}`,
      );
    },
  );

  it.each([
    ['relayed by a reverse proxy on this machine', { 'x-forwarded-for': '203.0.113.9' }],
    ["sent by another site's page (DNS rebinding)", { origin: 'http://rebound.example.com' }],
  ])('refuses a request %s with 403 and no token', async (_case, headers) => {
    const response = await askForToken('127.0.0.1', headers);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { token?: string }).token).toBeUndefined();
  });
});

describe('CORS in development', () => {
  const preflight = (origin: string) =>
    fetch(gateway.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it.each(['http://localhost:3000', 'http://127.0.0.1:5173', 'http://[::1]:8080', APOLLO_STUDIO_ORIGIN, STOREFRONT])(
    'lets %s in',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    },
  );

  it.each(['https://evil.example.net', 'http://localhost.evil.example', 'http://192.168.1.10:3000', 'null'])(
    'refuses %s: 403 to the preflight, no CORS headers on a request',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const request = await fetch(gateway.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(request.headers.get('access-control-allow-origin')).toBeNull();
    },
  );
});
