import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { GraphQLError } from 'graphql';
import { DEFAULT_CONFIG } from './config';
import { asRequestRefusal, forbidden, unauthenticated } from './errors';
import { logError } from './log';

/**
 * Who sends a request. Tokens carry Medusa's claims: `actor_type` is `customer` (a storefront
 * shopper) or `user` (an admin user), `actor_id` the customer's or user's id. `system` is the
 * product's own internal calls (the workflows reading through the gateway); `anonymous` is a
 * request without a token — Medusa's guest shopper, who may still use a cart by holding its id.
 */
export type Actor =
  | { type: 'anonymous' }
  | { type: 'customer'; id: string }
  | { type: 'user'; id: string }
  | { type: 'system' }
  /**
   * Medusa's registration token: a customer's auth identity (`id`, and the email it signed up
   * with when known) that has no customer yet (`actor_id` ""). It may only register one.
   */
  | { type: 'registration'; id: string; email?: string };

export const ANONYMOUS: Actor = { type: 'anonymous' };

/** The claims a token carries (Medusa's auth token shape). */
export interface TokenClaims {
  actor_type: 'customer' | 'user';
  /** "" in a registration token (an identity without a customer yet). */
  actor_id: string;
  /** The auth identity (Medusa's `auth_identity_id`); a registration token needs it. */
  auth_identity_id?: string;
  /** The identity's email (Medusa's emailpass entity id), for a registration token. */
  email?: string;
}

/** How the gateway verifies bearer tokens. */
export interface AuthSettings {
  /** HS256 secret shared with the issuer (Medusa's `jwtSecret`): JWT_SECRET. */
  jwtSecret?: string;
  /** Or an issuer's JSON Web Key Set (RS256, ES256, … as its keys declare): JWT_JWKS_URL. Takes precedence over jwtSecret. */
  jwksUrl?: string;
  /** When set, a token's `iss` must match: JWT_ISSUER. */
  issuer?: string;
  /** When set, a token's `aud` must match: JWT_AUDIENCE. */
  audience?: string;
  /** The oldest token accepted, in seconds after its `iat` (JWT_MAX_AGE; default one day, Medusa's `jwtExpiresIn`). */
  maxAgeSeconds?: number;
}

/** Headers that carry the verified actor from the gateway to a subgraph (which only the gateway may call). */
export const ACTOR_TYPE_HEADER = 'x-actor-type';
export const ACTOR_ID_HEADER = 'x-actor-id';
export const ACTOR_EMAIL_HEADER = 'x-actor-email';

const DEFAULT_TOKEN_LIFETIME = '12h';

/** Medusa's `jwtExpiresIn` default (JWT_MAX_AGE): a token is accepted for one day after it was issued, whatever its `exp`. */
export const DEFAULT_TOKEN_MAX_AGE_SECONDS = DEFAULT_CONFIG.JWT_MAX_AGE;

/** The one algorithm of a shared secret (JWT_SECRET). */
export const SHARED_SECRET_ALGORITHM = 'HS256';

/** Clocks of the issuer and the gateway may differ this much (exp, nbf, iat). */
const CLOCK_TOLERANCE_SECONDS = 5;

/** Signs a token for an actor with the shared secret (the development issuer, tests, benchmarks). */
export async function issueToken(
  claims: TokenClaims,
  secret: string,
  options: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({
    actor_type: claims.actor_type,
    actor_id: claims.actor_id,
    ...(claims.auth_identity_id ? { auth_identity_id: claims.auth_identity_id } : {}),
    ...(claims.email ? { email: claims.email } : {}),
  })
    .setProtectedHeader({ alg: SHARED_SECRET_ALGORITHM, typ: 'JWT' })
    .setSubject(claims.actor_id || claims.auth_identity_id || '')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? DEFAULT_TOKEN_LIFETIME);
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

export interface TokenVerifier {
  /** The actor of an `Authorization` header value; anonymous without one; UNAUTHENTICATED when the token is bad. */
  actorOf(authorization: string | undefined): Promise<Actor>;
}

/** Where the keys come from: the algorithms accepted for a token, and the key to verify it with. */
interface TokenKeys {
  /** The algorithms accepted now; `alg` is the token's, so a key set can look for a newly rotated key. */
  algorithms(alg: string): Promise<readonly string[]>;
  key: Uint8Array | JWTVerifyGetKey;
}

