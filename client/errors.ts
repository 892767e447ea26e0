/**
 * Codes a caller can switch on. The client's own codes are raised before any request is sent;
 * a gateway error keeps the gateway's code (BAD_USER_INPUT, NOT_FOUND, CONFLICT, UNAUTHENTICATED, …).
 */
export const ClientErrorCode = {
  /** `entity` names no query of the supergraph. */
  UnknownEntity: 'UNKNOWN_ENTITY',
  /** A field path names a field the type does not have. */
  UnknownField: 'UNKNOWN_FIELD',
  /** A field path goes on past a scalar (`"email.domain"`). */
  NotARelation: 'NOT_A_RELATION',
  /** A field path that cannot be written as GraphQL: empty segment, `*` in the middle, a field needing arguments. */
  BadFieldPath: 'BAD_FIELD_PATH',
  /** A filter key or operator the entity's filters do not have, or a value of the wrong shape. */
  BadFilter: 'BAD_FILTER',
  /** A pagination key or sort order that cannot be sent. */
  BadPagination: 'BAD_PAGINATION',
  /** A link definition naming a module or key the link API does not have. */
  BadLink: 'BAD_LINK',
  /** The gateway could not be reached, or did not answer with GraphQL. */
  BadResponse: 'BAD_RESPONSE',
} as const;

export interface GatewayError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class MedusaClientError extends Error {
  override name = 'MedusaClientError';

  constructor(
    /** A ClientErrorCode, or the gateway's `extensions.code`. */
    readonly code: string,
    message: string,
    readonly details: {
      /** The field path, filter key or link key at fault. */
      path?: string;
      /** The HTTP status, when the gateway answered. */
      status?: number;
      /** Every error the gateway returned. */
      errors?: GatewayError[];
    } = {},
  ) {
    super(message);
  }
}
