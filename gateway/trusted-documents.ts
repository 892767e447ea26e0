import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { log, logError } from '../kit/log';

/**
 * The trusted documents manifests the gateway loads (GATEWAY_TRUSTED_DOCUMENTS_MANIFESTS): each
 * document by the SHA-256 of its text, as graphql-codegen's client preset writes them
 * (`persisted-documents.json`: `{ "sha256:<hex>": "<text>" }`, the GraphQL over HTTP persisted
 * documents form) or as Apollo's persisted query manifest lists them (`{ "format":
 * "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`). Every hash is checked
 * against its text when loaded, so a hash the gateway holds is always its text's: a request cannot
 * pair a known hash with another text. A manifest is operator input, yet bounded like any other.
 */

/** One manifest file at most (the example's is about 5 KB; a large storefront's a few hundred KB). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
/** Documents in all manifests together. */
export const MAX_TRUSTED_DOCUMENTS = 10_000;
/** One document's text at most: the gateway takes no larger request body. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
/** `.json` files read from one directory at most. */
export const MAX_MANIFEST_FILES = 1_000;
/** The storefront example's manifest (`npm run examples:codegen`), from the repository's root. */
export const STOREFRONT_EXAMPLE_MANIFEST = 'examples/storefront/gql/persisted-documents.json';
/** How often the manifests' files are looked at for a change, by default. */
export const DEFAULT_RELOAD_INTERVAL_MS = 2_000;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const PREFIXED_SHA256 = /^sha256:([0-9a-f]{64})$/;

/** A text's SHA-256, in lower-case hex: the hash Apollo's persisted queries and the client preset use. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hex hash of a document id in the GraphQL over HTTP form (`sha256:<hex>`), or undefined when malformed. */
export function hashOfDocumentId(documentId: string): string | undefined {
  return PREFIXED_SHA256.exec(documentId)?.[1];
}

/** The hex hash of an Apollo persisted query's `sha256Hash`, or undefined when malformed. */
export function hashOfApolloHash(sha256Hash: unknown): string | undefined {
  return typeof sha256Hash === 'string' && SHA256_HEX.test(sha256Hash) ? sha256Hash : undefined;
}

export interface TrustedDocuments {
  /** The text of the document with this SHA-256 (lower-case hex), when a manifest holds it. */
  get(hash: string): string | undefined;
  /** Documents held now. */
  readonly size: number;
  /** Stops looking for changes. */
  stop(): void;
}

/** Every `.json` file a path names: the file itself, or those directly in the directory. */
function manifestFiles(path: string): string[] {
  const stats = statSync(path);
  if (!stats.isDirectory()) return [path];
  const names = readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (names.length > MAX_MANIFEST_FILES)
    throw new Error(`${path} has ${names.length} .json files, more than ${MAX_MANIFEST_FILES}`);
  return names.map((name) => join(path, name));
}

/** The hash and text of each document of one manifest's JSON. */
function documentsOf(json: unknown): [string, string][] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('a manifest is a JSON object');
  const record = json as Record<string, unknown>;
  if (record.format === 'apollo-persisted-query-manifest') {
    if (record.version !== 1) throw new Error('only version 1 of the Apollo persisted query manifest is read');
    if (!Array.isArray(record.operations)) throw new Error('an Apollo manifest lists its `operations`');
    return record.operations.map((operation: unknown, index) => {
      const { id, body } = (operation ?? {}) as Record<string, unknown>;
      if (typeof id !== 'string' || typeof body !== 'string')
        throw new Error(`operation ${index} has no string \`id\` and \`body\``);
      const hash = hashOfApolloHash(id);
      if (!hash) throw new Error(`operation ${index}'s id is not a SHA-256 in lower-case hex`);
      return [hash, body];
    });
  }
  return Object.entries(record).map(([id, text]) => {
    const hash = hashOfDocumentId(id) ?? hashOfApolloHash(id);
    if (!hash) throw new Error(`"${id.slice(0, 80)}" is not a document hash (sha256:<64 lower-case hex digits>)`);
    if (typeof text !== 'string') throw new Error(`the document of ${id} is not a string`);
    return [hash, text];
  });
}

