import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import YAML from 'yaml';
import { expandTypeAccess } from '../kit/access';

/** One subgraph of `supergraph.yaml` (Rover's format). */
export interface SubgraphConfig {
  name: string;
  routingUrl: string;
  schemaFile: string;
}

/** Reads a Rover supergraph config; a wrong shape is an error naming the bad key. */
export function readSupergraphConfig(configPath: string): SubgraphConfig[] {
  const document: unknown = YAML.parse(readFileSync(configPath, 'utf8'));
  const subgraphs = isRecord(document) ? document.subgraphs : undefined;
  if (!isRecord(subgraphs)) throw new Error(`${configPath}: expected a "subgraphs" map`);
  return Object.entries(subgraphs).map(([name, entry]) => {
    const routingUrl = isRecord(entry) ? entry.routing_url : undefined;
    const schema = isRecord(entry) ? entry.schema : undefined;
    const file = isRecord(schema) ? schema.file : undefined;
    if (typeof routingUrl !== 'string') throw new Error(`${configPath}: subgraphs.${name}.routing_url must be a URL`);
    if (typeof file !== 'string') throw new Error(`${configPath}: subgraphs.${name}.schema.file must be a path`);
    return { name, routingUrl, schemaFile: resolve(dirname(configPath), file) };
  });
}

export interface Composition {
  supergraphSdl: string;
  hints: string[];
}

/** Composes the subgraph schemas named by the config, as `rover supergraph compose` does. */
export function composeSupergraph(configPath: string): Composition {
  return composeSubgraphs(readSupergraphConfig(configPath));
}

/** Composes these subgraphs' schemas (all of them, or a test's chosen few). */
export function composeSubgraphs(subgraphs: readonly SubgraphConfig[]): Composition {
  const services = subgraphs.map((subgraph) => ({
    name: subgraph.name,
    url: subgraph.routingUrl,
    // As each subgraph serves it (kit/subgraph.ts): type-level access declarations copied onto their fields.
    typeDefs: expandTypeAccess(parse(readFileSync(subgraph.schemaFile, 'utf8'))),
  }));
  const result = composeServices(services);
  if (result.errors) {
    const details = result.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new Error(`Composition failed with ${result.errors.length} error(s):\n${details}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    hints: result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
