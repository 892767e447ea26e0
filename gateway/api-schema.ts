import { Supergraph } from '@apollo/federation-internals';
import { printSchema, type GraphQLSchema } from 'graphql';
import { readSupergraphSdl } from './server';
import { SUPPORTED_FEATURES } from './access-policy';

/**
 * The client-facing schema of the supergraph: what a storefront, the Explorer and codegen see —
 * no federation internals (`join__*`, `_entities`), no `@inaccessible` fields.
 */
export function apiSchema(supergraphSdl: string = readSupergraphSdl()): GraphQLSchema {
  return Supergraph.build(supergraphSdl, { supportedFeatures: new Set(SUPPORTED_FEATURES) })
    .apiSchema()
    .toGraphQLJSSchema();
}

export function printApiSchema(supergraphSdl?: string): string {
  return `${printSchema(apiSchema(supergraphSdl))}\n`;
}
