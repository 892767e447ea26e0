import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { serveGateway } from '../gateway/serve';
import { buildGateway } from '../gateway/server';
import { gatewayOptions } from '../gateway/settings';
import { configFrom } from './support/config';
import { DEFAULT_TOKEN_MAX_AGE_SECONDS } from '../kit/auth';
import type { RunningServer } from '../kit/http';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Bearer tokens at the gateway: the algorithm pinned (HS256 for JWT_SECRET; for JWT_JWKS_URL the
 * algorithms the key set's keys declare), `exp` and `iat` required, no older than JWT_MAX_AGE.
 * Every refusal is a 401 UNAUTHENTICATED for the whole request, with a message of its own that
 * names the problem and nothing of the JWT library.
 */
let supergraph: TestSupergraph;
let keySetServer: Server;
let keySetGateway: RunningServer;
let keySetRequests = 0;

const ISSUER = 'https://id.example.com';
const AUDIENCE = 'commerce-gateway';
const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

interface SigningKey {
  kid: string;
  alg: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}
type KeyName = 'rsa' | 'rotated' | 'ec' | 'undeclared' | 'impostor' | 'stranger';
const keys = new Map<KeyName, SigningKey>();
const key = (name: KeyName) => keys.get(name)!;

async function makeKey(kid: string, alg: string): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid } };
}

beforeAll(async () => {
  supergraph = await startTestSupergraph(2);
  keys.set('rsa', await makeKey('rsa-1', 'RS256'));
  // A second RS256 key, as during a rotation: a token without kid fits both.
  keys.set('rotated', await makeKey('rsa-2', 'RS256'));
  keys.set('ec', await makeKey('ec-1', 'ES256'));
  // In the set without an `alg`: declares nothing, so it verifies nothing.
  keys.set('undeclared', await makeKey('rsa-no-alg', 'RS384'));
  // Same kid as a key of the set, another key: its signatures do not verify.
  keys.set('impostor', await makeKey('rsa-1', 'RS256'));
  // Not in the set at all.
  keys.set('stranger', await makeKey('elsewhere', 'RS256'));
  const keySet = {
    keys: [
      { ...key('rsa').publicJwk, alg: 'RS256', use: 'sig' },
      { ...key('rotated').publicJwk, alg: 'RS256', use: 'sig' },
      { ...key('ec').publicJwk, alg: 'ES256', use: 'sig' },
      { ...key('undeclared').publicJwk, use: 'sig' },
    ],
  };
  keySetServer = createServer((_req, res) => {
    keySetRequests += 1;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(keySet));
  });
  await new Promise<void>((resolve) => keySetServer.listen(0, '127.0.0.1', resolve));
  const { port } = keySetServer.address() as AddressInfo;
  // A gateway verifying an identity provider's tokens by its key set, as JWT_JWKS_URL configures it.
  const settings = gatewayOptions(
    configFrom({
      JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      JWT_MAX_AGE: '1h',
      NODE_ENV: 'production',
    }),
  );
  keySetGateway = await serveGateway(
    buildGateway({
      ...settings,
      subgraphUrls: Object.fromEntries(supergraph.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      subgraphSecret: supergraph.subgraphSecret,
    }),
    0,
  );
});
afterAll(async () => {
  await keySetGateway?.close();
  await new Promise((resolve) => keySetServer?.close(resolve));
  await supergraph?.stop();
});

const ADMIN = { actor_type: 'user', actor_id: 'user_tokens_admin' };
/** A query only an admin may send: a token that is accepted reads it, any other is refused. */
const ADMIN_QUERY = '{ carts { data { id } } }';

