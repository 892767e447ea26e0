import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Every `extensions.code` the product answers with, in one list. The product builds each of its
 * own codes with the helper below, and writes no code anywhere else (test/error-codes.test.ts);
 * Apollo Server raises its own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED; and
 * PERSISTED_QUERY_NOT_FOUND, which the gateway also builds for trusted documents), listed here so that a client knows every code it may get. The
 * README's table of error codes is `ERROR_CODES`, word for word.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  NotAllowed: 'NOT_ALLOWED',
  Conflict: 'CONFLICT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  WorkflowFailed: 'WORKFLOW_FAILED',
  CascadeFailed: 'CASCADE_FAILED',
  SubgraphUnavailable: 'SUBGRAPH_UNAVAILABLE',
  SubgraphTimeout: 'SUBGRAPH_TIMEOUT',
  SubgraphError: 'SUBGRAPH_ERROR',
  RateLimited: 'RATE_LIMITED',
  CostEstimatedTooExpensive: 'COST_ESTIMATED_TOO_EXPENSIVE',
  TooManyEntities: 'TOO_MANY_ENTITIES',
  ResponseTooLarge: 'RESPONSE_TOO_LARGE',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  RequestTimeout: 'REQUEST_TIMEOUT',
  RequestHeaderFieldsTooLarge: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
  BadRequest: 'BAD_REQUEST',
  OperationResolutionFailure: 'OPERATION_RESOLUTION_FAILURE',
  GraphqlParseFailed: 'GRAPHQL_PARSE_FAILED',
  GraphqlValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  PersistedQueryNotFound: 'PERSISTED_QUERY_NOT_FOUND',
  PersistedQueryIdRequired: 'PERSISTED_QUERY_ID_REQUIRED',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What a code means to a client. */
export interface ErrorCodeDescription {
  /** The HTTP status of an answer refused whole with it; none when it only comes at a field. */
  status?: number;
  /** It comes at a field, in a 200 answer with the rest of the data. */
  atField: boolean;
  meaning: string;
  /** What a client does about it. */
  whatToDo: string;
  /** Apollo Server raises it, not the product. */
  byApollo?: true;
}

const RETRY_WITH_KEY =
  "send it again with the same `Idempotency-Key`: the first run's answer comes back when it had finished, nothing is done twice";