/**
 * Reads every manifest the paths name into one map by hash; throws naming the file and the
 * problem (a document whose hash is not its text's, one too large, too many, bad JSON).
 */
export function readManifests(paths: readonly string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const path of paths) {
    let files: string[];
    try {
      files = manifestFiles(resolve(path));
    } catch (error) {
      throw new Error(`Trusted documents manifest ${path}: ${(error as Error).message}`, { cause: error });
    }
    for (const file of files) {
      try {
        const stats = statSync(file);
        // A pipe or a device (a link to /dev/zero) would block the gateway or read without end.
        if (!stats.isFile()) throw new Error('it is not a regular file');
        if (stats.size > MAX_MANIFEST_BYTES)
          throw new Error(`it has ${stats.size} bytes, more than ${MAX_MANIFEST_BYTES}`);
        for (const [hash, text] of documentsOf(JSON.parse(readFileSync(file, 'utf8')))) {
          if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES)
            throw new Error(`the document ${hash} is larger than ${MAX_DOCUMENT_BYTES} bytes`);
          // A hash that is not its text's would let a request name one operation and run another.
          if (sha256Hex(text) !== hash) throw new Error(`${hash} is not the SHA-256 of its document`);
          documents.set(hash, text);
          if (documents.size > MAX_TRUSTED_DOCUMENTS)
            throw new Error(`the manifests hold more than ${MAX_TRUSTED_DOCUMENTS} documents`);
        }
      } catch (error) {
        throw new Error(`Trusted documents manifest ${file}: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  // Manifests that hold nothing would refuse every operation under enforce: an emptied file or a
  // folder mounted empty is a mistake to stop at, not a policy.
  if (paths.length > 0 && documents.size === 0)
    throw new Error(`Trusted documents manifests ${paths.join(', ')}: they hold no document`);
  return documents;
}

/** What the files look like now (names, sizes, modification times): a change means reading them again. */
function signature(paths: readonly string[]): string {
  const parts: string[] = [];
  for (const path of paths) {
    try {
      for (const file of manifestFiles(resolve(path))) {
        const stats: Stats = statSync(file);
        parts.push(`${file}:${stats.size}:${stats.mtimeMs}`);
      }
    } catch (error) {
      parts.push(`${path}:${(error as Error).message}`);
    }
  }
  return parts.join('\n');
}

/**
 * Loads the manifests (a bad one stops the start: the gateway would otherwise refuse operations
 * its operator meant to allow) and reads them again when their files change, polling their
 * modification times (fs.watch misses changes on some file systems and volume mounts). A changed
 * manifest that does not read keeps the documents held before, with an error in the log.
 */
export function loadTrustedDocuments(
  paths: readonly string[],
  reloadIntervalMs = DEFAULT_RELOAD_INTERVAL_MS,
): TrustedDocuments {
  let seen = signature(paths);
  let documents = readManifests(paths);
  if (paths.length > 0) log('gateway', 'trusted documents loaded', { trusted_documents: documents.size });
  const timer =
    paths.length === 0
      ? undefined
      : setInterval(() => {
          const now = signature(paths);
          if (now === seen) return;
          seen = now;
          try {
            documents = readManifests(paths);
            log('gateway', 'trusted documents reloaded', { trusted_documents: documents.size });
          } catch (error) {
            logError('gateway', 'trusted documents not reloaded: the documents held before stay', {
              error: (error as Error).message,
            });
          }
        }, reloadIntervalMs);
  timer?.unref();
  return {
    get: (hash) => documents.get(hash),
    get size() {
      return documents.size;
    },
    stop: () => clearInterval(timer),
  };
}
