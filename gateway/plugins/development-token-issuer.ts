import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueToken, type TokenClaims } from '../../kit/auth';
import { readBody, sendJson, tooLarge } from '../../kit/http';
import { notFromThisMachine } from '../../kit/loopback';

/**
 * The development issuer at `POST /auth/token`, signing with `secret`. The handler returns true
 * when the request was the issuer's (answered), false for any other route.
 */
export function createDevelopmentTokenIssuer(
  secret: string,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/auth/token') return false;
    await issueDevelopmentToken(secret, req, res);
    return true;
  };
}

/**
 * `POST /auth/token` `{ "actor_type": "customer" | "user", "actor_id": "…" }` → `{ "token": "…" }`.
 * Without `actor_id`, `{ "actor_type": "customer", "auth_identity_id": "…", "email": "…" }` is
 * Medusa's registration token (`POST /auth/customer/emailpass/register`): an identity with no
 * customer yet, which may call `register_customer` once; the client then asks for a customer token.
 * It signs admin tokens for whoever asks, so it answers this machine only (kit/loopback.ts): a
 * development gateway bound to a public interface or behind a proxy gives no one else a token.
 */
async function issueDevelopmentToken(secret: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const refusal = notFromThisMachine({ remoteAddress: req.socket.remoteAddress, headers: req.headers });
  if (refusal) {
    req.resume();
    sendJson(res, 403, { error: `The development token issuer refused this request: ${refusal}` });
    return;
  }
  if (req.method !== 'POST') {
    req.resume();
    sendJson(res, 405, {
      error: 'POST a JSON body { "actor_type": "customer" | "user", "actor_id": "…" } to get a token',
    });
    return;
  }
  const body = await readBody(req, 4096);
  let claims: Partial<TokenClaims> = {};
  try {
    claims = body === tooLarge ? {} : (JSON.parse(body) as Partial<TokenClaims>);
  } catch {
    // Answered below as a bad request.
  }
  if (claims.actor_type === 'customer' && claims.actor_id === undefined && claims.auth_identity_id !== undefined) {
    const { auth_identity_id: identity, email } = claims;
    if (
      typeof identity !== 'string' ||
      !/^[\w-]{1,100}$/.test(identity) ||
      (email !== undefined && (typeof email !== 'string' || email.length > 320))
    ) {
      sendJson(res, 400, {
        error:
          'A registration token needs JSON { "actor_type": "customer", "auth_identity_id": "<id>", "email"?: "…" }',
      });
      return;
    }
    sendJson(res, 200, {
      token: await issueToken({ actor_type: 'customer', actor_id: '', auth_identity_id: identity, email }, secret),
    });
    return;
  }
  if (
    (claims.actor_type !== 'customer' && claims.actor_type !== 'user') ||
    typeof claims.actor_id !== 'string' ||
    !/^[\w-]{1,100}$/.test(claims.actor_id)
  ) {
    sendJson(res, 400, { error: 'The body must be JSON { "actor_type": "customer" | "user", "actor_id": "<id>" }' });
    return;
  }
  sendJson(res, 200, { token: await issueToken({ actor_type: claims.actor_type, actor_id: claims.actor_id }, secret) });
}