/** Every code, in the README's order. */
export const ERROR_CODES: Record<ErrorCode, ErrorCodeDescription> = {
  BAD_USER_INPUT: {
    status: 400,
    atField: true,
    meaning:
      "the request is wrong: a malformed id or value, an unknown sort field, a variable of the wrong type (400), or a refusal with Medusa's message (an unknown promo code, completing a cart without items); `extensions.argument` names what, where it can. Nothing was changed",
    whatToDo: 'fix the request; do not send it again as it is',
  },
  NOT_FOUND: {
    atField: true,
    meaning: 'a record the request names does not exist (a record to link, a payment session); nothing was changed',
    whatToDo: 'fix the request',
  },
  NOT_ALLOWED: {
    atField: true,
    meaning:
      'the record is not in a state that allows it (changing a completed cart, deleting a registered customer); nothing was changed',
    whatToDo: 'do not send it again; read the record',
  },
  CONFLICT: {
    atField: true,
    meaning:
      'the cart is busy with another request, or with a run a crash left that is being finished (with `extensions.retryAfterMs`); or the request collides with what exists (an id already used for another record, a link that would break its cardinality)',
    whatToDo:
      'with `retryAfterMs`: wait that long and send it again, with the same `Idempotency-Key`; without: fix the request',
  },
  UNAUTHENTICATED: {
    status: 401,
    atField: true,
    meaning:
      "no identity for what was asked: a guest asking for a field only a customer or an admin may read (it is null, `extensions.field` names it), a registered customer's cart without that customer's token, or a bearer token refused (the whole request; the message says why)",
    whatToDo: 'sign in (as that customer, or as an admin user) and send the token',
  },
  FORBIDDEN: {
    status: 403,
    atField: true,
    meaning:
      "a signed-in customer asking for what is another customer's or admin users' only (`extensions.field` names a refused field)",
    whatToDo: "leave it out, or use the owner's or an admin user's token",
  },
  WORKFLOW_FAILED: {
    atField: true,
    meaning:
      'a storefront mutation failed at a step (`extensions.step`); every step done before it was undone (or, when the workflows process itself went away, is finished or undone by the next recovery)',
    whatToDo: RETRY_WITH_KEY,
  },
  CASCADE_FAILED: {
    atField: true,
    meaning: '`delete_links` or `restore_links` could not cascade to a module; what it did was undone',
    whatToDo: 'send it again later',
  },
  SUBGRAPH_UNAVAILABLE: {
    atField: true,
    meaning:
      'a module could not be reached (`extensions.serviceName`); the rest of the answer stands. In a storefront mutation, what the mutation did was undone',
    whatToDo: `read again later; a mutation: ${RETRY_WITH_KEY}`,
  },
  SUBGRAPH_TIMEOUT: {
    atField: true,
    meaning:
      'a module did not answer within `SUBGRAPH_TIMEOUT_MS`; the rest of the answer stands. In a storefront mutation, what the mutation did was undone',
    whatToDo: `read again later; a mutation: ${RETRY_WITH_KEY}`,
  },
  SUBGRAPH_ERROR: {
    atField: true,
    meaning: 'a module answered with no GraphQL answer (an HTTP error)',
    whatToDo: 'send it again later',
  },
  RATE_LIMITED: {
    status: 429,
    atField: false,
    meaning:
      'more requests than `GATEWAY_RATE_LIMIT` a second from this client; `Retry-After` and `extensions.retryAfterMs` say when it may send again',
    whatToDo: 'wait that long',
  },
  COST_ESTIMATED_TOO_EXPENSIVE: {
    status: 400,
    atField: false,
    meaning: "the operation's estimated cost is over `GATEWAY_MAX_COST` (`extensions.cost`); no module was asked",
    whatToDo: 'ask for smaller pages (`pagination.take`) or fewer nested lists',
  },
  TOO_MANY_ENTITIES: {
    atField: true,
    meaning: 'one fetch would ask a module for more than `GATEWAY_MAX_ENTITIES_PER_FETCH` records',
    whatToDo: 'ask for smaller pages',
  },
  RESPONSE_TOO_LARGE: {
    atField: true,
    meaning: "the modules' answers to the request add up to more than `GATEWAY_MAX_RESPONSE_BYTES`",
    whatToDo: 'ask for less (smaller pages, fewer fields)',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    atField: false,
    meaning: 'the request body is over 1 MiB',
    whatToDo: 'send a smaller request',
  },
  REQUEST_TIMEOUT: {
    status: 408,
    atField: false,
    meaning:
      'the request did not arrive within `HTTP_HEADERS_TIMEOUT_MS` (its headers) or `HTTP_REQUEST_TIMEOUT_MS` (all of it); the connection is closed',
    whatToDo: 'send it again on a new connection',
  },
  REQUEST_HEADER_FIELDS_TOO_LARGE: {
    status: 431,
    atField: false,
    meaning: 'the request line and headers are over 16 KiB',
    whatToDo: 'send smaller headers',
  },
  BAD_REQUEST: {
    status: 400,
    atField: false,
    meaning:
      'not a request this API takes: a body that is not JSON, a batch of operations, a persisted query of an unknown version, a document hash that is malformed or not the hash of the text sent with it',
    whatToDo: 'fix the request',
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: 400,
    atField: false,
    meaning: 'the document has several operations and `operationName` names none of them',
    whatToDo: 'name the operation to run',
  },
  GRAPHQL_PARSE_FAILED: {
    status: 400,
    atField: false,
    meaning: 'the query does not parse, or has more than `GATEWAY_MAX_TOKENS` tokens',
    whatToDo: 'fix the query',
    byApollo: true,
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    atField: false,
    meaning:
      'the query asks for what the schema does not have, or goes over `GATEWAY_MAX_DEPTH`, `GATEWAY_MAX_ALIASES` or `GATEWAY_MAX_DIRECTIVES`; introspection in production',
    whatToDo: 'fix the query',
    byApollo: true,
  },
  PERSISTED_QUERY_NOT_FOUND: {
    status: 200,
    atField: false,
    meaning:
      'a document sent by its hash (`documentId`, or `extensions.persistedQuery`) that no trusted documents manifest holds, nor (outside `enforce`) an automatic persisted query registered here',
    whatToDo:
      "deploy the manifest that has it (see Trusted documents); outside `enforce`, an automatic persisted query's client sends it again with the text (Apollo Client does)",
  },
  PERSISTED_QUERY_ID_REQUIRED: {
    status: 400,
    atField: false,
    meaning:
      "under `GATEWAY_TRUSTED_DOCUMENTS=enforce`, an operation sent as text (or registered as an automatic persisted query) rather than by a manifest document's hash",
    whatToDo: 'send the hash codegen wrote for the operation in its manifest, with no text',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    atField: true,
    meaning:
      'a failure of the product, not of the request (the log has the details); at a field, the rest of the answer stands',
    whatToDo: 'send it again later; report it if it stays',
  },
};

type Details = Record<string, unknown>;

/** Where in the answer an error belongs: the path of the field it nulls. */
interface At {
  path?: readonly (string | number)[];
}

function coded(code: ErrorCode, message: string, details: Details = {}, at: At = {}, status?: number): GraphQLError {
  // Apollo Server takes the answer's status from `extensions.http` and leaves it out of the answer.
  return new GraphQLError(message, {
    path: at.path,
    extensions: { code, ...details, ...(status !== undefined ? { http: { status } } : {}) },
  });
}

/** A request refused as it is (Apollo's code, with the same meaning). */
export function badUserInput(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.BadUserInput, message, details);
}

export function notFound(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.NotFound, message, details);
}

export function notAllowed(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.NotAllowed, message, details);
}

/** A busy record (give `retryAfterMs`), or a collision with what exists: a caller-chosen id that names another record, a link breaking its cardinality. */
export function conflict(message: string, details: Details & { retryAfterMs?: number } = {}): GraphQLError {
  return coded(ErrorCode.Conflict, message, details);
}

