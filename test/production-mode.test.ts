import { randomBytes } from 'node:crypto';
import { serveGateway } from '../gateway/serve';
import { buildGateway } from '../gateway/server';
import { gatewayOptions } from '../gateway/settings';
import type { RunningServer } from '../kit/http';
import { isDevelopment } from '../kit/mode';
import { secretProblem } from '../kit/secret';
import { configFrom } from './support/config';
import { createTestTarget } from './support/database';
import { runScript, startScript, type Started } from './support/processes';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph';

/**
 * Development features (the token issuer, Apollo Sandbox, introspection, query plans, CORS for
 * local pages, stack traces in errors) only when NODE_ENV is unset or exactly `development`; any
 * other value is production. In production the gateway, a subgraph and `npm start` refuse to
 * start without strong secrets, naming the variable and what it needs.
 */
const strongSecret = () => randomBytes(32).toString('hex');

describe('NODE_ENV: development only when unset or exactly "development"', () => {
  let supergraph: TestSupergraph;
  beforeAll(async () => {
    supergraph = await startTestSupergraph(2);
  });
  afterAll(() => supergraph?.stop());

  /** Which development features a gateway configured from this NODE_ENV serves, each seen through a real request. */
  async function featuresOf(nodeEnv: string | undefined) {
    const gateway = buildGateway({
      ...gatewayOptions(configFrom({ NODE_ENV: nodeEnv })),
      subgraphUrls: Object.fromEntries(supergraph.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
      subgraphSecret: supergraph.subgraphSecret,
      // As npm start passes it; the gateway itself serves it in development only.
      devIssuerSecret: supergraph.jwtSecret,
    });
    const server: RunningServer = await serveGateway(gateway, 0);
    try {
      const post = (body: unknown, headers: Record<string, string> = {}) =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      const landing = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
      const introspection = (await (await post({ query: '{ __schema { queryType { name } } }' })).json()) as {
        data?: unknown;
      };
      const planned = (await (
        await post({ query: '{ regions { data { id } } }' }, { 'apollo-query-plan-experimental': '1' })
      ).json()) as { extensions?: { __queryPlanExperimental?: unknown } };
      const preflight = await fetch(server.url, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
      });
      const issued = await fetch(new URL('/auth/token', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ actor_type: 'user', actor_id: 'user_1' }),
      });
      const failed = (await (await post({ query: '{ no_such_field }' })).json()) as {
        errors: { extensions: { stacktrace?: unknown } }[];
      };
      return {
        sandbox: landing.includes('embeddable-sandbox'),
        introspection: introspection.data !== undefined,
        queryPlan: planned.extensions?.__queryPlanExperimental !== undefined,
        localPagesByCors: preflight.status === 204,
        tokenIssuer: issued.status === 200,
        stackTraces: failed.errors[0].extensions.stacktrace !== undefined,
      };
    } finally {
      await server.close();
    }
  }

  it.each<{ name: string; nodeEnv: string | undefined; development: boolean }>([
    { name: 'unset', nodeEnv: undefined, development: true },
    { name: 'empty', nodeEnv: '', development: true },
    { name: 'development', nodeEnv: 'development', development: true },
    { name: 'production', nodeEnv: 'production', development: false },
    { name: 'Production', nodeEnv: 'Production', development: false },
    { name: 'PRODUCTION', nodeEnv: 'PRODUCTION', development: false },
    { name: 'staging', nodeEnv: 'staging', development: false },
    { name: 'test', nodeEnv: 'test', development: false },
    { name: 'Development', nodeEnv: 'Development', development: false },
    { name: 'prod', nodeEnv: 'prod', development: false },
  ])('NODE_ENV $name: development features $development', async ({ nodeEnv, development }) => {
    expect(isDevelopment(nodeEnv)).toBe(development);
    const all = {
      sandbox: development,
      introspection: development,
      queryPlan: development,
      localPagesByCors: development,
      tokenIssuer: development,
      stackTraces: development,
    };
    expect(await featuresOf(nodeEnv)).toEqual(all);
  });
});

