import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { roleOf } from '../../kit/access';
import { badRequest, persistedQueryIdRequired, persistedQueryNotFound } from '../../kit/errors';
import { log } from '../../kit/log';
import type { GatewayContext } from '../context';
import { hashOfApolloHash, hashOfDocumentId, sha256Hex, type TrustedDocuments } from '../trusted-documents';

export type TrustedDocumentsMode = 'off' | 'log' | 'enforce';

export interface TrustedDocumentsSettings {
  /** GATEWAY_TRUSTED_DOCUMENTS. */
  mode: TrustedDocumentsMode;
  /** Under enforce, a text equal to a manifest's document runs (GATEWAY_TRUSTED_DOCUMENTS_ALLOW_KNOWN_TEXT). */
  allowKnownText: boolean;
  /** Under enforce, an admin user's token runs any operation (GATEWAY_TRUSTED_DOCUMENTS_ALLOW_ADMIN). */
  allowAdmin: boolean;
}

/**
 * What a refused request runs up to the point where its refusal is answered: Apollo Server answers
 * an error thrown as a request starts with a 500, and the first hook whose error it answers as
 * thrown (with its code and status) comes after parsing and validation. A refused text is thus
 * never parsed nor validated (no schema hints in validation errors) and never registered as an
 * automatic persisted query.
 */
const REFUSED_STAND_IN = 'query TrustedDocumentRefused { __typename }';

/** Longest operation name a log line repeats (it is the client's). */
const LOGGED_NAME_LENGTH = 100;

/** The document id the request names: `documentId` in a POST body or a GET's query string. */
function documentIdOf(request: GraphQLRequest): unknown {
  const http = request.http;
  if (!http) return undefined;
  if (http.method === 'GET') return new URLSearchParams(http.search).get('documentId') ?? undefined;
  const body = http.body as Record<string, unknown> | null | undefined;
  return body !== null && typeof body === 'object' ? body.documentId : undefined;
}

/**
 * Trusted documents (gateway/trusted-documents.ts): an operation sent by the hash of a manifest's
 * document (`documentId: "sha256:<hex>"`, or Apollo's `extensions.persistedQuery.sha256Hash`) runs
 * that document, in every mode; an unknown hash gets PERSISTED_QUERY_NOT_FOUND. Under `enforce`
 * nothing else runs: a text (an automatic persisted query's registration too) gets
 * PERSISTED_QUERY_ID_REQUIRED, unless the settings let a known text or an admin's operation
 * through; the product's own calls (the workflows', with the subgraph secret) always run. Under
 * `log` everything runs, and each operation that is not a manifest's gets a log line
 * `untrusted operation` (with `operation_name`, `document_hash`, `role`) to alert on.
 */
export function trustedDocumentsPlugin(
  documents: TrustedDocuments,
  settings: TrustedDocumentsSettings,
): ApolloServerPlugin<GatewayContext> {
  return {
    async serverWillStart() {
      return { serverWillStop: async () => documents.stop() };
    },
    // No await before the request is rewritten: Apollo reads `query` and `extensions` once every
    // plugin's requestDidStart has returned.
    async requestDidStart({ request, contextValue }) {
      const refuse = (error: GraphQLError) => {
        request.query = REFUSED_STAND_IN;
        request.operationName = undefined;
        request.variables = undefined;
        delete request.extensions?.persistedQuery;
        return {
          async didResolveOperation() {
            throw error;
          },
        };
      };
      const report = (outcome: 'logged' | 'refused', hash: string, sentAs: 'text' | 'hash') =>
        log('gateway', 'untrusted operation', {
          request_id: contextValue.requestId,
          trusted_documents: settings.mode,
          outcome,
          sent_as: sentAs,
          operation_name: request.operationName?.slice(0, LOGGED_NAME_LENGTH) ?? null,
          document_hash: hash,
          role: roleOf(contextValue.actor),
        });

      const documentId = documentIdOf(request) ?? undefined; // `null` is no id, as in JSON's other fields
      const persistedQuery = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      let hash: string | undefined;
      if (documentId !== undefined) {
        hash = typeof documentId === 'string' ? hashOfDocumentId(documentId) : undefined;
        if (!hash) return refuse(badRequest('documentId must be "sha256:" followed by 64 lower-case hex digits'));
      }
      if (persistedQuery !== undefined && persistedQuery !== null) {
        const apolloHash = hashOfApolloHash(typeof persistedQuery === 'object' ? persistedQuery.sha256Hash : undefined);
        if (!apolloHash)
          return refuse(badRequest('extensions.persistedQuery.sha256Hash must be 64 lower-case hex digits'));
        if (hash !== undefined && hash !== apolloHash)
          return refuse(badRequest('documentId and extensions.persistedQuery name two different documents'));
        hash = apolloHash;
      }
      const text = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;
      // A text alone needs no hash where nothing is checked or logged: the product's own calls, `off`.
      if (hash === undefined && (contextValue.internal || settings.mode === 'off')) return;
      const textHash = text === undefined ? undefined : sha256Hex(text);

      if (hash !== undefined) {
        // A hash with a text is one claim about it: a text that is not its hash's is refused, in
        // every mode, so no one can send a trusted hash to carry another operation.
        if (textHash !== undefined && textHash !== hash)
          return refuse(badRequest('The document hash is not the SHA-256 of the query text sent with it'));
        const trusted = documents.get(hash);
        if (trusted !== undefined) {
          request.query = trusted;
          // Answered from the manifest: nothing for Apollo's automatic persisted queries to look up or store.
          delete request.extensions?.persistedQuery;
          return;
        }
        if (text === undefined && (settings.mode === 'enforce' || documentId !== undefined))
          return refuse(
            persistedQueryNotFound(
              `No trusted document has the hash ${hash}: deploy the manifest that has it (GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS)`,
            ),
          );
        // Outside enforce, a hash alone is Apollo's automatic persisted query to look up.
        if (text === undefined) {
          if (settings.mode === 'log') report('logged', hash, 'hash');
          return;
        }
      }
      if (textHash === undefined) return; // no text and no hash: Apollo refuses it as it is
      // The workflows' own reads (their documents are the product's, not a client's).
      if (contextValue.internal) return;
      const known = documents.get(textHash) !== undefined;
      if (settings.mode === 'enforce') {
        // An automatic persisted query sent with its text would register it: never here.
        delete request.extensions?.persistedQuery;
        if (known && settings.allowKnownText) return;
        if (settings.allowAdmin && roleOf(contextValue.actor) === 'admin') return;
        report('refused', textHash, 'text');
        return refuse(
          persistedQueryIdRequired(
            known
              ? 'Only operations sent by their hash run here: send this document as { "documentId": "sha256:…" }, without its text'
              : 'Only trusted documents run here, sent by their hash: this operation is in no manifest',
          ),
        );
      }
      if (settings.mode === 'log' && !known) report('logged', textHash, 'text');
    },
  };
}
