import { APOLLO_STUDIO_ORIGIN } from '../gateway/plugins/cors';
import { serveGateway } from '../gateway/serve';
import { buildGateway } from '../gateway/server';
import type { RunningServer } from '../kit/http';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * For the Explorer: Apollo Sandbox as the landing page and introspection in development; in
 * production neither, and CORS only for Apollo Studio and the configured storefront origins.
 * CSRF prevention stays on in both. In development a request can ask for its query plan.
 */
let supergraph: TestSupergraph;
let production: RunningServer;
const STOREFRONT = 'https://shop.example.com';

beforeAll(async () => {
  supergraph = await startTestSupergraph(2, { gateway: { development: true } });
  // A production gateway in front of the same subgraphs.
  const gateway = buildGateway({
    subgraphUrls: Object.fromEntries(supergraph.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
    subgraphSecret: supergraph.subgraphSecret,
    auth: { jwtSecret: supergraph.jwtSecret },
    development: false,
    corsOrigins: [STOREFRONT],
  });
  production = await serveGateway(gateway, 0);
});
afterAll(async () => {
  await production?.close();
  await supergraph?.stop();
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

describe('development', () => {
  it('serves Apollo Sandbox as the landing page', async () => {
    const response = await fetch(supergraph.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('Apollo Sandbox');
  });

  it('answers introspection with the client-facing schema (no federation internals)', async () => {
    const response = await post(supergraph.gatewayUrl, { query: INTROSPECTION });
    const body = (await response.json()) as {
      data: { __schema: { queryType: { name: string }; types: { name: string }[] } };
    };
    expect(body.data.__schema.queryType.name).toBe('Query');
    const names = body.data.__schema.types.map((type) => type.name);
    expect(names).toEqual(expect.arrayContaining(['Cart', 'Order', 'Promotion', 'LinkInput']));
    expect(names.filter((name) => name.startsWith('join__') || name === '_Entity' || name === '_Any')).toEqual([]);
  });

  it('returns the query plan when asked, showing how a query fans out', async () => {
    const response = await post(
      supergraph.gatewayUrl,
      { query: '{ carts { data { id region { name } promotions { code } } } }' },
      { authorization: `Bearer ${supergraph.adminToken}`, 'apollo-query-plan-experimental': '1' },
    );
    const body = (await response.json()) as { extensions?: { __queryPlanExperimental?: string } };
    const plan = body.extensions?.__queryPlanExperimental ?? '';
    expect(plan).toContain('QueryPlan {');
    for (const service of ['cart', 'region', 'link', 'promotion'])
      expect(plan).toContain(`Fetch(service: "${service}")`);
  });

  it('lets any browser origin in', async () => {
    const preflight = await fetch(supergraph.gatewayUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});

describe('production', () => {
  it('serves no Sandbox', async () => {
    const response = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('embeddable-sandbox');
  });

  it('refuses introspection with a coded error, but answers queries', async () => {
    const refused = (await (await post(production.url, { query: INTROSPECTION })).json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(refused.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.errors[0].message).toMatch(/introspection is not allowed/i);
    const regions = (await (await post(production.url, { query: '{ regions { data { name } } }' })).json()) as {
      data: { regions: { data: { name: string }[] } };
    };
    expect(regions.data.regions.data.length).toBeGreaterThan(0);
  });

  it('gives no query plan even when asked', async () => {
    const response = await post(
      production.url,
      { query: '{ regions { data { id } } }' },
      { 'apollo-query-plan-experimental': '1' },
    );
    const body = (await response.json()) as { extensions?: unknown };
    expect(body.extensions).toBeUndefined();
  });

  it.each([
    ['Apollo Studio / Sandbox', APOLLO_STUDIO_ORIGIN],
    ['a configured storefront', STOREFRONT],
  ])('allows a CORS preflight from %s', async (_name, origin) => {
    const preflight = await fetch(production.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const actual = await post(production.url, { query: '{ __typename }' }, { origin });
    expect(actual.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('refuses a CORS preflight from an unknown origin, and gives its requests no CORS headers', async () => {
    const preflight = await fetch(production.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const actual = await post(production.url, { query: '{ __typename }' }, { origin: 'https://evil.example.net' });
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CSRF prevention (both modes)', () => {
  it.each([
    ['development', () => supergraph.gatewayUrl],
    ['production', () => production.url],
  ])('%s: a GET without a preflight-forcing header is refused; with one it is answered', async (_mode, url) => {
    const query = `${url()}?query=${encodeURIComponent('{ __typename }')}`;
    const refused = await fetch(query);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_REQUEST',
    );
    const answered = await fetch(query, { headers: { 'apollo-require-preflight': 'true' } });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
