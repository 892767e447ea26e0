import { readFileSync } from 'node:fs';
import { buildSchema, isScalarType, Kind, parse, specifiedScalarTypes, type GraphQLScalarType } from 'graphql';
import storefrontCodegen from '../examples/storefront/codegen';
import { sumBigNumbers, toBigNumberInput, toDecimal } from '../client/big-number';
import { projectPath } from '../kit/paths';
import { scalarResolvers } from '../kit/scalars';
import { subgraphModules } from '../subgraphs';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * The custom scalars for client developers: each says where its wire format is written
 * (`@specifiedBy`, a page the gateway serves), the README gives the codegen mapping the storefront
 * example uses, and client/big-number.ts reads amounts without a float.
 */
const readme = readFileSync(projectPath('README.md'), 'utf8');
const apiSchema = buildSchema(readFileSync(projectPath('gateway/api-schema.graphql'), 'utf8'));
const builtIn = new Set(specifiedScalarTypes.map((type) => type.name));
const customScalars = Object.values(apiSchema.getTypeMap()).filter(
  (type): type is GraphQLScalarType => isScalarType(type) && !builtIn.has(type.name),
);

/** The `scalars` mapping of the README's codegen section, as its ts example writes it. */
function readmeScalarMapping(): unknown {
  const block = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => /^\s*scalars: \{/m.test(code));
  const literal = /^(\s*)scalars: (\{[\s\S]*?\n\1\})/m.exec(block ?? '')?.[2];
  if (!literal) throw new Error("The README's codegen section has no ts example with a `scalars: { … }` mapping");
  // The README's text is the repository's own: read as the object literal it is.
  return new Function(`return (${literal});`)();
}

describe('the scalars', () => {
  it('are BigNumber, DateTime and JSON, each implemented by kit/scalars.ts', () => {
    expect(customScalars.map((type) => type.name).sort()).toEqual(Object.keys(scalarResolvers).sort());
  });

  it("each subgraph declares each with kit/scalars.ts's @specifiedBy URL, which the API schema keeps", () => {
    for (const module of subgraphModules) {
      const document = parse(readFileSync(projectPath(module.schemaFile), 'utf8'));
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.SCALAR_TYPE_DEFINITION) continue;
        const url = definition.directives?.find((directive) => directive.name.value === 'specifiedBy')?.arguments?.[0]
          ?.value;
        const declared = scalarResolvers[definition.name.value as keyof typeof scalarResolvers];
        expect([module.name, definition.name.value, url?.kind === Kind.STRING ? url.value : url]).toEqual([
          module.name,
          definition.name.value,
          declared.specifiedByURL,
        ]);
      }
    }
    for (const type of customScalars)
      expect([type.name, type.specifiedByURL]).toEqual([type.name, `/scalars#${type.name}`]);
  });

  it("gateway/scalars.md has a section for each, and the README's mapping names each, as the storefront example's codegen does", () => {
    const page = readFileSync(projectPath('gateway/scalars.md'), 'utf8');
    const sections = [...page.matchAll(/^## (\S+)$/gm)].map((match) => match[1]);
    expect(sections.sort()).toEqual(customScalars.map((type) => type.name).sort());

    const mapping = readmeScalarMapping();
    expect(Object.keys(mapping as object).sort()).toEqual(customScalars.map((type) => type.name).sort());
    const example = storefrontCodegen.generates['examples/storefront/gql/'] as { config?: { scalars?: unknown } };
    expect(example.config?.scalars).toEqual(mapping);
    expect(mapping).toMatchObject({ BigNumber: { input: 'string | number', output: 'string' }, DateTime: 'string' });
  });
});

describe('client/big-number.ts', () => {
  it('reads BigNumber strings into decimals without float loss', () => {
    expect(toDecimal('0.1').plus(toDecimal('0.2')).toString()).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3);
    const largest = '9999999999999999999999999999.99999999999999999999';
    expect(toDecimal(largest).toString()).toBe(largest);
    expect(sumBigNumbers([largest, '0.00000000000000000001']).toString()).toBe('10000000000000000000000000000');
    expect(sumBigNumbers(['19.99', '19.99', '19.99']).toString()).toBe('59.97');
    expect(toBigNumberInput(toDecimal('1').dividedBy(8))).toBe('0.125');
    expect(toBigNumberInput(toDecimal('0.00000000000000000001').times(3))).toBe('0.00000000000000000003');
  });

  it.each(['', '1e3', '+1', '1.', '.5', 'NaN', ' 1', '1'.repeat(101)])(
    'refuses %j, which the gateway never writes',
    (text) => {
      expect(() => toDecimal(text)).toThrow(TypeError);
    },
  );
});

describe('through the gateway', () => {
  let supergraph: TestSupergraph;
  beforeAll(async () => {
    // As GRAPHQL_INTROSPECTION=true sets it (for Apollo Studio's Explorer, codegen from the endpoint).
    supergraph = await startTestSupergraph(false, { gateway: { introspection: true } });
  });
  afterAll(() => supergraph?.stop());

  it("introspection shows each scalar's specifiedByURL, and that URL, read from the gateway, is its section of the page", async () => {
    const response = await supergraph.query<{ __schema: { types: { name: string; specifiedByURL: string | null }[] } }>(
      '{ __schema { types { name specifiedByURL } } }',
    );
    expect(response.errors).toBeUndefined();
    const urls = Object.fromEntries(
      response
        .data!.__schema.types.filter((type) => customScalars.some((scalar) => scalar.name === type.name))
        .map((type) => [type.name, type.specifiedByURL]),
    );
    expect(urls).toEqual({ BigNumber: '/scalars#BigNumber', DateTime: '/scalars#DateTime', JSON: '/scalars#JSON' });

    for (const [name, url] of Object.entries(urls)) {
      const location = new URL(url!, supergraph.gatewayUrl);
      const page = await fetch(location);
      expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      const html = await page.text();
      const section = new RegExp(
        `<section id="${location.hash.slice(1)}"><pre>## ${name}\\n[\\s\\S]*?</pre></section>`,
      ).exec(html);
      expect(section?.[0]).toContain('**Output**');
    }
    expect(await (await fetch(new URL('/scalars#BigNumber', supergraph.gatewayUrl))).text()).toContain(
      'a JSON string of decimal digits',
    );
  });

  it('answers only GET and HEAD there, and escapes the text', async () => {
    const url = new URL('/scalars', supergraph.gatewayUrl);
    const post = await fetch(url, { method: 'POST', body: '{}' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    const head = await fetch(url, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    const html = await (await fetch(url)).text();
    expect(html).toContain('`Date.prototype.toISOString()`');
    expect(html).not.toMatch(/<(?!\/?(section|pre|html|head|meta|title|body)\b|!doctype)/);
  });
});