describe('secrets in production', () => {
  it.each<[string, string | undefined, RegExp]>([
    ['missing', undefined, /is not set/],
    ['empty', '', /is not set/],
    ['short', 'x7Gq2-short-secret', /is 18 characters long/],
    ['the old compose default', 'change-me-in-production', /is a published placeholder/],
    ['a placeholder padded to 32 characters', 'changeme-changeme-changeme-changeme', /is a published placeholder/],
    ['"secret"', 'secret', /is a published placeholder/],
    ["Medusa's example (supersecret)", 'supersecret', /is a published placeholder/],
    ['one character repeated', 'a'.repeat(40), /fewer than 8 different characters/],
  ])('refuses a secret that is %s, naming the variable and what it needs', (_case, value, reason) => {
    const problem = secretProblem('JWT_SECRET', value);
    expect(problem).toMatch(reason);
    expect(problem).toMatch(
      /^JWT_SECRET .*: it needs a random value of at least 32 characters \(e\.g\. openssl rand -hex 32\)$/,
    );
  });

  it('accepts a random secret of 32+ characters and never repeats a refused one in its message', () => {
    expect(secretProblem('SUBGRAPH_SECRET', strongSecret())).toBeUndefined();
    expect(secretProblem('SUBGRAPH_SECRET', 'x7Gq2-short-secret')).not.toContain('x7Gq2');
  });
});

const LISTENING = /listening on (http:\/\/\S+?)\/graphql/;

/** A started gateway answers (and so has its signal handlers), then stops cleanly. */
async function expectServing(gateway: Started): Promise<void> {
  const base = LISTENING.exec(gateway.output())![1];
  expect((await fetch(`${base}/health`)).status).toBe(200);
  expect(await gateway.stop('SIGTERM')).toBe(0);
}

