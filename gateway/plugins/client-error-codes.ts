import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { badRequest, ErrorCode, formatted, statusOf } from '../../kit/errors';

/**
 * Apollo refuses some requests itself without a code (an unsupported or mismatched persisted query,
 * HTTP 400), and its formatter then labels them INTERNAL_SERVER_ERROR: they are the client's, BAD_REQUEST.
 */
export function codeClientErrors(answered: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const status = error instanceof GraphQLError ? statusOf(error) : undefined;
  if (
    answered.extensions?.code !== ErrorCode.InternalServerError ||
    status === undefined ||
    status < 400 ||
    status >= 500
  )
    return answered;
  return { ...answered, extensions: { ...answered.extensions, ...formatted(badRequest(answered.message)).extensions } };
}
