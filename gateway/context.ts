import type { IncomingMessage } from 'node:http';
import type { GraphQLError } from 'graphql';
import { ANONYMOUS, actorFromHeaders, type Actor, type TokenVerifier } from '../kit/auth';
import { SUBGRAPH_SECRET_HEADER, secretMatches } from '../kit/secret';
import { IDEMPOTENCY_KEY_HEADER } from '../kit/subgraph';
import type { OperationCost } from './plugins/demand-control';

/** What the gateway knows of a client request. */
export interface GatewayContext {
  actor: Actor;
  /** Passed on to the subgraphs (x-request-id) and in every log line about the request. */
  requestId: string;
  /** The client's Idempotency-Key, passed on to the workflows subgraph with its mutations. */
  idempotencyKey?: string;
  /** Bytes of subgraph answers this request has received so far (bounded by GATEWAY_MAX_RESPONSE_BYTES). */
  answerBytes?: number;
  /** The operation's estimated and actual cost (gateway/plugins/demand-control.ts), for its log line. */
  cost?: OperationCost;
  /** The product's own call (the workflows reading through the gateway), proven by the subgraph secret. */
  internal?: true;
  /** A bad token: the request is refused (401) before it is planned. */
  authError?: GraphQLError;
}

/**
 * The actor of a request: from its bearer token; or, for the product's own calls (the workflows
 * reading through the gateway), from the actor headers when the request proves itself with the
 * subgraph secret. Without either, a guest.
 */
export function createGatewayContext(verifier: TokenVerifier, subgraphSecret: string | undefined) {
  return async (req: IncomingMessage, requestId: string): Promise<GatewayContext> => {
    if (subgraphSecret && secretMatches(req.headers[SUBGRAPH_SECRET_HEADER], subgraphSecret)) {
      return { actor: actorFromHeaders(req.headers), requestId, internal: true };
    }
    const key = req.headers[IDEMPOTENCY_KEY_HEADER];
    const idempotencyKey = typeof key === 'string' ? key : undefined;
    try {
      return { actor: await verifier.actorOf(req.headers.authorization), requestId, idempotencyKey };
    } catch (error) {
      return { actor: ANONYMOUS, requestId, authError: error as GraphQLError };
    }
  };
}