/**
 * Verifies bearer tokens: the algorithm pinned (HS256 for a shared secret; for a key set, the
 * algorithms its keys declare), `exp` and `iat` required, and no older than the maximum age. Each
 * refusal is UNAUTHENTICATED (HTTP 401) with a message naming the problem.
 */
export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const keys: TokenKeys | undefined = settings.jwksUrl
    ? new RemoteKeySet(new URL(settings.jwksUrl))
    : settings.jwtSecret
      ? { algorithms: async () => [SHARED_SECRET_ALGORITHM], key: new TextEncoder().encode(settings.jwtSecret) }
      : undefined;
  const maxAgeSeconds = settings.maxAgeSeconds ?? DEFAULT_TOKEN_MAX_AGE_SECONDS;
  return {
    async actorOf(authorization) {
      if (!authorization) return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw refusal('The Authorization header must be "Bearer <token>"');
      if (!keys) throw refusal('This gateway accepts no tokens: no JWT_SECRET or JWT_JWKS_URL is set');
      const payload = await verifiedPayload(match[1], keys, settings, maxAgeSeconds);
      const { actor_type: type, actor_id: id, auth_identity_id: identity, email } = payload;
      if (type === 'customer' && id === '' && typeof identity === 'string' && IDENTITY.test(identity)) {
        // An email longer than any address is not one: left out, so registration asks for it.
        const known = typeof email === 'string' && email.length <= 320 ? { email } : {};
        return { type: 'registration', id: identity, ...known };
      }
      if ((type !== 'customer' && type !== 'user') || typeof id !== 'string' || id.length === 0) {
        throw refusal(
          'The bearer token has no actor: it needs the claims actor_type ("customer" or "user") and actor_id',
        );
      }
      return { type, id };
    },
  };
}

/** An auth identity id as a registration token may carry it (it travels in a header). */
const IDENTITY = /^[\w-]{1,100}$/;

function refusal(message: string): GraphQLError {
  return asRequestRefusal(unauthenticated(message));
}

