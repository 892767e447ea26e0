import { apiSchema, printApiSchema } from './api-schema';
import { apolloCacheModule } from './apollo-cache';
import { publicSurfaceOf } from './public-surface';

/**
 * The files derived from the composed supergraph for its users, each with its text: written by
 * `npm run compose` and `npm run schema`, compared by their `--check`.
 */
export function derivedFiles(supergraphSdl: string): { file: string; text: string }[] {
  return [
    { file: 'gateway/api-schema.graphql', text: printApiSchema(supergraphSdl) },
    { file: 'gateway/public-surface.txt', text: publicSurfaceOf(supergraphSdl, apiSchema(supergraphSdl)) },
    { file: 'client/generated/apollo-cache.ts', text: apolloCacheModule(supergraphSdl) },
  ];
}
