import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { composeSupergraph, readSupergraphConfig } from '../gateway/compose';
import { projectPath } from '../kit/paths';
import { subgraphModules } from '../subgraphs';

describe('composition from supergraph.yaml', () => {
  it('routes each subgraph of the registry to its port on this machine, with its schema file', () => {
    const config = readSupergraphConfig(projectPath('supergraph.yaml'));
    expect(
      config.map((subgraph) => ({
        name: subgraph.name,
        url: subgraph.routingUrl,
        file: relative(projectPath(), subgraph.schemaFile),
      })),
    ).toEqual(
      subgraphModules.map((module) => ({
        name: module.name,
        url: `http://localhost:${module.port}/graphql`,
        file: module.schemaFile,
      })),
    );
  });

  // That the committed supergraph.graphql is this composition is `npm run compose:check`'s to say.
  it('composes with the links on both sides', () => {
    const { supergraphSdl } = composeSupergraph(projectPath('supergraph.yaml'));

    const apiFields = (type: string) => {
      const found = buildSchema(supergraphSdl, { assumeValidSDL: true }).getType(type);
      return isObjectType(found) ? Object.keys(found.getFields()) : [];
    };
    expect(apiFields('Cart')).toEqual(
      expect.arrayContaining([
        'customer',
        'region',
        'sales_channel',
        'items',
        'order',
        'payment_collection',
        'promotions',
      ]),
    );
    expect(apiFields('Order')).toContain('cart');
    expect(apiFields('PaymentCollection')).toContain('cart');
    expect(apiFields('Promotion')).toContain('carts');
    expect(apiFields('LineItem')).toEqual(expect.arrayContaining(['product', 'variant', 'adjustments']));
  });

  it('says in the README the ports the registry declares', () => {
    const readme = readFileSync(projectPath('README.md'), 'utf8');
    const ports = subgraphModules.map((module) => module.port);
    const ranges = [...readme.matchAll(/\b4\d{3}–4\d{3}\b/g)].map(([range]) => range);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.filter((range) => range !== `${Math.min(...ports)}–${Math.max(...ports)}`)).toEqual([]);
    expect(readme).toContain(
      `(\`subgraphs/workflows/\`, port ${subgraphModules.find((module) => module.name === 'workflows')?.port})`,
    );
  });

  it('reports a composition error clearly, naming what conflicts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-'));
    writeFileSync(
      join(dir, 'a.graphql'),
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Query { total: Int }',
    );
    writeFileSync(
      join(dir, 'b.graphql'),
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Query { total: String }',
    );
    writeFileSync(
      join(dir, 'supergraph.yaml'),
      'federation_version: =2.14.4\nsubgraphs:\n  a:\n    routing_url: http://localhost:1/graphql\n    schema:\n      file: ./a.graphql\n  b:\n    routing_url: http://localhost:2/graphql\n    schema:\n      file: ./b.graphql\n',
    );
    expect(() => composeSupergraph(join(dir, 'supergraph.yaml'))).toThrow(
      /Composition failed with \d+ error\(s\):[\s\S]*Query\.total/,
    );
  });

  it('rejects a config without routing_url, naming the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-'));
    writeFileSync(join(dir, 'supergraph.yaml'), 'subgraphs:\n  cart:\n    schema:\n      file: ./cart.graphql\n');
    expect(() => readSupergraphConfig(join(dir, 'supergraph.yaml'))).toThrow(
      'subgraphs.cart.routing_url must be a URL',
    );
  });
});