describe('entry points refuse to start in production without strong secrets', () => {
  // Everything else set as it would be, so only the secret named is wrong. Empty means unset.
  const gatewayEnv = (overrides: Record<string, string>) => ({
    NODE_ENV: 'production',
    PORT: '0',
    JWT_SECRET: strongSecret(),
    SUBGRAPH_SECRET: strongSecret(),
    JWT_JWKS_URL: '',
    ...overrides,
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'SUBGRAPH_SECRET missing',
      { SUBGRAPH_SECRET: '' },
      /NODE_ENV=production \(production\) needs strong secrets\. SUBGRAPH_SECRET is not set: it needs a random value of at least 32 characters/,
    ],
    [
      'JWT_SECRET missing',
      { JWT_SECRET: '' },
      /JWT_SECRET is not set: it needs a random value of at least 32 characters/,
    ],
    ['JWT_SECRET short', { JWT_SECRET: 'short-but-random-Q9' }, /JWT_SECRET is 19 characters long: it needs/],
    [
      'JWT_SECRET the old compose default',
      { JWT_SECRET: 'change-me-in-production' },
      /JWT_SECRET is a published placeholder/,
    ],
    [
      'SUBGRAPH_SECRET "changeme" with NODE_ENV=staging',
      { NODE_ENV: 'staging', SUBGRAPH_SECRET: 'changeme' },
      /NODE_ENV=staging \(production\) needs strong secrets\. SUBGRAPH_SECRET is a published placeholder/,
    ],
    [
      'both missing with NODE_ENV=Production',
      { NODE_ENV: 'Production', SUBGRAPH_SECRET: '', JWT_SECRET: '' },
      /SUBGRAPH_SECRET is not set.*\. JWT_SECRET is not set/,
    ],
    [
      'JWT_SECRET missing with GATEWAY_WORKERS=2 (refused before any worker starts)',
      { JWT_SECRET: '', GATEWAY_WORKERS: '2' },
      /JWT_SECRET is not set/,
    ],
  ])('the gateway: %s', async (_case, overrides, message) => {
    const { code, output } = await runScript('gateway.ts', [], gatewayEnv(overrides));
    expect({ code, output }).toEqual({ code: 1, output: expect.stringMatching(/Could not start the gateway: /) });
    expect(output).toMatch(message);
    expect(output).not.toMatch(/listening on/);
  });

  it('the gateway with JWT_JWKS_URL needs no JWT_SECRET, and starts', async () => {
    await expectServing(
      await startScript(
        'gateway.ts',
        gatewayEnv({ JWT_SECRET: '', JWT_JWKS_URL: 'https://id.example.com/.well-known/jwks.json' }),
        LISTENING,
      ),
    );
  });

  it('the gateway in development starts without secrets', async () => {
    await expectServing(
      await startScript(
        'gateway.ts',
        { NODE_ENV: 'development', PORT: '0', JWT_SECRET: '', SUBGRAPH_SECRET: '', JWT_JWKS_URL: '' },
        LISTENING,
      ),
    );
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['SUBGRAPH_SECRET missing', { SUBGRAPH_SECRET: '' }, /SUBGRAPH_SECRET is not set/],
    ['SUBGRAPH_SECRET short', { SUBGRAPH_SECRET: 'only-twenty-chars-ab' }, /SUBGRAPH_SECRET is 20 characters long/],
    [
      'SUBGRAPH_SECRET the old compose default, NODE_ENV=test',
      { SUBGRAPH_SECRET: 'change-me-in-production', NODE_ENV: 'test' },
      /NODE_ENV=test \(production\) needs strong secrets\. SUBGRAPH_SECRET is a published placeholder/,
    ],
  ])('a subgraph: %s', async (_case, overrides, message) => {
    const { code, output } = await runScript('subgraph.ts', ['cart'], {
      NODE_ENV: 'production',
      PORT: '0',
      ...overrides,
    });
    expect({ code, output }).toEqual({ code: 1, output: expect.stringMatching(/Could not start the subgraph: /) });
    expect(output).toMatch(message);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['JWT_SECRET missing', { JWT_SECRET: '' }, /JWT_SECRET is not set/],
    ['JWT_SECRET short', { JWT_SECRET: 'abcdefghij' }, /JWT_SECRET is 10 characters long/],
    [
      'SUBGRAPH_SECRET set to a placeholder (unset, a random one is used)',
      { SUBGRAPH_SECRET: 'secret' },
      /SUBGRAPH_SECRET is a published placeholder/,
    ],
  ])('npm start: %s', async (_case, overrides, message) => {
    const { code, output } = await runScript('start.ts', [], {
      NODE_ENV: 'production',
      PORT: '0',
      SUBGRAPH_PORTS: 'free',
      JWT_SECRET: strongSecret(),
      SUBGRAPH_SECRET: '',
      JWT_JWKS_URL: '',
      ...overrides,
    });
    expect({ code, output }).toEqual({ code: 1, output: expect.stringMatching(/Could not start the supergraph: /) });
    expect(output).toMatch(message);
  });

  it('npm start in production with a strong JWT_SECRET starts (a random in-process SUBGRAPH_SECRET), prints no token or secret, and serves no development feature', async () => {
    const target = await createTestTarget();
    const jwtSecret = strongSecret();
    const started = await startScript(
      'start.ts',
      {
        ...target.env,
        NODE_ENV: 'production',
        PORT: '0',
        SUBGRAPH_PORTS: 'free',
        DEMO_CARTS: '2',
        JWT_SECRET: jwtSecret,
        SUBGRAPH_SECRET: '',
        JWT_JWKS_URL: '',
      },
      /Try the cart page query:\s+curl [^\n]+\n/,
    );
    try {
      const output = started.output();
      expect(output).toContain('Production mode');
      expect(output).not.toMatch(/Bearer eyJ|x-subgraph-secret: [0-9a-f]{16}|Apollo Sandbox|auth\/token/);
      expect(output).not.toContain(jwtSecret);
      const gatewayUrl = /Gateway:\s+(http:\/\/\S+)/.exec(output)![1];
      const issued = await fetch(new URL('/auth/token', gatewayUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"actor_type":"user","actor_id":"user_1"}',
      });
      expect(issued.status).toBe(404);
      expect(await (await fetch(gatewayUrl, { headers: { accept: 'text/html' } })).text()).not.toContain(
        'embeddable-sandbox',
      );
    } finally {
      expect(await started.stop('SIGTERM')).toBe(0);
      await target.drop();
    }
  });
});
