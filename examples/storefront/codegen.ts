import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the storefront example (`npm run examples:codegen`): the client preset reads
 * the gateway's client-facing schema (gateway/api-schema.graphql, `npm run schema`) and every
 * `graphql(...)` document in the example, and writes `gql/`, whose `graphql()` returns a
 * TypedDocumentNode per operation. Paths are from the repository root, where npm runs scripts.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'gateway/api-schema.graphql',
  documents: ['examples/storefront/**/*.ts', '!examples/storefront/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'examples/storefront/gql/': {
      preset: 'client',
      presetConfig: {
        // The example selects fields inline, without fragments to unmask.
        fragmentMasking: false,
        // Trusted documents: `gql/persisted-documents.json` maps each operation's hash
        // (`sha256:<hex>` of its text) to the text, the manifest the gateway loads; the generated
        // documents carry only their hash, so the storefront sends hashes and no text.
        persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
      },
      config: {
        // Money is an exact decimal string; the gateway also accepts a number as input.
        scalars: {
          BigNumber: { input: 'string | number', output: 'string' },
          DateTime: 'string',
          JSON: 'unknown',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        // Only the input, enum and scalar types the operations use, not all of the schema's types.
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