async function verifiedPayload(
  token: string,
  keys: TokenKeys,
  settings: AuthSettings,
  maxAgeSeconds: number,
): Promise<JWTPayload> {
  let alg: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch {
    throw refusal('The bearer token is malformed: it is not a signed JWT');
  }
  if (typeof alg !== 'string') throw refusal('The bearer token is malformed: its header names no algorithm (alg)');
  if (alg.toLowerCase() === 'none')
    throw refusal('The bearer token is unsigned (algorithm none): only signed tokens are accepted');
  let accepted: readonly string[];
  try {
    accepted = await keys.algorithms(alg);
  } catch (error) {
    throw refusalFor(error, { alg, maxAgeSeconds });
  }
  if (!accepted.includes(alg)) {
    // The header is the client's: quote only a short, plain rendering of it.
    const shown = alg.replace(/[^\w.+-]/g, '?').slice(0, 32);
    throw refusal(
      `The bearer token's algorithm ${shown} is not accepted: this gateway accepts ${accepted.length > 0 ? accepted.join(', ') : 'no algorithm'}`,
    );
  }
  const options: JWTVerifyOptions = {
    algorithms: [...accepted],
    issuer: settings.issuer,
    audience: settings.audience,
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: maxAgeSeconds,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  try {
    // jose overloads on the key's type; both branches verify the same way.
    const { payload } =
      keys.key instanceof Uint8Array
        ? await jwtVerify(token, keys.key, options)
        : await verifyWithKeySet(token, keys.key, options);
    return payload;
  } catch (error) {
    throw refusalFor(error, { alg, maxAgeSeconds });
  }
}

/** A key set may hold several keys that fit a token without a `kid` (during a rotation): the token is good if one of them verifies it. */
async function verifyWithKeySet(token: string, getKey: JWTVerifyGetKey, options: JWTVerifyOptions) {
  try {
    return await jwtVerify(token, getKey, options);
  } catch (error) {
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
    let last: unknown = error;
    // jose makes the error iterable over the candidate keys for exactly this.
    for await (const candidate of error) {
      try {
        return await jwtVerify(token, candidate, options);
      } catch (attempt) {
        last = attempt;
      }
    }
    throw last;
  }
}

/** The refusal for a failed verification: what is wrong, in the product's words, without the library's. */
function refusalFor(error: unknown, context: { alg: string; maxAgeSeconds: number }): GraphQLError {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat'
      ? refusal(
          `The bearer token is too old: it was issued more than ${describeSeconds(context.maxAgeSeconds)} ago (the longest a token is accepted)`,
        )
      : refusal('The bearer token has expired (exp)');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const { claim, reason } = error;
    if (reason === 'missing' && claim === 'exp')
      return refusal('The bearer token has no expiry (exp claim): tokens must expire');
    if (reason === 'missing' && claim === 'iat')
      return refusal('The bearer token has no issue time (iat claim), which its age is checked against');
    if (reason === 'missing') return refusal(`The bearer token has no ${claim} claim, which this gateway requires`);
    if (reason === 'invalid') return refusal(`The bearer token's ${claim} claim is not a number`);
    if (claim === 'iss')
      return refusal('The bearer token is from another issuer (iss) than the one this gateway accepts');
    if (claim === 'aud') return refusal('The bearer token is for another audience (aud) than this gateway');
    if (claim === 'nbf') return refusal('The bearer token is not valid yet (nbf)');
    if (claim === 'iat') return refusal('The bearer token was issued in the future (iat)');
    return refusal(`The bearer token's ${claim} claim is not accepted`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return refusal("The bearer token's signature does not match: it was not signed with a key this gateway trusts");
  if (error instanceof errors.JWKSNoMatchingKey)
    return refusal(`The bearer token's key is not in the issuer's key set (no ${context.alg} key with its kid)`);
  if (error instanceof errors.JOSEAlgNotAllowed)
    return refusal(`The bearer token's algorithm ${context.alg} is not accepted`);
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return refusal('The bearer token is malformed: it is not a signed JWT with a JSON claims set');
  if (error instanceof KeySetUnavailable)
    return refusal("The issuer's key set could not be loaded, so no token can be verified now");
  if (error instanceof errors.JOSENotSupported)
    return refusal('The bearer token uses a JWT feature this gateway does not support');
  logError('auth', `token verification failed unexpectedly: ${(error as Error).message}`);
  return refusal('The bearer token is not valid');
}

/** `86400` → `1 day`, `7200` → `2 hours`, for messages. */
export function describeSeconds(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    if (seconds % size === 0) return `${seconds / size} ${name}${seconds === size ? '' : 's'}`;
  }
  return `${seconds} seconds`;
}

class KeySetUnavailable extends Error {}

/** How long a fetched key set is used before it is fetched again, and the least time between fetches. */
const KEY_SET_MAX_AGE_MS = 10 * 60_000;
const KEY_SET_COOLDOWN_MS = 30_000;
const KEY_SET_TIMEOUT_MS = 5_000;

/**
 * An issuer's JSON Web Key Set (JWT_JWKS_URL). Only keys that declare their algorithm (`alg`) are
 * used, and only for that algorithm: a token cannot pick a weaker or confused one (HS256 with a
 * public key, none). Fetched on first use, again after 10 minutes, or when a token names a key or
 * algorithm it does not hold (at most every 30 s, so bad tokens cannot make it hammer the issuer).
 * A failed fetch keeps the previous keys.
 */
class RemoteKeySet implements TokenKeys {
  private loaded: { verify: ReturnType<typeof createLocalJWKSet>; algorithms: string[] } | undefined;
  private fetchedAt = 0;
  /** When a fetch was last started, successful or not. */
  private attemptedAt = 0;
  private pending: Promise<void> | undefined;

  constructor(private readonly url: URL) {}

  async algorithms(alg: string): Promise<readonly string[]> {
    const stale = !this.loaded || Date.now() - this.fetchedAt > KEY_SET_MAX_AGE_MS;
    const unknownAlgorithm = this.loaded !== undefined && !this.loaded.algorithms.includes(alg);
    if (stale || unknownAlgorithm) await this.refresh();
    if (!this.loaded) throw new KeySetUnavailable();
    return this.loaded.algorithms;
  }

  readonly key: JWTVerifyGetKey = async (header, token) => {
    if (!this.loaded) throw new KeySetUnavailable();
    try {
      return await this.loaded.verify(header, token);
    } catch (error) {
      // Perhaps a key rotated in since the last fetch.
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      await this.refresh();
      return this.loaded.verify(header, token);
    }
  };

  /** Fetches the set again, unless a fetch is under way or was tried lately (a second while none has loaded, else 30 s). */
  private refresh(): Promise<void> {
    const cooldown = this.loaded ? KEY_SET_COOLDOWN_MS : 1_000;
    if (!this.pending && Date.now() - this.attemptedAt >= cooldown) {
      this.attemptedAt = Date.now();
      this.pending = this.fetchKeys()
        .then((loaded) => {
          this.loaded = loaded;
          this.fetchedAt = Date.now();
        })
        .catch((error: Error) => logError('auth', `could not load the key set at ${this.url.href}: ${error.message}`))
        .finally(() => {
          this.pending = undefined;
        });
    }
    return this.pending ?? Promise.resolve();
  }

  private async fetchKeys(): Promise<{ verify: ReturnType<typeof createLocalJWKSet>; algorithms: string[] }> {
    const response = await fetch(this.url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(KEY_SET_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as { keys?: unknown };
    if (!Array.isArray(body.keys)) throw new Error('the answer has no "keys" list');
    const keys = (body.keys as unknown[]).filter(
      (key): key is JWK & { alg: string } =>
        typeof key === 'object' &&
        key !== null &&
        typeof (key as JWK).alg === 'string' &&
        isAsymmetricAlgorithm((key as JWK).alg!) &&
        (key as JWK).use !== 'enc',
    );
    return { verify: createLocalJWKSet({ keys }), algorithms: [...new Set(keys.map((key) => key.alg))] };
  }
}

/** Public-key signature algorithms (RS*, PS*, ES*, EdDSA): a key set holds no shared secrets, and `none` signs nothing. */
function isAsymmetricAlgorithm(alg: string): boolean {
  return /^(RS|PS|ES)(256|384|512)$/.test(alg) || alg === 'EdDSA' || alg === 'Ed25519';
}

// The refusals are built in kit/errors.ts, with every other code.
export { asRequestRefusal, forbidden, unauthenticated };

/** The actor as headers for a subgraph request. */
export function actorHeaders(actor: Actor): Record<string, string> {
  // An email is sent URI-encoded: a header carries no arbitrary characters.
  const email: Record<string, string> =
    actor.type === 'registration' && actor.email ? { [ACTOR_EMAIL_HEADER]: encodeURIComponent(actor.email) } : {};
  return 'id' in actor
    ? { [ACTOR_TYPE_HEADER]: actor.type, [ACTOR_ID_HEADER]: actor.id, ...email }
    : { [ACTOR_TYPE_HEADER]: actor.type };
}

/** The actor a subgraph was told about by the gateway; anonymous when the headers are missing or malformed. */
export function actorFromHeaders(headers: Record<string, string | string[] | undefined>): Actor {
  const type = headers[ACTOR_TYPE_HEADER];
  const id = headers[ACTOR_ID_HEADER];
  if (type === 'system') return { type: 'system' };
  if ((type === 'customer' || type === 'user') && typeof id === 'string' && id.length > 0) return { type, id };
  if (type === 'registration' && typeof id === 'string' && id.length > 0) {
    const header = headers[ACTOR_EMAIL_HEADER];
    const email = typeof header === 'string' ? safeDecode(header) : undefined;
    return { type, id, ...(email ? { email } : {}) };
  }
  return ANONYMOUS;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Admin users and the product's own internal calls see everything. */
export function isAdmin(actor: Actor): boolean {
  return actor.type === 'user' || actor.type === 'system';
}

/** Refuses unless the actor is an admin: UNAUTHENTICATED for a guest, FORBIDDEN for a customer. */
export function requireAdmin(actor: Actor, what: string): void {
  if (isAdmin(actor)) return;
  if (actor.type === 'anonymous') throw unauthenticated(`${what} needs an admin: sign in with an admin user's token`);
  throw forbidden(`${what} is for admin users only`);
}

/** A customer's own data (profile, addresses, orders list, carts list): that customer or an admin. */
export function requireCustomer(actor: Actor, customerId: string, what: string): void {
  if (isAdmin(actor)) return;
  if (actor.type === 'customer' && actor.id === customerId) return;
  if (actor.type === 'anonymous')
    throw unauthenticated(`${what} is readable only by that customer: sign in as the customer`);
  throw forbidden(`${what} belongs to another customer`);
}