/**
 * A refusal for lack of identity. At a field it carries no HTTP status (the rest of the answer is
 * still data); `asRequestRefusal` makes it the refusal of a whole request (401).
 */
export function unauthenticated(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.Unauthenticated, message, details);
}

/** A refusal for lack of permission; `asRequestRefusal` makes it the refusal of a whole request (403). */
export function forbidden(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.Forbidden, message, details);
}

/** The same refusal as a whole-request error, with its code's status: HTTP 401 for UNAUTHENTICATED, 403 for FORBIDDEN. */
export function asRequestRefusal(error: GraphQLError): GraphQLError {
  const status =
    ERROR_CODES[error.extensions.code === ErrorCode.Unauthenticated ? ErrorCode.Unauthenticated : ErrorCode.Forbidden]
      .status;
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}

export function workflowFailed(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.WorkflowFailed, message, details);
}

export function cascadeFailed(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.CascadeFailed, message, details);
}

export function subgraphUnavailable(message: string, details: Details = {}, at: At = {}): GraphQLError {
  return coded(ErrorCode.SubgraphUnavailable, message, details, at);
}

export function subgraphTimeout(message: string, details: Details = {}, at: At = {}): GraphQLError {
  return coded(ErrorCode.SubgraphTimeout, message, details, at);
}

/** A part of the product that answered, but with no GraphQL answer. */
export function subgraphError(message: string, details: Details = {}): GraphQLError {
  return coded(ErrorCode.SubgraphError, message, details);
}

/**
 * An error another part of the product answered with its own code, passed on as it came, so a
 * refusal keeps its meaning across the hop.
 */
export function relayedError(code: string, message: string, details: Details = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

export function rateLimited(message: string, retryAfterMs: number): GraphQLError {
  return coded(ErrorCode.RateLimited, message, { retryAfterMs }, {}, ERROR_CODES.RATE_LIMITED.status);
}

export function costEstimatedTooExpensive(message: string, cost: { estimated: number; limit: number }): GraphQLError {
  return coded(
    ErrorCode.CostEstimatedTooExpensive,
    message,
    { cost },
    {},
    ERROR_CODES.COST_ESTIMATED_TOO_EXPENSIVE.status,
  );
}

export function tooManyEntities(message: string, details: Details = {}, at: At = {}): GraphQLError {
  return coded(ErrorCode.TooManyEntities, message, details, at);
}

export function responseTooLarge(message: string, details: Details = {}, at: At = {}): GraphQLError {
  return coded(ErrorCode.ResponseTooLarge, message, details, at);
}

export function payloadTooLarge(message: string): GraphQLError {
  return coded(ErrorCode.PayloadTooLarge, message, {}, {}, ERROR_CODES.PAYLOAD_TOO_LARGE.status);
}

export function requestTimeout(message: string): GraphQLError {
  return coded(ErrorCode.RequestTimeout, message, {}, {}, ERROR_CODES.REQUEST_TIMEOUT.status);
}

export function requestHeaderFieldsTooLarge(message: string): GraphQLError {
  return coded(
    ErrorCode.RequestHeaderFieldsTooLarge,
    message,
    {},
    {},
    ERROR_CODES.REQUEST_HEADER_FIELDS_TOO_LARGE.status,
  );
}

export function badRequest(message: string): GraphQLError {
  return coded(ErrorCode.BadRequest, message, {}, {}, ERROR_CODES.BAD_REQUEST.status);
}

export function operationResolutionFailure(message: string): GraphQLError {
  return coded(ErrorCode.OperationResolutionFailure, message, {}, {}, ERROR_CODES.OPERATION_RESOLUTION_FAILURE.status);
}

/** A document sent by a hash no manifest (nor, outside enforcement, Apollo's persisted query cache) holds: Apollo's own code, so its clients react as they do to it. */
export function persistedQueryNotFound(message: string): GraphQLError {
  return coded(ErrorCode.PersistedQueryNotFound, message, {}, {}, ERROR_CODES.PERSISTED_QUERY_NOT_FOUND.status);
}

/** An operation sent as text where only trusted documents run. */
export function persistedQueryIdRequired(message: string): GraphQLError {
  return coded(ErrorCode.PersistedQueryIdRequired, message, {}, {}, ERROR_CODES.PERSISTED_QUERY_ID_REQUIRED.status);
}

/** A failure of the product (Apollo Server codes those of a resolver itself); sent before GraphQL runs, it is a 500. */
export function internalServerError(message: string): GraphQLError {
  return coded(ErrorCode.InternalServerError, message);
}

/** The HTTP status an error asks for, when it refuses a whole request by itself (a code that also comes at a field asks for none). */
export function statusOf(error: GraphQLError): number | undefined {
  return (error.extensions.http as { status?: number } | undefined)?.status;
}

/** The error as a client sees it in `errors`: without its HTTP status, which is the answer's. */
export function formatted(error: GraphQLError): GraphQLFormattedError {
  const { http: _status, ...extensions } = error.extensions;
  return { ...error.toJSON(), extensions };
}
