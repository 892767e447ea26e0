import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { GraphQLError } from 'graphql';

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
  | { type: 'system' };

export const ANONYMOUS: Actor = { type: 'anonymous' };

/** The claims a token carries (Medusa's auth token shape). */
export interface TokenClaims {
  actor_type: 'customer' | 'user';
  actor_id: string;
}

/** How the gateway verifies bearer tokens. */
export interface AuthSettings {
  /** HS256 secret shared with the issuer (Medusa's `jwtSecret`): JWT_SECRET. */
  jwtSecret?: string;
  /** Or an issuer's JSON Web Key Set (RS256/ES256…): JWT_JWKS_URL. */
  jwksUrl?: string;
  /** When set, a token's `iss` must match: JWT_ISSUER. */
  issuer?: string;
  /** When set, a token's `aud` must match: JWT_AUDIENCE. */
  audience?: string;
}

/** Headers that carry the verified actor from the gateway to a subgraph (which only the gateway may call). */
export const ACTOR_TYPE_HEADER = 'x-actor-type';
export const ACTOR_ID_HEADER = 'x-actor-id';

const DEFAULT_TOKEN_LIFETIME = '12h';

/** Signs a token for an actor with the shared secret (the development issuer, tests, benchmarks). */
export async function issueToken(claims: TokenClaims, secret: string, options: { expiresIn?: string; issuer?: string; audience?: string } = {}): Promise<string> {
  let jwt = new SignJWT({ actor_type: claims.actor_type, actor_id: claims.actor_id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.actor_id)
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

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  let key: Uint8Array | JWTVerifyGetKey | undefined;
  if (settings.jwksUrl) key = createRemoteJWKSet(new URL(settings.jwksUrl));
  else if (settings.jwtSecret) key = new TextEncoder().encode(settings.jwtSecret);
  return {
    async actorOf(authorization) {
      if (!authorization) return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw asRequestRefusal(unauthenticated('The Authorization header must be "Bearer <token>"'));
      if (!key) throw asRequestRefusal(unauthenticated('This gateway accepts no tokens: no JWT_SECRET or JWT_JWKS_URL is set'));
      let payload: Record<string, unknown>;
      try {
        const options = { issuer: settings.issuer, audience: settings.audience };
        // jose overloads on the key's type; both branches verify the same way.
        const result = key instanceof Uint8Array ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options);
        payload = result.payload;
      } catch (error) {
        throw asRequestRefusal(unauthenticated(`The bearer token is not valid: ${(error as Error).message}`));
      }
      const { actor_type: type, actor_id: id } = payload;
      if ((type !== 'customer' && type !== 'user') || typeof id !== 'string' || id.length === 0) {
        throw asRequestRefusal(unauthenticated('The bearer token has no actor: it needs the claims actor_type ("customer" or "user") and actor_id'));
      }
      return { type, id };
    },
  };
}

/**
 * A refusal for lack of identity. Field errors inside a subgraph carry no HTTP status (the rest of
 * the response is still data); a refusal of the whole request at the gateway does (401).
 */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** The same refusal as a whole-request error: HTTP 401 for UNAUTHENTICATED, 403 for FORBIDDEN. */
export function asRequestRefusal(error: GraphQLError): GraphQLError {
  const status = error.extensions.code === 'UNAUTHENTICATED' ? 401 : 403;
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}

/** The actor as headers for a subgraph request. */
export function actorHeaders(actor: Actor): Record<string, string> {
  return 'id' in actor ? { [ACTOR_TYPE_HEADER]: actor.type, [ACTOR_ID_HEADER]: actor.id } : { [ACTOR_TYPE_HEADER]: actor.type };
}

/** The actor a subgraph was told about by the gateway; anonymous when the headers are missing or malformed. */
export function actorFromHeaders(headers: Record<string, string | string[] | undefined>): Actor {
  const type = headers[ACTOR_TYPE_HEADER];
  const id = headers[ACTOR_ID_HEADER];
  if (type === 'system') return { type: 'system' };
  if ((type === 'customer' || type === 'user') && typeof id === 'string' && id.length > 0) return { type, id };
  return ANONYMOUS;
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
  if (actor.type === 'anonymous') throw unauthenticated(`${what} is readable only by that customer: sign in as the customer`);
  throw forbidden(`${what} belongs to another customer`);
}