interface Answer {
  status: number;
  body: {
    data?: { carts: { data: { id: string }[] } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function send(url: string, token: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ADMIN_QUERY }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** A token signed with the supergraph's JWT_SECRET, with the claims given (iat and exp only when given). */
function sharedSecretToken(
  claims: { iat?: number; exp?: number } = {},
  alg = 'HS256',
  secret = supergraph.jwtSecret,
): Promise<string> {
  let jwt = new SignJWT({ ...ADMIN }).setProtectedHeader({ alg, typ: 'JWT' });
  if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** A token of the identity provider, signed with `key` under `alg` (default the key's own). */
function providerToken(
  signer: SigningKey,
  options: { alg?: string; iss?: string; aud?: string; iat?: number; exp?: number; withoutKid?: boolean } = {},
): Promise<string> {
  return new SignJWT({ ...ADMIN })
    .setProtectedHeader({
      alg: options.alg ?? signer.alg,
      ...(options.withoutKid ? {} : { kid: signer.kid }),
      typ: 'JWT',
    })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt(options.iat ?? now())
    .setExpirationTime(options.exp ?? now() + HOUR)
    .sign(signer.privateKey);
}

const unsigned = (payload: object) =>
  `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;

/** What a refusal must never show: the JWT library's own wording and codes. */
const LIBRARY_WORDING = /claim timestamp check|JWS|JOSE|ERR_|"alg" \(Algorithm\)|JWKS|Header Parameter|compact/i;

function expectRefused(answer: Answer, message: string | RegExp): void {
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  expect(error.message).not.toMatch(LIBRARY_WORDING);
}

describe('tokens signed with JWT_SECRET (HS256)', () => {
  it('accepts a good token: HS256, iat and exp, younger than the maximum age', async () => {
    const answer = await send(supergraph.gatewayUrl, await sharedSecretToken({ iat: now(), exp: now() + HOUR }));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.carts.data).toHaveLength(2);
  });

  it.each<[string, () => Promise<string>, string]>([
    [
      'without exp',
      () => sharedSecretToken({ iat: now() }),
      'The bearer token has no expiry (exp claim): tokens must expire',
    ],
    [
      'expired',
      () => sharedSecretToken({ iat: now() - 2 * HOUR, exp: now() - HOUR }),
      'The bearer token has expired (exp)',
    ],
    [
      'signed with HS512',
      () => sharedSecretToken({ iat: now(), exp: now() + HOUR }, 'HS512'),
      "The bearer token's algorithm HS512 is not accepted: this gateway accepts HS256",
    ],
    [
      'signed with HS384',
      () => sharedSecretToken({ iat: now(), exp: now() + HOUR }, 'HS384'),
      "The bearer token's algorithm HS384 is not accepted: this gateway accepts HS256",
    ],
    [
      'unsigned (alg none)',
      async () => unsigned({ ...ADMIN, iat: now(), exp: now() + HOUR }),
      'The bearer token is unsigned (algorithm none): only signed tokens are accepted',
    ],
    [
      'signed with another secret',
      () =>
        sharedSecretToken({ iat: now(), exp: now() + HOUR }, 'HS256', 'another-secret-of-sufficient-length-0123456789'),
      "The bearer token's signature does not match: it was not signed with a key this gateway trusts",
    ],
    [
      'issued more than a day ago (the default JWT_MAX_AGE), though not expired',
      () => sharedSecretToken({ iat: now() - 25 * HOUR, exp: now() + HOUR }),
      'The bearer token is too old: it was issued more than 1 day ago (the longest a token is accepted)',
    ],
    [
      'without iat',
      () => sharedSecretToken({ exp: now() + HOUR }),
      'The bearer token has no issue time (iat claim), which its age is checked against',
    ],
    [
      'issued in the future',
      () => sharedSecretToken({ iat: now() + HOUR, exp: now() + 2 * HOUR }),
      'The bearer token was issued in the future (iat)',
    ],
    ['malformed (not a JWT)', async () => 'not-a-token', 'The bearer token is malformed: it is not a signed JWT'],
    [
      'malformed (three parts of garbage)',
      async () => 'abc.def.ghi',
      'The bearer token is malformed: it is not a signed JWT',
    ],
    [
      'malformed (a header without alg)',
      async () =>
        `${Buffer.from('{"typ":"JWT"}').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.sig`,
      'The bearer token is malformed: its header names no algorithm (alg)',
    ],
    [
      'malformed (claims that are not JSON)',
      async () => {
        // A valid signature over a payload that is no JSON object.
        const { CompactSign } = await import('jose');
        return new CompactSign(new TextEncoder().encode('not json'))
          .setProtectedHeader({ alg: 'HS256' })
          .sign(new TextEncoder().encode(supergraph.jwtSecret));
      },
      'The bearer token is malformed: it is not a signed JWT with a JSON claims set',
    ],
  ])('refuses a token %s with 401 and its own message', async (_case, token, message) => {
    expectRefused(await send(supergraph.gatewayUrl, await token()), message);
  });
});

describe('tokens verified by the issuer key set at JWT_JWKS_URL', () => {
  it('accepts a good RS256 token and a good ES256 token', async () => {
    for (const signer of [key('rsa'), key('ec')]) {
      const answer = await send(keySetGateway.url, await providerToken(signer));
      expect({ alg: signer.alg, status: answer.status, errors: answer.body.errors }).toEqual({
        alg: signer.alg,
        status: 200,
        errors: undefined,
      });
      expect(answer.body.data!.carts.data).toHaveLength(2);
    }
  });

  it('accepts a token without kid when one of several fitting keys verifies it (a key rotation)', async () => {
    for (const signer of [key('rsa'), key('rotated')]) {
      const answer = await send(keySetGateway.url, await providerToken(signer, { withoutKid: true }));
      expect({ kid: signer.kid, status: answer.status, errors: answer.body.errors }).toEqual({
        kid: signer.kid,
        status: 200,
        errors: undefined,
      });
    }
  });

  it.each<[string, () => Promise<string>, string]>([
    [
      'without kid that none of the fitting keys verifies',
      () => providerToken(key('stranger'), { withoutKid: true }),
      "The bearer token's signature does not match: it was not signed with a key this gateway trusts",
    ],
    [
      'signed with an algorithm no key declares (PS256 with the RS256 key)',
      () => providerToken(key('rsa'), { alg: 'PS256' }),
      "The bearer token's algorithm PS256 is not accepted: this gateway accepts RS256, ES256",
    ],
    [
      'signed by a key of the set that declares no algorithm',
      () => providerToken(key('undeclared')),
      "The bearer token's algorithm RS384 is not accepted: this gateway accepts RS256, ES256",
    ],
    [
      'signed with HS256 (a shared-secret algorithm has no place in a key set)',
      () => sharedSecretToken({ iat: now(), exp: now() + HOUR }),
      "The bearer token's algorithm HS256 is not accepted: this gateway accepts RS256, ES256",
    ],
    [
      'unsigned (alg none)',
      async () => unsigned({ ...ADMIN, iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + HOUR }),
      'The bearer token is unsigned (algorithm none): only signed tokens are accepted',
    ],
    [
      'with a bad signature (another key under a kid of the set)',
      () => providerToken(key('impostor')),
      "The bearer token's signature does not match: it was not signed with a key this gateway trusts",
    ],
    [
      'signed by a key outside the set',
      () => providerToken(key('stranger')),
      "The bearer token's key is not in the issuer's key set (no RS256 key with its kid)",
    ],
    [
      'from another issuer',
      () => providerToken(key('rsa'), { iss: 'https://elsewhere.example.com' }),
      'The bearer token is from another issuer (iss) than the one this gateway accepts',
    ],
    [
      'for another audience',
      () => providerToken(key('ec'), { aud: 'another-api' }),
      'The bearer token is for another audience (aud) than this gateway',
    ],
    [
      'older than JWT_MAX_AGE (1h here)',
      () => providerToken(key('rsa'), { iat: now() - 2 * HOUR, exp: now() + HOUR }),
      'The bearer token is too old: it was issued more than 1 hour ago (the longest a token is accepted)',
    ],
    [
      'expired',
      () => providerToken(key('ec'), { iat: now() - 30 * 60, exp: now() - 60 }),
      'The bearer token has expired (exp)',
    ],
  ])('refuses a token %s with 401 and its own message', async (_case, token, message) => {
    expectRefused(await send(keySetGateway.url, await token()), message);
  });

  it('refuses every token, without a library message, while the key set cannot be loaded', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await serveGateway(
      buildGateway({ auth: { jwksUrl: `http://127.0.0.1:${port}/jwks.json` }, development: false }),
      0,
    );
    try {
      expectRefused(
        await send(unreachable.url, await providerToken(key('rsa'))),
        "The issuer's key set could not be loaded, so no token can be verified now",
      );
    } finally {
      await unreachable.close();
    }
  });

  it('fetches the key set once for many tokens, not per request', async () => {
    const before = keySetRequests;
    await Promise.all(
      Array.from({ length: 10 }, async () =>
        expect((await send(keySetGateway.url, await providerToken(key('rsa')))).status).toBe(200),
      ),
    );
    expect(keySetRequests - before).toBe(0);
  });
});

describe('JWT_MAX_AGE', () => {
  it.each([
    ['1d', 86_400],
    ['12h', 43_200],
    ['30m', 1_800],
    ['900', 900],
  ])('reads %s as %i seconds', (value, seconds) => {
    expect(gatewayOptions(configFrom({ JWT_MAX_AGE: value })).auth.maxAgeSeconds).toBe(seconds);
  });

  it("is one day by default (Medusa's jwtExpiresIn), the verifier's own default, as the HS256 tests above show", () => {
    expect(gatewayOptions(configFrom({})).auth.maxAgeSeconds).toBe(86_400);
    expect(DEFAULT_TOKEN_MAX_AGE_SECONDS).toBe(86_400);
  });

  it.each(['0', 'soon', '-1h', '1w', '1.5h'])('refuses %j, naming the variable', (value) => {
    expect(() => configFrom({ JWT_MAX_AGE: value })).toThrow(
      `JWT_MAX_AGE must be a duration such as 1d, 12h, 30m or a number of seconds, got "${value}"`,
    );
  });
});
